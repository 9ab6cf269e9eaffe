#!/usr/bin/env python3
"""Writes a seeded edges CSV with evidence columns: N relations between N/20 actors (preferential-ish targets)."""
import csv
import random
import sys

n = int(sys.argv[1])
path = sys.argv[2]
rng = random.Random(42)
actors = max(n // 20, 10)
types = ["TAGGED", "REPLIED_TO", "FOLLOWS", "LIKED", "RETWEETED", "QUOTED"]
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["source", "target", "relation", "weight", "at", "source_id", "url", "quote", "confidence"])
    for i in range(n):
        s = rng.randrange(actors)
        t = int(actors * rng.random() ** 2)  # skewed towards low ids: a few actors get most of the attention
        day = 1 + i % 28
        w.writerow([f"actor-{s}", f"actor-{t}", types[i % len(types)], 1 + i % 3,
                    f"2024-{1 + i % 12:02d}-{day:02d}T{i % 24:02d}:00:00Z", f"obs-{i}",
                    f"https://example.org/status/{i}", f"Observation {i}: actor-{s} addressed actor-{t}", "1.0"])
