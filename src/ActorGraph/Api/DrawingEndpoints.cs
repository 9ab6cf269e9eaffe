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
                + "no evidence; beyond DrawingMaxNodes only the top actors by the measure (or a number attribute such as followers_count) and the relations among them; "
                + "with wait=false a layout not ready within DrawingPatienceMilliseconds is answered by a provisional one (settled: false)");
        return app;
    }

    /// <summary>Lays out the drawing the page opens with while the service starts, so the first visitor gets it at once.</summary>
    public static IServiceCollection AddDrawingWarmUp(this IServiceCollection services) => services.AddHostedService<WarmUp>();

    private static async Task<Ok<Drawing>> GetDrawing(
        IGraphStore store, AnalysisCache cache, IOptions<ApiSettings> settings, [AsParameters] GraphFilterQuery query,
        string? ego, int? radius, string? measure, bool? wait, CancellationToken ct)
    {
        if (radius is < 0 or > PathsEndpoints.MaxRadius) throw new BadInputException($"radius: expected a number from 0 to {PathsEndpoints.MaxRadius}, got {radius}.");
        var sizeBy = Measures.Names.Contains(measure?.Trim().ToLowerInvariant() ?? "degree")
            ? Measures.Require(measure ?? "degree").Name
            : (await cache.AttributesAsync(ct)).RequireNumber(measure!);
        var request = Request(settings.Value, query.ToFilter(), string.IsNullOrWhiteSpace(ego) ? null : ego, radius ?? 1, sizeBy);
        return TypedResults.Ok(wait == false
            ? await Drawings.GetSoonAsync(store, cache, request, TimeSpan.FromMilliseconds(settings.Value.DrawingPatienceMilliseconds), ct)
            : await Drawings.GetAsync(store, cache, request, ct));
    }

    private static DrawingRequest Request(ApiSettings settings, RelationFilter filter, string? ego, int radius, string measure) =>
        new(new GraphQuery(filter).Snapshot, ego, radius, measure, settings.DrawingMaxNodes, Math.Min(settings.DrawingTopNodes, settings.DrawingMaxNodes));

    private sealed class WarmUp(IGraphStore store, AnalysisCache cache, IOptions<ApiSettings> settings, ILogger<WarmUp> log) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken ct)
        {
            try
            {
                await Drawings.GetAsync(store, cache, Request(settings.Value, RelationFilter.All, null, 1, "degree"), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The page's own request will meet the same problem and report it; the service runs on.
                log.LogWarning("Could not lay out the network ahead of the first visit: {Reason}", e.Message);
            }
        }
    }
}
