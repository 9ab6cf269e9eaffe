using System.Text.Json;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

internal static class CypherEndpoints
{
    public static IEndpointRouteBuilder MapCypher(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cypher", Run)
            .WithTags("Cypher")
            .WithSummary("Run an analyst's Cypher query on Neo4j; read-only (always rolled back), with a row cap and a timeout");
        return app;
    }

    /// <param name="Parameters">Query parameters (<c>$name</c> in the query), any JSON values.</param>
    public sealed record CypherRequest(string? Query, Dictionary<string, JsonElement>? Parameters);

    private static async Task<Results<Ok<CypherResult>, ProblemHttpResult>> Run(
        CypherRequest request, [FromServices] ICypherQueries? cypher, IOptions<ApiSettings> settings, CancellationToken ct)
    {
        if (cypher is null)
        {
            return TypedResults.Problem(
                "Cypher needs the Neo4j store: start the service with --store neo4j (or ACTORGRAPH_STORE=neo4j). The embedded SQLite store has no Cypher.",
                statusCode: StatusCodes.Status501NotImplemented, title: "Cypher needs Neo4j");
        }
        var parameters = request.Parameters?.ToDictionary(p => p.Key, p => CypherResult.Parameter(p.Value));
        var limits = settings.Value;
        return TypedResults.Ok(await cypher.QueryReadOnlyAsync(request.Query ?? "", parameters, limits.CypherMaxRows,
            TimeSpan.FromSeconds(limits.CypherTimeoutSeconds), ct));
    }
}
