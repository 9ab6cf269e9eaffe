namespace ActorGraph.Analysis;

/// <summary>
/// PageRank as NetworkX <c>pagerank</c> (its scipy power iteration): alpha 0.85, start and teleport vectors uniform
/// (or the normalized personalization), the rank of dangling nodes (no out-edges) spread like the teleport vector,
/// out-edge weights normalized per node; stops when the L1 change is below n·tol (tol 1e-6) and returns the
/// vector divided by its sum. The undirected view counts each edge both ways (NetworkX's <c>to_directed</c>).
/// O(iterations · (n + m)); pulls over in-edges so each iteration is one pass over arrays without atomics.
/// No QuikGraph: it has PageRank only for unweighted graphs with a different stopping rule.
/// </summary>
public static class PageRank
{
    /// <param name="personalization">Teleport weights per node (need not sum to 1); null is uniform.</param>
    /// <exception cref="InvalidOperationException">No convergence within <paramref name="maxIterations"/>, like NetworkX.</exception>
    public static double[] Compute(GraphSnapshot g, bool weighted = false, double alpha = 0.85, double tolerance = 1e-6,
        int maxIterations = 100, double[]? personalization = null)
    {
        var n = g.NodeCount;
        if (n == 0) return [];
        var p = new double[n];
        if (personalization is null) Array.Fill(p, 1.0 / n);
        else
        {
            if (personalization.Length != n) throw new ArgumentException($"Expected {n} personalization values.", nameof(personalization));
            var sum = personalization.Sum();
            if (!(sum > 0)) throw new ArgumentException("Personalization must have a positive sum.", nameof(personalization));
            for (var i = 0; i < n; i++) p[i] = personalization[i] / sum;
        }

        var outStrength = new double[n];
        for (var u = 0; u < n; u++)
        {
            var s = 0.0;
            for (var e = g.OutOffsets[u]; e < g.OutOffsets[u + 1]; e++) s += weighted ? g.OutWeights[e] : 1.0;
            outStrength[u] = s;
        }
        var dangling = Enumerable.Range(0, n).Where(u => outStrength[u] == 0).ToArray();

        var x = new double[n];
        Array.Fill(x, 1.0 / n);
        var share = new double[n];
        var next = new double[n];
        var (offsets, sources, weights) = (g.InOffsets, g.InSources, g.InWeights);
        for (var iter = 0; iter < maxIterations; iter++)
        {
            var danglingSum = 0.0;
            foreach (var u in dangling) danglingSum += x[u];
            for (var u = 0; u < n; u++) share[u] = outStrength[u] > 0 ? x[u] / outStrength[u] : 0;
            var err = 0.0;
            for (var v = 0; v < n; v++)
            {
                var s = 0.0;
                if (weighted)
                    for (var e = offsets[v]; e < offsets[v + 1]; e++) s += share[sources[e]] * weights[e];
                else
                    for (var e = offsets[v]; e < offsets[v + 1]; e++) s += share[sources[e]];
                var value = alpha * (s + danglingSum * p[v]) + (1 - alpha) * p[v];
                err += Math.Abs(value - x[v]);
                next[v] = value;
            }
            (x, next) = (next, x);
            if (err < n * tolerance)
            {
                var total = x.Sum();
                for (var v = 0; v < n; v++) x[v] /= total;
                return x;
            }
        }
        throw new InvalidOperationException($"PageRank did not converge in {maxIterations} iterations.");
    }
}
