using ActorGraph.Storage;

namespace ActorGraph.Api;

internal static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStats(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats", async (IGraphStore store, CancellationToken ct) => TypedResults.Ok(await store.GetStatsAsync(ct)))
            .WithTags("Graph")
            .WithSummary("Counts of actors, documents and relations per type");
        return app;
    }
}
