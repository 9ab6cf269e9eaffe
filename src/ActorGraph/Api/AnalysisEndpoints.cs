using ActorGraph.Analysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

internal static class AnalysisEndpoints
{
    public static IEndpointRouteBuilder MapAnalysis(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Analysis");
        group.MapGet("/measures", () => TypedResults.Ok(Measures.All))
            .WithSummary("The measures /api/centrality offers, with what each says; groups are group numbers (community, component), not scores");
        group.MapGet("/centrality", GetCentrality)
            .WithSummary($"Actors ranked by a measure ({string.Join(", ", Measures.Names)}) on the filtered graph");
        group.MapGet("/communities", GetCommunities)
            .WithSummary("Louvain communities with their members and the partition's modularity");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<RankedActor>>> GetCentrality(
        AnalysisCache cache, string? measure, [AsParameters] GraphFilterQuery query, [AsParameters] CoordinationQuery coordination,
        bool? undirected, bool? weighted, int? top, CancellationToken ct)
    {
        var chosen = Measures.Require(measure);
        var q = query.ToQuery(undirected, weighted, coordination: coordination);
        var values = await cache.GetAsync(new CentralityKey(chosen.Name, q.Weighted, q.Snapshot), async () =>
            chosen.Compute(await cache.SnapshotAsync(q.Snapshot, ct), q.Weighted), ct);
        return TypedResults.Ok(Measures.Rank(await cache.SnapshotAsync(q.Snapshot, ct), chosen, values, top));
    }

    private static async Task<Ok<CommunityResult>> GetCommunities(
        AnalysisCache cache, [AsParameters] GraphFilterQuery query, [AsParameters] CoordinationQuery coordination,
        bool? undirected, bool? weighted, double? resolution, int? seed, CancellationToken ct)
    {
        var q = query.ToQuery(undirected, weighted, undirectedByDefault: true, coordination);
        return TypedResults.Ok(await cache.GetAsync(new CommunitiesKey(q.Weighted, resolution ?? 1, seed ?? 0, q.Snapshot), async () =>
            Measures.Communities(await cache.SnapshotAsync(q.Snapshot, ct), q.Weighted, resolution ?? 1, seed ?? 0), ct));
    }

    private sealed record CentralityKey(string Measure, bool Weighted, SnapshotOptions Snapshot);

    private sealed record CommunitiesKey(bool Weighted, double Resolution, int Seed, SnapshotOptions Snapshot);
}
