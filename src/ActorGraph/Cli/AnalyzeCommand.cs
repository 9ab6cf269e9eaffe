using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Storage;
using Spectre.Console;

namespace ActorGraph.Cli;

internal static class AnalyzeCommand
{
    private static readonly Argument<string> MeasureName = new("measure") { Description = "One of " + string.Join(", ", Measures.Names) };
    private static readonly Option<int?> Top = new("--top") { Description = "Only the first N actors" };
    private static readonly Option<bool> IncludeDocuments = new("--include-documents")
    {
        Description = "Also list documents (the targets of SIGNED); they are nodes of the graph either way, so values do not change",
    };
    private static readonly Option<string> Method = new Option<string>("--method")
    {
        Description = "communities: leiden (every community connected) or louvain", DefaultValueFactory = _ => "leiden",
    }.AcceptOnlyFromAmong("leiden", "louvain");
    private static readonly Option<bool> WriteBack = new("--write-back")
    {
        Description = "Also store the values as a property of each actor in Neo4j (pagerank, community…), for Cypher",
    };
    private static readonly Option<string> Format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" }
        .AcceptOnlyFromAmong("table", "csv", "json");

    public static Command Create()
    {
        var command = new Command("analyze", "Rank actors by a centrality measure, or list communities/components")
        {
            MeasureName, Top, IncludeDocuments, Method, Format, WriteBack, AnalyzeOverTime.Every, AnalyzeOverTime.Window,
        };
        QueryOptions.AddTo(command, QueryOptions.All);
        command.Subcommands.Add(AnalyzeOverTime.Risers(Top, Format));
        command.Subcommands.Add(CoordinationCommand.Create(Top, Format));
        command.SetStoreAction(async (parse, store, ct) =>
        {
            var measure = Measures.Require(parse.GetValue(MeasureName));
            var writeBack = store as IMeasureWriteBack;
            if (parse.GetValue(WriteBack) && writeBack is null)
                throw new BadInputException("--write-back stores results as node properties in Neo4j: add --store neo4j (and --neo4j-url).");
            var query = QueryOptions.Read(parse);
            var weighted = query.Weighted;
            if (parse.GetValue(AnalyzeOverTime.Every) is { } every)
            {
                if (parse.GetValue(WriteBack)) throw new BadInputException("--write-back stores one value per actor: leave out --every.");
                if (parse.GetValue(IncludeDocuments)) throw new BadInputException("--include-documents lists documents in one ranking; the timeline ranks actors: leave out --every.");
                var timeline = Timeline.Compute(await SnapshotSource.LoadAsync(store, query.Snapshot, ct), query.Snapshot, measure,
                    TimelineOptions.Parse(every, parse.GetValue(AnalyzeOverTime.Window)), weighted, parse.GetValue(Top), ct);
                AnalyzeOverTime.Print(timeline, parse.GetValue(Top), parse.GetValue(Format)!);
                return CliRunner.Ok;
            }
            if (parse.GetValue(AnalyzeOverTime.Window) is not null) throw new BadInputException("--window counts periods: add --every month (or day, week, quarter, year).");
            var g = await GraphSnapshot.LoadAsync(store, query.Snapshot, ct);
            var values = measure.Compute(g, new MeasureSettings(weighted, Measures.RequireMethod(parse.GetValue(Method))), ct);
            var ranked = Measures.Rank(g, measure, values, parse.GetValue(Top), parse.GetValue(IncludeDocuments));
            var column = measure.Column;
            if (parse.GetValue(WriteBack))
            {
                var written = await WriteBackAsync(writeBack!, g, measure, values, ct);
                // Messages go to stderr so csv and json output stay machine-readable.
                Console.Error.WriteLine($"Wrote {written} actors' {measure.Property} to Neo4j.");
            }
            switch (parse.GetValue(Format))
            {
                case "json":
                    CliJson.Write(ranked);
                    break;
                case "csv":
                    Console.Out.WriteLine($"id,name,kind,{column}");
                    foreach (var r in ranked) Console.Out.WriteLine($"{GephiCsvWriter.Cell(r.Id)},{GephiCsvWriter.Cell(r.Name)},{r.Kind},{Number(r.Value)}");
                    break;
                default:
                    var table = CliRunner.Table("id", "name", "kind", column);
                    foreach (var r in ranked) table.AddCells(r.Id, r.Name, r.Kind, Rounded(r.Value));
                    AnsiConsole.Write(table);
                    if (measure.Name == "communities")
                        Console.Out.WriteLine($"modularity {Louvain.Modularity(g, [.. values.Select(v => (int)v)], weighted).ToString("0.####", CultureInfo.InvariantCulture)}");
                    break;
            }
            return CliRunner.Ok;
        });
        return command;
    }

    private static Task<long> WriteBackAsync(IMeasureWriteBack store, GraphSnapshot g, Measure measure, double[] values, CancellationToken ct)
    {
        var property = measure.Property;
        // NaN (e.g. constraint of a node without contacts) has no value to store: the property stays absent.
        var nodes = Enumerable.Range(0, g.NodeCount).Where(u => !double.IsNaN(values[u]));
        return !measure.Groups
            ? store.WritePropertiesAsync(property, nodes.ToDictionary(u => g.Ids[u], u => values[u]), ct)
            : store.WritePropertiesAsync(property, nodes.ToDictionary(u => g.Ids[u], u => (int)values[u]), ct);
    }

    /// <summary>A value as csv and tables print it: round-trip precision, empty when undefined.</summary>
    internal static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    /// <summary>For people reading a table: 4 significant digits (csv and json keep full precision).</summary>
    internal static string Rounded(double? value) => value?.ToString("G4", CultureInfo.InvariantCulture) ?? "";
}
