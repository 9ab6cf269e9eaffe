using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Api;

/// <summary>/api/drawing on the sample story: what the page draws, without evidence, with settled positions.</summary>
public sealed class DrawingApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private HttpClient Client => _host.Client;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync(loadSample: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonNode> GetJson(HttpClient client, string path) => JsonNode.Parse(await client.GetStringAsync(path))!;

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => (string)n!)];

    [Fact]
    public async Task Drawing_has_every_node_and_relation_of_the_graph_but_no_evidence()
    {
        var graph = await GetJson(Client, "/api/graph");
        var body = await Client.GetStringAsync("/api/drawing");
        var drawing = JsonNode.Parse(body)!;

        Assert.Equal(graph["nodes"]!.AsArray().Select(n => (string)n!["key"]!).Order(), Strings(drawing["nodes"]!["keys"]).Order());
        Assert.Equal(graph["edges"]!.AsArray().Count, drawing["edges"]!["source"]!.AsArray().Count);
        Assert.Null(drawing["rankedBy"]);
        var quote = (string)graph["edges"]!.AsArray().First(e => e!["attributes"]!["quote"] is not null)!["attributes"]!["quote"]!;
        Assert.DoesNotContain(quote, body);

        // Relation types per edge, counted, match the graph's.
        var types = Strings(drawing["values"]!["types"]);
        var drawnTypes = drawing["edges"]!["type"]!.AsArray().Select(t => types[(int)t!]).Order();
        Assert.Equal(graph["edges"]!.AsArray().Select(e => (string)e!["attributes"]!["type"]!).Order(), drawnTypes);
        // Esken's kind and party come through the value tables.
        var keys = Strings(drawing["nodes"]!["keys"]);
        var esken = keys.IndexOf("saskia-esken");
        Assert.Equal("SPD", Strings(drawing["values"]!["parties"])[(int)drawing["nodes"]!["party"]![esken]!]);
        Assert.Equal("person", Strings(drawing["values"]!["kinds"])[(int)drawing["nodes"]!["kind"]![esken]!]);
    }

    [Fact]
    public async Task Positions_are_spread_out_and_the_same_from_a_fresh_server()
    {
        var first = await GetJson(Client, "/api/drawing?types=TAGGED,REPLIED_TO");
        await using var other = await ApiHost.StartAsync(loadSample: true);
        var second = await GetJson(other.Client, "/api/drawing?types=TAGGED,REPLIED_TO");

        var x = first["nodes"]!["x"]!.AsArray().Select(v => (double)v!).ToList();
        var y = first["nodes"]!["y"]!.AsArray().Select(v => (double)v!).ToList();
        Assert.Equal(x.Count, x.Zip(y).Distinct().Count());
        Assert.Equal(first["nodes"]!.ToJsonString(), second["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task A_first_look_before_the_layout_is_ready_gets_a_provisional_picture_and_then_the_settled_one()
    {
        // No patience, and a network whose layout takes hundreds of steps: a view nobody has asked for yet (not the
        // warm-up's default one) is still being laid out when the first look comes.
        await using var host = await ApiHost.StartAsync(settings: new Dictionary<string, string?> { ["ActorGraph:DrawingPatienceMilliseconds"] = "0" });
        var random = new Random(7);
        var edges = string.Join("\n", Enumerable.Range(0, 12_000).Select(i => $"a{random.Next(3000)},a{random.Next(3000)},{(i % 2 == 0 ? "TAGGED" : "LIKED")}"));
        Assert.True((await host.PostCsvAsync("/api/ingest/edges", "source,target,relation\n" + edges)).IsSuccessStatusCode);
        const string path = "/api/drawing?types=TAGGED&measure=pagerank";

        var provisional = await GetJson(host.Client, path + "&wait=false");
        var settled = await GetJson(host.Client, path);
        var again = await GetJson(host.Client, path + "&wait=false");

        Assert.False((bool)provisional["settled"]!);
        Assert.True((bool)settled["settled"]!);
        Assert.Equal(provisional["nodes"]!["keys"]!.ToJsonString(), settled["nodes"]!["keys"]!.ToJsonString());
        Assert.Equal(provisional["edges"]!.ToJsonString(), settled["edges"]!.ToJsonString());
        Assert.NotEqual(provisional["nodes"]!["x"]!.ToJsonString(), settled["nodes"]!["x"]!.ToJsonString());
        // Once settled, a first look gets the settled picture.
        Assert.Equal(settled.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public async Task A_network_larger_than_the_limit_is_drawn_as_its_top_actors_and_the_relations_among_them()
    {
        await using var host = await ApiHost.StartAsync(loadSample: true, new Dictionary<string, string?> { ["ActorGraph:DrawingMaxNodes"] = "20", ["ActorGraph:DrawingTopNodes"] = "6" });
        var drawing = await GetJson(host.Client, "/api/drawing?measure=pagerank");
        var all = (await GetJson(host.Client, "/api/graph"))["nodes"]!.AsArray().Count;
        var top = (await GetJson(host.Client, "/api/centrality?measure=pagerank&top=6")).AsArray().Select(a => (string)a!["id"]!);

        Assert.Equal("pagerank", (string?)drawing["rankedBy"]);
        Assert.Equal(all, (int)drawing["totalNodes"]!);
        Assert.Equal(top.Order(), Strings(drawing["nodes"]!["keys"]).Order());
        var count = drawing["nodes"]!["keys"]!.AsArray().Count;
        Assert.All(drawing["edges"]!["source"]!.AsArray().Concat(drawing["edges"]!["target"]!.AsArray()), i => Assert.InRange((int)i!, 0, count - 1));
        Assert.True((int)drawing["totalEdges"]! > drawing["edges"]!["source"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_actors_neighbourhood_is_drawn_whatever_the_limit()
    {
        await using var host = await ApiHost.StartAsync(loadSample: true, new Dictionary<string, string?> { ["ActorGraph:DrawingMaxNodes"] = "2" });
        var ego = await GetJson(host.Client, "/api/ego/saskia-esken?radius=1");
        var drawing = await GetJson(host.Client, "/api/drawing?ego=saskia-esken&radius=1");
        Assert.Equal(ego["nodes"]!.AsArray().Select(n => (string)n!["key"]!).Order(), Strings(drawing["nodes"]!["keys"]).Order());
        Assert.Equal(ego["edges"]!.AsArray().Count, drawing["edges"]!["source"]!.AsArray().Count);
        Assert.Null(drawing["rankedBy"]);
    }

    [Fact]
    public async Task The_neighbourhood_in_view_is_what_the_download_holds()
    {
        var ego = await GetJson(Client, "/api/ego/saskia-esken?radius=1");
        var graphml = System.Xml.Linq.XDocument.Parse(await Client.GetStringAsync("/api/export/graphml?ego=saskia-esken&radius=1"));
        System.Xml.Linq.XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(ego["nodes"]!.AsArray().Select(n => (string)n!["key"]!).Order(),
            graphml.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).Order());
        Assert.Equal(ego["edges"]!.AsArray().Count, graphml.Descendants(ns + "edge").Count());
        Assert.True(graphml.Descendants(ns + "node").Count() < (await GetJson(Client, "/api/graph"))["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Cited_documents_are_found_by_id_for_their_titles()
    {
        var cited = (await GetJson(Client, "/api/relations/saskia-esken")).AsArray()
            .Select(r => (string?)r!["evidence"]!["documentId"]).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(cited);
        var documents = (await GetJson(Client, $"/api/documents?ids={string.Join(',', cited)},no-such-document")).AsArray();
        Assert.Equal(cited.Order(), documents.Select(d => (string)d!["id"]!).Order());
        Assert.All(documents, d => Assert.False(string.IsNullOrWhiteSpace((string?)d!["title"])));
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/documents?ids=")).StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Json_is_compressed_for_clients_that_accept_it(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/graph");
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        var plain = Encoding.UTF8.GetByteCount(await Client.GetStringAsync("/api/graph"));
        Assert.True(compressed.Length * 3 < plain, $"{compressed.Length} compressed bytes of {plain}");
    }

    [Fact]
    public async Task Bad_drawing_parameters_are_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/drawing?measure=charisma")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/drawing?ego=saskia-esken&radius=9")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/drawing?ego=nobody")).StatusCode);
    }
}
