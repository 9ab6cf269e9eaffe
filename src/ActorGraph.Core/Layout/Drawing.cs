using System.Collections.Concurrent;
using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Layout;

/// <summary>
/// What the page draws, and nothing more: columns of nodes and edges (indexes instead of repeated ids and names),
/// settled positions, and how much of the network the drawing shows. Evidence stays on the server until an actor is
/// opened (<c>/api/relations/{id}</c>).
/// </summary>
/// <param name="TotalNodes">Nodes in the filtered network (or the neighbourhood) before the level of detail.</param>
/// <param name="TotalEdges">Relations drawn for all of it.</param>
/// <param name="RankedBy">The measure that chose the nodes shown when the network was larger than the limit, else null.</param>
public sealed record Drawing(DrawingNodes Nodes, DrawingEdges Edges, DrawingValues Values, int TotalNodes, int TotalEdges, string? RankedBy)
{
    /// <summary>False for a provisional picture (<see cref="Drawings.GetSoonAsync"/>): the same nodes and relations, positions after a few steps.</summary>
    public bool Settled { get; init; } = true;
}

/// <summary>One entry per node; Kind, Party and Country index <see cref="DrawingValues"/> (-1: none).</summary>
public sealed record DrawingNodes(string[] Keys, string[] Labels, int[] Kind, int[] Party, int[] Country, float[] X, float[] Y);

/// <summary>One entry per relation drawn: Source and Target index the nodes, Type and Day index
/// <see cref="DrawingValues"/> (Day -1: undated).</summary>
public sealed record DrawingEdges(int[] Source, int[] Target, int[] Type, double[] Weight, int[] Day, double[] Confidence);

/// <summary>The distinct values the index columns point into; days as YYYY-MM-DD in ascending order.</summary>
public sealed record DrawingValues(string[] Kinds, string[] Parties, string[] Countries, string[] Types, string[] Days);

/// <param name="Options">The filtered network (directed).</param>
/// <param name="Ego">Draw this actor's neighbourhood (either direction) within <paramref name="Radius"/> instead.</param>
/// <param name="Measure">Ranks the nodes when there are more than <paramref name="MaxNodes"/>: a measure, or an actor's
/// number attribute (<see cref="ActorAttributes"/>; then only actors holding it are drawn).</param>
/// <param name="MaxNodes">The most nodes drawn whole; a larger network is drawn as its top <paramref name="TopNodes"/>.</param>
public sealed record DrawingRequest(SnapshotOptions Options, string? Ego, int Radius, string Measure, int MaxNodes, int TopNodes);

/// <summary>
/// Builds <see cref="Drawing"/>s, each once per store version and request (kept in the <see cref="AnalysisCache"/>):
/// the nodes (all, the neighbourhood, or the top <see cref="DrawingRequest.TopNodes"/> by the measure and the
/// relations among them), then <see cref="ForceAtlas2"/> on them, so a reload or a shared link gets the same
/// settled picture at once.
/// </summary>
public static class Drawings
{
    public static Task<Drawing> GetAsync(IGraphStore store, AnalysisCache cache, DrawingRequest request, CancellationToken ct = default) =>
        cache.GetAsync(request, token => BuildAsync(store, cache, request, token), ct);

    /// <summary>Every so many ForceAtlas2 steps a layout in progress publishes where it has got to.</summary>
    private const int ProgressEvery = 10;

    /// <summary>Layouts being computed, by store version and request: the drawing with the positions reached so far.</summary>
    private static readonly ConcurrentDictionary<(long Version, DrawingRequest Request), Drawing> InProgress = new();

    /// <summary>
    /// The drawing for a first look that must not wait for the layout: the settled one if it is ready within
    /// <paramref name="patience"/>, else the same nodes and relations at the positions the layout has reached so far
    /// (<see cref="Drawing.Settled"/> false) while it goes on, for the next request to find. Costs no extra layout.
    /// </summary>
    public static async Task<Drawing> GetSoonAsync(IGraphStore store, AnalysisCache cache, DrawingRequest request, TimeSpan patience, CancellationToken ct = default)
    {
        // Not tied to this request: the settled layout is finished (and kept) even when a provisional picture answers it.
        var settled = GetAsync(store, cache, request, CancellationToken.None);
        _ = settled.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        var key = (await store.GetVersionAsync(ct), request);
        var wait = patience;
        // Until the layout has started (the snapshot is still loading) there is nothing to show but the settled picture.
        while (await Task.WhenAny(settled, Task.Delay(wait, ct)) != settled)
        {
            ct.ThrowIfCancellationRequested();
            if (InProgress.TryGetValue(key, out var reached)) return reached;
            wait = TimeSpan.FromMilliseconds(50);
        }
        return await settled;
    }

