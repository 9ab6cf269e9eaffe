using System.CommandLine;
using Spectre.Console;

namespace ActorGraph.Cli;

internal static class ActorsCommand
{
    private static readonly Option<string?> Search = new("--search") { Description = "Text the id or name contains (case-insensitive)" };
    private static readonly Option<int> Limit = new("--limit") { Description = "At most this many actors", DefaultValueFactory = _ => 100 };

    public static Command Create()
    {
        var command = new Command("actors", "List or search actors") { Search, Limit };
        command.SetStoreAction(async (parse, store, ct) =>
        {
            var actors = await store.FindActorsAsync(parse.GetValue(Search), parse.GetValue(Limit), ct);
            var table = CliRunner.Table("id", "name", "kind", "party", "country");
            foreach (var actor in actors) table.AddCells(actor.Id, actor.Name, actor.Kind, actor.Party, actor.Country);
            AnsiConsole.Write(table);
            return CliRunner.Ok;
        });
        return command;
    }
}
