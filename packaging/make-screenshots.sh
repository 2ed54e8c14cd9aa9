#!/usr/bin/env bash
# Renders the main screens of the demo company into packaging/screenshots/ for the README:
# the accounts with an account explained, the record as imported, a saved view, filters, the
# dashboard, files dropped for import, a campaign's decision bar and progress, and the keyboard shortcuts. Runs the real window under
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

# Campaign 2026-Q4, started ten days ago, some decisions since (the progress tab's burn-down).
farah=farah.nasser@larkspur.example chen=chen.wei@larkspur.example ada=ada.lindqvist@larkspur.example
ROLLCALL_NOW=2026-11-17T09:00:00Z "$cli" -w "$ws" campaign start 2026-Q4 --due 2026-12-31 --owner $farah \
    --reviewer aws-prod=$chen --reviewer atlassian=$ada >/dev/null
decide() { ROLLCALL_NOW=$1T10:00:00Z "$cli" -w "$ws" decide 2026-Q4 "${@:2}" >/dev/null; }
decide 2026-11-18 --tool aws-prod --account legacy-admin remove --reviewer $chen --reason "unused since 2024"
decide 2026-11-19 --tool atlassian --account old.intern@gmail.example remove --reviewer $ada
decide 2026-11-20 --tool aws-prod --account ci-deploy certify --owner $farah --purpose "deploy pipeline" \
    --until 2027-11-01 --reason "admin needed for the deploy role" --reviewer $chen
decide 2026-11-23 --tool aws-prod --account emil needs-info --reviewer $chen --reason "which team owns it now?"
decide 2026-11-24 --tool atlassian --account maria.gomez@contractco.example expire --until 2027-01-31 --reviewer $ada
decide 2026-11-26 --tool aws-staging --account test-user remove --reviewer $farah

out=packaging/screenshots
mkdir -p "$out"
XDG_RUNTIME_DIR="$work" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/bin/rollcall-screenshots" "$ws" "$out" \
    "$demo/entra-users.csv" "$demo/aws-staging-credential-report.csv" "$demo/atlassian-export-users.csv" \
    "$demo/rollcall.yaml"
