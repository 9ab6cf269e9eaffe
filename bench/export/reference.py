#!/usr/bin/env python3
"""networkx writing the same relations (as a MultiDiGraph with the same edge attributes) to GEXF or GraphML.
Prints "write_seconds peak_MB"; building the graph from the CSV is not timed."""
import resource
import sys
import time

import networkx as nx
import pandas as pd

path, fmt, out = sys.argv[1], sys.argv[2], sys.argv[3]
df = pd.read_csv(path, dtype={"quote": str, "url": str}, keep_default_na=False)
G = nx.MultiDiGraph()
for i, r in enumerate(df.itertuples(index=False)):
    G.add_edge(r.source, r.target, key=f"e{i}", relation=r.relation, weight=float(r.weight), date=r.at,
               sourceId=r.source_id, url=r.url, quote=r.quote, confidence=float(r.confidence))
del df
start = time.perf_counter()
if fmt == "gexf":
    nx.write_gexf(G, out)
else:
    nx.write_graphml(G, out)
seconds = time.perf_counter() - start
print(f"{seconds:.2f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}")
