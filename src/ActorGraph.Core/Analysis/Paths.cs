using ActorGraph.Storage;

namespace ActorGraph.Analysis;

/// <summary>A path as nodes and the edges between them (<c>Edges[i]</c> joins <c>Nodes[i]</c> and <c>Nodes[i+1]</c>);
/// <see cref="GraphSnapshot.RelationsOf"/> gives the relations, and so the evidence, behind each edge.</summary>
/// <param name="Length">Hops, or the sum of edge lengths 1/weight when weighted.</param>
public sealed record GraphPath(int[] Nodes, int[] Edges, double Length);

/// <summary>One hop of a path: from one actor to the next, and the observations behind that edge.</summary>
public sealed record PathStep(string From, string To, IReadOnlyList<Model.Relation> Relations);

/// <summary>A path as the user sees it: the actors in order and every hop's relations with their evidence.</summary>
public sealed record ActorPath(double Length, IReadOnlyList<ActorRef> Actors, IReadOnlyList<PathStep> Steps);

/// <summary>The k shortest paths between two actors, as <c>/api/paths</c> and <c>paths --json</c> give them.</summary>
public sealed record PathsResult(string From, string To, IReadOnlyList<ActorPath> Paths);

/// <summary>The nodes within a radius of a centre (centre first, by distance) and the edges among them.</summary>
public sealed record EgoNetwork(int[] Nodes, int[] Edges);

/// <summary>
/// Paths between actors. Shortest: BFS (or Dijkstra with edge length 1/weight, so strong ties are short), stopping
/// at the target, O(n + m) / O(m + n log n). All shortest: every path of minimum length, like NetworkX
/// <c>all_shortest_paths</c>, up to a limit since their number can grow exponentially. k shortest loopless paths: Yen
/// (1971), like NetworkX <c>shortest_simple_paths</c>, O(k·n·(m + n log n)). Ego network: NetworkX <c>ego_graph</c>
/// (out-edges only on directed graphs unless <c>undirected</c>). Ties go to the lower node id, so results are stable.
/// Written here rather than with QuikGraph's Yen: that one works on an object graph with one weight per edge object
/// and returns edges without the parallel relations merged into them, so evidence would need a second lookup; the
/// searches below reuse their buffers across Yen's many spur searches.
/// </summary>
public static class Paths
{
    /// <summary>One shortest path, or null if <paramref name="target"/> cannot be reached. For many queries on one
    /// snapshot, reuse a <see cref="PathFinder"/> instead: it keeps its O(n) buffers.</summary>
    public static GraphPath? Shortest(GraphSnapshot g, int source, int target, bool weighted = false) =>
        new PathFinder(g, weighted).Shortest(source, target);

    /// <summary>Every shortest path from <paramref name="source"/> to <paramref name="target"/>, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<GraphPath> AllShortest(GraphSnapshot g, int source, int target, bool weighted = false, int limit = 1000)
    {
        var n = g.NodeCount;
        var search = new SingleSource(n);
        var length = weighted ? SingleSource.Lengths(g.OutWeights) : null;
        if (length is null) search.Bfs(source, g.OutOffsets, g.OutTargets);
        else search.Dijkstra(source, g.OutOffsets, g.OutTargets, length);
        var dist = search.Dist;
        if (double.IsPositiveInfinity(dist[target])) return [];
        var inLength = weighted ? SingleSource.Lengths(g.InWeights) : null;

        // Walk back from the target over in-edges that lie on a shortest path (depth-first, explicit stack).
        var result = new List<GraphPath>();
        var nodes = new List<int> { target };
        var edges = new List<int>();
        var cursor = new List<int> { g.InOffsets[target] };
        while (cursor.Count > 0 && result.Count < limit)
        {
            var depth = cursor.Count - 1;
            var w = nodes[depth];
            if (w == source)
            {
                result.Add(new GraphPath([.. Enumerable.Reverse(nodes)], [.. Enumerable.Reverse(edges)], dist[target]));
                Pop();
                continue;
            }
            var p = cursor[depth];
            if (p == g.InOffsets[w + 1])
            {
                Pop();
                continue;
            }
            cursor[depth] = p + 1;
            var v = g.InSources[p];
            if (dist[v] + (inLength is null ? 1.0 : inLength[p]) != dist[w]) continue;
            nodes.Add(v);
            edges.Add(g.InEdges[p]);
            cursor.Add(g.InOffsets[v]);
        }
        return result;

        void Pop()
        {
            nodes.RemoveAt(nodes.Count - 1);
            cursor.RemoveAt(cursor.Count - 1);
            if (edges.Count > 0 && edges.Count > nodes.Count - 1) edges.RemoveAt(edges.Count - 1);
        }
    }

