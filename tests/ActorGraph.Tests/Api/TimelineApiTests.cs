using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Api;

public sealed class TimelineApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private HttpClient Client => _host.Client;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        var response = await Client.PostAsync("/api/ingest/edges", new StringContent(TimelineData.EdgesCsv(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonNode> GetJson(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonNode Series(JsonNode timeline, string id) => timeline["series"]!.AsArray().Single(s => (string)s!["id"]! == id)!;

    private static int?[] Ranks(JsonNode series) => [.. series["ranks"]!.AsArray().Select(r => (int?)r)];

    [Fact]
    public async Task Timeline_gives_each_actor_a_value_and_rank_per_month()
    {
        var t = await GetJson("/api/timeline?measure=in-degree&every=month&types=TAGGED");
        Assert.Equal(["2024-01", "2024-02", "2024-03"], t["periods"]!.AsArray().Select(p => (string)p!));
        Assert.Equal([1, null, 2], Ranks(Series(t, "anna")));
        Assert.Equal([null, null, 1], Ranks(Series(t, "ben")));
        Assert.Equal(1.0, (double)Series(t, "anna")["values"]![0]!);
    }

    [Fact]
    public async Task Timeline_as_csv_is_the_long_table_for_notebooks()
    {
        var response = await Client.GetAsync("/api/timeline?measure=in-degree&every=month&types=TAGGED&top=1&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Trim().Split('\n').Select(l => l.Trim()).ToArray();
        Assert.Equal(["period,id,name,value,rank", "2024-01,anna,anna,1,1", "2024-03,ben,ben,1,1"], lines);
    }

    [Fact]
    public async Task Risers_name_the_relations_behind_each_move()
    {
        var r = await GetJson("/api/risers?measure=in-degree&between=2024-01,2024-03&types=TAGGED");
        var anna = r["fallers"]!.AsArray().Single()!;
        Assert.Equal(("anna", 1, 2, -1), ((string)anna["id"]!, (int)anna["rank1"]!, (int)anna["rank2"]!, (int)anna["change"]!));
        Assert.Equal(["jan-1", "jan-2", "jan-3", "jan-4", "jan-5"], anna["lost"]!.AsArray().Select(x => (string)x!["evidence"]!["sourceId"]!));
        Assert.Equal("ben", (string)r["entered"]!.AsArray().Single()!["id"]!);
    }

    [Fact]
    public async Task Coordination_finds_the_group_with_both_timestamps_of_every_shared_retweet()
    {
        var c = await GetJson("/api/coordination?relation=RETWEETED&within=60s&minShared=3");
        var pairs = c["pairs"]!.AsArray();
        Assert.Equal(["c1-c2", "c1-c3", "c2-c3"], pairs.Select(p => $"{p!["source"]}-{p["target"]}").Order());
        foreach (var pair in pairs)
        {
            Assert.Equal(4, (int)pair!["shared"]!);
            var actions = pair["actions"]!.AsArray();
            Assert.Equal(["x:tweet:1", "x:tweet:2", "x:tweet:3", "x:tweet:4"], actions.Select(a => (string)a!["item"]!).Order());
            Assert.All(actions, a => Assert.NotNull((string?)a!["first"]!["at"]));
            Assert.All(actions, a => Assert.NotNull((string?)a!["second"]!["at"]));
        }
        Assert.Equal(28, (int)c["actions"]!);
    }

    [Fact]
    public async Task Co_acted_is_a_relation_type_for_measures_paths_the_drawing_and_ego_networks()
    {
        var ranked = (await GetJson("/api/centrality?measure=degree&types=CO_ACTED&undirected=true")).AsArray();
        Assert.Equal(TimelineData.Group, ranked.Select(r => (string)r!["id"]!).Order());
        Assert.All(ranked, r => Assert.Equal(1.0, (double)r!["value"]!));

        var none = (await GetJson("/api/centrality?measure=degree&types=CO_ACTED&minShared=5")).AsArray();
        Assert.Empty(none);

        var paths = await GetJson("/api/paths?from=c1&to=c3&types=CO_ACTED");
        Assert.Equal(1.0, (double)paths["paths"]!.AsArray().Single()!["length"]!);

        var drawing = await GetJson("/api/drawing?types=CO_ACTED");
        Assert.Equal(["c1", "c2", "c3"], drawing["nodes"]!["keys"]!.AsArray().Select(k => (string)k!).Order());
        Assert.Equal(["CO_ACTED"], drawing["values"]!["types"]!.AsArray().Select(t => (string)t!));

        var ego = await GetJson("/api/ego/c1?types=CO_ACTED");
        Assert.Equal(["c1", "c2", "c3"], ego["nodes"]!.AsArray().Select(n => (string)n!["key"]!).Order());
        Assert.All(ego["edges"]!.AsArray(), e => Assert.Equal("CO_ACTED", (string)e!["attributes"]!["type"]!));
    }

    [Fact]
    public async Task Exports_and_the_graph_carry_co_acted_ties_with_what_the_pair_shared()
    {
        var graph = await GetJson("/api/graph?types=CO_ACTED");
        var edges = graph["edges"]!.AsArray();
        Assert.Equal(["c1-c2", "c1-c3", "c2-c3"], edges.Select(e => $"{e!["source"]}-{e["target"]}").Order());
        Assert.All(edges, e =>
        {
            Assert.Equal("CO_ACTED", (string)e!["attributes"]!["type"]!);
            Assert.Equal(4.0, (double)e["attributes"]!["weight"]!);
            Assert.Contains("x:tweet:1, x:tweet:2, x:tweet:3, x:tweet:4", (string)e["attributes"]!["quote"]!);
        });
        Assert.Empty((await GetJson("/api/graph?types=CO_ACTED&minShared=5"))["edges"]!.AsArray());

        var gexf = await Client.GetStringAsync("/api/export/gexf?types=CO_ACTED");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(gexf, "kind=\"CO_ACTED\"").Count);
    }

    [Theory]
    [InlineData("/api/timeline?measure=pagerank&every=fortnight", "every")]
    [InlineData("/api/timeline?measure=communities&every=month", "not comparable")]
    [InlineData("/api/timeline?measure=pagerank&every=month&window=0", "window")]
    [InlineData("/api/risers?measure=pagerank&between=2024-01", "between")]
    [InlineData("/api/risers?measure=pagerank&between=2024-01,2024-Q1", "between")]
    [InlineData("/api/coordination?within=soon", "within")]
    [InlineData("/api/coordination?relation=SIGNED", "relation")]
    public async Task Bad_parameters_get_a_problem_naming_them(string path, string named)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!);
    }
}
