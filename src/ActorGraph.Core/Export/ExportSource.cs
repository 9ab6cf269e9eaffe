using System.Runtime.CompilerServices;
using ActorGraph.Analysis;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Export;

/// <summary>
/// What every export (graphology JSON, GEXF, GraphML, CSV) shows for a <see cref="RelationFilter"/>: the matching relations
/// and the nodes they touch, read as streams so that memory grows with the number of nodes, never with the relations.
/// </summary>
/// <remarks>
/// Formats list nodes before edges, so the relations are read twice: <see cref="OpenAsync"/> collects the ids they touch,
/// <see cref="ReadRelationsAsync"/> streams them. A relation stored between the two reads may or may not appear, but an
/// edge never points at a node that was not written.
/// </remarks>
public sealed class ExportSource
{
    private readonly IGraphStore _store;
    private readonly HashSet<string> _touched;
    private readonly bool _includeIsolated;

    private readonly IReadOnlyList<Relation> _derived;

    private ExportSource(IGraphStore store, RelationFilter filter, HashSet<string> touched, bool includeIsolated, bool hasDates, IReadOnlyList<Relation> derived,
        Column<ExportNode>[] nodeColumns)
    {
        _derived = derived;
        NodeColumns = nodeColumns;
        _store = store;
        Filter = filter;
        _touched = touched;
        _includeIsolated = includeIsolated;
        HasDates = hasDates;
    }

    public RelationFilter Filter { get; }

    /// <summary>A measure per period to carry as dynamic node attributes (GEXF only); null for none.</summary>
    public ExportTimeline? Timeline { get; private init; }

    public ExportSource WithTimeline(ExportTimeline timeline) => new(_store, Filter, _touched, _includeIsolated, HasDates, _derived, NodeColumns) { Timeline = timeline };

    /// <summary>What every format writes for a node besides its id and label: kind, party, country, then the attributes the exported actors hold (<see cref="AttributeColumns"/>).</summary>
    internal Column<ExportNode>[] NodeColumns { get; }

    /// <summary>Whether any matching relation has a time (formats with a timeline switch it on).</summary>
    public bool HasDates { get; }

    /// <summary>The filter in words, for a file's description.</summary>
    public string Description
    {
        get
        {
            var parts = new List<string>();
            if (Filter.Types is { } types) parts.Add("types " + string.Join(",", types.Order().Select(t => t.ToName())));
            if (Filter.From is { } from) parts.Add("from " + Timestamps.Format(from));
            if (Filter.To is { } to) parts.Add("to " + Timestamps.Format(to));
            if (Filter.MinWeight is { } w) parts.Add("weight >= " + XmlExport.Number(w));
            if (Filter.MinConfidence is { } c) parts.Add("confidence >= " + XmlExport.Number(c));
            return parts.Count == 0 ? "ActorGraph export: all relations" : "ActorGraph export: " + string.Join("; ", parts);
        }
    }

