#!/usr/bin/env bash
# The accounts window at a million accounts, through the real widgets (offscreen): time to first
# rows, each keystroke of a typed filter (first screen and full count), sorts, jumps, the longest
# block of the GUI thread, the page cache and peak RSS — next to Qt's stock approach (the same rows
# in a QStandardItemModel behind a QSortFilterProxyModel) measured in the same run.
#
#   bash tests/bench/gui-bench.sh [--accounts N] [--identities N] [--text TEXT]   (1,000,000; 200,000; dana)
#
# The data comes from tests/bench/generate.py (the same files run.sh uses) and is imported and
# reconciled with rollcall-cli once; both are kept under the build directory for the next run.
set -euo pipefail
cd "$(dirname "$0")/../.."

accounts=1000000
identities=200000
text=dana
while [ $# -gt 0 ]; do
    case "$1" in
    --accounts) accounts=$2; shift 2 ;;
    --identities) identities=$2; shift 2 ;;
    --text) text=$2; shift 2 ;;
    *) echo "usage: $0 [--accounts N] [--identities N] [--text TEXT]" >&2; exit 2 ;;
    esac
done

build=${ROLLCALL_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target rollcall-cli gui-bench >/dev/null
cli="$build/bin/rollcall-cli"
# Reproducible staleness and risk: "now" is the day the generator's data describes.
export ROLLCALL_NOW=2026-11-27T12:00:00Z

data="$build/bench/data-$accounts-$identities"
if [ ! -f "$data/tool.csv" ]; then
    echo "Generating $accounts accounts and $identities identities in $data ..."
    python3 tests/bench/generate.py "$data" --accounts "$accounts" --identities "$identities"
fi
ws="$build/bench/gui-$accounts-$identities.rollcall"
if [ ! -f "$ws.ready" ] || [ "$ws.ready" -ot "$cli" ]; then
    echo "Importing and reconciling into $ws (once; a few minutes at a million accounts) ..."
    rm -f "$ws" "$ws-wal" "$ws-shm" "$ws.ready"
    "$cli" -w "$ws" init >/dev/null
    start=$(date +%s)
    "$cli" -w "$ws" import --directory "$data/directory.csv" >/dev/null
    "$cli" -w "$ws" import --tool atlassian "$data/tool.csv" >/dev/null
    imported=$(date +%s)
    "$cli" -w "$ws" reconcile >/dev/null
    echo "  (import $((imported - start)) s, reconcile $(($(date +%s) - imported)) s)"
    touch "$ws.ready"
fi

QT_QPA_PLATFORM=offscreen "$build/bin/gui-bench" "$ws" --text "$text" 2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2)
