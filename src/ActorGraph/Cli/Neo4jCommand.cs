using System.CommandLine;
using ActorGraph.Export;
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
        var output = new Argument<DirectoryInfo>("out") { Description = "Folder for the CSV files and import.sh (created if missing)" };
        var bulk = new Command("export-import", "Write the embedded store (--db) as the CSV files Neo4j's offline importer reads, with import.sh: "
            + "the fast way to load a big collection into a new database") { output };
        QueryOptions.AddTo(bulk, QueryOptions.Filter);
        bulk.SetGuardedAction(async (parse, ct) =>
        {
            var filter = QueryOptions.ReadFilter(parse);
            var db = GlobalOptions.StoreSettings(parse, StoreSettings.Sqlite).DbPath;
            await using var source = await new StoreSettings(db).RequireExisting().OpenAsync(ct);
            var folder = parse.GetValue(output)!.FullName;
            var written = await Neo4jImportFiles.WriteAsync(source, filter, folder, ct);
            Console.WriteLine($"{written.Actors:N0} actors, {written.Documents:N0} documents, {written.Relations:N0} relations written to {folder}.");
            Console.WriteLine($"Stop Neo4j, then: {Path.Combine(folder, "import.sh")} NEO4J_HOME   (a new, empty database), and start it.");
            return CliRunner.Ok;
        });
        return new Command("neo4j", "Work with the Neo4j store") { sync, bulk };
    }
}
