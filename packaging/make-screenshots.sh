#!/usr/bin/env bash
# Renders the main screens of the demo company into packaging/screenshots/ for the README:
# the accounts with an account explained, the record as imported, a saved view, filters, the
# dashboard, files dropped for import, and the keyboard shortcuts. Runs the real window under
# xvfb-run (X11, as on a desktop) on a workspace built from resources/demo with rollcall-cli.
#
#   bash packaging/make-screenshots.sh        (ROLLCALL_BUILD_DIR=build by default)
set -euo pipefail
cd "$(dirname "$0")/.."

build=${ROLLCALL_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target rollcall-cli rollcall-screenshots >/dev/null
cli="$build/bin/rollcall-cli"
demo=resources/demo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws="$work/larkspur.rollcall"

# A quarter earlier: aws-prod without legacy-admin, Atlassian without its last two users, both
# reconciled then, so the dashboard and each account's history have something to compare.
grep -v '^legacy-admin,' "$demo/aws-prod-credential-report.csv" >"$work/aws-prod-2026-08.csv"
head -n -2 "$demo/atlassian-export-users.csv" >"$work/atlassian-2026-08.csv"
export ROLLCALL_NOW=2026-08-27T12:00:00Z
"$cli" -w "$ws" init >/dev/null
"$cli" -w "$ws" --config "$demo/rollcall.yaml" import --directory "$demo/entra-users.csv" >/dev/null
"$cli" -w "$ws" import --tool aws-prod "$work/aws-prod-2026-08.csv" >/dev/null
"$cli" -w "$ws" import --tool atlassian "$work/atlassian-2026-08.csv" >/dev/null
"$cli" -w "$ws" reconcile >/dev/null

# This quarter: the demo files as they are.
export ROLLCALL_NOW=2026-11-27T12:00:00Z
"$cli" -w "$ws" import --tool aws-prod "$demo/aws-prod-credential-report.csv" >/dev/null
"$cli" -w "$ws" import --tool aws-staging "$demo/aws-staging-credential-report.csv" >/dev/null
"$cli" -w "$ws" import --tool atlassian "$demo/atlassian-export-users.csv" >/dev/null
"$cli" -w "$ws" reconcile >/dev/null

out=packaging/screenshots
mkdir -p "$out"
XDG_RUNTIME_DIR="$work" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/bin/rollcall-screenshots" "$ws" "$out" \
    "$demo/entra-users.csv" "$demo/aws-staging-credential-report.csv" "$demo/atlassian-export-users.csv" \
    "$demo/rollcall.yaml"