    /// <summary>ForceAtlas2 steps for a drawing of n nodes: enough to settle small ones, fewer as it grows, so that
    /// 10,000 nodes take a few seconds on two cores.</summary>
    public static int Iterations(int n) => n <= 1000 ? 600 : Math.Max(120, (int)(600 * Math.Sqrt(1000.0 / n)));

    private static async Task<Drawing> BuildAsync(IGraphStore store, AnalysisCache cache, DrawingRequest request, CancellationToken ct)
    {
        var version = await store.GetVersionAsync(ct);
        var g = await cache.SnapshotAsync(request.Options, ct);
        var facts = await cache.GetAsync(NodeFacts.Key, token => NodeFacts.ReadAsync(store, token), ct);
        int[] nodes;
        IEnumerable<int> edges;
        string? rankedBy = null;
        if (request.Ego is { } ego)
        {
            var network = Paths.Ego(g, g.RequireIndex(ego), request.Radius, undirected: true);
            (nodes, edges) = (network.Nodes, network.Edges);
        }
        else if (g.NodeCount > request.MaxNodes)
        {
            if (Measures.Names.Contains(request.Measure))
            {
                var measure = Measures.Require(request.Measure);
                var values = await cache.MeasureAsync(measure, new MeasureSettings(), request.Options, ct);
                // The same order as /api/centrality, so the drawing shows the head of the ranking the table lists.
                nodes = [.. Measures.Rank(g, measure, values, request.TopNodes).Select(r => g.IndexOf(r.Id))];
            }
            // An actor attribute (followers_count): its holders in the order of /api/attributes/{name}.
            else nodes = [.. (await cache.AttributesAsync(ct)).Values(g, request.Measure, request.TopNodes).Where(a => a.Value is not null).Select(a => g.IndexOf(a.Id))];
            edges = Enumerable.Range(0, g.EdgeCount);
            rankedBy = request.Measure;
        }
        else (nodes, edges) = (Enumerable.Range(0, g.NodeCount).ToArray(), Enumerable.Range(0, g.EdgeCount));

        var local = new Dictionary<int, int>(nodes.Length);
        foreach (var u in nodes) local[u] = local.Count;
        var columns = new EdgeColumns();
        var total = 0;
        foreach (var e in edges)
        {
            var drawn = Drawn(g, e);
            total += drawn.Count;
            if (local.TryGetValue(g.EdgeSource[e], out var a) && local.TryGetValue(g.EdgeTarget[e], out var b))
                foreach (var (relation, type, weight) in drawn)
                    columns.Add(relation is not { } r || g.Topology.Ids[g.Topology.Source[r]] == g.Ids[g.EdgeSource[e]] ? (a, b) : (b, a),
                        type, weight, relation is { } i ? g.Topology.Confidence[i] : 1, relation is { } j ? g.Topology.TimeOf(j) : null);
        }
        if (request.Ego is not null) total = columns.Count;

        var ids = nodes.Select(u => g.Ids[u]).ToArray();
        var kinds = new Values();
        var parties = new Values();
        var countries = new Values();
        var labels = new string[ids.Length];
        var (kind, party, country) = (new int[ids.Length], new int[ids.Length], new int[ids.Length]);
        for (var i = 0; i < ids.Length; i++)
        {
            var actor = facts.Actors.GetValueOrDefault(ids[i]);
            labels[i] = actor?.Name ?? g.Names[nodes[i]];
            kind[i] = kinds.Index(actor?.Kind ?? (facts.Documents.Contains(ids[i]) ? ExportNode.DocumentKind : ActorKinds.Unknown));
            party[i] = parties.Index(actor?.Party);
            country[i] = countries.Index(actor?.Country);
        }
        var frame = new Drawing(
            new DrawingNodes(ids, labels, kind, party, country, [], []),
            columns.ToColumns(out var types, out var days),
            new DrawingValues(kinds.All, parties.All, countries.All, types, days),
            request.Ego is null ? g.NodeCount : ids.Length, total, rankedBy);
        Drawing At(IEnumerable<double> x, IEnumerable<double> y) => frame with { Nodes = frame.Nodes with { X = Round(x), Y = Round(y) } };

        var key = (version, request);
        try
        {
            var (x, y) = ForceAtlas2.Run(ids, columns.Pairs(), new ForceAtlas2Settings(Iterations(ids.Length), ScalingRatio: ids.Length < 100 ? 10 : 2),
                (step, px, py) => { if (step % ProgressEvery == ProgressEvery - 1) InProgress[key] = At(px, py) with { Settled = false }; });
            return At(x.Select(v => (double)v), y.Select(v => (double)v));
        }
        finally
        {
            InProgress.TryRemove(key, out _);
        }
    }

