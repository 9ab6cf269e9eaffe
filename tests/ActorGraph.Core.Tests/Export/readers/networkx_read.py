"""Reads a GEXF or GraphML file with networkx and prints the graph as JSON: networkx_read.py gexf|gexf1.3|graphml PATH.

gexf is the plain call a user types, nx.read_gexf(path), with networkx's default arguments (1.2draft)."""
import json
import sys

import networkx as nx
from networkx.readwrite import gexf

fmt, path = sys.argv[1], sys.argv[2]
if fmt == "gexf":
    G = nx.read_gexf(path)
elif fmt == "gexf1.3":
    # networkx before 3.0 knows only the 1.1 and 1.2 drafts; this is the entry networkx 3 ships for 1.3
    # (the elements are the same, only the namespace differs).
    gexf.GEXF.versions.setdefault("1.3", {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    })
    G = nx.read_gexf(path, version="1.3")
else:
    G = nx.read_graphml(path)

edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
json.dump({
    "reader": f"networkx {nx.__version__}",
    "directed": G.is_directed(),
    "multigraph": G.is_multigraph(),
    "graph": {k: v for k, v in G.graph.items() if isinstance(v, str)},
    "nodes": {n: d for n, d in G.nodes(data=True)},
    "edges": [dict(d, source=u, target=v, key=k) for u, v, k, d in edges],
}, sys.stdout, ensure_ascii=False)
