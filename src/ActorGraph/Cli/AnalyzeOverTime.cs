using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Model;
using ActorGraph.Storage;
using Spectre.Console;

namespace ActorGraph.Cli;

/// <summary><c>analyze MEASURE --every month [--window N]</c> (the measure per period) and <c>analyze risers</c>.</summary>
internal static class AnalyzeOverTime
{
    public static readonly Option<string?> Every = new("--every") { Description = "The measure per period: day, week, month, quarter or year" };
    public static readonly Option<int?> Window = new("--window") { Description = "With --every: each period's graph holds the last N periods (a sliding window)" };

    /// <summary>Prints <c>period,id,name,value,rank</c>, at most <paramref name="top"/> actors per period.</summary>
    public static void Print(TimelineResult timeline, int? top, string format)
    {
        var rows = timeline.Rows(top).ToList();
        switch (format)
        {
            case "json":
                CliJson.Write(rows);
                break;
            case "csv":
                TimelineCsv.Write(Console.Out, rows);
                break;
            default:
                var table = CliRunner.Table("period", "id", "name", "value", "rank");
                foreach (var r in rows) table.AddCells(r.Period, r.Id, r.Name, AnalyzeCommand.Rounded(r.Value), r.Rank);
                AnsiConsole.Write(table);
                break;
        }
        if (timeline.Periods.Count == 0) Console.Error.WriteLine("No dated relation in the selection: a timeline needs relations with a time.");
    }

    private static readonly Option<string> Measure = new("--measure") { Description = "The score to rank by, e.g. pagerank", Required = true };
    private static readonly Option<string[]> Between = new("--between")
    {
        Description = "Two periods, e.g. 2024-01 2024-03 (the form says the unit: 2024-03-05, 2024-W10, 2024-03, 2024-Q1, 2024)",
        Required = true, Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true,
    };

    public static Command Risers(Option<int?> top, Option<string> format)
    {
        var command = new Command("risers", "The actors who gained and lost the most places between two periods, with the relations that made the difference")
        {
            Measure, Between, Window, top, format,
        };
        QueryOptions.AddTo(command, QueryOptions.All);
        command.SetStoreAction(async (parse, store, ct) =>
        {
            var between = parse.GetValue(Between)!;
            var (first, second) = (Periods.Parse(between[0]), Periods.Parse(between[1]));
            var every = TimelineOptions.Parse(first.Unit.Name(), parse.GetValue(Window));
            var query = QueryOptions.Read(parse);
            var source = await SnapshotSource.LoadAsync(store, query.Snapshot, ct);
            var result = Timeline.Risers(source, query.Snapshot, Measures.Require(parse.GetValue(Measure)), every, first, second, query.Weighted, parse.GetValue(top) ?? 10);
            switch (parse.GetValue(format))
            {
                case "json":
                    CliJson.Write(result);
                    break;
                case "csv":
                    Console.Out.WriteLine($"id,name,rank_{first.Label},rank_{second.Label},change,value_{first.Label},value_{second.Label},gained,lost,gained_ids,lost_ids");
                    foreach (var r in result.Risers.Concat(result.Fallers).Concat(result.Entered).Concat(result.Left))
                        Console.Out.WriteLine(string.Join(',', GephiCsvWriter.Cell(r.Id), GephiCsvWriter.Cell(r.Name), r.Rank1, r.Rank2, r.Change,
                            AnalyzeCommand.Number(r.Value1), AnalyzeCommand.Number(r.Value2), r.Gained.Count, r.Lost.Count,
                            GephiCsvWriter.Cell(string.Join('|', r.Gained.Select(x => x.Evidence.SourceId))),
                            GephiCsvWriter.Cell(string.Join('|', r.Lost.Select(x => x.Evidence.SourceId)))));
                    break;
                default:
                    PrintTable("Risers", result.Risers, first.Label, second.Label);
                    PrintTable("Fallers", result.Fallers, first.Label, second.Label);
                    PrintTable("New", result.Entered, first.Label, second.Label);
                    PrintTable("Gone", result.Left, first.Label, second.Label);
                    break;
            }
            return CliRunner.Ok;
        });
        return command;
    }

    private static void PrintTable(string title, IReadOnlyList<Riser> risers, string p1, string p2)
    {
        Console.Out.WriteLine($"{title} {p1} → {p2} (rank: 1 the highest; – absent)");
        var table = CliRunner.Table("id", "name", p1, p2, "change", "gained", "lost", "e.g.");
        foreach (var r in risers)
        {
            var example = (r.Change > 0 || r.Rank1 is null ? r.Gained : r.Lost).FirstOrDefault();
            table.AddCells(r.Id, r.Name, r.Rank1?.ToString(CultureInfo.InvariantCulture) ?? "–", r.Rank2?.ToString(CultureInfo.InvariantCulture) ?? "–",
                r.Rank1 is null ? "new" : r.Rank2 is null ? "gone" : r.Change > 0 ? $"+{r.Change}" : r.Change.ToString(CultureInfo.InvariantCulture), r.Gained.Count, r.Lost.Count,
                example is null ? "" : Describe(example));
        }
        AnsiConsole.Write(table);
    }

    private static string Describe(Relation r) =>
        $"{r.Source} {r.Type.ToName()} {r.Target}{(r.At is { } at ? " " + Timestamps.Format(at) : "")} [{r.Evidence.SourceId}]";
}
