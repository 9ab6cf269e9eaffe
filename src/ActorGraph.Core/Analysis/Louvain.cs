namespace ActorGraph.Analysis;

/// <summary>A partition of the nodes: community per node (0 is the largest), and its modularity.</summary>
public sealed record Partition(int[] Community, int Count, double Modularity);

/// <summary>
/// Louvain community detection as NetworkX <c>louvain_communities</c> (Blondel et al. 2008): in a seeded random node
/// order, each node moves to the neighbouring community with the largest positive modularity gain (the gain formula,
/// resolution and the directed variant of Dugué &amp; Perez are NetworkX's), repeated until no node moves; then
/// communities become nodes and the process repeats while modularity rises by more than <c>threshold</c> (1e-7).
/// The same seed gives the same partition; the node order differs from NetworkX's (its RNG is Python's), so
/// partitions are comparable in modularity, not label by label. One difference: self-loops of aggregated
/// communities are left out of a node's link weight to its own community in the directed variant too (NetworkX
/// 2.8 counts them there, which only makes moving less attractive).
/// O(m) per sweep, over arrays with a dense community-weight buffer. No QuikGraph: it has no community detection.
/// </summary>
public static class Louvain
{
    public static Partition Detect(GraphSnapshot g, bool weighted = false, double resolution = 1, int seed = 0, double threshold = 1e-7)
    {
        var n = g.NodeCount;
        var assign = Enumerable.Range(0, n).ToArray();
        if (g.EdgeCount == 0) return Final(g, assign, n, weighted, resolution);
        var level = ModularityLevel.From(g, weighted);
        var random = new Random(seed);
        var mod = Modularity(g, assign, weighted, resolution);
        for (var first = true; ; first = false)
        {
            var (com, count, moved) = OneLevel(level, resolution, random);
            if (!first && !moved) break;
            for (var u = 0; u < n; u++) assign[u] = com[assign[u]];
            var newMod = Modularity(g, assign, weighted, resolution);
            if (newMod - mod <= threshold) break;
            mod = newMod;
            level = level.Aggregate(com, count);
        }
        return Final(g, assign, assign.Length == 0 ? 0 : assign.Max() + 1, weighted, resolution);
    }

    private static Partition Final(GraphSnapshot g, int[] assign, int count, bool weighted, double resolution)
    {
        var labels = Components.Relabel(assign, count);
        return new Partition(labels.Component, labels.Count, Modularity(g, labels.Component, weighted, resolution));
    }

    /// <summary>
    /// Modularity as NetworkX <c>community.modularity</c>: Σ_c L_c/m − γ·K_c²/(2m)² undirected (K = degree sum),
    /// Σ_c L_c/m − γ·K_c^out·K_c^in/m² directed, where L_c is the weight of edges inside c and m the total weight.
    /// </summary>
    public static double Modularity(GraphSnapshot g, int[] community, bool weighted = false, double resolution = 1)
    {
        if (community.Length != g.NodeCount) throw new ArgumentException($"Expected {g.NodeCount} community labels.", nameof(community));
        var count = community.Length == 0 ? 0 : community.Max() + 1;
        var inside = new double[count];
        var kOut = new double[count];
        var kIn = new double[count];
        var m = 0.0;
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var w = weighted ? g.EdgeWeight[e] : 1;
            var (a, b) = (community[g.EdgeSource[e]], community[g.EdgeTarget[e]]);
            m += w;
            if (a == b) inside[a] += w;
            kOut[a] += w;
            kIn[b] += w;
        }
        if (m == 0) return double.NaN;
        var q = 0.0;
        for (var c = 0; c < count; c++)
        {
            q += inside[c] / m;
            q -= g.Directed
                ? resolution * kOut[c] * kIn[c] / (m * m)
                : resolution * (kOut[c] + kIn[c]) * (kOut[c] + kIn[c]) / (4 * m * m);
        }
        return q;
    }

    private static (int[] Community, int Count, bool Moved) OneLevel(ModularityLevel level, double resolution, Random random)
    {
        var n = level.NodeCount;
        var com = Enumerable.Range(0, n).ToArray();
        var totIn = (double[])level.KIn.Clone();
        var totOut = (double[])level.KOut.Clone();
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var move = new LocalMove(level, resolution);
        var moved = false;
        for (var moves = 1; moves > 0;)
        {
            moves = 0;
            foreach (var u in order)
            {
                var own = com[u];
                var (best, _, _) = move.Best(u, com, totIn, totOut);
                var (kin, kout) = (level.KIn[u], level.KOut[u]);
                totIn[best] += kin;
                totOut[best] += kout;
                if (best != own)
                {
                    com[u] = best;
                    moves++;
                    moved = true;
                }
            }
        }
        // Renumber by first community id, as NetworkX keeps its non-empty sets in order.
        var renumber = new int[n];
        Array.Fill(renumber, -1);
        foreach (var c in com) renumber[c] = 0;
        var count = 0;
        for (var c = 0; c < n; c++)
            if (renumber[c] == 0) renumber[c] = ++count;
        for (var u = 0; u < n; u++) com[u] = renumber[com[u]] - 1;
        return (com, count, moved);
    }
}
