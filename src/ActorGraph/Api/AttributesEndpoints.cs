using ActorGraph.Analysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

/// <summary>The actors' stored attributes (account metadata such as followers_count, verified_type) on the filtered
/// network, for the page to size and filter by; read once per store version, like the measures.</summary>
internal static class AttributesEndpoints
{
    public static IEndpointRouteBuilder MapAttributes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/attributes").WithTags("Analysis");
        group.MapGet("", GetAttributes)
            .WithSummary("The number and category attributes some actor of the filtered network holds, with how many hold each, "
                + "the range of numbers and the counts of categories");
        group.MapGet("/{name}", GetValues)
            .WithSummary("The actors of the filtered network holding an attribute, with their value (numbers highest first, "
                + "categories by value); actors without it are not listed");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AttributeSummary>>> GetAttributes(
        AnalysisCache cache, [AsParameters] GraphFilterQuery query, [AsParameters] CoordinationQuery coordination, CancellationToken ct)
    {
        var snapshot = query.ToQuery(null, null, coordination: coordination).Snapshot;
        return TypedResults.Ok(await cache.GetAsync(new SummaryKey(snapshot), async token =>
            (await cache.AttributesAsync(token)).Describe(await cache.SnapshotAsync(snapshot, token)), ct));
    }

    private static async Task<Ok<IReadOnlyList<ActorAttribute>>> GetValues(
        AnalysisCache cache, string name, [AsParameters] GraphFilterQuery query, [AsParameters] CoordinationQuery coordination, int? top,
        CancellationToken ct)
    {
        var snapshot = query.ToQuery(null, null, coordination: coordination).Snapshot;
        return TypedResults.Ok(await cache.GetAsync(new ValuesKey(name, top, snapshot), async token =>
            (await cache.AttributesAsync(token)).Values(await cache.SnapshotAsync(snapshot, token), name, top), ct));
    }

    private sealed record SummaryKey(SnapshotOptions Snapshot);

    private sealed record ValuesKey(string Name, int? Top, SnapshotOptions Snapshot);
}
