using System.Text.Json.Nodes;
using ActorGraph.Core.Tests.Storage;

namespace ActorGraph.Tests.Cli;

/// <summary>The Neo4j verbs (`cypher`, `neo4j sync`) and their exit codes, against a real Neo4j.</summary>
[Collection("neo4j")]
public sealed class Neo4jCliTests(Neo4jServerFixture server) : IAsyncLifetime, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-neo4j-cli-").FullName;

    private Task<Executable.Run> Run(params string[] args) => Executable.RunAsync(_directory, args);

    private string Url => server.Settings.Url.ToString();

    public Task InitializeAsync() => server.ClearAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Sync_copies_the_embedded_store_once()
    {
        Assert.Equal(0, (await Run("sample", "--db", "story.db")).ExitCode);
        var sqliteRelations = (long)JsonNode.Parse((await Run("stats", "--json", "--db", "story.db")).Out)!["relations"]!;

        var first = await Run("neo4j", "sync", "--db", "story.db", "--neo4j-url", Url);
        var second = await Run("neo4j", "sync", "--db", "story.db", "--neo4j-url", Url);
        var neo4jStats = JsonNode.Parse((await Run("stats", "--json", "--store", "neo4j", "--neo4j-url", Url)).Out)!;

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(sqliteRelations, (long)neo4jStats["relations"]!);
        Assert.Contains($"{sqliteRelations} relations added", first.Out);
        Assert.Contains("0 relations added", second.Out);
    }

    [Fact]
    public async Task Export_import_writes_the_bulk_files_of_the_embedded_store_and_refuses_a_missing_one()
    {
        Assert.Equal(0, (await Run("sample", "--db", "story.db")).ExitCode);
        var stats = JsonNode.Parse((await Run("stats", "--json", "--db", "story.db")).Out)!;
        var run = await Run("neo4j", "export-import", "bulk", "--db", "story.db");
        Assert.Equal(0, run.ExitCode);
        var signed = (long)stats["relationsByType"]!["SIGNED"]!;
        Assert.Equal(signed + 1, File.ReadLines(Path.Combine(_directory, "bulk", "relationships-signed.csv")).Count());
        Assert.True(File.Exists(Path.Combine(_directory, "bulk", "import.sh")));
        Assert.Contains($"{(long)stats["relations"]!} relations written", run.Out);
        Assert.Equal(2, (await Run("neo4j", "export-import", "bulk2", "--db", "typo.db")).ExitCode);
    }

    [Fact]
    public async Task Cypher_syntax_error_exits_2_with_neo4js_message()
    {
        var run = await Run("cypher", "MATCH (a:Actor RETURN a", "--store", "neo4j", "--neo4j-url", Url);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task Neo4j_down_exits_1_with_one_line()
    {
        var run = await Run("stats", "--store", "neo4j", "--neo4j-url", $"http://127.0.0.1:{Executable.FreePort()}");
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
    }
}
