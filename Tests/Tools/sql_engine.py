#!/usr/bin/env python3
"""Runs coopcheck's SQL on an engine other than PostgreSQL, for the tests and benchmarks.

    sql_engine.py duckdb DATABASE_FILE < request.json
    sql_engine.py spark WAREHOUSE_FOLDER < request.json

The request is {"scripts": [SQL, ...], "queries": [SQL, ...]}: each script (DDL, loads) is run
statement by statement, then each query; the answer on standard output is one list of rows per
query, every cell the text the query cast it to, or null. Test tooling (duckdb and pyspark from
pip), never part of coopcheck.
"""
import json
import sys


def statements(script):
    """The statements of a script coopcheck wrote: each ends with ';' at the end of a line, and
    no literal it writes holds a line break followed by nothing else."""
    current = []
    for line in script.splitlines():
        if not current and (not line.strip() or line.startswith("--")):
            continue
        current.append(line)
        if line.endswith(";"):
            yield "\n".join(current)[:-1]
            current = []
    if current and "".join(current).strip():
        yield "\n".join(current)


def duckdb_engine(path):
    import duckdb

    connection = duckdb.connect(path)

    def run(sql):
        return connection.execute(sql).fetchall()

    return run, connection.close


def spark_engine(folder):
    import os

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("coopcheck-sql")
        .config("spark.sql.warehouse.dir", folder)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.extraJavaOptions", f"-Dderby.system.home={folder}")
        .enableHiveSupport()  # a metastore in the folder (Derby), so the tables outlive the session
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")

    def run(sql):
        return [tuple(row) for row in spark.sql(sql).collect()]

    return run, spark.stop


def main():
    engine, target = sys.argv[1], sys.argv[2]
    request = json.load(sys.stdin)
    run, close = {"duckdb": duckdb_engine, "spark": spark_engine}[engine](target)
    try:
        for script in request.get("scripts", []):
            for statement in statements(script):
                run(statement)
        answers = []
        for query in request.get("queries", []):
            answers.append([[None if cell is None else str(cell) for cell in row] for row in run(query)])
    except Exception as error:  # the engine's own message, for the test to show
        print(f"{engine}: {error}", file=sys.stderr)
        sys.exit(1)
    finally:
        close()
    json.dump(answers, sys.stdout)


if __name__ == "__main__":
    main()
