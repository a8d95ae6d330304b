# What every benchmark script shares: the release binary, the work folder, Python with the
# peers (duckdb, polars) in a virtual environment, and `measure`.
BIN=.build/release/coopcheck
WORK=.build/bench
SIZES=${BENCH_SIZES:-"100000 1000000"}
RUNS=${BENCH_RUNS:-3}
mkdir -p "$WORK"

swift build -c release --product coopcheck >/dev/null
swift build -c release --product coopcheck-bench >/dev/null

if [ ! -x "$WORK/venv/bin/python" ]; then
    python3 -m venv "$WORK/venv"
    "$WORK/venv/bin/pip" install -q duckdb polars
fi
PY="$WORK/venv/bin/python"

# One measurement: median wall seconds and peak RSS (MiB) over $RUNS runs of a command.
measure() {
    local times=() rss=()
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || [ $? -eq 1 ]
        read -r t m < <(tail -1 "$WORK/time.txt")
        times+=("$t"); rss+=("$m")
    done
    local median peak
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
    peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
    echo "$median $(( peak / 1024 ))"
}

