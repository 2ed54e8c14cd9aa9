#!/usr/bin/env bash
# Rollcall's benchmark suite: imports and reconciles generated data, opens and filters it in the
# accounts window's model, writes and verifies an evidence bundle, and prints the figures side by
# side with the baselines the issues name, measured in the same run.
#
#   bash tests/bench/run.sh [--accounts N] [--identities N] [--rounds N]   (defaults: 1,000,000, 200,000, 3)
#   bash tests/bench/run.sh --suite [--rounds N]                (100,000 then 1,000,000 accounts)
#
# The baselines, the imports and the reconcile are measured in rounds, one after another within each round,
# and the table gives each one's median: on a shared virtual machine a single measurement moves by 10-25 %.
# Baselines, measured in the same run on the same files:
#   floor  sqlite3's .import of both CSV files into a fresh database (CSV parsing plus B-tree inserts);
#   (b)    the same import plus an indexed SQL reconciliation (e-mail, then local part): sql-reconcile.sql;
#   (c)    pandas read_csv plus merges on e-mail, then on login: pandas-reconcile.py (Debian's python3-pandas).
# Peak RSS comes from /usr/bin/time; "idle" is the program doing nothing (`rollcall-cli --version`).
set -euo pipefail
cd "$(dirname "$0")/../.."

accounts=1000000
identities=200000
rounds=3
suite=0
while [ $# -gt 0 ]; do
    case "$1" in
    --accounts) accounts=$2; shift 2 ;;
    --identities) identities=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --suite) suite=1; shift ;;
    *) echo "usage: $0 [--accounts N] [--identities N] [--rounds N] | --suite [--rounds N]" >&2; exit 2 ;;
    esac
done
case "$rounds" in
'' | *[!0-9]* | 0) echo "$0: --rounds takes a positive number" >&2; exit 2 ;;
esac
if [ "$suite" = 1 ]; then
    for n in 100000 1000000; do bash "$0" --accounts $n --identities $((n / 5)) --rounds "$rounds"; done
    exit 0
fi

need=()
for p in sqlite3 time python3 python3-pandas; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

build=${ROLLCALL_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target rollcall-cli gui-bench >/dev/null
cli="$build/bin/rollcall-cli"

data="$build/bench/data-$accounts-$identities"
if [ ! -f "$data/tool.csv" ]; then
    echo "Generating $accounts accounts and $identities identities in $data ..."
    python3 tests/bench/generate.py "$data" --accounts "$accounts" --identities "$identities"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure LABEL COMMAND...: wall seconds and peak RSS (KiB) into $seconds and $rss
measure() {
    local label=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$label.out" 2>"$work/$label.err" || {
        cat "$work/$label.err" >&2
        exit 1
    }
    read -r seconds rss <"$work/time"
}

measure idle "$cli" --version
idle_rss=$rss

# The middle one of the numbers given.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# The larger of two RSS figures.
max() { echo $(($1 > $2 ? $1 : $2)); }

