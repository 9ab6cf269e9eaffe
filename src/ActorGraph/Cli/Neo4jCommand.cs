using System.CommandLine;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

internal static class Neo4jCommand
{
    public static Command Create()
    {
        var sync = new Command("sync", "Copy the embedded store (--db) into Neo4j (--neo4j-url…), in one transaction; safe to repeat");
        sync.SetGuardedAction(async (parse, ct) =>
        {
            var settings = GlobalOptions.StoreSettings(parse, StoreSettings.Neo4jStore);
            var db = settings.DbPath;
            await using var source = await new StoreSettings(db).RequireExisting().OpenAsync(ct);
            await using var target = settings.Create();
            var result = await GraphCopy.CopyAsync(source, target, db, ct);
            Console.WriteLine($"{result.ActorsWritten:N0} actors, {result.DocumentsWritten:N0} documents written; "
                + $"{result.RelationsAdded:N0} relations added, {result.RelationsAlreadyStored:N0} already in Neo4j.");
            return CliRunner.Ok;
        });
        return new Command("neo4j", "Work with the Neo4j store") { sync };
    }
}
