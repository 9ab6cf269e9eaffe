using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

internal static class RelationsEndpoints
{
    public static IEndpointRouteBuilder MapRelations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relations").WithTags("Relations");
        group.MapGet("/", (IGraphStore store, string? actor, string? type, CancellationToken ct) => GetRelations(store, actor, type, ct))
            .WithSummary("Relations with their evidence, optionally of one actor and of some types");
        group.MapGet("/{actor}", (IGraphStore store, string actor, string? type, CancellationToken ct) => GetRelations(store, actor, type, ct))
            .WithSummary("The relations of one actor, with their evidence");
        return app;
    }

    private static async Task<Results<Ok<List<Relation>>, ProblemHttpResult>> GetRelations(
        IGraphStore store, string? actor, string? type, CancellationToken ct)
    {
        if (actor is not null && await store.GetActorAsync(actor, ct) is null) return ApiProblems.UnknownActor(actor);
        var filter = RelationFilters.Parse(type, null, null) with { Actor = actor };
        return TypedResults.Ok(await store.ReadRelationsAsync(filter, ct).ToListAsync(ct));
    }
}
