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
        return TypedResults.Ok(await cache.GetAsync(new PathsKey(from, to, k ?? 1, q.Weighted, q.Snapshot), async token =>
        {
            var g = await cache.SnapshotAsync(q.Snapshot, token);
            return await Paths.BetweenAsync(store, g, from, to, k ?? 1, q.Weighted, token);
        }, ct));
    }

    private static async Task<Ok<GraphologyGraph>> GetEgo(
        AnalysisCache cache, IGraphStore store, string id, int? radius, [AsParameters] GraphFilterQuery query,
        [AsParameters] CoordinationQuery coordination, CancellationToken ct)
    {
        if (radius is < 0 or > MaxRadius) throw new BadInputException($"radius: expected a number from 0 to {MaxRadius}, got {radius}.");
        var snapshot = query.ToQuery(false, false, coordination: coordination).Snapshot;
        return TypedResults.Ok(await cache.GetAsync(new EgoKey(id, radius ?? 1, snapshot), async token =>
        {
            var g = await cache.SnapshotAsync(snapshot, token);
            var ego = Paths.Ego(g, g.RequireIndex(id), radius ?? 1, undirected: true);
            return await GraphologyGraph.OfEgoAsync(store, g, ego, token);
        }, ct));
    }

    private sealed record PathsKey(string From, string To, int K, bool Weighted, SnapshotOptions Snapshot);

    private sealed record EgoKey(string Id, int Radius, SnapshotOptions Snapshot);
}
