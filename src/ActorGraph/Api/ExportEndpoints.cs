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
            .WithSummary("The network as a file for Gephi and other tools: gexf (GEXF 1.3), graphml, or csv (a zip with Gephi's nodes.csv and edges.csv); " +
                         "same filters as /api/graph; measures=true adds degree, PageRank, betweenness and community. Streamed.");
        return app;
    }

    private static async Task<PushStreamHttpResult> Export(
        IGraphStore store, string format, [AsParameters] GraphFilterQuery query, bool? measures, CancellationToken ct)
    {
        // Everything that can fail with a clear status (bad format or filter, store down) happens before the first byte is sent.
        var exportFormat = ExportFormats.Find(format);
        var filter = query.ToFilter();
        var source = await ExportSource.OpenAsync(store, filter, ct: ct);
        var nodeMeasures = measures == true ? await ExportMeasures.ComputeAsync(store, filter, ct) : null;
        return TypedResults.Stream(body => exportFormat.WriteAsync(source, body, nodeMeasures, ct), exportFormat.ContentType, exportFormat.FileName);
    }
}
