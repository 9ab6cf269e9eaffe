namespace ActorGraph.Analysis;

/// <summary>
/// Burt's constraint as NetworkX <c>constraint</c>: c(v) = Σ_{j∈N(v)} (p_vj + Σ_{q∈N(v)} p_vq·p_qj)², where N are
/// neighbours in either direction and p_uv is the mutual weight a_uv + a_vu divided by the sum of u's mutual weights.
/// Low constraint means a broker between otherwise unconnected contacts. Like NetworkX, a node without successors
/// (out-neighbours; in the undirected view, any neighbours) gets NaN. O(Σ_v Σ_{q∈N(v)} |N(q)|).
/// No QuikGraph: it has no structural-hole measures.
/// </summary>
public static class Constraint
{
    public static double[] Compute(GraphSnapshot g, bool weighted = false)
    {
        var n = g.NodeCount;
        // Mutual-neighbour CSR with p_uv: merge u's out- and in-lists (both sorted by id).
        var offsets = new int[n + 1];
        var nbrs = new List<int>();
        var p = new List<double>();
        for (var u = 0; u < n; u++)
        {
            var start = nbrs.Count;
            var (a, aEnd, b, bEnd) = (g.OutOffsets[u], g.OutOffsets[u + 1], g.InOffsets[u], g.InOffsets[u + 1]);
            var sameLists = !g.Directed;
            while (a < aEnd || (!sameLists && b < bEnd))
            {
                var va = a < aEnd ? g.OutTargets[a] : int.MaxValue;
                var vb = !sameLists && b < bEnd ? g.InSources[b] : int.MaxValue;
                var v = Math.Min(va, vb);
                var w = 0.0;
                if (va == v) w += weighted ? g.OutWeights[a] : 1;
                if (vb == v) w += weighted ? g.InWeights[b] : 1;
                if (va == v) a++;
                if (vb == v) b++;
                // Undirected: NetworkX sees the edge from both ends, a_uv + a_vu = 2w; the factor cancels in p.
                nbrs.Add(v);
                p.Add(w);
            }
            var total = 0.0;
            for (var i = start; i < nbrs.Count; i++) total += p[i];
            for (var i = start; i < nbrs.Count; i++) p[i] = total == 0 ? 0 : p[i] / total;
            offsets[u + 1] = nbrs.Count;
        }
        var nb = nbrs.ToArray();
        var pv = p.ToArray();

        var result = new double[n];
        var direct = new double[n];   // p_vj for j in N(v), else 0
        var isNbr = new bool[n];
        var indirect = new double[n];
        for (var v = 0; v < n; v++)
        {
            if (g.OutDegree(v) == 0)
            {
                result[v] = double.NaN;
                continue;
            }
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                direct[nb[i]] = pv[i];
                isNbr[nb[i]] = true;
            }
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var q = nb[i];
                for (var k = offsets[q]; k < offsets[q + 1]; k++)
                    if (isNbr[nb[k]]) indirect[nb[k]] += pv[i] * pv[k];
            }
            var c = 0.0;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var j = nb[i];
                var s = direct[j] + indirect[j];
                c += s * s;
                direct[j] = indirect[j] = 0;
                isNbr[j] = false;
            }
            result[v] = c;
        }
        return result;
    }
}
