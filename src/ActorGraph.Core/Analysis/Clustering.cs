namespace ActorGraph.Analysis;

/// <summary>
/// Local clustering coefficient as NetworkX <c>clustering</c>. Undirected: 2T(u) / (deg(u)(deg(u)-1)); weighted,
/// the geometric mean of the triangle's weights scaled by the largest weight (Onnela et al.). Directed (Fagiolo
/// 2007): T(u) / (2·(deg_tot(deg_tot-1) - 2·deg_recip)) counting every directed triangle through u; weighted
/// directed is not offered (use the undirected view). O(Σ deg²) with a marker array per node.
/// No QuikGraph: it has no clustering coefficient.
/// </summary>
public static class Clustering
{
    /// <exception cref="BadInputException">Weighted clustering asked for a directed view.</exception>
    public static double[] Compute(GraphSnapshot g, bool weighted = false)
    {
        if (g.Directed && weighted)
            throw new BadInputException("Weighted clustering is defined here for the undirected view only: add --undirected or drop --weighted.");
        return g.Directed ? Directed(g) : Undirected(g, weighted);
    }

    private static double[] Undirected(GraphSnapshot g, bool weighted)
    {
        var n = g.NodeCount;
        var result = new double[n];
        var mark = new double[n]; // scaled weight of the edge to the centre, 0 when not a neighbour
        var maxWeight = weighted && g.EdgeCount > 0 ? g.EdgeWeight.Max() : 1;
        var (offsets, nbrs, weights) = (g.OutOffsets, g.OutTargets, g.OutWeights);
        for (var u = 0; u < n; u++)
        {
            var d = offsets[u + 1] - offsets[u];
            if (d < 2) continue;
            for (var e = offsets[u]; e < offsets[u + 1]; e++) mark[nbrs[e]] = weighted ? weights[e] / maxWeight : 1;
            var t = 0.0;
            for (var e = offsets[u]; e < offsets[u + 1]; e++)
            {
                var v = nbrs[e];
                var wuv = mark[v];
                for (var f = offsets[v]; f < offsets[v + 1]; f++)
                {
                    var wuw = mark[nbrs[f]];
                    if (wuw == 0) continue;
                    t += weighted ? Math.Cbrt(wuv * wuw * weights[f] / maxWeight) : 1;
                }
            }
            for (var e = offsets[u]; e < offsets[u + 1]; e++) mark[nbrs[e]] = 0;
            result[u] = t / ((double)d * (d - 1));
        }
        return result;
    }

    private static double[] Directed(GraphSnapshot g)
    {
        var n = g.NodeCount;
        var result = new double[n];
        var inPred = new bool[n];
        var inSucc = new bool[n];
        for (var i = 0; i < n; i++)
        {
            for (var e = g.InOffsets[i]; e < g.InOffsets[i + 1]; e++) inPred[g.InSources[e]] = true;
            for (var e = g.OutOffsets[i]; e < g.OutOffsets[i + 1]; e++) inSucc[g.OutTargets[e]] = true;
            var triangles = 0L;
            var reciprocal = 0;
            // j runs over preds then succs (a mutual neighbour twice), k over j's preds and succs, as NetworkX.
            for (var e = g.InOffsets[i]; e < g.InOffsets[i + 1]; e++) triangles += Through(g.InSources[e]);
            for (var e = g.OutOffsets[i]; e < g.OutOffsets[i + 1]; e++)
            {
                var j = g.OutTargets[e];
                triangles += Through(j);
                if (inPred[j]) reciprocal++;
            }
            for (var e = g.InOffsets[i]; e < g.InOffsets[i + 1]; e++) inPred[g.InSources[e]] = false;
            for (var e = g.OutOffsets[i]; e < g.OutOffsets[i + 1]; e++) inSucc[g.OutTargets[e]] = false;
            var total = (long)g.InDegree(i) + g.OutDegree(i);
            if (triangles > 0) result[i] = triangles / (2.0 * (total * (total - 1) - 2.0 * reciprocal));
        }
        return result;

        long Through(int j)
        {
            var c = 0L;
            for (var f = g.InOffsets[j]; f < g.InOffsets[j + 1]; f++)
            {
                var k = g.InSources[f];
                c += (inPred[k] ? 1 : 0) + (inSucc[k] ? 1 : 0);
            }
            for (var f = g.OutOffsets[j]; f < g.OutOffsets[j + 1]; f++)
            {
                var k = g.OutTargets[f];
                c += (inPred[k] ? 1 : 0) + (inSucc[k] ? 1 : 0);
            }
            return c;
        }
    }
}