floors=() sqls=() pandases=() dirs=() tools=() recs=() imports=() boths=() spread=""
floor_rss=0 sql_rss=0 pandas_rss=0 dir_rss=0 tool_rss=0 rec_rss=0
ws="$work/bench.rollcall"
for round in $(seq "$rounds"); do
    rm -f "$work/floor.db"
    measure floor sqlite3 "$work/floor.db" ".mode csv" ".import $data/tool.csv tool" ".import $data/directory.csv dir"
    floors+=("$seconds") floor_rss=$(max "$floor_rss" "$rss")
    round_floor=$seconds

    # (b) the same files matched in SQL with indexes, (c) pandas merges: the reconciliation baselines.
    cp "$data/tool.csv" "$data/directory.csv" "$work/"
    measure sql bash -c "cd '$work' && sqlite3 sql.db < '$PWD/tests/bench/sql-reconcile.sql'"
    sqls+=("$seconds") sql_rss=$(max "$sql_rss" "$rss")
    measure pandas /usr/bin/python3 tests/bench/pandas-reconcile.py "$data/tool.csv" "$data/directory.csv"
    pandases+=("$seconds") pandas_rss=$(max "$pandas_rss" "$rss")
    rm -f "$work/tool.csv" "$work/directory.csv" "$work/sql.db"

    rm -f "$ws" "$ws"-*
    "$cli" -w "$ws" init >/dev/null
    measure dir "$cli" -w "$ws" import --directory "$data/directory.csv"
    dirs+=("$seconds") dir_rss=$(max "$dir_rss" "$rss")
    round_import=$seconds
    measure tool "$cli" -w "$ws" import --tool bench "$data/tool.csv"
    tools+=("$seconds") tool_rss=$(max "$tool_rss" "$rss")
    round_import=$(awk -v a="$round_import" -v b="$seconds" 'BEGIN { print a + b }')
    measure reconcile "$cli" -w "$ws" reconcile
    recs+=("$seconds") rec_rss=$(max "$rec_rss" "$rss")
    imports+=("$round_import") boths+=("$(awk -v i="$round_import" -v r="$seconds" 'BEGIN { print i + r }')")
    spread+=$(awk -v f="$round_floor" -v i="$round_import" -v r="$seconds" \
        'BEGIN { printf " %.2f/%.2f/%.2f s (%.2fx, %.2fx, %.2fx);", f, i, r, i / f, r / f, (i + r) / f }')
done
floor_s=$(median "${floors[@]}") sql_s=$(median "${sqls[@]}") pandas_s=$(median "${pandases[@]}")
dir_s=$(median "${dirs[@]}") tool_s=$(median "${tools[@]}") rec_s=$(median "${recs[@]}")
import_s=$(median "${imports[@]}") both_s=$(median "${boths[@]}") # of each round's sum
measure again "$cli" -w "$ws" reconcile
again_s=$seconds

# The accounts window's model on this workspace: the real widgets, offscreen (gui-bench.sh runs the
# same with Qt's stock QSortFilterProxyModel as its baseline).
QT_QPA_PLATFORM=offscreen "$build/bin/gui-bench" "$ws" --text dana --no-baseline >"$work/gui.out" 2>/dev/null
gui() { awk -v key="$1" 'index($0, key) == 3 { print $NF; exit }' "$work/gui.out"; }
gui_open=$(gui "open: first rows (ms)") gui_count=$(gui "open: full count (ms)")
gui_type=$(gui 'type "dana": first screen (ms)') gui_typecount=$(gui 'type "dana": full count (ms)')
gui_sort=$(gui "sort by login: sorted rows (ms)") gui_block=$(gui "GUI thread blocked, longest (ms)")
gui_rss=$(gui "peak RSS (MB)")

# Evidence: a campaign over every account, frozen, written as a signed bundle and verified.
export ROLLCALL_NOW=2026-11-27T12:00:00Z
measure campaign "$cli" -w "$ws" campaign start bench-q4 --due 2026-12-31 --owner bench@example.com
camp_s=$seconds camp_rss=$rss
"$cli" keygen --out "$work/key.pem" >/dev/null
measure evidence "$cli" -w "$ws" evidence bench-q4 --key "$work/key.pem" --out "$work/bundle"
ev_s=$seconds ev_rss=$rss
measure verify "$cli" verify "$work/bundle"
ver_s=$seconds ver_rss=$rss
bundle_mb=$(du -sm "$work/bundle" | cut -f1)

