using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Api;

public sealed class AnalysisApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private HttpClient Client => _host.Client;

    private const string Story = """
        source,target,relation,at,source_id,url,quote
        ashton-kutcher,saskia-esken,TAGGED,2022-05-11,t1,https://x.com/aplusk/status/1,Kutcher asks three SPD politicians to talk about chat control
        ashton-kutcher,birgit-sippel,TAGGED,2022-05-11,t1,https://x.com/aplusk/status/1,Kutcher asks three SPD politicians to talk about chat control
        ashton-kutcher,norbert-walter-borjans,TAGGED,2022-05-11,t1,https://x.com/aplusk/status/1,Kutcher asks three SPD politicians to talk about chat control
        saskia-esken,ashton-kutcher,REPLIED_TO,2022-05-12,t2,https://x.com/EskenSaskia/status/2,Esken answers and invites a conversation
        birgit-sippel,ashton-kutcher,REPLIED_TO,2022-05-12,t3,,Sippel replies as well
        """;

    /// <summary>A relation ingested after the first answers.</summary>
    private const string LateReply = "source,target,relation,source_id\nnorbert-walter-borjans,ashton-kutcher,REPLIED_TO,t9\n";

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await _host.PostCsvAsync("/api/ingest/edges", Story)).StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> BadRequestDetail(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
    }

    [Fact]
    public async Task Centrality_ranks_actors_with_id_name_and_value()
    {
        var ranked = (await _host.GetJsonAsync("/api/centrality?measure=pagerank")).AsArray();
        Assert.Equal(4, ranked.Count);
        Assert.Equal("ashton-kutcher", (string)ranked[0]!["id"]!);
        Assert.Equal(1.0, ranked.Sum(r => (double)r!["value"]!), 1e-9);
        Assert.NotNull(ranked[0]!["name"]);
    }

    [Fact]
    public async Task Centrality_lists_actors_by_default_and_documents_only_when_asked()
    {
        await using var sample = await ApiHost.StartAsync(loadSample: true);
        var actors = (await sample.GetJsonAsync("/api/centrality?measure=pagerank")).AsArray();
        var all = (await sample.GetJsonAsync("/api/centrality?measure=pagerank&documents=true")).AsArray();

        // On the sample story the 2012 declaration, signed by 48 states, has the highest PageRank of all nodes.
        Assert.Equal(("global-alliance-2012", "document"), ((string)all[0]!["id"]!, (string)all[0]!["kind"]!));
        Assert.All(actors, r => Assert.Equal("actor", (string)r!["kind"]!));
        Assert.DoesNotContain(actors, r => (string)r!["id"]! == "global-alliance-2012");
        // Only the list changes: the actors' values are those of the whole graph, documents included.
        var byId = all.ToDictionary(r => (string)r!["id"]!, r => (double)r!["value"]!);
        Assert.All(actors, r => Assert.Equal(byId[(string)r!["id"]!], (double)r!["value"]!));
        Assert.Equal(all.Count(r => (string)r!["kind"]! == "actor"), actors.Count);

        var parameter = (await sample.GetJsonAsync("/openapi/v1.json"))["paths"]!["/api/centrality"]!["get"]!["parameters"]!.AsArray()
            .Single(p => (string)p!["name"]! == "documents");
        Assert.Contains("document", (string)parameter!["description"]!);
    }

    [Fact]
    public async Task Centrality_filters_by_type_and_cuts_to_top()
    {
        var ranked = (await _host.GetJsonAsync("/api/centrality?measure=in-degree&types=REPLIED_TO&top=1")).AsArray();
        Assert.Single(ranked);
        Assert.Equal(("ashton-kutcher", 2.0 / 2), ((string)ranked[0]!["id"]!, (double)ranked[0]!["value"]!));
    }

    [Fact]
    public async Task Results_follow_an_ingest()
    {
        var before = (await _host.GetJsonAsync("/api/centrality?measure=out-degree&types=REPLIED_TO")).AsArray();
        Assert.Equal(3, before.Count);
        Assert.Equal(HttpStatusCode.OK, (await _host.PostCsvAsync("/api/ingest/edges", LateReply)).StatusCode);
        var after = (await _host.GetJsonAsync("/api/centrality?measure=out-degree&types=REPLIED_TO")).AsArray();
        Assert.Equal(4, after.Count);
    }

    [Fact]
    public async Task The_service_reads_its_snapshots_from_the_file_beside_the_store_until_an_ingest()
    {
        var file = _host.DbPath + ".snapshot";
        await _host.GetJsonAsync("/api/centrality?measure=pagerank");
        var written = File.GetLastWriteTimeUtc(file);
        await _host.GetJsonAsync("/api/centrality?measure=pagerank&types=REPLIED_TO");
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));

        Assert.Equal(HttpStatusCode.OK, (await _host.PostCsvAsync("/api/ingest/edges", LateReply)).StatusCode);
        await _host.GetJsonAsync("/api/centrality?measure=pagerank&types=REPLIED_TO");

        Assert.NotEqual(written, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public async Task Unknown_measure_and_bad_filter_are_400_naming_what_was_expected()
    {
        Assert.Contains("expected one of degree", await BadRequestDetail("/api/centrality?measure=fame"));
        Assert.Contains("unknown relation type 'POKED'", await BadRequestDetail("/api/centrality?measure=pagerank&types=POKED"));
        Assert.Contains("top", await BadRequestDetail("/api/centrality?measure=pagerank&top=0"));
    }

    [Fact]
    public async Task Communities_list_members_and_modularity()
    {
        var result = await _host.GetJsonAsync("/api/communities");
        Assert.NotNull(result["modularity"]);
        var members = result["communities"]!.AsArray().SelectMany(c => c!["members"]!.AsArray()).Select(m => (string)m!["id"]!).Order();
        Assert.Equal(["ashton-kutcher", "birgit-sippel", "norbert-walter-borjans", "saskia-esken"], members);
    }

    [Fact]
    public async Task Communities_of_two_triangles_joined_by_one_tie_are_the_triangles_with_modularity_5_14()
    {
        Assert.Equal(HttpStatusCode.OK, (await _host.PostCsvAsync("/api/ingest/edges", """
            source,target,relation,source_id
            a1,a2,FOLLOWS,f1
            a2,a3,FOLLOWS,f2
            a3,a1,FOLLOWS,f3
            b1,b2,FOLLOWS,f4
            b2,b3,FOLLOWS,f5
            b3,b1,FOLLOWS,f6
            a1,b1,FOLLOWS,f7
            """)).StatusCode);
        var result = await _host.GetJsonAsync("/api/communities?types=FOLLOWS");
        // Two communities with 3 of the 7 ties inside each and half the degree: 2 · (3/7 − (7/14)²) = 5/14.
        Assert.Equal(5.0 / 14, (double)result["modularity"]!, 1e-9);
        var communities = result["communities"]!.AsArray().Select(c => string.Join(",", c!["members"]!.AsArray().Select(m => (string)m!["id"]!).Order())).Order();
        Assert.Equal(["a1,a2,a3", "b1,b2,b3"], communities);
    }

    [Fact]
    public async Task Measures_lists_every_measure_centrality_accepts_and_names_groups()
    {
        var measures = (await _host.GetJsonAsync("/api/measures")).AsArray();
        Assert.Contains(measures, m => (string)m!["name"]! == "pagerank" && m["group"] is null && !string.IsNullOrEmpty((string?)m["description"]));
        Assert.Equal(["communities:community", "components:component"],
            measures.Where(m => m!["group"] is not null).Select(m => $"{m!["name"]}:{m["group"]}").Order());
        foreach (var name in measures.Select(m => (string)m!["name"]!))
            Assert.Equal(4, (await _host.GetJsonAsync($"/api/centrality?measure={name}&undirected=true")).AsArray().Count);
    }

    [Fact]
    public async Task Communities_are_Leiden_by_default_and_Louvain_on_request()
    {
        var leiden = await _host.GetJsonAsync("/api/communities");
        var louvain = await _host.GetJsonAsync("/api/communities?method=louvain");
        Assert.True((double)leiden["modularity"]! >= (double)louvain["modularity"]! - 1e-12);
        Assert.Contains("expected leiden or louvain", await BadRequestDetail("/api/communities?method=girvan-newman"));
        Assert.Contains("expected leiden or louvain", await BadRequestDetail("/api/centrality?measure=communities&method=walktrap"));
    }

    [Fact]
    public async Task Paths_carry_the_relations_and_their_evidence()
    {
        var result = await _host.GetJsonAsync("/api/paths?from=saskia-esken&to=ashton-kutcher&k=3&types=REPLIED_TO,TAGGED");
        var paths = result["paths"]!.AsArray();
        Assert.Single(paths);
        var relation = paths[0]!["steps"]![0]!["relations"]![0]!;
        Assert.Equal("REPLIED_TO", (string)relation["type"]!);
        Assert.Equal("Esken answers and invites a conversation", (string)relation["evidence"]!["quote"]!);
        var twoHops = (await _host.GetJsonAsync("/api/paths?from=saskia-esken&to=birgit-sippel&undirected=true"))["paths"]!.AsArray();
        Assert.Equal(["saskia-esken", "ashton-kutcher", "birgit-sippel"], twoHops[0]!["actors"]!.AsArray().Select(a => (string)a!["id"]!));
    }

    [Fact]
    public async Task Paths_to_an_unknown_actor_are_400()
    {
        Assert.Contains("Unknown actor 'nobody'", await BadRequestDetail("/api/paths?from=saskia-esken&to=nobody"));
        Assert.Contains("k:", await BadRequestDetail("/api/paths?from=saskia-esken&to=ashton-kutcher&k=0"));
    }

    [Fact]
    public async Task Ego_network_is_graphology_json_like_the_graph_endpoint()
    {
        var ego = await _host.GetJsonAsync("/api/ego/saskia-esken?radius=1");
        Assert.Equal(["ashton-kutcher", "saskia-esken"], ego["nodes"]!.AsArray().Select(n => (string)n!["key"]!).Order());
        Assert.Equal(["REPLIED_TO", "TAGGED"], ego["edges"]!.AsArray().Select(e => (string)e!["attributes"]!["type"]!).Order());
        Assert.Equal(4, (await _host.GetJsonAsync("/api/ego/saskia-esken?radius=2"))["nodes"]!.AsArray().Count);
        Assert.Contains("radius", await BadRequestDetail("/api/ego/saskia-esken?radius=-1"));
        Assert.Contains("Unknown actor", await BadRequestDetail("/api/ego/nobody"));
    }
}
