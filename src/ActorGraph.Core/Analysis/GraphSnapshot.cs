using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Analysis;

/// <summary>Which part of the stored graph a <see cref="GraphSnapshot"/> takes. Null members do not filter.</summary>
/// <param name="Types">Relation types to take; null takes every observed type. <see cref="RelationType.CoSigned"/>
/// adds the projection of SIGNED onto actors (see <see cref="CoSigned"/>), <see cref="RelationType.CoActed"/> the pairs of
/// actors who acted together (see <see cref="CoActed"/>).</param>
/// <param name="From">Inclusive lower bound on <see cref="Relation.At"/>; undated relations are then left out.</param>
/// <param name="To">Inclusive upper bound on <see cref="Relation.At"/>; undated relations are then left out.</param>
/// <param name="MinWeight">Relations lighter than this are left out.</param>
/// <param name="MinConfidence">Relations whose evidence is less certain than this are left out.</param>
/// <param name="Directed">False merges u→v and v→u into one undirected edge.</param>
/// <param name="IncludeIsolated">Also take actors that no selected relation touches (they change normalisations).</param>
/// <param name="Coordination">What <see cref="RelationType.CoActed"/> means here; null is <see cref="CoordinationOptions.Default"/>.</param>
public sealed record SnapshotOptions(
    IReadOnlySet<RelationType>? Types = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    double? MinWeight = null,
    double? MinConfidence = null,
    bool Directed = true,
    bool IncludeIsolated = false,
    CoordinationOptions? Coordination = null)
{
    public static readonly SnapshotOptions Default = new();

    /// <summary>Equal when every field is, the types by content (a record compares sets by reference): options key caches.</summary>
    public bool Equals(SnapshotOptions? other) =>
        other is not null
        && (Types is null ? other.Types is null : other.Types is not null && Types.SetEquals(other.Types))
        && (From, To, MinWeight, MinConfidence, Directed, IncludeIsolated, Coordination)
        == (other.From, other.To, other.MinWeight, other.MinConfidence, other.Directed, other.IncludeIsolated, other.Coordination);

    public override int GetHashCode() =>
        HashCode.Combine(Types?.Aggregate(0, (hash, type) => hash ^ type.GetHashCode()), From, To, MinWeight, MinConfidence, Directed, IncludeIsolated, Coordination);
}

/// <summary>
/// An immutable, in-memory copy of (part of) the graph for analysis: nodes are dense ints 0..n-1 (<see cref="Ids"/>),
/// adjacency is in CSR arrays for out- and in-edges. Parallel relations between the same ordered pair (unordered in
/// the undirected view) are merged into one edge whose weight is the sum of their weights; the relations behind
/// every edge are kept as integers (<see cref="RelationsOf"/>, <see cref="Topology"/>) so paths can fetch their
/// evidence on demand (<see cref="Paths.DescribeAsync"/>). Self-loops are dropped: they carry no information about who
/// connects whom. Neighbour lists are sorted by node id, so results are deterministic. Built from
/// <see cref="IGraphStore.ReadTopologyAsync"/>: no evidence text is ever read for it.
/// </summary>
public sealed class GraphSnapshot
{
    /// <summary>Node id → actor (or document) id.</summary>
    public string[] Ids { get; }
    /// <summary>Node id → display name (actor name, document title, else the id).</summary>
    public string[] Names { get; }
    public bool Directed { get; }
    public int NodeCount => Ids.Length;
    public int EdgeCount => EdgeSource.Length;

    /// <summary>Edge id → endpoints and merged weight. Undirected edges have <c>EdgeSource &lt; EdgeTarget</c>.</summary>
    public int[] EdgeSource { get; }
    public int[] EdgeTarget { get; }
    public double[] EdgeWeight { get; }

    /// <summary>Out-adjacency: the out-edges of u are positions <c>OutOffsets[u]..OutOffsets[u+1]</c>. In the
    /// undirected view every edge appears in the lists of both endpoints and the in-arrays are the out-arrays.</summary>
    public int[] OutOffsets { get; }
    public int[] OutTargets { get; }
    public double[] OutWeights { get; }
    public int[] OutEdges { get; }
    public int[] InOffsets { get; }
    public int[] InSources { get; }
    public double[] InWeights { get; }
    public int[] InEdges { get; }

