using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Api;

/// <summary>POST /api/extract (proposals from text, nothing stored) and POST /api/ingest/x-tweets.</summary>
public sealed class ExtractApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private HttpClient Client => _host.Client;

    private const string Actors = """
        id,name,kind,handles
        anna-berger,Anna Berger,person,x:annaberger_fict
        markus-hahn,Markus Hahn,person,
        """;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<long> RelationCount() => (long)JsonNode.Parse(await Client.GetStringAsync("/api/stats"))!["relations"]!;

    [Fact]
    public async Task Extract_proposes_relations_between_stored_actors_without_storing_them()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync("/api/ingest/actors", new StringContent(Actors, Encoding.UTF8, "text/csv"))).StatusCode);

        var response = await Client.PostAsJsonAsync("/api/extract", new { text = "Markus Hahn antwortete Anna Berger am Montag, folgte ihr aber nicht.", language = "de" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var proposed = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray());
        Assert.Equal(("markus-hahn", "REPLIED_TO", "anna-berger"), ((string)proposed!["source"]!, (string)proposed["relation"]!, (string)proposed["target"]!));
        Assert.Contains("antwortete", (string)proposed["evidence"]!);
        Assert.Equal(0, await RelationCount());
    }

    [Fact]
    public async Task Extract_without_text_is_a_bad_request()
    {
        var response = await Client.PostAsJsonAsync("/api/extract", new { language = "de" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_x_tweets_stores_mentions_and_replies()
    {
        const string tweets = """
            {"data":[{"id":"11","author_id":"1","created_at":"2022-01-05T10:00:00.000Z","text":"@mhahn_fict Radweg?","entities":{"mentions":[{"username":"mhahn_fict","id":"2"}]}},
                     {"id":"12","author_id":"2","text":"@annaberger_fict Ja!","in_reply_to_user_id":"1","entities":{"mentions":[{"username":"annaberger_fict","id":"1"}]}}],
             "includes":{"users":[{"id":"1","username":"annaberger_fict","name":"Anna Berger"},{"id":"2","username":"mhahn_fict","name":"Markus Hahn"}]}}
            """;

        var response = await Client.PostAsync("/api/ingest/x-tweets", new StringContent(tweets, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, await RelationCount());
    }

    [Fact]
    public async Task Ingest_x_tweets_keeps_a_withheld_authors_relations_under_the_account_id()
    {
        const string tweet = "{\"data\":[{\"id\":\"1\",\"author_id\":\"9\",\"text\":\"@mhahn_fict x\",\"entities\":{\"mentions\":[{\"username\":\"mhahn_fict\"}]}}]}";
        var response = await Client.PostAsync("/api/ingest/x-tweets", new StringContent(tweet, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var relations = await Client.GetStringAsync("/api/relations?actor=x:id:9");
        Assert.Contains("x:mhahn_fict", relations);
    }

    [Fact]
    public async Task Ingest_x_tweets_refuses_a_damaged_line_naming_it()
    {
        const string lines = "{\"data\":[{\"id\":\"1\",\"author_id\":\"9\",\"text\":\"@mhahn_fict x\",\"entities\":{\"mentions\":[{\"username\":\"mhahn_fict\"}]}}]}\n{\"data\":[{\"id\":";
        var response = await Client.PostAsync("/api/ingest/x-tweets", new StringContent(lines, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("upload.x-tweets:2: cut off", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await RelationCount());
    }
}
