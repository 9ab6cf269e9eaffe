namespace ActorGraph.Analysis;

/// <summary>
/// Closeness as NetworkX <c>closeness_centrality(wf_improved=True)</c>: for node u with r other nodes reaching it at
/// total distance D, (r / D) · (r / (n-1)) — the Wasserman–Faust correction for disconnected graphs; 0 if nothing
/// reaches u. Directed graphs use incoming distance (NetworkX reverses the graph). Weighted uses edge length
/// 1 / weight (Dijkstra). O(n·m) unweighted, O(n·(m + n log n)) weighted, parallel over nodes. No QuikGraph: one
/// BFS per node over CSR arrays with reused buffers is what it would do, minus the object graph.
/// </summary>
public static class Closeness
{
    public static double[] Compute(GraphSnapshot g, bool weighted = false, bool wfImproved = true, CancellationToken ct = default)
    {
        var n = g.NodeCount;
        var result = new double[n];
        var length = weighted ? SingleSource.Lengths(g.InWeights) : null;
        Distances.ForEachNode(g, length, (u, sums) =>
        {
            var total = sums.Total;
            if (total > 0 && n > 1)
            {
                var reached = (double)sums.Reached;
                var c = reached / total;
                if (wfImproved) c *= reached / (n - 1);
                result[u] = c;
            }
        }, ct);
        return result;
    }
}