    /// <summary>The relations the snapshot was built from, as integers (empty when built from plain edges). Its node
    /// numbers are the store's, not the snapshot's: compare by <see cref="RelationTopology.Ids"/>.</summary>
    public RelationTopology Topology { get; }

    /// <summary>The relations themselves, indexed like <see cref="Topology"/>, when the snapshot was built from them
    /// (<see cref="FromRelations"/>); null when it was read from a store as integers (see <see cref="ReadRelationsAsync"/>).</summary>
    public IReadOnlyList<Relation>? Relations { get; }

    private readonly int[] edgeRelationOffsets;
    private readonly int[] edgeRelationIds;
    private Dictionary<string, int>? index;
    /// <summary>Node → whether it is a document; null when none is.</summary>
    private readonly bool[]? documents;

    /// <param name="evOffsets">Input edge i stands for relations <c>evIds[evOffsets[i]..evOffsets[i+1]]</c>; null: for relation i alone.</param>
    private GraphSnapshot(string[] ids, string[] names, bool[]? documents, bool directed, RelationTopology topology, IReadOnlyList<Relation>? held,
        int[] src, int[] dst, double[] w, int[]? evOffsets, int[]? evIds)
    {
        Ids = ids;
        Names = names;
        this.documents = documents;
        Directed = directed;
        Topology = topology;
        Relations = held;
        var n = ids.Length;

        // Canonical keys, then a two-pass counting sort by (source, target): O(n + m), stable, no comparisons.
        var m = src.Length;
        var ks = new int[m];
        var kt = new int[m];
        var keep = 0;
        var order = new int[m];
        var evidence = 0;
        for (var i = 0; i < m; i++)
        {
            var (a, b) = (src[i], dst[i]);
            if (a == b) continue;
            if (!directed && a > b) (a, b) = (b, a);
            ks[i] = a;
            kt[i] = b;
            order[keep++] = i;
            evidence += evOffsets is null ? 1 : evOffsets[i + 1] - evOffsets[i];
        }
        var byTarget = CountingSort(order, keep, kt, n);
        order = CountingSort(byTarget, keep, ks, n);
        byTarget = null;

        var eSrc = new int[keep];
        var eDst = new int[keep];
        var eW = new double[keep];
        var relOff = new int[keep + 1];
        var relIds = new int[evidence];
        var (e, r) = (0, 0);
        for (var p = 0; p < keep;)
        {
            var i0 = order[p];
            var (a, b) = (ks[i0], kt[i0]);
            var weight = 0.0;
            for (; p < keep && ks[order[p]] == a && kt[order[p]] == b; p++)
            {
                var i = order[p];
                weight += w[i];
                if (evOffsets is null) relIds[r++] = i;
                else for (var k = evOffsets[i]; k < evOffsets[i + 1]; k++) relIds[r++] = evIds![k];
            }
            (eSrc[e], eDst[e], eW[e]) = (a, b, weight);
            relOff[++e] = r;
        }
        EdgeSource = eSrc[..e];
        EdgeTarget = eDst[..e];
        EdgeWeight = eW[..e];
        edgeRelationOffsets = relOff[..(e + 1)];
        edgeRelationIds = relIds;

        if (directed)
        {
            (OutOffsets, OutTargets, OutWeights, OutEdges) = Adjacency(n, e, EdgeSource, EdgeTarget, EdgeWeight, false);
            (InOffsets, InSources, InWeights, InEdges) = Adjacency(n, e, EdgeTarget, EdgeSource, EdgeWeight, false);
        }
        else
        {
            (OutOffsets, OutTargets, OutWeights, OutEdges) = Adjacency(n, e, EdgeSource, EdgeTarget, EdgeWeight, true);
            (InOffsets, InSources, InWeights, InEdges) = (OutOffsets, OutTargets, OutWeights, OutEdges);
        }
    }

