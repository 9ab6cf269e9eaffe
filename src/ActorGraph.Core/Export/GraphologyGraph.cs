using ActorGraph.Analysis;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Export;

/// <summary>
/// The graph in graphology's serialization format (<c>{attributes, options, nodes:[{key,attributes}], edges:[{key,source,target,attributes}]}</c>),
/// which the page loads with <c>Graph.from</c>. A multi directed graph: two replies between the same pair are two edges.
/// </summary>
public sealed record GraphologyGraph(
    IReadOnlyDictionary<string, object?> Attributes,
    GraphologyOptions Options,
    IReadOnlyList<GraphologyNode> Nodes,
    IReadOnlyList<GraphologyEdge> Edges)
{
    /// <summary>
    /// The relations matching <paramref name="filter"/> and the nodes they touch; with <paramref name="includeIsolated"/>
    /// every actor too. Documents appear as nodes (kind <c>document</c>) when a SIGNED relation points at them.
    /// </summary>
    /// <returns>The same JSON as a <see cref="GraphologyGraph"/>, with nodes and edges read from the store while it is
    /// written (asynchronous serialization), so a million relations never sit in memory; a bad filter fails here, first.</returns>
    public static async Task<GraphologyStream> OpenAsync(IGraphStore store, RelationFilter filter, bool includeIsolated, CancellationToken ct = default,
        CoordinationOptions? coordination = null)
    {
        var source = await ExportSource.OpenAsync(store, filter, includeIsolated, ct, coordination: coordination);
        return new GraphologyStream(new Dictionary<string, object?>(), new GraphologyOptions(),
            source.ReadNodesAsync(ct).Select(GraphologyNode.Of), source.ReadRelationsAsync(ct).Select(e => GraphologyEdge.Of(e.Relation, e.Id)));
    }

    /// <summary>
    /// An ego network's actors (and documents), read in one pass over the store, and the relations behind its edges; a
    /// derived CO_SIGNED or CO_ACTED edge becomes one edge with its weight, since its evidence points at documents or
    /// posts outside the network.
    /// </summary>
    public static async Task<GraphologyGraph> OfEgoAsync(IGraphStore store, Analysis.GraphSnapshot g, Analysis.EgoNetwork ego, CancellationToken ct = default)
    {
        var wanted = ego.Nodes.Select(u => g.Ids[u]).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, IGraphElement>(StringComparer.Ordinal);
        await foreach (var actor in store.ReadActorsAsync(ct))
            if (wanted.Contains(actor.Id)) found[actor.Id] = actor;
        if (found.Count < wanted.Count)
            await foreach (var document in store.ReadDocumentsAsync(ct))
                if (wanted.Contains(document.Id)) found.TryAdd(document.Id, document);
        var nodes = ego.Nodes.Select(u => GraphologyNode.Of(found.GetValueOrDefault(g.Ids[u]) ?? Actor.Placeholder(g.Ids[u]))).ToList();

        // A relation joining the edge's two ends is drawn as itself (its evidence read now); the rest is the evidence of
        // derived ties: SIGNED relations of a CO_SIGNED tie, shared actions of a CO_ACTED one.
        var split = ego.Edges.ToDictionary(e => e, g.Split);
        var relations = await g.ReadRelationsAsync(store, split.Values.SelectMany(x => x.Observed), ct);
        var edges = new List<GraphologyEdge>();
        foreach (var e in ego.Edges)
        {
            var (a, b) = (g.Ids[g.EdgeSource[e]], g.Ids[g.EdgeTarget[e]]);
            edges.AddRange(split[e].Observed.Where(relations.ContainsKey).Select(r => GraphologyEdge.Of(relations[r], $"r{g.Topology.Keys[r]}")));
            edges.AddRange(split[e].Derived.Select(type => new GraphologyEdge($"{(type == RelationType.CoSigned ? "co" : "ca")}{e}", a, b, new Dictionary<string, object?>
            {
                ["type"] = type.ToName(),
                ["weight"] = g.EdgeWeight[e],
            })));
        }
        return new GraphologyGraph(new Dictionary<string, object?>(), new GraphologyOptions(), nodes, edges);
    }
}

/// <summary>A graphology graph whose nodes and edges are read from the store as they are serialized.</summary>
public sealed record GraphologyStream(
    IReadOnlyDictionary<string, object?> Attributes,
    GraphologyOptions Options,
    IAsyncEnumerable<GraphologyNode> Nodes,
    IAsyncEnumerable<GraphologyEdge> Edges);

public sealed record GraphologyOptions(string Type = "directed", bool Multi = true, bool AllowSelfLoops = true);

public sealed record GraphologyNode(string Key, IReadOnlyDictionary<string, object?> Attributes)
{
    public static GraphologyNode Of(IGraphElement node) => node switch
    {
        Actor a => Of(a),
        Document d => Of(d),
        _ => throw new ArgumentException($"{node.GetType().Name} is not a node.", nameof(node)),
    };

    public static GraphologyNode Of(Actor actor)
    {
        var attributes = new Dictionary<string, object?>
        {
            ["label"] = actor.Name,
            ["kind"] = actor.Kind,
            ["party"] = actor.Party,
            ["country"] = actor.Country,
        };
        if (actor.Handles.Count > 0) attributes["handles"] = actor.Handles;
        if (actor.Attributes.Count > 0) attributes["attributes"] = actor.Attributes;
        return new GraphologyNode(actor.Id, attributes);
    }

    public static GraphologyNode Of(Document document) => new(document.Id, new Dictionary<string, object?>
    {
        ["label"] = document.Title,
        ["kind"] = ExportNode.DocumentKind,
        ["documentKind"] = document.Kind,
        ["url"] = document.Url,
        ["date"] = document.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    });
}

public sealed record GraphologyEdge(string Key, string Source, string Target, IReadOnlyDictionary<string, object?> Attributes)
{
    public static GraphologyEdge Of(Relation relation, string key) => new(key, relation.Source, relation.Target, new Dictionary<string, object?>
    {
        ["type"] = relation.Type.ToName(),
        ["weight"] = relation.Weight,
        ["at"] = relation.At is { } at ? Timestamps.Format(at) : null,
        ["sourceId"] = relation.Evidence.SourceId,
        ["url"] = relation.Evidence.Url,
        ["quote"] = relation.Evidence.Quote,
        ["documentId"] = relation.Evidence.DocumentId,
        ["confidence"] = relation.Evidence.Confidence,
        ["extractor"] = relation.Evidence.Extractor,
    });
}
