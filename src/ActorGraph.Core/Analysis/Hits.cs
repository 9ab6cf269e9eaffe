namespace ActorGraph.Analysis;

/// <summary>Hub and authority scores, each summing to 1.</summary>
public sealed record HitsScores(double[] Hubs, double[] Authorities);

/// <summary>
/// HITS as NetworkX <c>hits</c>: authorities a = Aᵀh, hubs h = Aa, by power iteration from uniform hubs, each step
/// scaled by its maximum, until the L1 change of hubs is below tol (1e-8); finally each vector is divided by its sum.
/// NetworkX 2.8 gets the same vectors from a sparse SVD; they agree to the tolerance. In the undirected view hubs
/// and authorities coincide. O(iterations · (n + m)). No QuikGraph: it has no HITS.
/// </summary>
public static class Hits
{
    /// <exception cref="InvalidOperationException">No convergence within <paramref name="maxIterations"/>.</exception>
    public static HitsScores Compute(GraphSnapshot g, bool weighted = false, double tolerance = 1e-8, int maxIterations = 1000)
    {
        var n = g.NodeCount;
        var h = new double[n];
        var a = new double[n];
        if (n == 0) return new HitsScores(h, a);
        Array.Fill(h, 1.0 / n);
        var hNext = new double[n];
        for (var iter = 0; iter < maxIterations; iter++)
        {
            for (var v = 0; v < n; v++)
            {
                var s = 0.0;
                for (var e = g.InOffsets[v]; e < g.InOffsets[v + 1]; e++) s += h[g.InSources[e]] * (weighted ? g.InWeights[e] : 1);
                a[v] = s;
            }
            for (var u = 0; u < n; u++)
            {
                var s = 0.0;
                for (var e = g.OutOffsets[u]; e < g.OutOffsets[u + 1]; e++) s += a[g.OutTargets[e]] * (weighted ? g.OutWeights[e] : 1);
                hNext[u] = s;
            }
            Scale(hNext, 1 / Max(hNext));
            Scale(a, 1 / Max(a));
            var err = 0.0;
            for (var u = 0; u < n; u++) err += Math.Abs(hNext[u] - h[u]);
            (h, hNext) = (hNext, h);
            if (err < tolerance)
            {
                Scale(a, 1 / a.Sum());
                Scale(h, 1 / h.Sum());
                return new HitsScores(h, a);
            }
        }
        throw new InvalidOperationException($"HITS did not converge in {maxIterations} iterations.");
    }

    private static double Max(double[] x)
    {
        var m = x.Max();
        return m > 0 ? m : 1;
    }

    private static void Scale(double[] x, double s)
    {
        for (var i = 0; i < x.Length; i++) x[i] *= s;
    }
}
