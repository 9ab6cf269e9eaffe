#!/usr/bin/python3
"""Known answers for the analysis tests, computed once with NetworkX and committed as reference.json.

Run: /usr/bin/python3 tests/ActorGraph.Core.Tests/Analysis/Data/make_reference.py
Graphs: Zachary's karate club (undirected, weighted), the Florentine families (undirected), and a seeded
random directed graph with seeded integer weights. "Weighted" path measures use distance = 1/weight, as the
engine does. Every measure is also computed on an unweighted copy so NetworkX's default weight="weight"
cannot leak into the unweighted answers.
"""
import itertools
import json
import os
import random

import networkx as nx
from networkx.algorithms import community


def graphs():
    karate = nx.karate_club_graph()
    florentine = nx.florentine_families_graph()
    for u, v in florentine.edges():
        florentine[u][v]["weight"] = 1
    directed = nx.gnp_random_graph(30, 0.1, seed=7, directed=True)
    rng = random.Random(11)
    for u, v in directed.edges():
        directed[u][v]["weight"] = rng.randint(1, 5)
    return {"karate": karate, "florentine": florentine, "directed": directed}


def by_node(d):
    # JSON has no NaN: constraint's NaN (a node without successors) is written as null.
    return {str(k): (None if v != v else float(v)) for k, v in d.items()}


def measures(G):
    U = G.__class__()
    U.add_nodes_from(G)
    U.add_edges_from(G.edges())
    for u, v, d in G.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    out = {}
    out["degree"] = by_node(nx.degree_centrality(U))
    out["strength"] = by_node(dict(G.degree(weight="weight")))
    if G.is_directed():
        out["in_degree"] = by_node(nx.in_degree_centrality(U))
        out["out_degree"] = by_node(nx.out_degree_centrality(U))
    out["pagerank"] = by_node(nx.pagerank(U))
    out["pagerank_weighted"] = by_node(nx.pagerank(G, weight="weight"))
    first = sorted(G)[0]
    out["pagerank_personalized"] = by_node(nx.pagerank(U, personalization={first: 1}))
    out["betweenness"] = by_node(nx.betweenness_centrality(U))
    out["betweenness_raw"] = by_node(nx.betweenness_centrality(U, normalized=False))
    out["betweenness_weighted"] = by_node(nx.betweenness_centrality(G, weight="distance"))
    out["edge_betweenness"] = [[str(u), str(v), float(b)] for (u, v), b in nx.edge_betweenness_centrality(U).items()]
    out["closeness"] = by_node(nx.closeness_centrality(U))
    out["closeness_weighted"] = by_node(nx.closeness_centrality(G, distance="distance"))
    out["harmonic"] = by_node(nx.harmonic_centrality(U))
    out["harmonic_weighted"] = by_node(nx.harmonic_centrality(G, distance="distance"))
    for name, graph, weight in (("eigenvector", U, None), ("eigenvector_weighted", G, "weight")):
        try:
            out[name] = by_node(nx.eigenvector_centrality(graph, weight=weight))
        except nx.PowerIterationFailedConvergence:
            pass  # directed graphs without a dominant eigenvalue: NetworkX gives no answer to compare with
    hubs, authorities = nx.hits(U)
    out["hubs"] = by_node(hubs)
    out["authorities"] = by_node(authorities)
    out["core_number"] = by_node(nx.core_number(U))
    out["clustering"] = by_node(nx.clustering(U))
    if not G.is_directed():
        out["clustering_weighted"] = by_node(nx.clustering(G, weight="weight"))
    out["constraint"] = by_node(nx.constraint(U))
    out["constraint_weighted"] = by_node(nx.constraint(G, weight="weight"))
    if G.is_directed():
        out["weak_components"] = sorted(sorted(str(n) for n in c) for c in nx.weakly_connected_components(U))
        out["strong_components"] = sorted(sorted(str(n) for n in c) for c in nx.strongly_connected_components(U))
    else:
        out["weak_components"] = sorted(sorted(str(n) for n in c) for c in nx.connected_components(U))
    louvain = community.louvain_communities(U, seed=42)
    out["louvain_modularity_networkx"] = community.modularity(U, louvain)
    out["louvain_partition_networkx"] = [sorted(str(n) for n in c) for c in louvain]
    # The best of 50 seeds: what a careful NetworkX user would report (Leiden must reach it).
    out["louvain_best_modularity_networkx"] = max(
        community.modularity(U, community.louvain_communities(U, seed=s)) for s in range(50))
    return out


def paths(G):
    U = G.__class__()
    U.add_nodes_from(G)
    U.add_edges_from(G.edges())
    nodes = sorted(G, key=str)
    rng = random.Random(3)
    result = []
    for _ in range(6):
        s, t = rng.sample(nodes, 2)
        if not nx.has_path(U, s, t):
            continue
        simple = []
        for p in nx.shortest_simple_paths(U, s, t):
            simple.append(len(p) - 1)
            if len(simple) == 10:
                break
        result.append({
            "source": str(s), "target": str(t),
            "shortest_length": nx.shortest_path_length(U, s, t),
            "weighted_length": nx.shortest_path_length(G, s, t, weight="distance"),
            "all_shortest": sorted([str(n) for n in p] for p in nx.all_shortest_paths(U, s, t)),
            "k_shortest_lengths": simple,
            # All simple paths when there are few (Yen with a large k must find exactly these), else null.
            "simple_path_count": (lambda c: c if c <= 200 else None)(
                sum(1 for _ in itertools.islice(nx.all_simple_paths(U, s, t), 201))),
            "ego2": sorted(str(n) for n in nx.ego_graph(U, s, radius=2)),
        })
    return result


def main():
    data = {"networkx": nx.__version__, "graphs": {}}
    for name, G in graphs().items():
        entry = {
            "directed": G.is_directed(),
            "nodes": [str(n) for n in G.nodes()],
            "edges": [[str(u), str(v), float(d["weight"])] for u, v, d in G.edges(data=True)],
        }
        entry["personalized_node"] = str(sorted(G)[0])
        if name == "karate":
            club = {}
            for n, d in G.nodes(data=True):
                club.setdefault(d["club"], []).append(n)
            factions = list(club.values())
            entry["faction_modularity"] = community.modularity(nx.Graph(G.edges()), factions, weight=None)
        entry["measures"] = measures(G)
        entry["paths"] = paths(G)
        data["graphs"][name] = entry
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.json")
    with open(path, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
