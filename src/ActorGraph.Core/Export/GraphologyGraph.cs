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
    public static async Task<GraphologyGraph> LoadAsync(IGraphStore store, RelationFilter filter, bool includeIsolated, CancellationToken ct = default)
    {
        var relations = await store.ReadRelationsAsync(filter, ct).ToListAsync(ct);
        var touched = new HashSet<string>(relations.SelectMany(r => new[] { r.Source, r.Target }), StringComparer.Ordinal);
        var nodes = new List<GraphologyNode>();
        await foreach (var actor in store.ReadActorsAsync(ct))
        {
            if (includeIsolated || touched.Remove(actor.Id)) nodes.Add(GraphologyNode.Of(actor));
        }
        touched.ExceptWith(nodes.Select(n => n.Key));
        if (touched.Count > 0)
        {
            await foreach (var document in store.ReadDocumentsAsync(ct))
                if (touched.Contains(document.Id)) nodes.Add(GraphologyNode.Of(document));
        }
        var edges = relations.Select((r, i) => GraphologyEdge.Of(r, $"e{i}")).ToList();
        return new GraphologyGraph(new Dictionary<string, object?>(), new GraphologyOptions(), nodes, edges);
    }
}

public sealed record GraphologyOptions(string Type = "directed", bool Multi = true, bool AllowSelfLoops = true);

public sealed record GraphologyNode(string Key, IReadOnlyDictionary<string, object?> Attributes)
{
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
        ["kind"] = "document",
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
