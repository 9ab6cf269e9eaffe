using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ActorGraph.Core.Tests.Storage;
using ActorGraph.Storage;

namespace ActorGraph.Tests.Api;

/// <summary>POST /api/cypher and /health on the Neo4j store, over a real Neo4j holding the sample story.</summary>
[Collection("neo4j")]
public sealed class CypherApiTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        await server.ClearAsync();
        _host = await ApiHost.StartAsync(loadSample: true, new Dictionary<string, string?> { ["ActorGraph:CypherMaxRows"] = "5" }, server.Settings);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonNode Body)> Cypher(string query, object? parameters = null)
    {
        var response = await _host.Client.PostAsJsonAsync("/api/cypher", new { query, parameters });
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task Query_with_parameters_returns_columns_and_rows()
    {
        var (status, body) = await Cypher("MATCH (a:Actor)-[:REPLIED_TO]->(b:Actor {id: $target}) RETURN a.id AS replier ORDER BY replier",
            new { target = "ashton-kutcher" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["replier"], body["columns"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(["birgit-sippel", "saskia-esken"], body["rows"]!.AsArray().Select(r => (string)r![0]!));
        Assert.False((bool)body["truncated"]!);
    }

    [Fact]
    public async Task Rows_beyond_the_cap_are_cut_off_and_reported()
    {
        var (status, body) = await Cypher("UNWIND range(1, 20) AS i RETURN i");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, body["rows"]!.AsArray().Count);
        Assert.True((bool)body["truncated"]!);
        Assert.Equal(["i"], body["columns"]!.AsArray().Select(c => (string)c!));
    }

    [Fact]
    public async Task Syntax_error_is_a_400_with_neo4js_message()
    {
        var (status, body) = await Cypher("MATCH (a:Actor RETURN a");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("SyntaxError", (string)body["detail"]!);
    }

    [Fact]
    public async Task Write_attempt_is_refused_and_changes_nothing()
    {
        var before = await _host.Client.GetFromJsonAsync<JsonNode>("/api/stats");

        var (status, body) = await Cypher("MATCH (a:Actor {id: 'saskia-esken'}) SET a.name = 'changed' WITH a MATCH (b:Actor) DETACH DELETE b RETURN count(*)");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("read-only", (string)body["detail"]!);
        var after = await _host.Client.GetFromJsonAsync<JsonNode>("/api/stats");
        Assert.Equal(before!.ToJsonString(), after!.ToJsonString());
        Assert.Equal("Saskia Esken", (string)(await _host.Client.GetFromJsonAsync<JsonNode>("/api/actors/saskia-esken"))!["name"]!);
    }

    [Fact]
    public async Task Health_names_neo4j_and_says_it_is_reachable()
    {
        var health = await _host.Client.GetFromJsonAsync<JsonNode>("/health");
        Assert.Equal(("ok", "neo4j", true), ((string)health!["status"]!, (string)health["store"]!, (bool)health["reachable"]!));
    }

    [Fact]
    public async Task Health_is_503_naming_the_address_when_neo4j_is_down()
    {
        await using var host = await ApiHost.StartAsync(neo4j: new Neo4jSettings(new Uri("http://127.0.0.1:9")));

        var response = await host.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("127.0.0.1:9", (string)health["error"]!);
    }
}

public sealed class CypherApiOnSqliteTests
{
    [Fact]
    public async Task Cypher_on_the_sqlite_store_explains_that_it_needs_neo4j()
    {
        await using var host = await ApiHost.StartAsync();

        var response = await host.Client.PostAsJsonAsync("/api/cypher", new { query = "RETURN 1" });

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("--store neo4j", await response.Content.ReadAsStringAsync());
    }
}
