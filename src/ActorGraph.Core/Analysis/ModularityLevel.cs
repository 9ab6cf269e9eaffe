namespace ActorGraph.Analysis;

/// <summary>One level's graph: symmetric neighbour CSR without self-loops, weights u→v plus v→u, and strengths.</summary>
internal sealed record ModularityLevel(bool Directed, double M, int[] Offsets, int[] Nbrs, double[] Weights, double[] KIn, double[] KOut)
{
    public int NodeCount => KIn.Length;

    public static ModularityLevel From(GraphSnapshot g, bool weighted)
    {
        var n = g.NodeCount;
        var kin = new double[n];
        var kout = new double[n];
        var m = 0.0;
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var w = weighted ? g.EdgeWeight[e] : 1;
            m += w;
            kout[g.EdgeSource[e]] += w;
            kin[g.EdgeTarget[e]] += w;
        }
        if (!g.Directed)
        {
            for (var u = 0; u < n; u++) kin[u] = kout[u] = kin[u] + kout[u];
            var weights = weighted ? g.OutWeights : Ones(g.OutTargets.Length);
            return new ModularityLevel(false, m, g.OutOffsets, g.OutTargets, weights, kin, kout);
        }
        // Merge each node's out- and in-edges into one list of neighbours with summed weights.
        var offsets = new int[n + 1];
        var nbrs = new List<int>(g.OutTargets.Length + g.InSources.Length);
        var ws = new List<double>(nbrs.Capacity);
        for (var u = 0; u < n; u++)
        {
            var (a, aEnd, b, bEnd) = (g.OutOffsets[u], g.OutOffsets[u + 1], g.InOffsets[u], g.InOffsets[u + 1]);
            while (a < aEnd || b < bEnd)
            {
                var va = a < aEnd ? g.OutTargets[a] : int.MaxValue;
                var vb = b < bEnd ? g.InSources[b] : int.MaxValue;
                var v = Math.Min(va, vb);
                var w = 0.0;
                if (va == v) w += weighted ? g.OutWeights[a++] : Step(ref a);
                if (vb == v) w += weighted ? g.InWeights[b++] : Step(ref b);
                nbrs.Add(v);
                ws.Add(w);
            }
            offsets[u + 1] = nbrs.Count;
        }
        return new ModularityLevel(true, m, offsets, [.. nbrs], [.. ws], kin, kout);
    }

    private static double Step(ref int position)
    {
        position++;
        return 1;
    }

    private static double[] Ones(int length)
    {
        var a = new double[length];
        Array.Fill(a, 1.0);
        return a;
    }

    public ModularityLevel Aggregate(int[] com, int count)
    {
        var kin = new double[count];
        var kout = new double[count];
        var members = new int[NodeCount];
        var start = new int[count + 1];
        for (var u = 0; u < NodeCount; u++)
        {
            kin[com[u]] += KIn[u];
            kout[com[u]] += KOut[u];
            start[com[u] + 1]++;
        }
        for (var c = 0; c < count; c++) start[c + 1] += start[c];
        var fill = start[..count];
        for (var u = 0; u < NodeCount; u++) members[fill[com[u]]++] = u;

        var offsets = new int[count + 1];
        var nbrs = new List<int>();
        var ws = new List<double>();
        var acc = new double[count];
        var seen = new bool[count];
        var touched = new List<int>();
        for (var c = 0; c < count; c++)
        {
            for (var i = start[c]; i < start[c + 1]; i++)
            {
                var u = members[i];
                for (var e = Offsets[u]; e < Offsets[u + 1]; e++)
                {
                    var d = com[Nbrs[e]];
                    if (d == c) continue;
                    if (!seen[d])
                    {
                        seen[d] = true;
                        touched.Add(d);
                    }
                    acc[d] += Weights[e];
                }
            }
            touched.Sort();
            foreach (var d in touched)
            {
                nbrs.Add(d);
                ws.Add(acc[d]);
                acc[d] = 0;
                seen[d] = false;
            }
            touched.Clear();
            offsets[c + 1] = nbrs.Count;
        }
        return new ModularityLevel(Directed, M, offsets, [.. nbrs], [.. ws], kin, kout);
    }
}