    /// <summary>Bytes held by the snapshot, its topology included: what a cache that bounds memory should count.</summary>
    public long EstimatedBytes
    {
        get
        {
            long arrays = 8L * Ids.Length * 2 // the id and name arrays (the strings are the topology's)
                + EdgeCount * (4L + 4 + 8 + 4) + edgeRelationIds.Length * 4L
                + (OutTargets.Length + 1) * (4L + 4 + 8 + 4) + Ids.Length * 4L;
            if (Directed) arrays += (InSources.Length + 1) * (4L + 4 + 8 + 4) + Ids.Length * 4L;
            if (index is not null) arrays += Ids.Length * 24L;
            if (documents is not null) arrays += documents.Length;
            return arrays + Topology.EstimatedBytes;
        }
    }

    private static int[] CountingSort(int[] items, int count, int[] key, int n)
    {
        var start = new int[n + 1];
        for (var p = 0; p < count; p++) start[key[items[p]] + 1]++;
        for (var u = 0; u < n; u++) start[u + 1] += start[u];
        var result = new int[count];
        for (var p = 0; p < count; p++) result[start[key[items[p]]]++] = items[p];
        return result;
    }

    /// <summary>CSR of edges keyed by <paramref name="from"/>; edges arrive sorted by (source, target), so each
    /// list is sorted when keyed by source. Lists keyed by target (and the reverse half of undirected lists) are
    /// filled in edge order, which is sorted by source as well.</summary>
    private static (int[] Offsets, int[] Nbrs, double[] Weights, int[] Edges) Adjacency(
        int n, int e, int[] from, int[] to, double[] w, bool both)
    {
        var offsets = new int[n + 1];
        for (var i = 0; i < e; i++)
        {
            offsets[from[i] + 1]++;
            if (both) offsets[to[i] + 1]++;
        }
        for (var u = 0; u < n; u++) offsets[u + 1] += offsets[u];
        var total = offsets[n];
        var nbrs = new int[total];
        var weights = new double[total];
        var edges = new int[total];
        var fill = offsets[..n];
        for (var i = 0; i < e; i++)
        {
            var p = fill[from[i]]++;
            (nbrs[p], weights[p], edges[p]) = (to[i], w[i], i);
        }
        if (both)
        {
            for (var i = 0; i < e; i++)
            {
                var p = fill[to[i]]++;
                (nbrs[p], weights[p], edges[p]) = (from[i], w[i], i);
            }
            // Each undirected list holds two sorted runs; merge them so neighbour order is by id.
            for (var u = 0; u < n; u++)
                Array.Sort(nbrs, edges, offsets[u], offsets[u + 1] - offsets[u]);
            for (var p = 0; p < total; p++) weights[p] = w[edges[p]];
        }
        return (offsets, nbrs, weights, edges);
    }

    /// <summary>Indexes into <see cref="Topology"/> of the observations merged into edge <paramref name="edge"/>.</summary>
    public ReadOnlySpan<int> RelationsOf(int edge) =>
        edgeRelationIds.AsSpan(edgeRelationOffsets[edge], edgeRelationOffsets[edge + 1] - edgeRelationOffsets[edge]);

    /// <summary>What edge <paramref name="edge"/> stands for: the observed relations between its two ends (indexes into
    /// <see cref="Topology"/>), and the derived ties whose evidence is the rest: CO_SIGNED when SIGNED relations to
    /// shared documents are behind it, CO_ACTED when shared actions on posts (or third actors) are.</summary>
    public (List<int> Observed, List<RelationType> Derived) Split(int edge)
    {
        var (t, a, b) = (Topology, Ids[EdgeSource[edge]], Ids[EdgeTarget[edge]]);
        var observed = new List<int>();
        var derived = new List<RelationType>();
        foreach (var r in RelationsOf(edge))
        {
            var (source, target) = (t.Ids[t.Source[r]], t.Ids[t.Target[r]]);
            if ((source, target) == (a, b) || (source, target) == (b, a)) observed.Add(r);
            else if ((t.Types[r] == RelationType.Signed ? RelationType.CoSigned : RelationType.CoActed) is var type && !derived.Contains(type)) derived.Add(type);
        }
        return (observed, derived);
    }

