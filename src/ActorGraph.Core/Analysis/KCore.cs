namespace ActorGraph.Analysis;

/// <summary>
/// Core numbers as NetworkX <c>core_number</c>: the largest k such that the node is in a subgraph where every node
/// has degree ≥ k. Degree is in + out on directed graphs (a mutual pair counts twice), as NetworkX.
/// Batagelj–Zaversnik bucket algorithm, O(n + m). No QuikGraph: it has no k-core.
/// </summary>
public static class KCore
{
    public static int[] Compute(GraphSnapshot g)
    {
        var n = g.NodeCount;
        var degree = new int[n];
        var maxDegree = 0;
        for (var u = 0; u < n; u++)
        {
            degree[u] = g.OutDegree(u) + (g.Directed ? g.InDegree(u) : 0);
            maxDegree = Math.Max(maxDegree, degree[u]);
        }
        // Nodes sorted by degree in buckets; pos[u] is u's place in vert, binStart[d] the first place of degree d.
        var binStart = new int[maxDegree + 2];
        foreach (var d in degree) binStart[d + 1]++;
        for (var d = 0; d <= maxDegree; d++) binStart[d + 1] += binStart[d];
        var vert = new int[n];
        var pos = new int[n];
        var fill = binStart[..(maxDegree + 1)];
        for (var u = 0; u < n; u++)
        {
            pos[u] = fill[degree[u]]++;
            vert[pos[u]] = u;
        }
        for (var i = 0; i < n; i++)
        {
            var v = vert[i];
            Lower(v, g.OutOffsets, g.OutTargets);
            if (g.Directed) Lower(v, g.InOffsets, g.InSources);
        }
        return degree;

        void Lower(int v, int[] offsets, int[] nbrs)
        {
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var u = nbrs[e];
                if (degree[u] <= degree[v]) continue;
                // Move u to the front of its bucket, then shrink the bucket by one: u's degree drops by one.
                var du = degree[u];
                var pu = pos[u];
                var pw = binStart[du];
                var w = vert[pw];
                if (u != w)
                {
                    (pos[u], pos[w]) = (pw, pu);
                    (vert[pu], vert[pw]) = (w, u);
                }
                binStart[du]++;
                degree[u]--;
            }
        }
    }
}
