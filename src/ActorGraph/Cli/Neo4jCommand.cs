using System.CommandLine;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

internal static class Neo4jCommand
{
    public static Command Create()
    {
        var sync = new Command("sync", "Copy the embedded store (--db) into Neo4j (--neo4j-url…), in one transaction; safe to repeat");
        sync.SetGuardedAction(async (parse, ct) =>
        {
            var settings = StoreSettings.From(parse, StoreSettings.Neo4jStore);
            var db = new StoreSettings(settings.DbPath).RequireExisting().DbPath;
            await using var source = new SqliteGraphStore(db);
            await source.InitializeAsync(ct);
            await using var target = new Neo4jGraphStore(settings.Neo4j!);
            var result = await target.IngestAsync(Elements(source, db, ct), new IngestOptions(), ct);
            Console.WriteLine($"{result.ActorsWritten:N0} actors, {result.DocumentsWritten:N0} documents written; "
                + $"{result.RelationsAdded:N0} relations added, {result.RelationsAlreadyStored:N0} already in Neo4j.");
            return CliRunner.Ok;
        });
        return new Command("neo4j", "Work with the Neo4j store") { sync };
    }

    /// <summary>Everything in the SQLite store as one ingest stream: actors and documents first, so no placeholder replaces them.</summary>
    private static async IAsyncEnumerable<SourcedElement> Elements(SqliteGraphStore store, string db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        long line = 0;
        await foreach (var actor in store.ReadActorsAsync(ct)) yield return new SourcedElement(actor, db, ++line);
        await foreach (var document in store.ReadDocumentsAsync(ct)) yield return new SourcedElement(document, db, ++line);
        await foreach (var relation in store.ReadRelationsAsync(RelationFilter.All, ct)) yield return new SourcedElement(relation, db, ++line);
    }
}
