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
            .WithSummary("Communities (Leiden by default, method=louvain on request) with their members and the partition's modularity");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<RankedActor>>> GetCentrality(
        AnalysisCache cache, string? measure, [AsParameters] GraphFilterQuery query, bool? undirected, bool? weighted, int? top,
        string? method, CancellationToken ct)
    {
        var name = Measures.Require(measure);
        var communityMethod = Measures.RequireMethod(method);
        var options = Measures.Options(query.ToFilter(), undirected ?? false);
        var key = $"centrality|{name}|{communityMethod}|{weighted ?? false}|{AnalysisCache.Key(options)}";
        var values = await cache.GetAsync(key, async () =>
            Measures.Compute(await cache.SnapshotAsync(options, ct), name, weighted ?? false, communityMethod), ct);
        return TypedResults.Ok(Measures.Rank(await cache.SnapshotAsync(options, ct), name, values, top));
    }

    private static async Task<Ok<CommunityResult>> GetCommunities(
        AnalysisCache cache, [AsParameters] GraphFilterQuery query, bool? undirected, bool? weighted, double? resolution, int? seed,
        string? method, CancellationToken ct)
    {
        var communityMethod = Measures.RequireMethod(method);
        var options = Measures.Options(query.ToFilter(), undirected ?? true);
        var key = $"communities|{communityMethod}|{weighted ?? false}|{resolution ?? 1}|{seed ?? 0}|{AnalysisCache.Key(options)}";
        return TypedResults.Ok(await cache.GetAsync(key, async () =>
            Measures.Communities(await cache.SnapshotAsync(options, ct), weighted ?? false, resolution ?? 1, seed ?? 0, communityMethod), ct));
    }
}
