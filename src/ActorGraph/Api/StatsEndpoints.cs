using ActorGraph.Analysis;
using ActorGraph.Storage;

namespace ActorGraph.Api;

internal static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStats(this IEndpointRouteBuilder app)
    {
        // Counted once per store version (the cache drops it on ingest), not on every call.
        app.MapGet("/api/stats", async (AnalysisCache cache, IGraphStore store, CancellationToken ct) =>
                TypedResults.Ok(await cache.GetAsync(StatsKey.Instance, token => store.GetStatsAsync(token), ct)))
            .WithTags("Graph")
            .WithSummary("Counts of actors, documents and relations per type");
        return app;
    }

    private sealed record StatsKey
    {
        public static readonly StatsKey Instance = new();
    }
}
