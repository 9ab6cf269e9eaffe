using ActorGraph.Analysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

internal static class AnalysisEndpoints
{
    public static IEndpointRouteBuilder MapAnalysis(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Analysis");
        group.MapGet("/centrality", GetCentrality)
            .WithSummary($"Actors ranked by a measure ({string.Join(", ", Measures.Names)}) on the filtered graph");
        group.MapGet("/communities", GetCommunities)
            .WithSummary("Louvain communities with their members and the partition's modularity");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<RankedActor>>> GetCentrality(
        AnalysisCache cache, string? measure, [AsParameters] GraphFilterQuery query, bool? undirected, bool? weighted, int? top,
        CancellationToken ct)
    {
        var name = Measures.Require(measure);
        var options = Measures.Options(query.ToFilter(), undirected ?? false);
        var values = await cache.MeasureAsync(options, name, weighted ?? false, ct);
        return TypedResults.Ok(Measures.Rank(await cache.SnapshotAsync(options, ct), name, values, top));
    }

    private static async Task<Ok<CommunityResult>> GetCommunities(
        AnalysisCache cache, [AsParameters] GraphFilterQuery query, bool? undirected, bool? weighted, double? resolution, int? seed,
        CancellationToken ct)
    {
        var options = Measures.Options(query.ToFilter(), undirected ?? true);
        var key = $"communities|{weighted ?? false}|{resolution ?? 1}|{seed ?? 0}|{AnalysisCache.Key(options)}";
        return TypedResults.Ok(await cache.GetAsync(key, async () =>
            Measures.Communities(await cache.SnapshotAsync(options, ct), weighted ?? false, resolution ?? 1, seed ?? 0), ct));
    }
}
