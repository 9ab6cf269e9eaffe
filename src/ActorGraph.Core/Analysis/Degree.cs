namespace ActorGraph.Analysis;

public enum DegreeKind { Total, In, Out }

/// <summary>
/// Degree and weighted strength. Unweighted and normalized it is NetworkX <c>degree_centrality</c> /
/// <c>in_degree_centrality</c> / <c>out_degree_centrality</c>: the count divided by n-1; total degree in a directed
/// graph is in + out (so it may exceed 1). Weighted it is <c>G.degree(weight="weight")</c>, the sum of edge weights,
/// not normalized. O(n). No QuikGraph: the CSR offsets already are the answer. (An export's <c>degree</c> column is
/// something else: the number of relations, see <see cref="Export.NodeMeasures"/>.)
/// </summary>
public static class Degree
{
    public static double[] Compute(GraphSnapshot g, DegreeKind kind = DegreeKind.Total, bool weighted = false, bool normalized = true)
    {
        var n = g.NodeCount;
        var result = new double[n];
        var countIn = g.Directed && kind != DegreeKind.Out;
        var countOut = !g.Directed || kind != DegreeKind.In;
        for (var u = 0; u < n; u++)
        {
            var d = 0.0;
            if (countOut) d += Sum(g.OutOffsets, g.OutWeights, u, weighted);
            if (countIn) d += Sum(g.InOffsets, g.InWeights, u, weighted);
            result[u] = d;
        }
        if (normalized && !weighted && n > 1)
        {
            var s = 1.0 / (n - 1);
            for (var u = 0; u < n; u++) result[u] *= s;
        }
        return result;
    }

    private static double Sum(int[] offsets, double[] weights, int u, bool weighted)
    {
        if (!weighted) return offsets[u + 1] - offsets[u];
        var s = 0.0;
        for (var p = offsets[u]; p < offsets[u + 1]; p++) s += weights[p];
        return s;
    }
}
