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
/// every edge are kept (<see cref="RelationsOf"/>) so paths can cite their evidence. Self-loops are dropped: they
/// carry no information about who connects whom. Neighbour lists are sorted by node id, so results are
/// deterministic.
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

    /// <summary>The relations the snapshot was built from (empty when built from plain edges).</summary>
    public IReadOnlyList<Relation> Relations { get; }

    private readonly int[] edgeRelationOffsets;
    private readonly int[] edgeRelationIds;
    private Dictionary<string, int>? index;

    private GraphSnapshot(string[] ids, string[] names, bool directed, IReadOnlyList<Relation> relations,
        int[] src, int[] dst, double[] w, int[] evOffsets, int[] evIds)
    {
        Ids = ids;
        Names = names;
        Directed = directed;
        Relations = relations;
        var n = ids.Length;

        // Canonical keys, then a two-pass counting sort by (source, target): O(n + m), stable, no comparisons.
        var m = src.Length;
        var ks = new int[m];
        var kt = new int[m];
        var keep = 0;
        var order = new int[m];
        for (var i = 0; i < m; i++)
        {
            var (a, b) = (src[i], dst[i]);
            if (a == b) continue;
            if (!directed && a > b) (a, b) = (b, a);
            ks[i] = a;
            kt[i] = b;
            order[keep++] = i;
        }
        var byTarget = CountingSort(order, keep, kt, n);
        var sorted = CountingSort(byTarget, keep, ks, n);

        var eSrc = new List<int>();
        var eDst = new List<int>();
        var eW = new List<double>();
        var relOff = new List<int> { 0 };
        var relIds = new List<int>();
        for (var p = 0; p < keep;)
        {
            var i0 = sorted[p];
            var (a, b) = (ks[i0], kt[i0]);
            var weight = 0.0;
            for (; p < keep && ks[sorted[p]] == a && kt[sorted[p]] == b; p++)
            {
                var i = sorted[p];
                weight += w[i];
                for (var r = evOffsets[i]; r < evOffsets[i + 1]; r++) relIds.Add(evIds[r]);
            }
            eSrc.Add(a);
            eDst.Add(b);
            eW.Add(weight);
            relOff.Add(relIds.Count);
        }
        EdgeSource = [.. eSrc];
        EdgeTarget = [.. eDst];
        EdgeWeight = [.. eW];
        edgeRelationOffsets = [.. relOff];
        edgeRelationIds = [.. relIds];

        var e = EdgeSource.Length;
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

    /// <summary>Indexes into <see cref="Relations"/> of the observations merged into edge <paramref name="edge"/>.</summary>
    public ReadOnlySpan<int> RelationsOf(int edge) =>
        edgeRelationIds.AsSpan(edgeRelationOffsets[edge], edgeRelationOffsets[edge + 1] - edgeRelationOffsets[edge]);

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
        return new GraphSnapshot([.. ids], [.. ids], directed, [], src, dst, w, new int[m + 1], []);
    }

    /// <summary>A snapshot from plain int edge arrays (benchmarks): nodes 0..n-1 named by their number.</summary>
    public static GraphSnapshot FromEdges(int n, int[] source, int[] target, double[] weight, bool directed)
    {
        var ids = new string[n];
        for (var i = 0; i < n; i++) ids[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new GraphSnapshot(ids, ids, directed, [], source, target, weight, new int[source.Length + 1], []);
    }

    /// <summary>
    /// Reads actors and the selected relations from <paramref name="store"/>. Nodes are the endpoints of selected
    /// relations (documents too, when SIGNED is selected), plus every actor if <see cref="SnapshotOptions.IncludeIsolated"/>.
    /// </summary>
    public static async Task<GraphSnapshot> LoadAsync(IGraphStore store, SnapshotOptions options, CancellationToken ct = default) =>
        FromRelations(await SnapshotSource.LoadAsync(store, options, ct), options);

    /// <summary>The snapshot of <paramref name="source"/>'s relations that <paramref name="keep"/> admits (all when
    /// null), with the derived relations (CO_SIGNED, CO_ACTED) the options ask for computed on those alone.</summary>
    public static GraphSnapshot FromRelations(SnapshotSource source, SnapshotOptions options, Func<Relation, bool>? keep = null)
    {
        var wanted = options.Types ?? RelationTypes.Observed.ToHashSet();
        IReadOnlyList<Relation> relations = keep is null ? source.Relations : [.. source.Relations.Where(keep)];
        var ids = new List<string>();
        var node = new Dictionary<string, int>(StringComparer.Ordinal);
        if (options.IncludeIsolated)
            foreach (var id in source.Actors) Add(id);

        var src = new List<int>();
        var dst = new List<int>();
        var w = new List<double>();
        var evOffsets = new List<int> { 0 };
        var evIds = new List<int>();
        for (var i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            if (!wanted.Contains(r.Type)) continue;
            src.Add(Add(r.Source));
            dst.Add(Add(r.Target));
            w.Add(r.Weight);
            evIds.Add(i);
            evOffsets.Add(evIds.Count);
        }
        if (wanted.Contains(RelationType.CoSigned))
            foreach (var pair in CoSigned.Project(relations))
                AddSymmetric(pair.Actor1, pair.Actor2, pair.SharedDocuments, pair.Relations);
        if (wanted.Contains(RelationType.CoActed))
            foreach (var pair in CoActed.Find(relations, options.Coordination ?? CoordinationOptions.Default).Pairs)
                AddSymmetric(pair.Actor1, pair.Actor2, pair.Shared, [.. pair.Actions.SelectMany(a => new[] { a.First, a.Second }).Distinct()]);

        var idArray = ids.ToArray();
        var nameArray = idArray.Select(id => source.Names.GetValueOrDefault(id, id)).ToArray();
        return new GraphSnapshot(idArray, nameArray, options.Directed, relations,
            [.. src], [.. dst], [.. w], [.. evOffsets], [.. evIds]);

        // A derived relation is symmetric: one edge in the undirected view, both directions in the directed one.
        void AddSymmetric(string actor1, string actor2, double weight, IReadOnlyList<int> evidence)
        {
            var (a, b) = (Add(actor1), Add(actor2));
            foreach (var (s, t) in options.Directed ? [(a, b), (b, a)] : new[] { (a, b) })
            {
                src.Add(s);
                dst.Add(t);
                w.Add(weight);
                evIds.AddRange(evidence);
                evOffsets.Add(evIds.Count);
            }
        }

        int Add(string id)
        {
            if (node.TryGetValue(id, out var i)) return i;
            node[id] = ids.Count;
            ids.Add(id);
            return ids.Count - 1;
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
        var wanted = options.Types ?? RelationTypes.Observed.ToHashSet();
        var read = wanted.Where(t => !t.IsDerived()).ToHashSet();
        if (wanted.Contains(RelationType.CoSigned)) read.Add(RelationType.Signed);
        if (wanted.Contains(RelationType.CoActed)) read.UnionWith((options.Coordination ?? CoordinationOptions.Default).Relations);

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
}
