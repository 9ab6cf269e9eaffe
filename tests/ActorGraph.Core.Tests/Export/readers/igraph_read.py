"""Reads a GraphML file with python-igraph and prints the graph as JSON (missing values as null)."""
import json
import math
import sys

import igraph as ig


def clean(attributes):
    return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in attributes.items()}


G = ig.Graph.Read_GraphML(sys.argv[1])
ids = G.vs["id"]
json.dump({
    "reader": f"python-igraph {ig.__version__}",
    "directed": G.is_directed(),
    "nodes": {v["id"]: clean(v.attributes()) for v in G.vs},
    "edges": [dict(clean(e.attributes()), source=ids[e.source], target=ids[e.target]) for e in G.es],
}, sys.stdout, ensure_ascii=False)
