#!/usr/bin/env python3
"""Writes a seeded Barabási–Albert edges CSV: N actors, each new one links to M earlier ones (igraph's
Graph.Barabasi, directed new → old, seeded through Python's random). Every row carries evidence columns
(source_id, url, quote, at, confidence) as a real store would, so a reader that loads evidence pays for it.
Usage: generate_ba.py N M OUT.csv"""
import csv
import random
import sys

import igraph as ig

n, m, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(42)
g = ig.Graph.Barabasi(n, m, directed=True)
types = ["TAGGED", "REPLIED_TO", "FOLLOWS", "LIKED", "RETWEETED", "QUOTED"]
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["source", "target", "relation", "weight", "at", "source_id", "url", "quote", "confidence"])
    for i, (s, t) in enumerate(g.get_edgelist()):
        w.writerow([f"a{s}", f"a{t}", types[i % len(types)], 1, f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00Z",
                    f"obs-{i}", f"https://example.org/status/{i}", f"Observation {i}: a{s} addressed a{t} in a post", "1.0"])
