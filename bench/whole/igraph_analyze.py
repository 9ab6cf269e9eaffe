#!/usr/bin/env python3
"""What a user would write instead of `actorgraph analyze MEASURE --format csv`: read the edges CSV with python-igraph,
compute the measure the same way (directed unless stated; communities on the undirected view), print id,value for
every actor. Usage: igraph_analyze.py EDGES.csv MEASURE
       igraph_analyze.py EDGES.csv modularity PARTITION.csv   (modularity of `analyze communities --format csv` output,
                                                                on the same undirected view igraph's Leiden optimises)"""
import csv
import sys

import igraph as ig

path, measure = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8", newline="") as f:
    rows = csv.reader(f)
    next(rows)
    g = ig.Graph.TupleList(((r[0], r[1]) for r in rows), directed=True)
g.simplify(multiple=True, loops=True)  # as ActorGraph: parallel relations are one edge, self-loops dropped
if measure == "degree":
    values = g.degree()
elif measure == "modularity":
    with open(sys.argv[3], encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        column = next(rows).index("community")
        community = {r[0]: int(float(r[column])) for r in rows}
    u = g.as_undirected(mode="collapse")
    print(f"{u.modularity([community[name] for name in u.vs['name']]):.4f}")
    raise SystemExit(0)
elif measure == "pagerank":
    values = g.pagerank(directed=True, damping=0.85)
elif measure == "betweenness":
    values = g.betweenness(directed=True)
elif measure == "closeness":
    values = g.closeness(mode="in")  # NetworkX convention (incoming distance), as ActorGraph
elif measure == "communities":
    u = g.as_undirected(mode="collapse")
    part = u.community_leiden(objective_function="modularity")
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
