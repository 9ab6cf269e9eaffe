namespace ActorGraph.Analysis;

/// <summary>
/// Eigenvector centrality as NetworkX <c>eigenvector_centrality</c>: power iteration on A + I from a uniform start,
/// each node summing its in-neighbours (for directed graphs the left eigenvector, "who points at me"), normalized to
/// Euclidean length 1, stopping when the L1 change is below n·tol (tol 1e-6). O(iterations · (n + m)).
/// No QuikGraph: it has no eigenvector centrality.
/// </summary>
public static class Eigenvector
{
    /// <exception cref="InvalidOperationException">No convergence within <paramref name="maxIterations"/>, like NetworkX.</exception>
    public static double[] Compute(GraphSnapshot g, bool weighted = false, double tolerance = 1e-6, int maxIterations = 100)
    {
        var n = g.NodeCount;
        if (n == 0) return [];
        var x = new double[n];
        Array.Fill(x, 1.0 / n);
        var next = new double[n];
        var (offsets, sources, weights) = (g.InOffsets, g.InSources, g.InWeights);
        for (var iter = 0; iter < maxIterations; iter++)
        {
            var norm = 0.0;
            for (var v = 0; v < n; v++)
            {
                var s = x[v];
                if (weighted)
                    for (var e = offsets[v]; e < offsets[v + 1]; e++) s += x[sources[e]] * weights[e];
                else
                    for (var e = offsets[v]; e < offsets[v + 1]; e++) s += x[sources[e]];
                next[v] = s;
                norm += s * s;
            }
            norm = Math.Sqrt(norm);
            if (norm == 0) norm = 1;
            var err = 0.0;
            for (var v = 0; v < n; v++)
            {
                next[v] /= norm;
                err += Math.Abs(next[v] - x[v]);
            }
            (x, next) = (next, x);
            if (err < n * tolerance) return x;
        }
        throw new InvalidOperationException($"Eigenvector centrality did not converge in {maxIterations} iterations.");
    }
}
