using ActorGraph.Analysis;
using ActorGraph.Layout;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

internal static class DrawingEndpoints
{
    public static IEndpointRouteBuilder MapDrawing(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/drawing", GetDrawing)
            .WithTags("Graph")
            .WithSummary("The network as the page draws it: node and edge columns with settled ForceAtlas2 positions, "
                + "no evidence; beyond maxNodes only the top actors by the measure and the relations among them");
        return app;
    }

    private static async Task<Ok<Drawing>> GetDrawing(
        IGraphStore store, AnalysisCache cache, IOptions<ApiSettings> settings, [AsParameters] GraphFilterQuery query,
        string? ego, int? radius, string? measure, CancellationToken ct)
    {
        if (radius is < 0 or > PathsEndpoints.MaxRadius) throw new BadInputException($"radius: expected a number from 0 to {PathsEndpoints.MaxRadius}, got {radius}.");
        var request = new DrawingRequest(Measures.Options(query.ToFilter(), undirected: false), string.IsNullOrWhiteSpace(ego) ? null : ego,
            radius ?? 1, Measures.Require(measure ?? "degree"), settings.Value.DrawingMaxNodes);
        return TypedResults.Ok(await Drawings.GetAsync(store, cache, request, ct));
    }
}
