using System.Text.Json;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

internal static class CypherEndpoints
{
    public static IEndpointRouteBuilder MapCypher(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cypher", Run)
            .WithTags("Cypher")
            .WithSummary("Run an analyst's Cypher query on Neo4j; read-only (always rolled back), with a row cap and a timeout")
            .AddEndpointFilter<ApiKeyFilter>();
        return app;
    }

    /// <param name="Parameters">Query parameters (<c>$name</c> in the query), any JSON values.</param>
    public sealed record CypherRequest(string? Query, Dictionary<string, JsonElement>? Parameters);

    private static async Task<Results<Ok<CypherResult>, ProblemHttpResult>> Run(
        CypherRequest request, IGraphStore store, IOptions<ApiSettings> settings, CancellationToken ct)
    {
        if (store is not Neo4jGraphStore neo4j)
        {
            return TypedResults.Problem(
                "Cypher needs the Neo4j store: start the service with --store neo4j (or ACTORGRAPH_STORE=neo4j). The embedded SQLite store has no Cypher.",
                statusCode: StatusCodes.Status501NotImplemented, title: "Cypher needs Neo4j");
        }
        var parameters = request.Parameters?.ToDictionary(p => p.Key, p => ToPlain(p.Value));
        var limits = settings.Value;
        return TypedResults.Ok(await neo4j.QueryReadOnlyAsync(request.Query ?? "", parameters, limits.CypherMaxRows,
            TimeSpan.FromSeconds(limits.CypherTimeoutSeconds), ct));
    }

    /// <summary>JSON from the request as plain values for the Neo4j client (whole numbers stay integers).</summary>
    internal static object? ToPlain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(ToPlain).ToArray(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        _ => null,
    };
}
