#!/usr/bin/env bash
# make bench, part: rule packs where the data lives (docs/warehouse.md). `check --database` on a
# private PostgreSQL server and the DuckDB dialect's queries run by DuckDB, beside the native
# check of the files, on the same generated cooperatives; the table on standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
WAREHOUSE_ROWS=${BENCH_WAREHOUSE_ROWS:-1000000}
warehouse="$WORK/national-$WAREHOUSE_ROWS"
[ -f "$warehouse/cooperatives.csv" ] || $BIN generate --cooperatives "$WAREHOUSE_ROWS" --seed 7 --out "$warehouse" >/dev/null 2>&1
as_of=$(sed -n 's/^period: *"*\([0-9]\{4\}\)"*$/\1-12-31/p' "$warehouse/submission.yaml")
export COOPCHECK_PG_PORT=${BENCH_PG_PORT:-55439} COOPCHECK_PG_STATE="$WORK/postgres"
Tests/Tools/postgres.sh start
trap 'Tests/Tools/postgres.sh stop' EXIT
if [ -f "$WORK/postgres/url" ]; then
    url=$(cat "$WORK/postgres/url")
    $BIN sql schema | psql -q -X -d "$url"
    read -r pg_load pg_load_mem < <(RUNS=1 measure sh -c "$BIN sql load --id national '$warehouse' | psql -q -X -v ON_ERROR_STOP=1 -d '$url'")
    read -r pg_check pg_check_mem < <(measure $BIN check --database "$url" --as-of "$as_of" --fail-on never)
fi
rm -rf "$WORK/duckdb" && mkdir -p "$WORK/duckdb"
$BIN sql schema --dialect duckdb > "$WORK/duckdb/schema.sql"
$BIN sql load --dialect duckdb --csv "$WORK/duckdb/csv" --id national "$warehouse" > "$WORK/duckdb/load.sql"
$BIN sql --dialect duckdb --as-of "$as_of" > "$WORK/duckdb/facts.sql"
"$PY" -c 'import json, sys; print(json.dumps({"scripts": [open(f).read() for f in sys.argv[1:]]}))' \
    "$WORK/duckdb/schema.sql" "$WORK/duckdb/load.sql" > "$WORK/duckdb/load.json"
"$PY" -c 'import json, sys; print(json.dumps({"scripts": [open(sys.argv[1]).read()]}))' "$WORK/duckdb/facts.sql" > "$WORK/duckdb/facts.json"
read -r duck_load duck_load_mem < <(RUNS=1 measure sh -c "'$PY' Tests/Tools/sql_engine.py duckdb '$WORK/duckdb/kttt.duckdb' < '$WORK/duckdb/load.json'")
read -r duck_facts duck_facts_mem < <(measure sh -c "'$PY' Tests/Tools/sql_engine.py duckdb '$WORK/duckdb/kttt.duckdb' < '$WORK/duckdb/facts.json'")
read -r native native_mem < <(measure $BIN check --data "$warehouse" --as-of "$as_of" --fail-on never)
queries=$(grep -c '^SELECT' "$WORK/duckdb/facts.sql")
{
    echo
    echo "Rule packs where the data lives (docs/warehouse.md): all packs, $WAREHOUSE_ROWS generated cooperatives, $queries fact queries:"
    echo
    echo "| what | wall (s) | peak MiB (coopcheck or the client) |"
    echo "| --- | ---: | ---: |"
    echo "| \`coopcheck check --data\` (the CSV files, natively) | $native | $native_mem |"
    [ -n "${pg_check:-}" ] && echo "| \`coopcheck check --database\` (PostgreSQL 15, facts computed by the server) | $pg_check | $pg_check_mem |"
    [ -n "${pg_load:-}" ] && echo "| loading it: \`coopcheck sql load \\| psql\` (COPY), once | $pg_load | $pg_load_mem |"
    echo "| the DuckDB dialect's fact queries run by DuckDB (\`sql_engine.py\`, Python client) | $duck_facts | $duck_facts_mem |"
    echo "| loading it: \`coopcheck sql load --csv\`, DuckDB's COPY, once | $duck_load | $duck_load_mem |"
}
Tests/Tools/postgres.sh stop
trap - EXIT

