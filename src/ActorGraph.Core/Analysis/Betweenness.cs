using System.Collections.Concurrent;

namespace ActorGraph.Analysis;

/// <summary>
/// Betweenness as NetworkX <c>betweenness_centrality</c> / <c>edge_betweenness_centrality</c> (endpoints=False):
/// exact Brandes (2001), one BFS per source, or Dijkstra when weighted (edge length 1 / weight, so a stronger tie is
/// shorter). Normalized like NetworkX: nodes by 1/((n-1)(n-2)), edges by 1/(n(n-1)), for directed and undirected alike
/// (undirected pairs are counted from both ends); not normalized, undirected values are halved. With <c>k</c> pivots
/// the sources are a seeded sample and values are scaled by n/k (the sample differs from NetworkX's Python RNG).
/// O(n·m) unweighted, O(n·(m + n log n)) weighted; sources run in parallel with per-thread buffers and
/// per-thread sums. Predecessors are found by scanning in-edges instead of storing lists, so memory is O(n) per thread.
/// No QuikGraph: it has no Brandes betweenness.
/// </summary>
public static class Betweenness
{
    /// <param name="k">Number of pivot sources to sample; null is exact (all sources).</param>
    public static double[] Compute(GraphSnapshot g, bool weighted = false, bool normalized = true, int? k = null, int seed = 0) =>
        Run(g, weighted, normalized, k, seed, edges: false);

    /// <summary>Betweenness of every edge (indexed by edge id), exact.</summary>
    public static double[] ComputeEdges(GraphSnapshot g, bool weighted = false, bool normalized = true) =>
        Run(g, weighted, normalized, null, 0, edges: true);

    private static double[] Run(GraphSnapshot g, bool weighted, bool normalized, int? k, int seed, bool edges)
    {
        var n = g.NodeCount;
        var sources = Pivots(n, k, seed);
        var size = edges ? g.EdgeCount : n;
        var total = new double[size];
        var outLength = weighted ? SingleSource.Lengths(g.OutWeights) : null;
        var inLength = weighted ? (g.Directed ? SingleSource.Lengths(g.InWeights) : outLength) : null;
        var gate = new object();
        var chunk = Math.Max(1, sources.Length / (Environment.ProcessorCount * 8));
        Parallel.ForEach(Partitioner.Create(0, sources.Length, chunk),
            () => (Search: new SingleSource(n), Delta: new double[n], Sum: new double[size]),
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                    Accumulate(g, sources[i], outLength, inLength, local.Search, local.Delta, local.Sum, edges);
                return local;
            },
            local =>
            {
                lock (gate)
                    for (var i = 0; i < size; i++) total[i] += local.Sum[i];
            });

        double? scale = edges
            ? normalized ? (n > 1 ? 1.0 / ((double)n * (n - 1)) : null) : (g.Directed ? null : 0.5)
            : normalized ? (n > 2 ? 1.0 / ((double)(n - 1) * (n - 2)) : null) : (g.Directed ? null : 0.5);
        if (scale is { } s)
        {
            if (k is not null) s *= (double)n / sources.Length;
            for (var i = 0; i < size; i++) total[i] *= s;
        }
        return total;
    }

    private static int[] Pivots(int n, int? k, int seed)
    {
        var all = Enumerable.Range(0, n).ToArray();
        if (k is null) return all;
        if (k < 1 || k > n) throw new BadInputException($"Betweenness sample size k must be between 1 and the node count {n}, got {k}.");
        // Partial Fisher–Yates: the first k of a seeded shuffle.
        var random = new Random(seed);
        for (var i = 0; i < k; i++)
        {
            var j = random.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }
        return all[..k.Value];
    }

    private static void Accumulate(GraphSnapshot g, int s, double[]? outLength, double[]? inLength,
        SingleSource search, double[] delta, double[] sum, bool edges)
    {
        if (outLength is null) search.Bfs(s, g.OutOffsets, g.OutTargets);
        else search.Dijkstra(s, g.OutOffsets, g.OutTargets, outLength);
        var (dist, sigma, order) = (search.Dist, search.Sigma, search.Order);
        var (inOffsets, inSources, inEdges) = (g.InOffsets, g.InSources, g.InEdges);
        for (var i = search.Count - 1; i >= 0; i--)
        {
            var w = order[i];
            var coeff = (1 + delta[w]) / sigma[w];
            var dw = dist[w];
            for (var e = inOffsets[w]; e < inOffsets[w + 1]; e++)
            {
                var v = inSources[e];
                if (dist[v] + (inLength is null ? 1.0 : inLength[e]) != dw) continue;
                var c = sigma[v] * coeff;
                delta[v] += c;
                if (edges) sum[inEdges[e]] += c;
            }
            if (!edges && w != s) sum[w] += delta[w];
        }
        for (var i = 0; i < search.Count; i++) delta[order[i]] = 0;
    }
}
