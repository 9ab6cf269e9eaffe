using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Api;

public sealed class ApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private HttpClient Client => _host.Client;

    private const string Story = """
        source,target,relation,at,source_id,url,quote
        ashton-kutcher,saskia-esken,TAGGED,2022-05-11,t1,https://x.com/aplusk/status/1,Kutcher asks three SPD politicians to talk about chat control
        saskia-esken,ashton-kutcher,REPLIED_TO,2022-05-12,t2,https://x.com/EskenSaskia/status/2,Esken answers and invites a conversation
        birgit-sippel,ashton-kutcher,REPLIED_TO,2022-05-12,t3,,Sippel replies as well
        """;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static async Task<JsonNode> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Health_names_the_store_and_says_it_is_reachable()
    {
        var health = await _host.GetJsonAsync("/health");
        Assert.Equal(("ok", "sqlite", true), ((string)health["status"]!, (string)health["store"]!, (bool)health["reachable"]!));
    }

    [Fact]
    public async Task Ingested_edges_show_in_stats_and_graph()
    {
        var ingest = await _host.PostCsvAsync("/api/ingest/edges", Story);
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
        Assert.Equal(3, (long)JsonNode.Parse(await ingest.Content.ReadAsStringAsync())!["relationsAdded"]!);

        var stats = await _host.GetJsonAsync("/api/stats");
        Assert.Equal((3, 3, 2), ((long)stats["actors"]!, (long)stats["relations"]!, (long)stats["relationsByType"]!["REPLIED_TO"]!));

        var graph = await _host.GetJsonAsync("/api/graph?types=REPLIED_TO");
        Assert.Equal(2, graph["edges"]!.AsArray().Count);
        Assert.Equal(3, graph["nodes"]!.AsArray().Count);
        Assert.True((bool)graph["options"]!["multi"]!);
        var edge = graph["edges"]!.AsArray().Single(e => (string)e!["source"]! == "saskia-esken")!;
        Assert.Equal(("REPLIED_TO", "t2", "https://x.com/EskenSaskia/status/2"),
            ((string)edge["attributes"]!["type"]!, (string)edge["attributes"]!["sourceId"]!, (string)edge["attributes"]!["url"]!));
    }

    [Fact]
    public async Task Graph_filters_by_time_window()
    {
        await _host.PostCsvAsync("/api/ingest/edges", Story);
        var graph = await _host.GetJsonAsync("/api/graph?from=2022-05-11&to=2022-05-11");
        Assert.Equal("TAGGED", (string)Assert.Single(graph["edges"]!.AsArray())!["attributes"]!["type"]!);
    }

    [Fact]
    public async Task Bad_file_is_rejected_with_its_line_and_nothing_is_written()
    {
        await _host.PostCsvAsync("/api/ingest/edges", Story);
        var response = await _host.PostCsvAsync("/api/ingest/edges", "source,target,relation,weight\na,b,TAGGED,1\nc,d,TAGGED,heavy\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("upload.edges:3: weight: a number like 1 or 0.5, got 'heavy'", (string)(await Problem(response))["detail"]!);
        Assert.Equal(3, (long)(await _host.GetJsonAsync("/api/stats"))["relations"]!);
    }

    [Fact]
    public async Task Unknown_format_is_a_bad_request()
    {
        var response = await _host.PostCsvAsync("/api/ingest/pdf", Story);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("edges", (string)(await Problem(response))["detail"]!);
    }

    [Fact]
    public async Task Upload_over_the_limit_is_refused_with_413()
    {
        await using var small = await ApiHost.StartAsync(settings: new Dictionary<string, string?> { ["ActorGraph:MaxUploadBytes"] = "100" });
        var response = await small.Client.PostAsync("/api/ingest/edges", new StringContent(Story, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Writes_need_the_api_key_when_one_is_set()
    {
        await using var guarded = await ApiHost.StartAsync(settings: new Dictionary<string, string?> { ["ActorGraph:ApiKey"] = "s3cret" });
        var without = await guarded.Client.PostAsync("/api/ingest/edges", new StringContent(Story, Encoding.UTF8, "text/csv"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/edges") { Content = new StringContent(Story, Encoding.UTF8, "text/csv") };
        request.Headers.Add("X-Api-Key", "s3cret");
        var with = await guarded.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Fact]
    public async Task Actors_are_searchable_and_unknown_ones_are_404_problems()
    {
        await _host.PostCsvAsync("/api/ingest/edges", Story);
        var found = await _host.GetJsonAsync("/api/actors?search=ESK");
        Assert.Equal("saskia-esken", (string)Assert.Single(found.AsArray())!["id"]!);

        var missing = await Client.GetAsync("/api/actors/nobody");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("nobody", (string)(await Problem(missing))["detail"]!);
    }

    [Fact]
    public async Task Relations_of_an_actor_carry_their_evidence()
    {
        await _host.PostCsvAsync("/api/ingest/edges", Story);
        var relations = (await _host.GetJsonAsync("/api/relations?actor=saskia-esken&types=REPLIED_TO")).AsArray();

        var reply = Assert.Single(relations)!;
        Assert.Equal(("REPLIED_TO", "t2", "Esken answers and invites a conversation"),
            ((string)reply["type"]!, (string)reply["evidence"]!["sourceId"]!, (string)reply["evidence"]!["quote"]!));
    }

    [Fact]
    public async Task Relations_take_types_like_every_route_and_the_old_type_still_works_but_is_deprecated()
    {
        await _host.PostCsvAsync("/api/ingest/edges", Story);
        Assert.Equal(3, (await _host.GetJsonAsync("/api/relations/ashton-kutcher?types=TAGGED,REPLIED_TO")).AsArray().Count);
        Assert.Equal(2, (await _host.GetJsonAsync("/api/relations/ashton-kutcher?type=REPLIED_TO")).AsArray().Count);

        var parameters = (await _host.GetJsonAsync("/openapi/v1.json"))["paths"]!["/api/relations/{actor}"]!["get"]!["parameters"]!.AsArray();
        Assert.True((bool?)parameters.Single(p => (string)p!["name"]! == "type")!["deprecated"]);
        Assert.Null(parameters.Single(p => (string)p!["name"]! == "types")!["deprecated"]);
    }

    [Theory]
    [InlineData("/api/graph?types=POKED", "POKED")]
    [InlineData("/api/graph?from=yesterday", "from")]
    [InlineData("/api/relations?actor=nobody", "nobody")]
    [InlineData("/api/actors?limit=0", "limit")]
    public async Task Bad_queries_are_problems_that_say_what_is_wrong(string path, string mentioned)
    {
        var response = await Client.GetAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path} answered {response.StatusCode}");
        Assert.Contains(mentioned, (string)(await Problem(response))["detail"]!);
    }

    [Fact]
    public async Task Service_on_an_empty_store_loads_the_sample_story()
    {
        await using var sample = await ApiHost.StartAsync(loadSample: true);
        var stats = JsonNode.Parse(await sample.Client.GetStringAsync("/api/stats"))!;
        var esken = JsonNode.Parse(await sample.Client.GetStringAsync("/api/relations/saskia-esken?type=REPLIED_TO"))!.AsArray();

        Assert.Equal(48, (long)stats["relationsByType"]!["SIGNED"]!);
        Assert.Contains(esken, r => (string)r!["target"]! == "ashton-kutcher" && !string.IsNullOrEmpty((string?)r["evidence"]!["quote"]));
    }

    [Fact]
    public async Task OpenApi_document_lists_the_routes()
    {
        var document = await _host.GetJsonAsync("/openapi/v1.json");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/graph", paths);
        Assert.Contains("/api/ingest/{format}", paths);
    }
}
