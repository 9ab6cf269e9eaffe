using System.CommandLine;
using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

internal static class ExportCommand
{
    private static readonly Argument<string> Format = new("format") { Description = "gexf (Gephi), graphml (Gephi, yEd, Cytoscape, networkx, igraph) or csv (Gephi's spreadsheet import)" };
    private static readonly Option<bool> WithMeasures = new("--with-measures") { Description = "Add degree, PageRank, betweenness and community to the nodes (and colour and size in GEXF)" };
    private static readonly Option<string?> TimelineMeasure = new("--timeline")
    {
        Description = "gexf: add this measure (e.g. pagerank) and its rank per period as dynamic node attributes, for Gephi's timeline",
    };
    private static readonly Option<string?> GexfVersionOption = new("--gexf-version")
    {
        Description = "gexf: 1.2draft (default: networkx, Gephi and graphology read it without being told) or 1.3",
    };
    private static readonly Option<string> Out = new("--out", "-o")
    {
        Description = "File to write; for csv a .zip, or a folder that gets nodes.csv and edges.csv",
        Required = true,
    };

    public static Command Create()
    {
        var command = new Command("export", "Write the network (or the filtered part) for Gephi and other tools: GEXF (1.2draft, or 1.3 on request), GraphML or Gephi CSV")
        {
            Format, GexfVersionOption, WithMeasures, TimelineMeasure, AnalyzeOverTime.Every, AnalyzeOverTime.Window, Out,
        };
        QueryOptions.AddTo(command, [.. QueryOptions.Filter, .. QueryOptions.Coordination]);
        command.SetStoreAction(async (parse, store, ct) =>
        {
            var format = ExportFormats.Find(parse.GetValue(Format)!);
            var filter = QueryOptions.ReadFilter(parse);
            var coordination = QueryOptions.ReadCoordination(parse);
            var path = Path.GetFullPath(parse.GetValue(Out)!);
            var folder = format == ExportFormats.Csv && !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? path : null;
            if (!Directory.Exists(Path.GetDirectoryName(folder ?? path)))
                throw new BadInputException($"--out: the folder {Path.GetDirectoryName(folder ?? path)} does not exist.");

            var source = await ExportSource.OpenAsync(store, filter, ct: ct, coordination: coordination);
            if (parse.GetValue(TimelineMeasure) is { } timelineMeasure)
            {
                if (format != ExportFormats.Gexf) throw new BadInputException("--timeline: only gexf carries values over time; use `analyze MEASURE --every … --format csv` for a table.");
                source = source.WithTimeline(await ExportTimeline.ComputeAsync(store, filter, Measures.Require(timelineMeasure),
                    TimelineOptions.Parse(parse.GetValue(AnalyzeOverTime.Every) ?? "month", parse.GetValue(AnalyzeOverTime.Window)), ct));
            }
            if (parse.GetValue(GexfVersionOption) is { } version)
            {
                if (format != ExportFormats.Gexf) throw new BadInputException("--gexf-version: only for gexf.");
                format = ExportFormats.GexfIn(GexfVersion.Parse(version));
            }
            var measures = parse.GetValue(WithMeasures) ? await ExportMeasures.ComputeAsync(store, filter, ct, coordination) : null;
            if (folder is null)
            {
                await WriteAtomicallyAsync(path, stream => format.WriteAsync(source, stream, measures, ct));
                Console.Out.WriteLine($"Wrote {path} ({new FileInfo(path).Length:N0} bytes).");
            }
            else
            {
                Directory.CreateDirectory(folder);
                var nodes = Path.Combine(folder, GephiCsvWriter.NodesFile);
                var edges = Path.Combine(folder, GephiCsvWriter.EdgesFile);
                await WriteAtomicallyAsync(nodes, stream => GephiCsvWriter.WriteNodesAsync(source, stream, measures, ct));
                await WriteAtomicallyAsync(edges, stream => GephiCsvWriter.WriteEdgesAsync(source, stream, ct));
                Console.Out.WriteLine($"Wrote {nodes} and {edges}.");
            }
            return CliRunner.Ok;
        });
        return command;
    }

    /// <summary>Writes next to the target and renames at the end, so a failed export never leaves a half-written file.</summary>
    private static async Task WriteAtomicallyAsync(string path, Func<Stream, Task> write)
    {
        var temporary = path + ".partial";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                await write(file);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
