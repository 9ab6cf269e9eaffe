#!/usr/bin/env python3
"""The same load done by Python's sqlite3 (executemany into an equivalent table with the same unique key) and by
pandas + networkx (in memory only, no store), for comparison with `actorgraph ingest` in the same run."""
import os
import resource
import sqlite3
import sys
import tempfile
import time

import networkx as nx
import pandas as pd

path, which = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if which == "python-sqlite3":
    import csv
    folder = tempfile.TemporaryDirectory()  # removed at exit: a run leaves no store behind in /tmp
    db = os.path.join(folder.name, "ref.db")
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("""CREATE TABLE relations (source TEXT, type TEXT, target TEXT, at TEXT, weight REAL, source_id TEXT,
                   url TEXT, quote TEXT, confidence REAL, UNIQUE (source_id, type, source, target))""")
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        con.executemany("INSERT OR IGNORE INTO relations VALUES (?,?,?,?,?,?,?,?,?)",
                        ((r[0], r[2], r[1], r[4], float(r[3]), r[5], r[6], r[7], float(r[8])) for r in rows))
    con.commit()
    count = con.execute("SELECT count(*) FROM relations").fetchone()[0]
elif which == "pandas+networkx":
    frame = pd.read_csv(path)
    g = nx.from_pandas_edgelist(frame, "source", "target", edge_attr=True, create_using=nx.MultiDiGraph)
    count = g.number_of_edges()
else:
    raise SystemExit(f"unknown reference {which}")
seconds = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{seconds:.2f} {peak_mb:.0f} {count}")
