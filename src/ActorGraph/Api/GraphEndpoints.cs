using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

internal static class GraphEndpoints
{
    public static IEndpointRouteBuilder MapGraph(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/graph", GetGraph)
            .WithTags("Graph")
            .WithSummary("The network as graphology JSON, filtered by relation types, time window, weight and confidence");
        return app;
    }

    private static async Task<Ok<GraphologyStream>> GetGraph(
        IGraphStore store, [AsParameters] GraphFilterQuery query, [AsParameters] CoordinationQuery coordination, bool? isolated, CancellationToken ct) =>
        TypedResults.Ok(await GraphologyGraph.OpenAsync(store, query.ToFilter(), isolated ?? false, ct, coordination.ToOptions()));
}

/// <summary>
/// The filter query string every graph-shaped endpoint takes: <c>?types=TAGGED,REPLIED_TO&amp;from=2022-05-01&amp;to=…&amp;minWeight=&amp;minConfidence=</c>;
/// analyses add <c>undirected</c> and <c>weighted</c> (<see cref="GraphQuery"/>, the same options as the CLI's).
/// </summary>
public readonly record struct GraphFilterQuery(string? Types, string? From, string? To, double? MinWeight, double? MinConfidence)
{
    public RelationFilter ToFilter() => RelationFilters.Parse(Types, From, To, MinWeight, MinConfidence);

    public GraphQuery ToQuery(bool? undirected, bool? weighted, bool undirectedByDefault = false, CoordinationQuery coordination = default) =>
        new(ToFilter(), undirected ?? undirectedByDefault, weighted ?? false, coordination.ToOptions());
}

/// <summary>What CO_ACTED means where <c>types=CO_ACTED</c> is accepted: <c>?relation=RETWEETED,QUOTED&amp;within=60s&amp;minShared=3</c>,
/// the CLI's <c>--relation --within --min-shared</c>.</summary>
public readonly record struct CoordinationQuery(string? Relation, string? Within, int? MinShared)
{
    public CoordinationOptions ToOptions() => CoordinationOptions.Parse(Relation, Within, MinShared);
}