    /// <summary>The <paramref name="k"/> shortest loopless paths, shortest first (Yen).</summary>
    public static IReadOnlyList<GraphPath> KShortest(GraphSnapshot g, int source, int target, int k, bool weighted = false)
    {
        if (k < 1) throw new BadInputException($"The number of paths k must be at least 1, got {k}.");
        var search = new PathFinder(g, weighted);
        var first = search.Find(source, target, null, null);
        if (first is null) return [];
        var accepted = new List<GraphPath> { first };
        var candidates = new List<GraphPath>();
        var known = new HashSet<string> { Key(first) };
        var bannedNodes = new bool[g.NodeCount];
        var bannedEdges = new HashSet<int>();
        while (accepted.Count < k)
        {
            var previous = accepted[^1];
            for (var i = 0; i < previous.Edges.Length; i++)
            {
                var spur = previous.Nodes[i];
                bannedEdges.Clear();
                foreach (var p in accepted)
                    if (p.Nodes.Length > i + 1 && p.Nodes.AsSpan(0, i + 1).SequenceEqual(previous.Nodes.AsSpan(0, i + 1)))
                        bannedEdges.Add(p.Edges[i]);
                for (var j = 0; j < i; j++) bannedNodes[previous.Nodes[j]] = true;
                var spurPath = search.Find(spur, target, bannedNodes, bannedEdges);
                for (var j = 0; j < i; j++) bannedNodes[previous.Nodes[j]] = false;
                if (spurPath is null) continue;
                var rootLength = 0.0;
                for (var j = 0; j < i; j++) rootLength += search.EdgeLength(previous.Edges[j]);
                var path = new GraphPath(
                    [.. previous.Nodes.AsSpan(0, i), .. spurPath.Nodes],
                    [.. previous.Edges.AsSpan(0, i), .. spurPath.Edges],
                    rootLength + spurPath.Length);
                if (known.Add(Key(path))) candidates.Add(path);
            }
            if (candidates.Count == 0) break;
            var best = 0;
            for (var c = 1; c < candidates.Count; c++)
                if (Before(candidates[c], candidates[best])) best = c;
            accepted.Add(candidates[best]);
            candidates.RemoveAt(best);
        }
        return accepted;
    }

    /// <summary>Nodes reachable from <paramref name="center"/> within <paramref name="radius"/> hops, and the edges among them.</summary>
    public static EgoNetwork Ego(GraphSnapshot g, int center, int radius, bool undirected = false)
    {
        if (radius < 0) throw new BadInputException($"The ego radius must be 0 or more, got {radius}.");
        var n = g.NodeCount;
        var depth = new int[n];
        Array.Fill(depth, -1);
        depth[center] = 0;
        var order = new List<int> { center };
        for (var head = 0; head < order.Count; head++)
        {
            var v = order[head];
            if (depth[v] == radius) continue;
            for (var e = g.OutOffsets[v]; e < g.OutOffsets[v + 1]; e++) Visit(g.OutTargets[e], depth[v] + 1);
            if (undirected && g.Directed)
                for (var e = g.InOffsets[v]; e < g.InOffsets[v + 1]; e++) Visit(g.InSources[e], depth[v] + 1);
        }
        var edges = new List<int>();
        foreach (var v in order)
            for (var e = g.OutOffsets[v]; e < g.OutOffsets[v + 1]; e++)
                if (depth[g.OutTargets[e]] >= 0 && (g.Directed || g.EdgeSource[g.OutEdges[e]] == v))
                    edges.Add(g.OutEdges[e]);
        edges.Sort();
        return new EgoNetwork([.. order], [.. edges]);

        void Visit(int w, int d)
        {
            if (depth[w] >= 0) return;
            depth[w] = d;
            order.Add(w);
        }
    }

