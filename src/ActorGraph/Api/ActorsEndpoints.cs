using ActorGraph.Analysis;
using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

internal static class ActorsEndpoints
{
    public static IEndpointRouteBuilder MapActors(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/actors").WithTags("Actors");
        group.MapGet("/", FindActors).WithSummary("Actors whose id or name contains the search text");
        group.MapGet("/{id}", GetActor).WithSummary("One actor");
        return app;
    }

    /// <summary>From the actors kept in memory per store version (the cache drops them on ingest): no table scan per keystroke.</summary>
    private static async Task<Ok<IReadOnlyList<Actor>>> FindActors(
        AnalysisCache cache, IGraphStore store, string? search, int? limit, CancellationToken ct)
    {
        if (limit is < 1 or > 10_000) throw new BadInputException($"limit: expected 1 to 10000, got {limit}.");
        var index = await cache.GetAsync(ActorIndexKey.Instance, token => ActorIndex.LoadAsync(store, token), ct);
        return TypedResults.Ok(index.Find(search, limit ?? 50));
    }

    private sealed record ActorIndexKey
    {
        public static readonly ActorIndexKey Instance = new();
    }

    private static async Task<Results<Ok<Actor>, ProblemHttpResult>> GetActor(IGraphStore store, string id, CancellationToken ct) =>
        await store.GetActorAsync(id, ct) is { } actor
            ? TypedResults.Ok(actor)
            : ApiProblems.UnknownActor(id);
}
