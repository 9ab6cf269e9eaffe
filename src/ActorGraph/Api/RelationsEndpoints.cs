using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ActorGraph.Api;

internal static class RelationsEndpoints
{
    public static IEndpointRouteBuilder MapRelations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relations").WithTags("Relations");
        group.MapGet("/", (IGraphStore store, string? actor, string? types, string? type, CancellationToken ct) => GetRelations(store, actor, types ?? type, ct))
            .WithSummary("Relations with their evidence, optionally of one actor and of some types")
            .AddOpenApiOperationTransformer(DeprecateType);
        group.MapGet("/{actor}", (IGraphStore store, string actor, string? types, string? type, CancellationToken ct) => GetRelations(store, actor, types ?? type, ct))
            .WithSummary("The relations of one actor, with their evidence")
            .AddOpenApiOperationTransformer(DeprecateType);
        return app;
    }

    /// <summary><c>type</c> was this route's name for <c>types</c>, which every other route uses; it still works.</summary>
    private static Task DeprecateType(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name == "types") parameter.Description = "Only these relation types, comma-separated";
            if (parameter.Name != "type") continue;
            parameter.Deprecated = true;
            parameter.Description = "Deprecated: use types.";
        }
        return Task.CompletedTask;
    }

    private static async Task<Results<Ok<List<Relation>>, ProblemHttpResult>> GetRelations(
        IGraphStore store, string? actor, string? types, CancellationToken ct)
    {
        if (actor is not null && await store.GetActorAsync(actor, ct) is null) return ApiProblems.UnknownActor(actor);
        var filter = RelationFilters.Parse(types, null, null) with { Actor = actor };
        return TypedResults.Ok(await store.ReadRelationsAsync(filter, ct).ToListAsync(ct));
    }
}
