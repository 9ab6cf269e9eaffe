using System.ComponentModel;
using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export/{format}", Export)
            .WithTags("Export")
            .WithSummary("The network as a file for Gephi and other tools: gexf (GEXF 1.2draft, which networkx, Gephi and graphology read without being told; version=1.3 on request), graphml, or csv (a zip with Gephi's nodes.csv and edges.csv); " +
                         "same filters as /api/graph; ego and radius export an actor's neighbourhood as the page shows it; " +
                         "measures=true adds degree, PageRank, betweenness and community; gexf with timeline=pagerank&every=month " +
                         "adds the measure and rank per period as dynamic attributes. Streamed.");
        return app;
    }

    private static async Task<PushStreamHttpResult> Export(
        IGraphStore store, AnalysisCache cache, string format, [AsParameters] GraphFilterQuery query, [AsParameters] CoordinationQuery coordination,
        bool? measures, string? ego, int? radius, string? timeline, string? every, int? window,
        [Description("gexf: 1.2draft (the default) or 1.3")] string? version,
        CancellationToken ct)
    {
        // Everything that can fail with a clear status (bad format or filter, store down) happens before the first byte is sent.
        var exportFormat = ExportFormats.Find(format);
        if (version is not null)
        {
            if (exportFormat != ExportFormats.Gexf) throw new BadInputException("version: only for gexf.");
            exportFormat = ExportFormats.GexfIn(GexfVersion.Parse(version));
        }
        var filter = query.ToFilter();
        var settings = coordination.ToOptions();
        var within = string.IsNullOrWhiteSpace(ego) ? null : await EgoNodesAsync(cache, filter, ego, radius ?? 1, ct);
        var source = await ExportSource.OpenAsync(store, filter, ct: ct, within: within, coordination: settings);
        if (timeline is not null)
        {
            if (exportFormat.Name != ExportFormats.Gexf.Name) throw new BadInputException("timeline: only gexf carries values over time; /api/timeline?format=csv gives the table.");
            var (measure, slicing) = (Measures.Require(timeline), TimelineOptions.Parse(every ?? "month", window));
            source = source.WithTimeline(new ExportTimeline(await cache.TimelineAsync(measure, slicing, weighted: false, top: null, new GraphQuery(filter).Snapshot, ct)));
        }
        // Through the cache like every analysis: its slots bound how many run at once, and an export repeated is not recomputed.
        var nodeMeasures = measures == true
            ? await cache.GetAsync(new MeasuresKey(new GraphQuery(filter, Coordination: settings).Snapshot), token => ExportMeasures.ComputeAsync(store, filter, token, settings), ct)
            : null;
        return TypedResults.Stream(body => exportFormat.WriteAsync(source, body, nodeMeasures, ct), exportFormat.ContentType, exportFormat.FileName);
    }

    private sealed record MeasuresKey(SnapshotOptions Snapshot);

    /// <summary>The actors (and documents) of a neighbourhood as /api/ego and the page show it.</summary>
    private static async Task<IReadOnlySet<string>> EgoNodesAsync(AnalysisCache cache, RelationFilter filter, string ego, int radius, CancellationToken ct)
    {
        if (radius is < 0 or > PathsEndpoints.MaxRadius) throw new BadInputException($"radius: expected a number from 0 to {PathsEndpoints.MaxRadius}, got {radius}.");
        var g = await cache.SnapshotAsync(new GraphQuery(filter).Snapshot, ct);
        return Paths.Ego(g, g.RequireIndex(ego), radius, undirected: true).Nodes.Select(u => g.Ids[u]).ToHashSet(StringComparer.Ordinal);
    }
}