rows=$((accounts + identities))
awk -v rows="$rows" -v floor="$floor_s" -v floor_rss="$floor_rss" -v dir="$dir_s" -v dir_rss="$dir_rss" \
    -v tool="$tool_s" -v tool_rss="$tool_rss" -v rec="$rec_s" -v rec_rss="$rec_rss" -v idle="$idle_rss" \
    -v accounts="$accounts" -v identities="$identities" -v sql="$sql_s" -v sql_rss="$sql_rss" \
    -v pandas="$pandas_s" -v pandas_rss="$pandas_rss" -v camp="$camp_s" -v camp_rss="$camp_rss" \
    -v ev="$ev_s" -v ev_rss="$ev_rss" -v ver="$ver_s" -v ver_rss="$ver_rss" -v bundle_mb="$bundle_mb" \
    -v gui_open="$gui_open" -v gui_count="$gui_count" -v gui_type="$gui_type" -v gui_typecount="$gui_typecount" \
    -v gui_sort="$gui_sort" -v gui_block="$gui_block" -v gui_rss="$gui_rss" -v again="$again_s" \
    -v rounds="$rounds" -v spread="$spread" -v imp="$import_s" -v both="$both_s" 'BEGIN {
    printf "Rollcall benchmark: %d accounts, %d identities (%d rows); idle RSS %.1f MB\n", accounts, identities, rows, idle / 1024
    printf "floor, imports, reconcile, (b) and (c): the median of %d rounds; the other steps once\n", rounds
    printf "%-44s %9s %12s %12s %10s\n", "step", "wall s", "rows/s", "peak RSS MB", "vs floor"
    printf "%-44s %9.2f %12.0f %12.1f %10s\n", "sqlite3 .import of both files (floor)", floor, rows / floor, floor_rss / 1024, "1.00x"
    printf "%-44s %9.2f %12.0f %12.1f %10s\n", "rollcall import --directory", dir, identities / dir, dir_rss / 1024, ""
    printf "%-44s %9.2f %12.0f %12.1f %10s\n", "rollcall import --tool", tool, accounts / tool, tool_rss / 1024, ""
    printf "%-44s %9.2f %12.0f %12.1f %9.2fx\n", "rollcall import, both files", imp, rows / imp, (dir_rss > tool_rss ? dir_rss : tool_rss) / 1024, imp / floor
    printf "%-44s %9.2f %12.0f %12.1f %9.2fx\n", "rollcall reconcile", rec, accounts / rec, rec_rss / 1024, rec / floor
    printf "%-44s %9.2f %12s %12s %9.2fx\n", "rollcall import + reconcile", both, "", "", both / floor
    printf "%-44s %9.2f %12s %12s %9.2fx\n", "rollcall reconcile again (nothing new)", again, "", "", again / floor
    printf "%-44s %9.2f %12s %12.1f %9.2fx\n", "(b) sqlite3 import + indexed SQL matching", sql, "", sql_rss / 1024, sql / floor
    printf "%-44s %9.2f %12s %12.1f %9.2fx\n", "(c) pandas read_csv + merges", pandas, "", pandas_rss / 1024, pandas / floor
    printf "%-44s %9.2f %12s %12.1f %9.2fx\n", "rollcall campaign start (freezes every account)", camp, "", camp_rss / 1024, camp / floor
    printf "%-44s %9.2f %12s %12.1f %9.2fx\n", "rollcall evidence (" bundle_mb " MB bundle)", ev, "", ev_rss / 1024, ev / floor
    printf "%-44s %9.2f %12s %12.1f %9.2fx\n", "rollcall verify", ver, "", ver_rss / 1024, ver / floor
    printf "each round, floor/import/reconcile (import, reconcile, import + reconcile, each vs the floor of its round):%s\n", spread
    printf "peak RSS above idle: import %.1f MB, reconcile %.1f MB\n", ((dir_rss > tool_rss ? dir_rss : tool_rss) - idle) / 1024, (rec_rss - idle) / 1024
    printf "accounts window (ms): first rows %s, full count %s; typed \"dana\": first screen %s, full count %s; sort by login %s; GUI thread blocked at most %s; peak RSS %s MB\n", gui_open, gui_count, gui_type, gui_typecount, gui_sort, gui_block, gui_rss
}'
