using System.Text.Json.Nodes;
using ActorGraph.Core.Tests.Storage;

namespace ActorGraph.Tests.Cli;

/// <summary>`analyze … --write-back` against a real Neo4j: the values analysts then read in Cypher are the ones printed.</summary>
[Collection("neo4j")]
public sealed class WriteBackCliTests(Neo4jServerFixture server) : IAsyncLifetime, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-writeback-").FullName;

    private string[] Neo4j => ["--store", "neo4j", "--neo4j-url", server.Settings.Url.ToString()];

    private Task<Executable.Run> Run(params string[] args) => Executable.RunAsync(_directory, [.. args, .. Neo4j]);

    public async Task InitializeAsync()
    {
        await server.ClearAsync();
        Assert.Equal(0, (await Run("sample")).ExitCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Pagerank_written_back_is_what_analyze_prints()
    {
        var printed = JsonNode.Parse((await Run("analyze", "pagerank", "--format", "json", "--write-back")).Out)!.AsArray()
            .ToDictionary(r => (string)r!["id"]!, r => (double)r!["value"]!);

        var cypher = await Run("cypher", "MATCH (a:Actor) WHERE a.pagerank IS NOT NULL RETURN a.id AS id, a.pagerank AS pagerank", "--json");
        Assert.Equal(0, cypher.ExitCode);
        var stored = JsonNode.Parse(cypher.Out)!["rows"]!.AsArray().ToDictionary(r => (string)r![0]!, r => (double)r![1]!);

        var actors = printed.Where(p => !p.Key.StartsWith("global-alliance") && !p.Key.StartsWith("article-") && !p.Key.StartsWith("eu-")).ToList();
        Assert.NotEmpty(actors);
        foreach (var (id, value) in actors) Assert.Equal(value, stored[id], 12);
    }

    [Fact]
    public async Task Communities_are_written_as_whole_numbers()
    {
        Assert.Equal(0, (await Run("analyze", "communities", "--write-back")).ExitCode);

        var cypher = await Run("cypher", "MATCH (a:Actor {id: 'saskia-esken'}), (b:Actor {id: 'birgit-sippel'}) RETURN a.community, b.community", "--json");
        var row = JsonNode.Parse(cypher.Out)!["rows"]![0]!.AsArray();
        Assert.Matches("^[0-9]+$", row[0]!.ToJsonString());
        Assert.Equal((long)row[0]!, (long)row[1]!);
    }

    [Fact]
    public async Task Write_back_on_the_embedded_store_is_bad_input()
    {
        Assert.Equal(0, (await Executable.RunAsync(_directory, "sample")).ExitCode);
        var run = await Executable.RunAsync(_directory, "analyze", "pagerank", "--write-back");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--store neo4j", run.Error);
    }
}