    /// <summary>The relations drawn for a snapshot edge (as indexes into its topology): each observed one, and one
    /// CO_SIGNED or CO_ACTED edge (null) when the edge comes (also) from shared documents or shared actions, whose
    /// evidence points past these two actors.</summary>
    private static List<(int? Relation, RelationType Type, double Weight)> Drawn(GraphSnapshot g, int e)
    {
        var (observed, derived) = g.Split(e);
        return [.. observed.Select(r => ((int?)r, g.Topology.Types[r], g.Topology.Weights[r])),
            .. derived.Select(type => ((int?)null, type, g.EdgeWeight[e]))];
    }

    /// <summary>Positions to a tenth of a unit: the picture spans hundreds of units, and the JSON stays short.</summary>
    private static float[] Round(IEnumerable<double> v) => [.. v.Select(p => MathF.Round((float)p, 1))];

    /// <summary>Distinct strings in order of first use; null is -1.</summary>
    private sealed class Values
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        public string[] All => [.. index.Keys];
        public int Index(string? value) => value is null ? -1 : index.TryGetValue(value, out var i) ? i : index[value] = index.Count;
    }

    private sealed class EdgeColumns
    {
        private readonly List<int> source = [], target = [];
        private readonly List<RelationType> type = [];
        private readonly List<double> weight = [], confidence = [];
        private readonly List<string?> day = [];

        public int Count => source.Count;

        public void Add((int A, int B) ends, RelationType relationType, double w, double c, DateTimeOffset? at)
        {
            source.Add(ends.A);
            target.Add(ends.B);
            type.Add(relationType);
            weight.Add(w);
            confidence.Add(c);
            day.Add(at is { } time ? Timestamps.Format(time)[..10] : null);
        }

        /// <summary>Each relation pulls its two ends together once: parallel relations pull harder.</summary>
        public IEnumerable<(int, int, double)> Pairs() => source.Select((s, i) => (s, target[i], 1.0));

        public DrawingEdges ToColumns(out string[] types, out string[] days)
        {
            var typeValues = type.Distinct().Order().ToArray();
            var typeIndex = typeValues.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
            days = [.. day.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            var dayIndex = days.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
            types = [.. typeValues.Select(t => t.ToName())];
            return new DrawingEdges([.. source], [.. target], [.. type.Select(t => typeIndex[t])], [.. weight],
                [.. day.Select(d => d is null ? -1 : dayIndex[d])], [.. confidence]);
        }
    }

    /// <summary>Kinds, parties and countries of every actor, and which ids are documents: read once per store version.</summary>
    private sealed record NodeFacts(Dictionary<string, Actor> Actors, HashSet<string> Documents)
    {
        public static readonly object Key = new();

        public static async Task<NodeFacts> ReadAsync(IGraphStore store, CancellationToken ct) => new(
            await store.ReadActorsAsync(ct).ToDictionaryAsync(a => a.Id, StringComparer.Ordinal, ct),
            await store.ReadDocumentsAsync(ct).Select(d => d.Id).ToHashSetAsync(StringComparer.Ordinal, ct));
    }
}
