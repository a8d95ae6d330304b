#!/usr/bin/env python3
"""The eight representative checks in DuckDB or polars, for `make bench` (a peer, never a
dependency of coopcheck). Usage: peers.py duckdb|polars COOPERATIVES.csv"""
import sys

tool, path = sys.argv[1], sys.argv[2]

if tool == "duckdb":
    import duckdb
    con = duckdb.connect()
    con.execute(f"CREATE TABLE c AS SELECT * FROM read_csv_auto('{path}', header=true)")
    q = lambda sql: con.execute(sql).fetchall()
    out = [
        q("SELECT count(*) FROM c WHERE kind='HTX' AND status='active' AND members < 5"),
        q("SELECT count(*) FROM c WHERE key_staff_trained > key_staff"),
        q("SELECT count(*) FROM c WHERE audit_required AND NOT audit_advised"),
        q("SELECT province, avg(CASE WHEN linked_with_enterprise THEN 1 ELSE 0 END) >= 0.45 FROM c GROUP BY province"),
        q("SELECT province, avg(CASE WHEN rating IN ('good','fair') THEN 1 ELSE 0 END) > 0.60 FROM c GROUP BY province"),
        q("SELECT province, count(*) FILTER (WHERE high_tech) FROM c GROUP BY province"),
        q("SELECT count(*) FROM c WHERE founded_on IS NULL OR founded_on > DATE '2025-12-31'"),
        q("SELECT count(*) - count(DISTINCT id) FROM c"),
    ]
elif tool == "polars":
    import polars as pl
    c = pl.scan_csv(path, try_parse_dates=True)
    queries = [
        c.filter((pl.col("kind") == "HTX") & (pl.col("status") == "active") & (pl.col("members") < 5)).select(pl.len()),
        c.filter(pl.col("key_staff_trained") > pl.col("key_staff")).select(pl.len()),
        c.filter(pl.col("audit_required") & ~pl.col("audit_advised")).select(pl.len()),
        c.group_by("province").agg((pl.col("linked_with_enterprise").cast(pl.Float64).mean() >= 0.45)),
        c.group_by("province").agg((pl.col("rating").is_in(["good", "fair"]).cast(pl.Float64).mean() > 0.60)),
        c.group_by("province").agg(pl.col("high_tech").sum()),
        c.filter(pl.col("founded_on").is_null() | (pl.col("founded_on") > pl.date(2025, 12, 31))).select(pl.len()),
        c.select(pl.len() - pl.col("id").n_unique()),
    ]
    out = pl.collect_all(queries)
else:
    sys.exit(f"unknown tool {tool}")
print(f"{tool}: {len(out)} checks done")
