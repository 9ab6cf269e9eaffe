using System.CommandLine;
using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Model;
using Spectre.Console;

namespace ActorGraph.Cli;

/// <summary><c>analyze coordination</c>: pairs of actors who acted together, the CO_ACTED relation with its evidence.</summary>
internal static class CoordinationCommand
{
    private static readonly Option<bool> Evidence = new("--evidence") { Description = "Table: list each pair's shared actions" };

    public static Command Create(Option<int?> top, Option<string> format)
    {
        var command = new Command("coordination",
            "Pairs of actors who made the same kind of relation to the same post (or actor) within seconds, again and again")
        {
            top, format, Evidence,
        };
        QueryOptions.AddTo(command, [QueryOptions.From, QueryOptions.To, QueryOptions.MinConfidence, .. QueryOptions.Coordination]);
        command.SetStoreAction(async (parse, store, ct) =>
        {
            var settings = QueryOptions.ReadCoordination(parse);
            var selection = QueryOptions.Read(parse).Snapshot with { Types = settings.Relations.ToHashSet() };
            var source = await SnapshotSource.LoadAsync(store, selection, ct);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = CoActed.Find(source.Relations, settings);
            var seconds = clock.Elapsed.TotalSeconds;
            var pairs = result.Pairs.Take(parse.GetValue(top) ?? int.MaxValue).ToList();
            switch (parse.GetValue(format))
            {
                case "json":
                    CliJson.Write(CoordinationReport.Of(result, pairs, source.Relations, settings));
                    break;
                case "csv":
                    Console.Out.WriteLine("source,target,shared,first,last");
                    foreach (var p in pairs)
                        Console.Out.WriteLine($"{GephiCsvWriter.Cell(p.Actor1)},{GephiCsvWriter.Cell(p.Actor2)},{p.Shared},{Timestamps.Format(p.First)},{Timestamps.Format(p.Last)}");
                    break;
                default:
                    var table = CliRunner.Table("source", "target", "shared", "first", "last");
                    foreach (var p in pairs) table.AddCells(p.Actor1, p.Actor2, p.Shared, Timestamps.Format(p.First), Timestamps.Format(p.Last));
                    AnsiConsole.Write(table);
                    if (parse.GetValue(Evidence))
                        foreach (var p in pairs)
                        {
                            Console.Out.WriteLine($"{p.Actor1} and {p.Actor2}:");
                            foreach (var a in p.Actions)
                            {
                                var (x, y) = (source.Relations[a.First], source.Relations[a.Second]);
                                Console.Out.WriteLine($"  {a.Item}: {x.Source} {Timestamps.Format(x.At!.Value)} [{x.Evidence.SourceId}], {y.Source} {Timestamps.Format(y.At!.Value)} [{y.Evidence.SourceId}]");
                            }
                        }
                    break;
            }
            // Said on stderr so csv and json stay machine-readable.
            Console.Error.WriteLine($"{result.Actions:N0} actions on {result.Items:N0} items compared in {seconds:0.00} s ({settings}); {result.Pairs.Count:N0} pairs reached {settings.MinShared}" +
                (result.CappedActions > 0 ? $"; {result.CappedActions} actions had more than {settings.MaxPartners} partners in their window and were paired with the nearest {settings.MaxPartners} only" : ""));
            return CliRunner.Ok;
        });
        return command;
    }
}
