using System.Collections.Concurrent;

namespace ActorGraph.Analysis;

/// <summary>
/// Betweenness as NetworkX <c>betweenness_centrality</c> / <c>edge_betweenness_centrality</c> (endpoints=False):
/// exact Brandes (2001), one BFS per source, or Dijkstra when weighted (edge length 1 / weight, so a stronger tie is
/// shorter). Normalized like NetworkX: nodes by 1/((n-1)(n-2)), edges by 1/(n(n-1)), for directed and undirected alike
/// (undirected pairs are counted from both ends); not normalized, undirected values are halved. With <c>k</c> pivots
/// the sources are a seeded sample and values are scaled by n/k (the sample differs from NetworkX's Python RNG).
/// O(n·m) unweighted, O(n·(m + n log n)) weighted; sources run in parallel with per-thread buffers and
/// per-thread sums. Dependencies are pulled along out-edges instead of pushed to stored predecessor lists, so memory is O(n) per thread.
/// No QuikGraph: it has no Brandes betweenness.
/// </summary>
public static class Betweenness
{
    /// <param name="k">Number of pivot sources to sample; null is exact (all sources).</param>
    /// <param name="ct">Stops the computation between batches of sources (a request nobody waits for, a time limit).</param>
    public static double[] Compute(GraphSnapshot g, bool weighted = false, bool normalized = true, int? k = null, int seed = 0,
        CancellationToken ct = default) =>
        Run(g, weighted, normalized, k, seed, edges: false, ct);

    /// <summary>Betweenness of every edge (indexed by edge id), exact.</summary>
    public static double[] ComputeEdges(GraphSnapshot g, bool weighted = false, bool normalized = true) =>
        Run(g, weighted, normalized, null, 0, edges: true, CancellationToken.None);

    private static double[] Run(GraphSnapshot g, bool weighted, bool normalized, int? k, int seed, bool edges, CancellationToken ct)
    {
        var n = g.NodeCount;
        var sources = Pivots(n, k, seed);
        var size = edges ? g.EdgeCount : n;
        var total = new double[size];
        var length = weighted ? SingleSource.Lengths(g.OutWeights) : null;
        var gate = new object();
        var chunk = Math.Max(1, sources.Length / (Environment.ProcessorCount * 8));
        Parallel.ForEach(Partitioner.Create(0, sources.Length, chunk), new ParallelOptions { CancellationToken = ct },
            () => (Search: new SingleSource(n), Bfs: length is null ? new Brandes(g) : null, Coeff: new double[n], Sum: new double[size]),
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    if (local.Bfs is { } bfs) bfs.Accumulate(sources[i], local.Sum, edges);
                    else Accumulate(g, sources[i], length!, local.Search, local.Coeff, local.Sum, edges);
                }
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

    /// <summary>
    /// Unweighted Brandes for one source at a time, buffers reused: BFS with int distances that records, per node in
    /// BFS order, its out-edges into the next level (the shortest-path DAG); the backward pass then walks only those,
    /// pulling δ(v) = σ(v)·Σ_w (1 + δ(w))/σ(w) without re-testing distances.
    /// </summary>
    private sealed class Brandes(GraphSnapshot g)
    {
        private readonly int[] dist = Filled(g.NodeCount, -1);
        private readonly double[] sigma = new double[g.NodeCount];
        private readonly double[] coeff = new double[g.NodeCount];
        private readonly int[] order = new int[g.NodeCount];
        private readonly int[] dagStart = new int[g.NodeCount + 1];
        private readonly int[] dag = new int[g.OutTargets.Length]; // CSR positions of DAG edges

        private static int[] Filled(int n, int value)
        {
            var a = new int[n];
            Array.Fill(a, value);
            return a;
        }

        public void Accumulate(int s, double[] sum, bool edges)
        {
            var (offsets, targets, edgeIds) = (g.OutOffsets, g.OutTargets, g.OutEdges);
            var (dist, sigma, coeff, order, dagStart, dag) = (this.dist, this.sigma, this.coeff, this.order, this.dagStart, this.dag);
            dist[s] = 0;
            sigma[s] = 1;
            order[0] = s;
            var count = 1;
            var d = 0;
            for (var head = 0; head < count; head++)
            {
                var v = order[head];
                dagStart[head] = d;
                var next = dist[v] + 1;
                var sv = sigma[v];
                for (var e = offsets[v]; e < offsets[v + 1]; e++)
                {
                    var w = targets[e];
                    var dw = dist[w];
                    if (dw < 0)
                    {
                        dist[w] = next;
                        sigma[w] = sv;
                        order[count++] = w;
                        dag[d++] = e;
                    }
                    else if (dw == next)
                    {
                        sigma[w] += sv;
                        dag[d++] = e;
                    }
                }
            }
            dagStart[count] = d;
            for (var i = count - 1; i >= 0; i--)
            {
                var v = order[i];
                var pull = 0.0;
                for (var j = dagStart[i]; j < dagStart[i + 1]; j++)
                {
                    var e = dag[j];
                    var c = coeff[targets[e]];
                    pull += c;
                    if (edges) sum[edgeIds[e]] += sigma[v] * c;
                }
                var delta = sigma[v] * pull;
                coeff[v] = (1 + delta) / sigma[v];
                if (!edges && i > 0) sum[v] += delta;
            }
            for (var i = 0; i < count; i++) dist[order[i]] = -1;
        }
    }

    private static void Accumulate(GraphSnapshot g, int s, double[] length,
        SingleSource search, double[] coeff, double[] sum, bool edges)
    {
        search.Dijkstra(s, g.OutOffsets, g.OutTargets, length);
        var (dist, sigma, order) = (search.Dist, search.Sigma, search.Order);
        var (offsets, targets, edgeIds) = (g.OutOffsets, g.OutTargets, g.OutEdges);
        // Reverse order: every successor w of v on a shortest path is done before v, so v pulls
        // δ(v) = σ(v)·Σ_w (1 + δ(w))/σ(w) from its out-edges; coeff[w] holds (1 + δ(w))/σ(w).
        for (var i = search.Count - 1; i >= 0; i--)
        {
            var v = order[i];
            var dv = dist[v];
            var pull = 0.0;
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var w = targets[e];
                if (dv + length[e] != dist[w]) continue;
                pull += coeff[w];
                if (edges) sum[edgeIds[e]] += sigma[v] * coeff[w];
            }
            var delta = sigma[v] * pull;
            coeff[v] = (1 + delta) / sigma[v];
            if (!edges && v != s) sum[v] += delta;
        }
    }
}