    /// <summary>The k shortest paths between two actors named by id, each with its evidence (<c>/api/paths</c>, <c>paths</c>).</summary>
    /// <exception cref="BadInputException">An id is not in the snapshot.</exception>
    public static async Task<PathsResult> BetweenAsync(IGraphStore store, GraphSnapshot g, string from, string to, int k, bool weighted, CancellationToken ct = default) =>
        new(from, to, await DescribeAsync(store, g, KShortest(g, g.RequireIndex(from), g.RequireIndex(to), k, weighted), ct));

    /// <summary>The paths with actor names and, for every hop, the relations (with evidence) merged into its edge,
    /// oldest first (undated first), their evidence read in one request.</summary>
    public static async Task<IReadOnlyList<ActorPath>> DescribeAsync(IGraphStore store, GraphSnapshot g, IReadOnlyList<GraphPath> paths, CancellationToken ct = default)
    {
        var relations = await g.ReadRelationsAsync(store, paths.SelectMany(p => p.Edges).SelectMany(e => g.RelationsOf(e).ToArray()), ct);
        return [.. paths.Select(path => new ActorPath(
            path.Length,
            [.. path.Nodes.Select(u => new ActorRef(g.Ids[u], g.Names[u]))],
            [.. path.Edges.Select((e, i) => new PathStep(g.Ids[path.Nodes[i]], g.Ids[path.Nodes[i + 1]],
                [.. g.RelationsOf(e).ToArray().Where(relations.ContainsKey).Select(r => relations[r]).OrderBy(r => r.At.HasValue).ThenBy(r => r.At)]))]))];
    }

    private static string Key(GraphPath p) => string.Join(',', p.Edges);

    private static bool Before(GraphPath a, GraphPath b)
    {
        if (a.Length != b.Length) return a.Length < b.Length;
        if (a.Nodes.Length != b.Nodes.Length) return a.Nodes.Length < b.Nodes.Length;
        return a.Nodes.AsSpan().SequenceCompareTo(b.Nodes) < 0;
    }

}

/// <summary>
/// Single-pair shortest paths on one snapshot, reusing its buffers between queries (only the nodes a query touched
/// are reset). Unweighted: bidirectional BFS; weighted: Dijkstra with edge length 1/weight, stopping at the target.
/// Not thread-safe: one finder per thread.
/// </summary>
public sealed class PathFinder
{
    private readonly GraphSnapshot g;
    private readonly double[]? length;
    private readonly double[] dist;
    private readonly int[] via; // CSR position of the edge that reached the node
    private readonly int[] from;
    private readonly double[] distBack; // hops to the target (bidirectional BFS)
    private readonly int[] viaBack;     // in-CSR position of the edge towards the target
    private readonly int[] to;
    private List<int> front = [], back = [], next = [];
    private readonly bool[] done;
    private readonly List<int> touched = [];
    private readonly PriorityQueue<int, double> heap = new();

    public PathFinder(GraphSnapshot g, bool weighted = false)
    {
        this.g = g;
        length = weighted ? SingleSource.Lengths(g.OutWeights) : null;
        dist = new double[g.NodeCount];
        Array.Fill(dist, double.PositiveInfinity);
        via = new int[g.NodeCount];
        from = new int[g.NodeCount];
        distBack = new double[g.NodeCount];
        Array.Fill(distBack, double.PositiveInfinity);
        viaBack = new int[g.NodeCount];
        to = new int[g.NodeCount];
        done = new bool[g.NodeCount];
    }

    internal double EdgeLength(int edge) => length is null ? 1 : 1 / g.EdgeWeight[edge];

    public GraphPath? Shortest(int source, int target) => Find(source, target, null, null);

    /// <summary>A shortest path avoiding <paramref name="bannedNodes"/> and the edge ids in <paramref name="bannedEdges"/>.</summary>
    internal GraphPath? Find(int s, int t, bool[]? bannedNodes, HashSet<int>? bannedEdges)
    {
        foreach (var u in touched)
        {
            dist[u] = distBack[u] = double.PositiveInfinity;
            done[u] = false;
        }
        touched.Clear();
        dist[s] = 0;
        via[s] = -1;
        touched.Add(s);
        if (length is null) return Bidirectional(s, t, bannedNodes, bannedEdges);
        if (!Dijkstra(s, t, bannedNodes, bannedEdges)) return null;
        return Build(t, t);
    }

