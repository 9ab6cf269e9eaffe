using ActorGraph.Storage;

namespace ActorGraph.Api;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth).WithTags("Health");
        return app;
    }

    public sealed record Health(string Status, string Store, bool Reachable, long? Version, string? Error);

    /// <summary>200 when the store answers, 503 with the reason when it does not.</summary>
    private static async Task<IResult> GetHealth(IGraphStore store, CancellationToken ct)
    {
        try
        {
            var version = await store.GetVersionAsync(ct);
            return TypedResults.Ok(new Health("ok", store.Kind, true, version, null));
        }
        catch (StoreUnavailableException e)
        {
            return TypedResults.Json(new Health("unavailable", store.Kind, false, null, e.Message), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
