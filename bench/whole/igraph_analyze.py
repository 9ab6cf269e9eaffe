#!/usr/bin/env python3
"""What a user would write instead of `actorgraph analyze MEASURE --format csv`: read the edges CSV with python-igraph,
compute the measure the same way (directed unless stated; communities on the undirected view), print id,value for
every actor. Usage: igraph_analyze.py EDGES.csv MEASURE"""
import csv
import sys

import igraph as ig

path, measure = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8", newline="") as f:
    rows = csv.reader(f)
    next(rows)
    g = ig.Graph.TupleList(((r[0], r[1]) for r in rows), directed=True)
g.simplify(multiple=True, loops=True)  # as ActorGraph: parallel relations are one edge, self-loops dropped
if measure == "pagerank":
    values = g.pagerank(directed=True, damping=0.85)
elif measure == "betweenness":
    values = g.betweenness(directed=True)
elif measure == "closeness":
    values = g.closeness(mode="in")  # NetworkX convention (incoming distance), as ActorGraph
elif measure == "communities":
    u = g.as_undirected(mode="collapse")
    part = u.community_leiden(objective_function="modularity", n_iterations=-1)
    values = part.membership
    print(f"modularity {u.modularity(part.membership):.4f}", file=sys.stderr)
elif measure == "louvain":
    u = g.as_undirected(mode="collapse")
    part = u.community_multilevel()
    values = part.membership
    print(f"modularity {u.modularity(part.membership):.4f}", file=sys.stderr)
else:
    raise SystemExit(f"unknown measure {measure}")
out = sys.stdout
out.write("id,value\n")
for name, v in zip(g.vs["name"], values):
    out.write(f"{name},{v}\n")
