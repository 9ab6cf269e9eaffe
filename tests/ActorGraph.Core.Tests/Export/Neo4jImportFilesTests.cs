using System.Diagnostics;
using System.Text.Json;
using ActorGraph.Core.Tests.Storage;
using Neo4jServer = ActorGraph.Core.Tests.Storage.Neo4jServer;
using ActorGraph.Export;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Export;

/// <summary>The bulk path into Neo4j: files written from the embedded store, loaded by the real Neo4j 3.1.1's own
/// offline importer through the generated import.sh, then read back through the Neo4j store.</summary>
public sealed class Neo4jImportFilesTests
{
    private static readonly DateTimeOffset Day = new(2020, 5, 11, 9, 30, 0, TimeSpan.Zero);

    private static IEnumerable<IGraphElement> Story()
    {
        yield return new Actor("saskia-esken", "Saskia Esken", ActorKinds.Person, "SPD", "DE")
        {
            Handles = new Dictionary<string, string> { ["x"] = "EskenSaskia" },
            Attributes = new Dictionary<string, string> { ["role"] = "Vorsitzende, \"Co-Chefin\"" },
        };
        yield return new Actor("ashton-kutcher", "Ashton Kutcher", ActorKinds.Person, Country: "US");
        yield return new Actor("françois-ölmann", "François Ölmann; \"Ö\"", ActorKinds.Organisation);
        yield return new Document("alliance-2012", "Global Alliance, \"against\" abuse\nonline", DocumentKinds.Declaration,
            "https://example.org/a?x=1,2", new DateOnly(2012, 12, 5), "EU");
        yield return new Relation("ashton-kutcher", RelationType.Tagged, "saskia-esken", Day, 1,
            new Evidence("t1", "https://x.com/aplusk/status/1", "He wrote: \"talk to me\", then\nleft; 😀 ÄÖÜ", null, 1, "x-api"));
        yield return new Relation("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", Day.AddHours(2), 2.5,
            new Evidence("t2", null, "Gern, \"jederzeit\"", "alliance-2012", 0.75, "manual"));
        yield return new Relation("saskia-esken", RelationType.Follows, "ashton-kutcher", null, 1, new Evidence("f1"));
        yield return new Relation("saskia-esken", RelationType.Signed, "alliance-2012", null, 1, new Evidence("s1", Quote: ""));
        yield return new Relation("françois-ölmann", RelationType.Signed, "alliance-2012", Day, 1, new Evidence("s2"));
        yield return new Relation("unknown-placeholder", RelationType.Liked, "saskia-esken", Day, 1, new Evidence("l1"));
    }

    [Fact]
    public async Task Files_loaded_by_neo4j_import_give_the_same_graph_as_the_embedded_store()
    {
        await using var sqlite = await TemporarySqliteStore.CreateAsync();
        await sqlite.Store.IngestAsync(Story().Select((e, i) => new SourcedElement(e, "story", i + 2)).ToAsyncEnumerable(), new IngestOptions());
        var folder = Directory.CreateTempSubdirectory("actorgraph-bulk-").FullName;
        try
        {
            var summary = await Neo4jImportFiles.WriteAsync(sqlite.Store, RelationFilter.All, folder);
            Assert.Equal(6, summary.Relations);
            var server = new Neo4jServer { BeforeStart = home => ImportAsync(Path.Combine(folder, "import.sh"), home) };
            await server.InitializeAsync();
            try
            {
                await using var neo4j = new Neo4jGraphStore(server.Settings);
                await neo4j.InitializeAsync();
                Assert.Equal(await Json(sqlite.Store.ReadActorsAsync()), await Json(neo4j.ReadActorsAsync()));
                Assert.Equal(await Json(sqlite.Store.ReadDocumentsAsync()), await Json(neo4j.ReadDocumentsAsync()));
                Assert.Equal(await Json(sqlite.Store.ReadRelationsAsync(RelationFilter.All)), await Json(neo4j.ReadRelationsAsync(RelationFilter.All)));
                var (expected, actual) = (await sqlite.Store.GetStatsAsync(), await neo4j.GetStatsAsync());
                Assert.Equal(expected.RelationsByType.OrderBy(p => p.Key), actual.RelationsByType.OrderBy(p => p.Key));
                Assert.Equal((expected.Actors, expected.Documents), (actual.Actors, actual.Documents));

                // The imported database takes online ingests like one loaded online: a repeat adds nothing, a new one is added.
                var again = await neo4j.IngestAsync(Story().Select((e, i) => new SourcedElement(e, "again", i + 2)).ToAsyncEnumerable(), new IngestOptions());
                Assert.Equal(0, again.RelationsAdded);
                var next = new Relation("ashton-kutcher", RelationType.Liked, "saskia-esken", Day, 1, new Evidence("l2"));
                Assert.Equal(1, (await neo4j.IngestAsync(new[] { new SourcedElement(next, "next", 2) }.ToAsyncEnumerable(), new IngestOptions())).RelationsAdded);
            }
            finally
            {
                await server.DisposeAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_filter_limits_the_relations_written_and_every_file_has_its_typed_header()
    {
        await using var sqlite = await TemporarySqliteStore.CreateAsync();
        await sqlite.Store.IngestAsync(Story().Select((e, i) => new SourcedElement(e, "story", i + 2)).ToAsyncEnumerable(), new IngestOptions());
        var folder = Directory.CreateTempSubdirectory("actorgraph-bulk-").FullName;
        try
        {
            var summary = await Neo4jImportFiles.WriteAsync(sqlite.Store, RelationFilters.Parse("SIGNED", null, null), folder);
            Assert.Equal(2, summary.Relations);
            Assert.Single(File.ReadLines(Path.Combine(folder, "relationships-actors.csv")));
            Assert.Equal(3, File.ReadLines(Path.Combine(folder, "relationships-signed.csv")).Count());
            Assert.StartsWith(":START_ID(Actor),:END_ID(Document),:TYPE,sourceId,weight:double,confidence:double,seq:long",
                File.ReadLines(Path.Combine(folder, "relationships-signed.csv")).First());
            Assert.StartsWith("id:ID(Actor),name,", File.ReadLines(Path.Combine(folder, "nodes-actors.csv")).First());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> Json<T>(IAsyncEnumerable<T> items) =>
        JsonSerializer.Serialize(await items.ToListAsync(), new JsonSerializerOptions { WriteIndented = true });

    private static async Task ImportAsync(string script, string home)
    {
        var info = new ProcessStartInfo("bash", [script, home]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"import.sh failed ({process.ExitCode}):\n{await output}\n{await error}");
    }
}
