using ActorGraph.Extraction;
using System.Net;
using System.Net.Http.Headers;
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
        var proposed = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["proposals"]!.AsArray());
        Assert.Equal(("markus-hahn", "REPLIED_TO", "anna-berger"), ((string)proposed!["source"]!, (string)proposed["relation"]!, (string)proposed["target"]!));
        Assert.Contains("antwortete", (string)proposed["evidence"]!);
        Assert.Equal(0, await RelationCount());
    }

    private const string Page = """
        <!DOCTYPE html><html lang="de"><head><title>Radwege</title><script>var teaser = "Markus Hahn folgt Anna Berger auf Twitter";</script></head>
        <body><nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Markus Hahn antwortet Anna Berger</a></li></ul></nav>
        <article><h1>Streit um Radwege</h1>
        <p>Der Streit um die neuen Radwege in der Innenstadt beschäftigt den Stadtrat seit Wochen, und ein Ende ist nicht in Sicht.</p>
        <p>Am Montag antwortete Markus Hahn der Abgeordneten Anna Berger auf Twitter: Die Stadt baue ab März. Viele Bürger verfolgen die Debatte.</p>
        </article>
        <aside class="teaser"><h3>Lesen Sie auch</h3><p>Anna Berger folgt Markus Hahn auf Instagram.</p></aside>
        <section id="comments"><div class="comment"><p>Anna Berger likte einen Tweet von Markus Hahn.</p></div></section>
        <footer>Impressum</footer></body></html>
        """;

    /// <summary>Checks that each span's words stand where it says, in the evidence and in the text that was read.</summary>
    private static string Words(JsonNode result, JsonNode proposal, JsonNode? at)
    {
        Assert.NotNull(at);
        var (text, evidence) = ((string)result["text"]!, (string)proposal["evidence"]!);
        var (start, length, articleStart) = ((int)at["start"]!, (int)at["length"]!, (int)at["articleStart"]!);
        Assert.Equal((string)at["text"]!, evidence.Substring(start, length));
        Assert.Equal((string)at["text"]!, text.Substring(articleStart, length));
        Assert.Equal(evidence, text.Substring((int)proposal["evidenceStart"]!, evidence.Length));
        return (string)at["text"]!;
    }

    public static TheoryData<string> PageBodies => ["text/html", "application/json"];

    [Theory]
    [MemberData(nameof(PageBodies))]
    public async Task Extract_reads_a_posted_page_as_its_article_without_navigation_teasers_comments_or_scripts(string contentType)
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync("/api/ingest/actors", new StringContent(Actors, Encoding.UTF8, "text/csv"))).StatusCode);
        HttpContent body = contentType == "text/html" ? new StringContent(Page, Encoding.UTF8, "text/html") : JsonContent.Create(new { html = Page });

        var response = await Client.PostAsync("/api/extract", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("de", (string)result["language"]!);
        Assert.DoesNotContain("Startseite", (string)result["text"]!);
        Assert.DoesNotContain("Lesen Sie auch", (string)result["text"]!);
        Assert.Equal(ArticleText.Read(Page, "page.html"), (string)result["text"]!); // the CLI's text, so the same evidence
        var proposed = Assert.Single(result["proposals"]!.AsArray())!;
        Assert.Equal("markus-hahn REPLIED_TO anna-berger", $"{proposed["source"]} {proposed["relation"]} {proposed["target"]}");
        Assert.Equal("Markus Hahn", Words(result, proposed, proposed["sourceMention"]));
        Assert.Equal("Anna Berger", Words(result, proposed, proposed["targetMention"]));
        Assert.Equal("antwortete", Words(result, proposed, Assert.Single(proposed["cueWords"]!.AsArray())));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Extract_reads_a_posted_page_in_the_charset_the_request_or_the_page_declares(bool inHeader)
    {
        var page = inHeader ? Page : Page.Replace("<head>", "<head><meta charset=\"iso-8859-1\">");
        var body = new ByteArrayContent(Encoding.Latin1.GetBytes(page));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(inHeader ? "text/html; charset=iso-8859-1" : "text/html");

        var response = await Client.PostAsync("/api/extract", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"]!;
        Assert.Contains("beschäftigt den Stadtrat", text);
        Assert.Equal(ArticleText.Read(page, "page.html"), text);
    }

    [Fact]
    public async Task Extract_reads_plain_text_in_the_language_it_detects()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync("/api/ingest/actors", new StringContent(Actors, Encoding.UTF8, "text/csv"))).StatusCode);

        var response = await Client.PostAsync("/api/extract?language=auto", new StringContent("Anna Berger tagged Markus Hahn in a post about the new bike lanes.", Encoding.UTF8, "text/plain"));

        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("en", (string)result["language"]!);
        var proposed = Assert.Single(result["proposals"]!.AsArray())!;
        Assert.Equal("anna-berger TAGGED markus-hahn", $"{proposed["source"]} {proposed["relation"]} {proposed["target"]}");
        Assert.Equal("tagged", Words(result, proposed, Assert.Single(proposed["cueWords"]!.AsArray())));
    }

    public static TheoryData<string, byte[], string> BadBodies => new()
    {
        { "text/html", [], "empty body" },
        { "text/plain", Encoding.UTF8.GetBytes("   \n  "), "only white space" },
        { "application/json", Encoding.UTF8.GetBytes("{\"language\":\"de\"}"), "exactly one of them" },
        { "text/plain", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary data" },
        { "text/html", [0x3C, 0x70, 0x3E, 0xC3, 0x28, 0xFF, 0xFE], "binary data" },
        { "text/plain", Encoding.UTF8.GetBytes(new string('x', 5000)), "at most 4,096 bytes" },
        { "image/png", Encoding.UTF8.GetBytes("Anna Berger"), "Content-Type" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Extract_refuses_an_empty_binary_or_oversized_body_with_problem_details(string contentType, byte[] body, string expected)
    {
        await using var host = await ApiHost.StartAsync(settings: new Dictionary<string, string?> { ["ActorGraph:MaxExtractBytes"] = "4096" });
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        var response = await host.Client.PostAsync("/api/extract", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!);
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