    /// <summary>The relations with evidence at these indexes of <see cref="Topology"/>: read from the store the snapshot
    /// came from, in one request, unless the snapshot was built from the relations themselves.</summary>
    public async Task<IReadOnlyDictionary<int, Relation>> ReadRelationsAsync(IGraphStore store, IEnumerable<int> relations, CancellationToken ct = default)
    {
        var wanted = relations.Distinct().ToArray();
        if (Relations is not null) return wanted.ToDictionary(r => r, r => Relations[r]);
        var stored = await store.ReadRelationsAsync([.. wanted.Select(r => Topology.Keys[r])], ct);
        return wanted.Where(r => stored.ContainsKey(Topology.Keys[r])).ToDictionary(r => r, r => stored[Topology.Keys[r]]);
    }

    /// <summary>Whether node <paramref name="u"/> is a document rather than an actor.</summary>
    public bool IsDocument(int u) => documents?[u] == true;

    /// <summary>The node of an actor id, or -1.</summary>
    public int IndexOf(string id)
    {
        index ??= Enumerable.Range(0, Ids.Length).ToDictionary(i => Ids[i], StringComparer.Ordinal);
        return index.GetValueOrDefault(id, -1);
    }

    /// <summary>The node of an actor id; an id not in the snapshot is the user's mistake.</summary>
    /// <exception cref="BadInputException">The actor is unknown or has no relation in the selection.</exception>
    public int RequireIndex(string id) =>
        IndexOf(id) is var i and >= 0
            ? i
            : throw new BadInputException($"Unknown actor '{id}': expected the id of an actor with relations in the selected graph.");

    public int OutDegree(int u) => OutOffsets[u + 1] - OutOffsets[u];
    public int InDegree(int u) => InOffsets[u + 1] - InOffsets[u];

    private static readonly RelationTopology NoRelations = new([], [], 0, [], [], [], [], [], [], []);

    /// <summary>A snapshot from plain edges (tests, benchmarks); no relations behind them.</summary>
    public static GraphSnapshot FromEdges(IReadOnlyList<string> ids, IReadOnlyList<(int Source, int Target, double Weight)> edges, bool directed)
    {
        var m = edges.Count;
        var (src, dst, w) = (new int[m], new int[m], new double[m]);
        for (var i = 0; i < m; i++)
        {
            (src[i], dst[i], w[i]) = edges[i];
            if ((uint)src[i] >= (uint)ids.Count || (uint)dst[i] >= (uint)ids.Count)
                throw new ArgumentOutOfRangeException(nameof(edges), $"Edge {i} ({src[i]}, {dst[i]}) is outside 0..{ids.Count - 1}.");
        }
        return new GraphSnapshot([.. ids], [.. ids], null, directed, NoRelations, null, src, dst, w, new int[m + 1], []);
    }

