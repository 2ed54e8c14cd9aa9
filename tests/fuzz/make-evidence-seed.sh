#!/usr/bin/env bash
# Writes tests/fuzz/seeds/evidence/demo-bundle: an evidence bundle of the demo company's campaign
# (synthetic data, resources/demo), its small files in the one-piece form fuzz-evidence reads.
# summary.pdf is left out: the fuzzer spends its time on the files the verifier parses.
#
#   bash tests/fuzz/make-evidence-seed.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
cli="${1:-build}/bin/rollcall-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ROLLCALL_NOW=2026-11-27T12:00:00Z ROLLCALL_ACTOR=farah.nasser@larkspur.example
rc=("$cli" --workspace "$work/demo.rollcall")
"${rc[@]}" init >/dev/null
"${rc[@]}" --config resources/demo/rollcall.yaml import --directory resources/demo/entra-users.csv >/dev/null
for t in aws-prod aws-staging; do "${rc[@]}" import --tool "$t" "resources/demo/$t-credential-report.csv" >/dev/null; done
"${rc[@]}" import --tool atlassian resources/demo/atlassian-export-users.csv >/dev/null
"${rc[@]}" reconcile >/dev/null
"${rc[@]}" campaign start 2026-Q4 --due 2026-12-31 --reviewer aws-prod=chen.wei@larkspur.example >/dev/null
"${rc[@]}" decide 2026-Q4 --tool aws-prod --account legacy-admin remove --reviewer chen.wei@larkspur.example \
    --reason "left the company" >/dev/null
"$cli" keygen --out "$work/key.pem" >/dev/null
"${rc[@]}" evidence 2026-Q4 --key "$work/key.pem" --out "$work/bundle" >/dev/null 2>&1
mkdir -p tests/fuzz/seeds/evidence
out=tests/fuzz/seeds/evidence/demo-bundle
: >"$out"
first=1
while read -r f; do
    [ $first -eq 1 ] || printf '\n' >>"$out" # the line break before a marker is not the file's
    first=0
    printf -- '--8<-- %s\n' "$f" >>"$out"
    cat "$work/bundle/$f" >>"$out"
done < <(cd "$work/bundle" && find . -type f ! -name summary.pdf | sed 's|^\./||' | LC_ALL=C sort)
echo "wrote $out ($(wc -c <"$out") bytes)"
