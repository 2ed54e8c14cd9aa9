#!/usr/bin/env bash
# What a reconcile's reading and storing cost SQLite itself, with no judging at all, next to the floor
# (sqlite3's .import of both files) and Rollcall's reconcile, all measured in the same rounds:
#   read   sqlite3 reading the eighteen account columns the judge needs, for every current account;
#   store  sqlite3 copying the finished verdicts of a reconciled workspace into an empty link table of the
#          workspace's own schema, with the accounts window's indexes, then without them.
# Read + store is what any reconcile that stores its verdicts in this schema costs at the least.
#
#   bash tests/bench/reconcile-bound.sh [--accounts N] [--identities N] [--rounds N]   (1,000,000; 200,000; 3)
set -euo pipefail
cd "$(dirname "$0")/../.."

accounts=1000000
identities=200000
rounds=3
while [ $# -gt 0 ]; do
    case "$1" in
    --accounts) accounts=$2; shift 2 ;;
    --identities) identities=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "usage: $0 [--accounts N] [--identities N] [--rounds N]" >&2; exit 2 ;;
    esac
done
case "$rounds" in
'' | *[!0-9]* | 0) echo "$0: --rounds takes a positive number" >&2; exit 2 ;;
esac
for tool in sqlite3 /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "$0: needs $tool (bash tests/bench/run.sh installs it)" >&2; exit 1; }
done

build=${ROLLCALL_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target rollcall-cli >/dev/null
cli="$build/bin/rollcall-cli"
data="$build/bench/data-$accounts-$identities"
[ -f "$data/tool.csv" ] || python3 tests/bench/generate.py "$data" --accounts "$accounts" --identities "$identities"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# An imported workspace, kept as it is for each round's reconcile, and a reconciled copy whose verdicts
# sqlite3 copies.
"$cli" -w "$work/imported" init >/dev/null
"$cli" -w "$work/imported" import --directory "$data/directory.csv" >/dev/null
"$cli" -w "$work/imported" import --tool bench "$data/tool.csv" >/dev/null
cp "$work/imported" "$work/reconciled"
"$cli" -w "$work/reconciled" reconcile >/dev/null
link_schema=$(sqlite3 "$work/reconciled" "SELECT group_concat(sql, ';' || char(10)) || ';' FROM sqlite_schema
                                          WHERE tbl_name = 'link' AND type IN ('table', 'index') AND sql IS NOT NULL")
link_table=$(sqlite3 "$work/reconciled" "SELECT sql || ';' FROM sqlite_schema WHERE name = 'link'")
# Every column's value is made (the length of each), as the judge needs them, and nothing is printed.
lengths=""
for column in id tool account_key login email other_emails external_id display_name privilege mfa state \
    state_expiry last_activity never_used bot keys_active keys_unused oldest_key_rotated; do
    lengths+="${lengths:+ + }coalesce(length(a.$column), 0)"
done
read_sql="SELECT sum($lengths) FROM account a
          WHERE a.snapshot_id IN (SELECT id FROM current_snapshot WHERE source_kind = 'tool')"

# seconds LABEL COMMAND...: wall seconds into $seconds
seconds() {
    /usr/bin/time -f "%e" -o "$work/time" "${@:2}" >/dev/null 2>"$work/$1.err" || { cat "$work/$1.err" >&2; exit 1; }
    seconds=$(cat "$work/time")
}
# store LABEL SCHEMA: a fresh database with the workspace's page size and journal, and the verdicts copied in
store() {
    rm -f "$work/store.db"*
    sqlite3 "$work/store.db" "PRAGMA page_size = 16384; PRAGMA journal_mode = DELETE;" >/dev/null
    sync
    seconds "$1" sqlite3 "$work/store.db" "PRAGMA cache_size = -65536; $2 ATTACH '$work/reconciled' AS w;
        BEGIN; INSERT INTO link SELECT * FROM w.link ORDER BY account_id; COMMIT;"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

floors=() reads=() indexed=() bare=() recs=()
for round in $(seq "$rounds"); do
    rm -f "$work/floor.db"
    seconds floor sqlite3 "$work/floor.db" ".mode csv" ".import $data/tool.csv tool" ".import $data/directory.csv dir"
    floors+=("$seconds")
    seconds read sqlite3 "$work/reconciled" "$read_sql"
    reads+=("$seconds")
    store indexed "$link_schema"
    indexed+=("$seconds")
    store bare "$link_table"
    bare+=("$seconds")
    cp "$work/imported" "$work/round"
    sync
    seconds reconcile "$cli" -w "$work/round" reconcile
    recs+=("$seconds")
    rm -f "$work/round"*
done

awk -v n="$accounts" -v ids="$identities" -v rounds="$rounds" -v floor="$(median "${floors[@]}")" \
    -v read="$(median "${reads[@]}")" -v indexed="$(median "${indexed[@]}")" -v bare="$(median "${bare[@]}")" \
    -v rec="$(median "${recs[@]}")" 'BEGIN {
    printf "Reconcile bound: %d accounts, %d identities; SQLite alone, no judging; the median of %d rounds\n", n, ids, rounds
    printf "%-62s %7s %9s\n", "step", "wall s", "vs floor"
    printf "%-62s %7.2f %8.2fx\n", "sqlite3 .import of both files (floor)", floor, 1
    printf "%-62s %7.2f %8.2fx\n", "read: the account columns the judge needs", read, read / floor
    printf "%-62s %7.2f %8.2fx\n", "store: the verdicts, with the accounts window'"'"'s indexes", indexed, indexed / floor
    printf "%-62s %7.2f %8.2fx\n", "store: the verdicts, without those indexes", bare, bare / floor
    printf "%-62s %7.2f %8.2fx\n", "read + store, with the indexes (the least a reconcile costs)", read + indexed, (read + indexed) / floor
    printf "%-62s %7.2f %8.2fx\n", "rollcall reconcile", rec, rec / floor
}'
