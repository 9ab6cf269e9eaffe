using System.CommandLine;
using Spectre.Console;

namespace ActorGraph.Cli;

internal static class StatsCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON (as GET /api/stats)" };

    public static Command Create()
    {
        var command = new Command("stats", "Counts of actors, documents and relations per type") { Json };
        command.SetStoreAction(async (parse, store, ct) =>
        {
            var stats = await store.GetStatsAsync(ct);
            if (parse.GetValue(Json))
            {
                CliJson.Write(stats);
                return CliRunner.Ok;
            }
            var table = CliRunner.Table("what", "count");
            table.AddCells("actors", stats.Actors.ToString("N0"));
            table.AddCells("documents", stats.Documents.ToString("N0"));
            table.AddCells("relations", stats.Relations.ToString("N0"));
            foreach (var (type, count) in stats.RelationsByType) table.AddCells($"  {type}", count.ToString("N0"));
            AnsiConsole.Write(table);
            return CliRunner.Ok;
        });
        return command;
    }
}
