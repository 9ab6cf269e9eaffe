using System.ComponentModel;
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
            .WithSummary($"Actors ranked by a measure ({string.Join(", ", Measures.Names)}) on the filtered graph; documents only with documents=true");
        group.MapGet("/communities", GetCommunities)
            .WithSummary("Communities (Leiden by default, method=louvain on request) with their members and the partition's modularity");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<RankedActor>>> GetCentrality(
        AnalysisCache cache, string? measure, [AsParameters] GraphFilterQuery query, [AsParameters] CoordinationQuery coordination,
        bool? undirected, bool? weighted, int? top, string? method,
        [Description("Also list documents (the targets of SIGNED) among the actors; they are nodes of the graph either way, so values do not change")] bool? documents,
        CancellationToken ct)
    {
        var chosen = Measures.Require(measure);
        if (top is < 1) throw new BadInputException($"top: expected a positive number, got {top}.");
        var q = query.ToQuery(undirected, weighted, coordination: coordination);
        var settings = new MeasureSettings(q.Weighted, Measures.RequireMethod(method));
        // The ranking is cached too: sorting every actor per request would cost more than answering it.
        var listed = documents ?? false;
        return TypedResults.Ok(await cache.GetAsync(new RankingKey(chosen.Name, settings, top, listed, q.Snapshot), async token =>
            Measures.Rank(await cache.SnapshotAsync(q.Snapshot, token), chosen, await cache.MeasureAsync(chosen, settings, q.Snapshot, token), top, listed), ct));
    }

    private static async Task<Ok<CommunityList>> GetCommunities(
        AnalysisCache cache, [AsParameters] GraphFilterQuery query, [AsParameters] CoordinationQuery coordination,
        bool? undirected, bool? weighted, double? resolution, int? seed, string? method, CancellationToken ct)
    {
        var communityMethod = Measures.RequireMethod(method);
        var q = query.ToQuery(undirected, weighted, undirectedByDefault: true, coordination);
        return TypedResults.Ok(await cache.GetAsync(new CommunitiesKey(communityMethod, q.Weighted, resolution ?? 1, seed ?? 0, q.Snapshot), async token =>
            Measures.ListCommunities(await cache.SnapshotAsync(q.Snapshot, token), q.Weighted, resolution ?? 1, seed ?? 0, communityMethod), ct));
    }

    /// <param name="Documents">Documents listed too: the same measure, another list.</param>
    private sealed record RankingKey(string Measure, MeasureSettings Settings, int? Top, bool Documents, SnapshotOptions Snapshot);

    private sealed record CommunitiesKey(CommunityMethod Method, bool Weighted, double Resolution, int Seed, SnapshotOptions Snapshot);
}
