using System.CommandLine;
using ActorGraph.Model;
using ActorGraph.Storage;
using Spectre.Console;

namespace ActorGraph.Cli;

internal static class RelationsCommand
{
    private static readonly Argument<string> ActorId = new("actor") { Description = "Actor id, e.g. saskia-esken" };

    public static Command Create()
    {
        var command = new Command("relations", "An actor's relations with the evidence behind each") { ActorId, QueryOptions.Types };
        command.SetStoreAction(async (parse, store, ct) =>
        {
            var id = parse.GetValue(ActorId)!;
            if (await store.GetActorAsync(id, ct) is null)
                throw new BadInputException($"No actor with id '{id}'; find ids with 'actorgraph actors --search TEXT'.");
            var filter = RelationFilters.Parse(parse.GetValue(QueryOptions.Types), null, null) with { Actor = id };
            var table = CliRunner.Table("source", "relation", "target", "at", "evidence", "source id");
            await foreach (var r in store.ReadRelationsAsync(filter, ct))
            {
                table.AddCells(r.Source, r.Type.ToName(), r.Target, r.At is { } at ? Timestamps.Format(at) : "", CliEvidence.Describe(r.Evidence), r.Evidence.SourceId);
            }
            AnsiConsole.Write(table);
            return CliRunner.Ok;
        });
        return command;
    }
}