    /// <param name="includeIsolated">Every actor too, not only those the relations touch.</param>
    /// <param name="within">Only these nodes and the relations among them (an actor's neighbourhood), when given.</param>
    /// <param name="coordination">What CO_ACTED means when the filter asks for it; null is the default.</param>
    public static async Task<ExportSource> OpenAsync(IGraphStore store, RelationFilter filter, bool includeIsolated = false, CancellationToken ct = default,
        IReadOnlySet<string>? within = null, CoordinationOptions? coordination = null)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var hasDates = false;
        var derived = await DerivedAsync(store, filter, coordination ?? CoordinationOptions.Default, ct);
        await foreach (var r in store.ReadRelationsAsync(filter, ct).Concat(derived.ToAsyncEnumerable()))
        {
            if (within is not null && !(within.Contains(r.Source) && within.Contains(r.Target))) continue;
            touched.Add(r.Source);
            touched.Add(r.Target);
            hasDates |= r.At is not null;
        }
        // Formats declare their columns before the first node, so the actors' attributes are looked at once beforehand.
        var attributes = new AttributeColumns();
        await foreach (var actor in store.ReadActorsAsync(ct))
            if (includeIsolated || touched.Contains(actor.Id)) attributes.Add(actor.Attributes);
        return new ExportSource(store, filter, touched, includeIsolated, hasDates, derived, [.. ExportColumns.Node, .. attributes.Columns()]);
    }

    /// <summary>
    /// The derived ties the filter asks for (CO_SIGNED, CO_ACTED), one relation per pair, computed as analyses compute
    /// them (<see cref="GraphSnapshot"/>): weight = shared documents or actions, time = the earliest relation behind it,
    /// evidence naming the documents or posts the two share (/api/coordination and /api/paths give every relation).
    /// Held in memory: there is one per pair, not per observation.
    /// </summary>
    private static async Task<List<Relation>> DerivedAsync(IGraphStore store, RelationFilter filter, CoordinationOptions coordination, CancellationToken ct)
    {
        var wanted = filter.Types?.Where(t => t.IsDerived()).ToHashSet() ?? [];
        if (wanted.Count == 0) return [];
        var read = new HashSet<RelationType>();
        if (wanted.Contains(RelationType.CoSigned)) read.Add(RelationType.Signed);
        if (wanted.Contains(RelationType.CoActed)) read.UnionWith(coordination.Relations);
        var relations = await store.ReadRelationsAsync(filter with { Types = read }, ct).ToListAsync(ct);
        var g = GraphSnapshot.FromRelations(new SnapshotSource(relations, new Dictionary<string, string>(), []),
            new SnapshotOptions(wanted, Directed: false, Coordination: coordination));
        var derived = new List<Relation>();
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var behind = g.RelationsOf(e).ToArray().Select(r => relations[r]).ToList();
            foreach (var type in g.Split(e).Derived)
            {
                var (what, items) = type == RelationType.CoSigned
                    ? ("documents signed by both", behind.Where(r => r.Type == RelationType.Signed).Select(r => r.Target))
                    : ($"shared actions ({coordination})", behind.Where(r => r.Type != RelationType.Signed).Select(r => r.Evidence.DocumentId ?? "@" + r.Target));
                derived.Add(Tie(type, g.Ids[g.EdgeSource[e]], g.Ids[g.EdgeTarget[e]], behind.Min(r => r.At), g.EdgeWeight[e], what, items));
            }
        }
        return derived;

        static Relation Tie(RelationType type, string a, string b, DateTimeOffset? at, double weight, string what, IEnumerable<string> items)
        {
            var shared = items.Distinct().Order(StringComparer.Ordinal).ToList();
            var quote = $"{weight} {what}: {string.Join(", ", shared.Take(20))}{(shared.Count > 20 ? $" and {shared.Count - 20} more" : "")}";
            return new Relation(a, type, b, at, weight, new Evidence($"{type.ToName().ToLowerInvariant()}:{a}:{b}", null, quote, null, 1.0, "actorgraph"));
        }
    }

    /// <summary>
    /// The nodes: <see cref="Actor"/>s, then the <see cref="Document"/>s a relation points at (SIGNED), then a
    /// <see cref="Actor.Placeholder"/> for any touched id that is in neither table, so no edge dangles.
    /// </summary>
    public async IAsyncEnumerable<IGraphElement> ReadNodesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var pending = new HashSet<string>(_touched, StringComparer.Ordinal);
        await foreach (var actor in _store.ReadActorsAsync(ct))
        {
            if (pending.Remove(actor.Id) || _includeIsolated) yield return actor;
        }
        if (pending.Count == 0) yield break;
        await foreach (var document in _store.ReadDocumentsAsync(ct))
        {
            if (pending.Remove(document.Id)) yield return document;
        }
        foreach (var id in pending.Order(StringComparer.Ordinal)) yield return Actor.Placeholder(id);
    }

    /// <summary>The matching relations, in the store's order (by time, undated first), each with its edge id <c>e0</c>, <c>e1</c>….</summary>
    public async IAsyncEnumerable<(string Id, Relation Relation)> ReadRelationsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        long index = 0;
        await foreach (var r in _store.ReadRelationsAsync(Filter, ct).Concat(_derived.ToAsyncEnumerable()))
        {
            if (_touched.Contains(r.Source) && _touched.Contains(r.Target)) yield return ($"e{index++}", r);
        }
    }
}

/// <summary>The columns every file format shows for a node, whether it is an actor or a document.</summary>
public readonly record struct ExportNode(string Id, string Label, string Kind, string? Party, string? Country)
{
    /// <summary>The actor's free attributes (account metadata, extra CSV columns); none for a document.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = Empty;

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    /// <summary>Kind of a document node.</summary>
    public const string DocumentKind = "document";

    public static ExportNode Of(IGraphElement element) => element switch
    {
        Actor a => new ExportNode(a.Id, a.Name, a.Kind, a.Party, a.Country) { Attributes = a.Attributes },
        Document d => new ExportNode(d.Id, d.Title, DocumentKind, null, null),
        _ => throw new ArgumentException($"{element.GetType().Name} is not a node.", nameof(element)),
    };
}
