namespace ActorGraph.Analysis;

/// <summary>
/// Harmonic centrality as NetworkX <c>harmonic_centrality</c>: the sum of 1/d(v, u) over all other nodes v that reach
/// u (incoming distance on directed graphs, as NetworkX 2.8 computes it), not normalized. Weighted uses edge length
/// 1 / weight. Complexity and implementation as <see cref="Closeness"/>.
/// </summary>
public static class Harmonic
{
    public static double[] Compute(GraphSnapshot g, bool weighted = false, CancellationToken ct = default)
    {
        var result = new double[g.NodeCount];
        var length = weighted ? SingleSource.Lengths(g.InWeights) : null;
        Distances.ForEachNode(g, length, (u, sums) => result[u] = sums.Inverse, ct);
        return result;
    }
}