    /// <summary>The path s → meet by <c>from</c>, then meet → t by <c>to</c>.</summary>
    private GraphPath Build(int meet, int t)
    {
        var nodes = new List<int> { meet };
        var edges = new List<int>();
        for (var v = meet; via[v] >= 0; v = from[v])
        {
            edges.Add(g.OutEdges[via[v]]);
            nodes.Add(from[v]);
        }
        nodes.Reverse();
        edges.Reverse();
        for (var v = meet; v != t; v = to[v])
        {
            edges.Add(g.InEdges[viaBack[v]]);
            nodes.Add(to[v]);
        }
        var total = dist[meet] + (meet == t ? 0 : distBack[meet]);
        return new GraphPath([.. nodes], [.. edges], total);
    }

    /// <summary>
    /// Unweighted: BFS from both ends, always growing the smaller frontier by one level, stopping at the first
    /// node seen from both sides (NetworkX <c>bidirectional_shortest_path</c>); explores about 2·b^(d/2) instead of b^d nodes.
    /// </summary>
    private GraphPath? Bidirectional(int s, int t, bool[]? bannedNodes, HashSet<int>? bannedEdges)
    {
        if (s == t) return new GraphPath([s], [], 0);
        distBack[t] = 0;
        touched.Add(t);
        front.Clear();
        back.Clear();
        front.Add(s);
        back.Add(t);
        while (front.Count > 0 && back.Count > 0)
        {
            next.Clear();
            if (front.Count <= back.Count)
            {
                foreach (var v in front)
                    for (var p = g.OutOffsets[v]; p < g.OutOffsets[v + 1]; p++)
                    {
                        var w = g.OutTargets[p];
                        if (!Allowed(w, g.OutEdges[p], bannedNodes, bannedEdges)) continue;
                        if (double.IsPositiveInfinity(dist[w]))
                        {
                            if (double.IsPositiveInfinity(distBack[w])) touched.Add(w);
                            (dist[w], from[w], via[w]) = (dist[v] + 1, v, p);
                            next.Add(w);
                        }
                        if (!double.IsPositiveInfinity(distBack[w])) return Build(w, t);
                    }
                (front, next) = (next, front);
            }
            else
            {
                foreach (var w in back)
                    for (var p = g.InOffsets[w]; p < g.InOffsets[w + 1]; p++)
                    {
                        var v = g.InSources[p];
                        if (!Allowed(v, g.InEdges[p], bannedNodes, bannedEdges)) continue;
                        if (double.IsPositiveInfinity(distBack[v]))
                        {
                            if (double.IsPositiveInfinity(dist[v])) touched.Add(v);
                            (distBack[v], to[v], viaBack[v]) = (distBack[w] + 1, w, p);
                            next.Add(v);
                        }
                        if (!double.IsPositiveInfinity(dist[v])) return Build(v, t);
                    }
                (back, next) = (next, back);
            }
        }
        return null;
    }

    private static bool Allowed(int node, int edge, bool[]? bannedNodes, HashSet<int>? bannedEdges) =>
        (bannedNodes is null || !bannedNodes[node]) && (bannedEdges is null || !bannedEdges.Contains(edge));

    private bool Dijkstra(int s, int t, bool[]? bannedNodes, HashSet<int>? bannedEdges)
    {
        heap.Clear();
        heap.Enqueue(s, 0);
        while (heap.TryDequeue(out var v, out var dv))
        {
            if (done[v] || dv > dist[v]) continue;
            done[v] = true;
            if (v == t) return true;
            for (var p = g.OutOffsets[v]; p < g.OutOffsets[v + 1]; p++)
            {
                var w = g.OutTargets[p];
                if (done[w] || !Allowed(w, g.OutEdges[p], bannedNodes, bannedEdges)) continue;
                var d = dv + length![p];
                if (d >= dist[w]) continue;
                if (double.IsPositiveInfinity(dist[w])) touched.Add(w);
                dist[w] = d;
                via[w] = p;
                from[w] = v;
                heap.Enqueue(w, d);
            }
        }
        return false;
    }
}
