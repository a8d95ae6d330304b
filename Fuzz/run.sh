#!/usr/bin/env bash
# make fuzz: builds coopcheck-fuzz with libFuzzer and AddressSanitizer, then runs every target for
# FUZZ_SECONDS (default 60) each, seeded from the samples, the rule packs and the test fixtures.
# Crashing inputs are left in .build/fuzz/crashes/<target>-*; replay one with a plain build:
#   swift run coopcheck-fuzz <target> .build/fuzz/crashes/<file>
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"yaml rules target schedule expression csv manifest"}
BUILD=.build-fuzz
WORK=.build/fuzz
# (gold warns about every ASan helper symbol; only the outcome is shown)
swift build --build-path "$BUILD" --sanitize=fuzzer --sanitize=address -Xswiftc -DCOOPCHECK_FUZZ --product coopcheck-fuzz 2>&1 \
    | grep -v "Cannot export local symbol" | grep -E "error|Build" || true
test -x "$BUILD/debug/coopcheck-fuzz"
BIN="$BUILD/debug/coopcheck-fuzz"
mkdir -p "$WORK/crashes"

# Seed corpora: whole files, and one wording or expression per file from the rule packs.
files() {
    local dir="$WORK/corpus/$1" n=0; shift
    mkdir -p "$dir"
    for file in "$@"; do
        n=$((n + 1))
        cp "$file" "$dir/$n-$(basename "$file")"
    done
}
values() {
    local dir="$WORK/corpus/$1"; shift
    mkdir -p "$dir"
    for key in "$@"; do
        grep -h "^ *$key: " Rules/*.yaml | sed -E "s/^ *$key: //; s/^\"(.*)\"$/\1/"
    done | sort -u | awk -v dir="$dir" '{ f = dir "/" NR; printf "%s", $0 > f; close(f) }'
}
files yaml Rules/*.yaml Samples/*/submission.yaml Tests/RulesTests/Fixtures/lint/*.yaml
files rules Rules/*.yaml Tests/RulesTests/Fixtures/lint/*.yaml
files csv Samples/*/cooperatives.csv
files manifest Samples/*/submission.yaml
values target target
values schedule when
values expression where require measure

status=0
for target in $TARGETS; do
    echo "== $target (${SECONDS_EACH}s)"
    ASAN_OPTIONS=detect_leaks=0 COOPCHECK_FUZZ_TARGET="$target" "$BIN" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
        -artifact_prefix="$WORK/crashes/$target-" "$WORK/corpus/$target" 2>&1 | grep -E "^Done [0-9]+ runs|ERROR|SUMMARY|Test unit written" || true
    if ls "$WORK/crashes/$target-"* >/dev/null 2>&1; then
        echo "coopcheck: $target crashed; inputs in $WORK/crashes/" >&2
        status=1
    fi
done
exit $status
