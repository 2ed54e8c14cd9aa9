#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 60), built with clang-14,
# libFuzzer, ASan and UBSan in build-fuzz/. Seeds: tests/data, resources/demo, the crash inputs
# kept in tests/fuzz/regressions and, when present, ../shared/data/samples (copied into the build
# folder's corpus, never into the repository). Prints the executions each target ran; a crash
# stops with the input saved under build-fuzz/crashes/NAME/ — add it to
# tests/fuzz/regressions/NAME/ with the fix, and ctest replays it from then on.
#
#   bash tests/fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv-reader csv-formats json-formats ldif yaml evidence)

build=${ROLLCALL_FUZZ_BUILD_DIR:-build-fuzz}
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROLLCALL_FUZZ=ON >/dev/null
known=$(cmake --build "$build" --target help)
available=()
for t in "${targets[@]}"; do
    if grep -qx "\.\.\. fuzz-$t" <<<"$known"; then available+=("$t"); fi
done
cmake --build "$build" -j"$(nproc)" --target "${available[@]/#/fuzz-}" >/dev/null

seed_dirs=(tests/data resources/demo)
[ -d ../shared/data/samples ] && seed_dirs+=(../shared/data/samples)

export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
printf "%-14s %12s %10s  %s\n" target executions seconds result
status=0
for t in "${available[@]}"; do
    corpus="$build/corpus/$t"
    crashes="$build/crashes/$t"
    mkdir -p "$corpus" "$crashes"
    # Seeds are copied flat, one file per seed, so libFuzzer can grow the corpus beside them.
    while IFS= read -r -d '' f; do
        cp -f "$f" "$corpus/seed-$(sha1sum <"$f" | cut -c1-16)"
    done < <(find "${seed_dirs[@]}" tests/fuzz/regressions/"$t" -type f -print0 2>/dev/null)
    log="$build/fuzz-$t.log"
    if "$build/bin/fuzz-$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=262144 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
        result="no finding"
    else
        result="FINDING: $(ls -t "$crashes" | head -1) (see $log)"
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    printf "%-14s %12s %10s  %s\n" "$t" "$runs" "$seconds" "$result"
done
exit $status
