#!/usr/bin/env python3
"""The same coordination rule in pandas + plain Python (sort by item and time, a sliding window per item, at most CAP
earlier partners per action), as an independent check of actorgraph's pairs and a speed reference in the same run.
Prints "seconds peak_mb pairs" and writes the pairs (source,target,shared) to OUT.
Usage: reference.py EDGES.csv OUT.csv [RELATION=RETWEETED] [WITHIN_SECONDS=60] [MIN_SHARED=3] [CAP=200]"""
import resource
import sys
import time
from collections import defaultdict

import pandas as pd

path, out = sys.argv[1], sys.argv[2]
relation = sys.argv[3] if len(sys.argv) > 3 else "RETWEETED"
within = float(sys.argv[4]) if len(sys.argv) > 4 else 60
min_shared = int(sys.argv[5]) if len(sys.argv) > 5 else 3
cap = int(sys.argv[6]) if len(sys.argv) > 6 else 200

start = time.perf_counter()
df = pd.read_csv(path, usecols=["source", "target", "relation", "at", "document"], dtype=str)
df = df[(df.relation == relation) & df["at"].notna() & (df.source != df.target)]
df["item"] = df.document.where(df.document.notna(), "@" + df.target)
df["t"] = pd.to_datetime(df["at"], utc=True).astype("int64") / 1e9
df = df.sort_values(["item", "t"], kind="stable")
counts = defaultdict(int)
items, actors, times = df.item.to_numpy(), df.source.to_numpy(), df.t.to_numpy()
begin = 0
for p in range(len(df)):
    if items[p] != items[begin]:
        begin = p
    partners = 0
    q = p - 1
    while q >= begin and times[p] - times[q] <= within:
        if actors[q] != actors[p]:
            if partners == cap:
                break
            partners += 1
            a, b = (actors[q], actors[p]) if actors[q] < actors[p] else (actors[p], actors[q])
            counts[(a, b)] += 1
        q -= 1
pairs = sorted((a, b, c) for (a, b), c in counts.items() if c >= min_shared)
seconds = time.perf_counter() - start
with open(out, "w") as f:
    f.write("source,target,shared\n")
    for a, b, c in pairs:
        f.write(f"{a},{b},{c}\n")
print(f"{seconds:.2f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} {len(pairs)}")