    /// <summary>A snapshot from plain int edge arrays (benchmarks): nodes 0..n-1 named by their number.</summary>
    public static GraphSnapshot FromEdges(int n, int[] source, int[] target, double[] weight, bool directed)
    {
        var ids = new string[n];
        for (var i = 0; i < n; i++) ids[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new GraphSnapshot(ids, ids, null, directed, NoRelations, null, source, target, weight, new int[source.Length + 1], []);
    }

    /// <summary>
    /// Reads the selected relations' topology from <paramref name="store"/> (integers only, no evidence). Nodes are the
    /// endpoints of selected relations (documents too, when SIGNED is selected), plus every actor if
    /// <see cref="SnapshotOptions.IncludeIsolated"/>, in the store's order: actors by id, then documents by id. CO_ACTED
    /// needs each relation's time and evidence, so a selection with it reads the relations (<see cref="SnapshotSource"/>).
    /// </summary>
    public static async Task<GraphSnapshot> LoadAsync(IGraphStore store, SnapshotOptions options, CancellationToken ct = default)
    {
        if (options.Types?.Contains(RelationType.CoActed) == true)
            return FromRelations(await SnapshotSource.LoadAsync(store, options, ct), options);
        var topology = await store.ReadTopologyAsync(
            new RelationFilter(SnapshotSource.Read(options), options.From, options.To, options.MinWeight, options.MinConfidence), ct);
        return FromTopology(topology, null, options, []);
    }

    /// <summary>
    /// This snapshot's relations read with other <paramref name="options"/> of the same selection (e.g. undirected),
    /// built from the topology it holds, without reading the store again. Not for CO_ACTED, whose ties come from the
    /// relations' times (load that selection again instead).
    /// </summary>
    /// <exception cref="ArgumentException">The options select CO_ACTED.</exception>
    public GraphSnapshot Reread(SnapshotOptions options) =>
        options.Types?.Contains(RelationType.CoActed) == true
            ? throw new ArgumentException("CO_ACTED ties are found from the relations, not the topology: load the snapshot.", nameof(options))
            : FromTopology(Topology, Relations, options, []);

    /// <summary>The snapshot of <paramref name="source"/>'s relations that <paramref name="keep"/> admits (all when
    /// null), with the derived relations (CO_SIGNED, CO_ACTED) the options ask for computed on those alone.</summary>
    public static GraphSnapshot FromRelations(SnapshotSource source, SnapshotOptions options, Func<Relation, bool>? keep = null)
    {
        IReadOnlyList<Relation> relations = keep is null ? source.Relations : [.. source.Relations.Where(keep)];
        var builder = new RelationTopologyBuilder(relations.Count);
        foreach (var id in source.Actors) builder.Actor(id, source.Names.GetValueOrDefault(id, id));
        for (var i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            builder.Relation(i, Node(r.Source), Node(r.Target), r.Type, r.Weight, r.At?.UtcTicks ?? RelationTopology.Undated, r.Evidence.Confidence);
        }
        var coActed = options.Types?.Contains(RelationType.CoActed) == true
            ? CoActed.Find(relations, options.Coordination ?? CoordinationOptions.Default).Pairs
                .Select(p => (Node(p.Actor1), Node(p.Actor2), (double)p.Shared, (IReadOnlyList<int>)[.. p.Actions.SelectMany(a => new[] { a.First, a.Second }).Distinct()]))
                .ToList()
            : [];
        return FromTopology(builder.Build(), relations, options, coActed);

        int Node(string id) => builder.Node(id, source.Names.GetValueOrDefault(id, id));
    }

    /// <param name="held">The relations themselves, when the topology was made from them.</param>
    /// <param name="derived">Derived ties besides CO_SIGNED (CO_ACTED), on the topology's nodes, with the relations behind each.</param>
    private static GraphSnapshot FromTopology(RelationTopology t, IReadOnlyList<Relation>? held, SnapshotOptions options,
        IReadOnlyList<(int A, int B, double Weight, IReadOnlyList<int> Relations)> derived)
    {
        var wanted = options.Types ?? RelationTypes.Observed.ToHashSet();
        var edge = new bool[Enum.GetValues<RelationType>().Length];
        foreach (var type in wanted) edge[(int)type] = true;
        var ties = derived.ToList();
        if (wanted.Contains(RelationType.CoSigned))
            ties.AddRange(CoSigned.Project(t).Select(p => (p.Actor1, p.Actor2, (double)p.SharedDocuments, p.Relations)));

        // Nodes: the endpoints of the selected relations (and the actors, if asked), renumbered densely in store order.
        var node = new int[t.Ids.Length];
        var all = true;
        for (var i = 0; i < t.RelationCount; i++)
        {
            if (edge[(int)t.Types[i]]) node[t.Source[i]] = node[t.Target[i]] = 1;
            else all = false;
        }
        foreach (var tie in ties) node[tie.A] = node[tie.B] = 1;
        var n = 0;
        for (var u = 0; u < node.Length; u++) node[u] = node[u] == 1 || (options.IncludeIsolated && u < t.Actors) ? n++ : -1;
        // A document is what SIGNED points at and no stored actor is (a node of the graph, listed in rankings on request).
        var signed = new bool[t.Ids.Length];
        for (var i = 0; i < t.RelationCount; i++)
            if (t.Types[i] == RelationType.Signed && t.Target[i] >= t.Actors) signed[t.Target[i]] = true;
        var documents = new bool[n];
        for (var u = 0; u < node.Length; u++)
            if (node[u] >= 0) documents[node[u]] = signed[u];
        var (ids, names) = (new string[n], new string[n]);
        for (var u = 0; u < node.Length; u++)
            if (node[u] >= 0) (ids[node[u]], names[node[u]]) = (t.Ids[u], t.Names[u]);

        if (all && ties.Count == 0)
        {
            // The common case: every relation is an edge, so the relations need no copying.
            var (src, dst) = (new int[t.RelationCount], new int[t.RelationCount]);
            for (var i = 0; i < src.Length; i++) (src[i], dst[i]) = (node[t.Source[i]], node[t.Target[i]]);
            return new GraphSnapshot(ids, names, documents, options.Directed, t, held, src, dst, t.Weights, null, null);
        }
        var (s, d, w) = (new List<int>(), new List<int>(), new List<double>());
        var evOffsets = new List<int> { 0 };
        var evIds = new List<int>();
        for (var i = 0; i < t.RelationCount; i++)
            if (edge[(int)t.Types[i]]) Edge(node[t.Source[i]], node[t.Target[i]], t.Weights[i], [i]);
        foreach (var (a, b, weight, relations) in ties)
        {
            // A derived tie is symmetric: one edge in the undirected view, both directions in the directed one.
            Edge(node[a], node[b], weight, relations);
            if (options.Directed) Edge(node[b], node[a], weight, relations);
        }
        return new GraphSnapshot(ids, names, documents, options.Directed, t, held, [.. s], [.. d], [.. w], [.. evOffsets], [.. evIds]);

        void Edge(int a, int b, double weight, IReadOnlyList<int> relations)
        {
            s.Add(a);
            d.Add(b);
            w.Add(weight);
            evIds.AddRange(relations);
            evOffsets.Add(evIds.Count);
        }
    }
}

/// <summary>
/// What a snapshot is built from: the relations the options select, read once from the store (with SIGNED, or the
/// coordination kinds, when a derived type needs them), the display names of actors and documents, and every actor id
/// (for <see cref="SnapshotOptions.IncludeIsolated"/>). The timeline builds one snapshot per period from one source.
/// </summary>
public sealed record SnapshotSource(IReadOnlyList<Relation> Relations, IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> Actors)
{
    public static async Task<SnapshotSource> LoadAsync(IGraphStore store, SnapshotOptions options, CancellationToken ct = default)
    {
        var read = Read(options);
        var relations = new List<Relation>();
        if (read.Count > 0)
        {
            var filter = new RelationFilter(read, options.From, options.To, options.MinWeight, options.MinConfidence);
            await foreach (var r in store.ReadRelationsAsync(filter, ct)) relations.Add(r);
        }
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var actors = new List<string>();
        await foreach (var a in store.ReadActorsAsync(ct))
        {
            names[a.Id] = a.Name;
            actors.Add(a.Id);
        }
        if (relations.Any(r => r.Type == RelationType.Signed && !names.ContainsKey(r.Target)))
            await foreach (var d in store.ReadDocumentsAsync(ct)) names.TryAdd(d.Id, d.Title);
        return new SnapshotSource(relations, names, actors);
    }

    /// <summary>The stored types the options need: the selected ones, SIGNED for CO_SIGNED, the coordination kinds for CO_ACTED.</summary>
    public static HashSet<RelationType> Read(SnapshotOptions options)
    {
        var wanted = options.Types ?? RelationTypes.Observed.ToHashSet();
        var read = wanted.Where(t => !t.IsDerived()).ToHashSet();
        if (wanted.Contains(RelationType.CoSigned)) read.Add(RelationType.Signed);
        if (wanted.Contains(RelationType.CoActed)) read.UnionWith((options.Coordination ?? CoordinationOptions.Default).Relations);
        return read;
    }
}
