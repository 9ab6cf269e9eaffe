#!/usr/bin/python3
"""Times python-igraph or NetworkX on the benchmark graph written by bench/ActorGraph.Bench.

Usage: compare.py TOOL EDGES PAIRS STEPS TIMEOUT   (TOOL igraph|networkx, STEPS comma-separated)
Prints one JSON object: step -> seconds, or {"stopped": TIMEOUT} when a step ran longer than TIMEOUT seconds
(each step runs in a forked child so it can be stopped), or {"missing": reason}.
"""
import json
import multiprocessing as mp
import sys
import time


def igraph_steps(edges_path, pairs):
    import igraph as ig
    state = {}

    def load():
        state["g"] = ig.Graph.Read_Edgelist(edges_path, directed=True)

    return state, {
        "load": load,
        "pagerank": lambda: state["g"].pagerank(),
        "betweenness": lambda: state["g"].betweenness(directed=True),
        "betweenness_k256": None,  # python-igraph 0.10 has no pivot sampling (no sources= argument)
        "closeness": lambda: state["g"].closeness(mode="in"),
        "louvain": lambda: state["g"].as_undirected(mode="collapse").community_multilevel(),
        "leiden": lambda: state["g"].as_undirected(mode="collapse").community_leiden(objective_function="modularity", n_iterations=-1),
        "paths": lambda: [state["g"].get_shortest_paths(s, to=t, output="vpath") for s, t in pairs],
    }


def networkx_steps(edges_path, pairs):
    import networkx as nx
    state = {}

    def load():
        g = nx.DiGraph()
        with open(edges_path) as f:
            g.add_edges_from(tuple(map(int, line.split())) for line in f)
        state["g"] = g

    def paths():
        for s, t in pairs:
            try:
                nx.shortest_path(state["g"], s, t)
            except nx.NetworkXNoPath:
                pass

    return state, {
        "load": load,
        "pagerank": lambda: nx.pagerank(state["g"]),
        "betweenness": lambda: nx.betweenness_centrality(state["g"]),
        "betweenness_k256": lambda: nx.betweenness_centrality(state["g"], k=256, seed=1),
        "closeness": lambda: nx.closeness_centrality(state["g"]),
        "louvain": lambda: nx.community.louvain_communities(state["g"].to_undirected(), seed=1),
        "paths": paths,
    }


def timed(fn, conn):
    start = time.perf_counter()
    fn()
    conn.send(time.perf_counter() - start)


def main():
    tool, edges_path, pairs_path, steps, timeout = sys.argv[1:6]
    timeout = float(timeout)
    with open(pairs_path) as f:
        pairs = [tuple(map(int, line.split())) for line in f]
    state, table = (igraph_steps if tool == "igraph" else networkx_steps)(edges_path, pairs)
    result = {}
    start = time.perf_counter()
    table["load"]()
    result["load"] = time.perf_counter() - start
    ctx = mp.get_context("fork")
    for step in steps.split(","):
        if step == "load":
            continue
        fn = table.get(step)
        if fn is None:
            result[step] = {"missing": "not available in " + tool}
            continue
        parent, child = ctx.Pipe()
        p = ctx.Process(target=timed, args=(fn, child))
        p.start()
        p.join(timeout)
        if p.is_alive():
            p.terminate()
            p.join()
            result[step] = {"stopped": timeout}
        else:
            result[step] = parent.recv()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
