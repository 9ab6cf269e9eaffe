using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Storage;
using Spectre.Console;

namespace ActorGraph.Cli;

internal static class AnalyzeCommand
{
    private static readonly Argument<string> Measure = new("measure") { Description = "One of " + string.Join(", ", Measures.Names) };
    private static readonly Option<string?> Types = new("--types") { Description = "Only these relation types, comma-separated (CO_SIGNED for co-signing)" };
    private static readonly Option<string?> From = new("--from") { Description = "Only relations at or after this date (ISO 8601)" };
    private static readonly Option<string?> To = new("--to") { Description = "Only relations at or before this date (ISO 8601)" };
    private static readonly Option<bool> Undirected = new("--undirected") { Description = "Treat u→v and v→u as one tie" };
    private static readonly Option<bool> Weighted = new("--weighted") { Description = "Use relation weights (path measures: length 1/weight)" };
    private static readonly Option<int?> Top = new("--top") { Description = "Only the first N actors" };
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
            Measure, Types, From, To, Undirected, Weighted, Top, Format, WriteBack,
        };
        command.SetStoreAction(async (parse, store, ct) =>
        {
            var measure = Measures.Require(parse.GetValue(Measure));
            var writeBack = store as IMeasureWriteBack;
            if (parse.GetValue(WriteBack) && writeBack is null)
                throw new BadInputException("--write-back stores results as node properties in Neo4j: add --store neo4j (and --neo4j-url).");
            var filter = RelationFilters.Parse(parse.GetValue(Types), parse.GetValue(From), parse.GetValue(To));
            var g = await GraphSnapshot.LoadAsync(store, Measures.Options(filter, parse.GetValue(Undirected)), ct);
            var weighted = parse.GetValue(Weighted);
            var values = Measures.Compute(g, measure, weighted);
            var ranked = Measures.Rank(g, measure, values, parse.GetValue(Top));
            var column = measure switch { "communities" => "community", "components" => "component", _ => "value" };
            if (parse.GetValue(WriteBack))
            {
                var written = await WriteBackAsync(writeBack!, g, measure, column, values, ct);
                // Messages go to stderr so csv and json output stay machine-readable.
                Console.Error.WriteLine($"Wrote {written} actors' {PropertyName(measure, column)} to Neo4j.");
            }
            switch (parse.GetValue(Format))
            {
                case "json":
                    CliJson.Write(ranked);
                    break;
                case "csv":
                    Console.Out.WriteLine($"id,name,{column}");
                    foreach (var r in ranked) Console.Out.WriteLine($"{GephiCsvWriter.Cell(r.Id)},{GephiCsvWriter.Cell(r.Name)},{Number(r.Value)}");
                    break;
                default:
                    var table = CliRunner.Table("id", "name", column);
                    foreach (var r in ranked) table.AddCells(r.Id, r.Name, Number(r.Value));
                    AnsiConsole.Write(table);
                    if (measure == "communities")
                        Console.Out.WriteLine($"modularity {Louvain.Modularity(g, [.. values.Select(v => (int)v)], weighted).ToString("0.####", CultureInfo.InvariantCulture)}");
                    break;
            }
            return CliRunner.Ok;
        });
        return command;
    }

    /// <summary>Like GDS's write mode: the property is the measure's name (<c>pagerank</c>, <c>in_degree</c>, <c>community</c>).</summary>
    private static string PropertyName(string measure, string column) => column == "value" ? measure.Replace('-', '_') : column;

    private static Task<long> WriteBackAsync(IMeasureWriteBack store, GraphSnapshot g, string measure, string column, double[] values, CancellationToken ct)
    {
        var property = PropertyName(measure, column);
        // NaN (e.g. constraint of a node without contacts) has no value to store: the property stays absent.
        var nodes = Enumerable.Range(0, g.NodeCount).Where(u => !double.IsNaN(values[u]));
        return column == "value"
            ? store.WritePropertiesAsync(property, nodes.ToDictionary(u => g.Ids[u], u => values[u]), ct)
            : store.WritePropertiesAsync(property, nodes.ToDictionary(u => g.Ids[u], u => (int)values[u]), ct);
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
