using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

internal static class PathsEndpoints
{
    public const int MaxPaths = 100, MaxRadius = 5;

    public static IEndpointRouteBuilder MapPaths(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Paths");
        group.MapGet("/paths", GetPaths)
            .WithSummary("The k shortest loopless paths between two actors, each hop with its relations and their evidence");
        group.MapGet("/ego/{id}", GetEgo)
            .WithSummary("An actor's neighbourhood (either direction) within a radius, as graphology JSON like /api/graph");
        return app;
    }

    /// <summary>Paths take the filter without <c>from</c>/<c>to</c>, which name the two actors here.</summary>
    private static async Task<Ok<PathsResult>> GetPaths(
        AnalysisCache cache, IGraphStore store, string? from, string? to, int? k, string? types, double? minWeight, double? minConfidence,
        [AsParameters] CoordinationQuery coordination, bool? undirected, bool? weighted, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
            throw new BadInputException("from and to: expected two actor ids, e.g. ?from=saskia-esken&to=ashton-kutcher.");
        if (k is < 1 or > MaxPaths) throw new BadInputException($"k: expected a number from 1 to {MaxPaths}, got {k}.");
        var q = new GraphFilterQuery(types, null, null, minWeight, minConfidence).ToQuery(undirected, weighted, coordination: coordination);
        return TypedResults.Ok(await cache.GetAsync(new PathsKey(from, to, k ?? 1, q.Weighted, q.Snapshot), async () =>
        {
            var g = await cache.SnapshotAsync(q.Snapshot, ct);
            var paths = Paths.KShortest(g, g.RequireIndex(from), g.RequireIndex(to), k ?? 1, q.Weighted);
            return new PathsResult(from, to, await Paths.DescribeAsync(store, g, paths, ct));
        }, ct));
    }

    private static async Task<Ok<GraphologyGraph>> GetEgo(
        AnalysisCache cache, IGraphStore store, string id, int? radius, [AsParameters] GraphFilterQuery query,
        [AsParameters] CoordinationQuery coordination, CancellationToken ct)
    {
        if (radius is < 0 or > MaxRadius) throw new BadInputException($"radius: expected a number from 0 to {MaxRadius}, got {radius}.");
        var snapshot = query.ToQuery(false, false, coordination: coordination).Snapshot;
        return TypedResults.Ok(await cache.GetAsync(new EgoKey(id, radius ?? 1, snapshot), async () =>
        {
            var g = await cache.SnapshotAsync(snapshot, ct);
            var ego = Paths.Ego(g, g.RequireIndex(id), radius ?? 1, undirected: true);
            return await ToGraphology(store, g, ego, ct);
        }, ct));
    }

    private sealed record PathsKey(string From, string To, int K, bool Weighted, SnapshotOptions Snapshot);

    private sealed record EgoKey(string Id, int Radius, SnapshotOptions Snapshot);

    /// <summary>The ego network's actors (and documents) and the relations behind its edges; a derived CO_SIGNED or CO_ACTED
    /// edge becomes one edge with its weight, since its evidence points at documents or posts outside the network.</summary>
    private static async Task<GraphologyGraph> ToGraphology(IGraphStore store, GraphSnapshot g, EgoNetwork ego, CancellationToken ct)
    {
        var nodes = new List<GraphologyNode>();
        Dictionary<string, Document>? documents = null;
        foreach (var u in ego.Nodes)
        {
            if (await store.GetActorAsync(g.Ids[u], ct) is { } actor) nodes.Add(GraphologyNode.Of(actor));
            else
            {
                documents ??= await store.ReadDocumentsAsync(ct).ToDictionaryAsync(d => d.Id, StringComparer.Ordinal, ct);
                nodes.Add(documents.TryGetValue(g.Ids[u], out var d) ? GraphologyNode.Of(d) : GraphologyNode.Of(Actor.Placeholder(g.Ids[u])));
            }
        }
        var t = g.Topology;
        var behind = ego.Edges.ToDictionary(e => e, e => g.RelationsOf(e).ToArray());
        // A relation joining the edge's two ends is drawn as itself (its evidence read now); the rest is the evidence of
        // derived ties: SIGNED relations of a CO_SIGNED tie, shared actions of a CO_ACTED one.
        var direct = ego.Edges.ToDictionary(e => e, e => behind[e].Where(r => Joins(r, e)).ToArray());
        var relations = await g.ReadRelationsAsync(store, direct.Values.SelectMany(r => r), ct);
        var edges = new List<GraphologyEdge>();
        foreach (var e in ego.Edges)
        {
            var (a, b) = (g.Ids[g.EdgeSource[e]], g.Ids[g.EdgeTarget[e]]);
            edges.AddRange(direct[e].Where(relations.ContainsKey).Select(r => GraphologyEdge.Of(relations[r], $"r{t.Keys[r]}")));
            foreach (var derived in behind[e].Where(r => !Joins(r, e))
                         .Select(r => t.Types[r] == RelationType.Signed ? RelationType.CoSigned : RelationType.CoActed).Distinct())
                edges.Add(new GraphologyEdge($"{(derived == RelationType.CoSigned ? "co" : "ca")}{e}", a, b, new Dictionary<string, object?>
                {
                    ["type"] = derived.ToName(),
                    ["weight"] = g.EdgeWeight[e],
                }));
        }
        return new GraphologyGraph(new Dictionary<string, object?>(), new GraphologyOptions(), nodes, edges);

        bool Joins(int r, int e) =>
            (t.Ids[t.Source[r]], t.Ids[t.Target[r]]) is var (s, d) && (g.Ids[g.EdgeSource[e]], g.Ids[g.EdgeTarget[e]]) is var (a, b)
            && ((s, d) == (a, b) || (s, d) == (b, a));
    }
}
