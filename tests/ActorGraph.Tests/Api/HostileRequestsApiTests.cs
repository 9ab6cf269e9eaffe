using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Api;

/// <summary>Absurd parameters and bodies a client may send: each gets a ProblemDetails naming what was expected, never a 500.</summary>
public sealed class HostileRequestsApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private HttpClient Client => _host.Client;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync(loadSample: true);
        // Dates at both ends of the calendar, as a mistyped or defaulted date in a collection gives them.
        var response = await _host.PostCsvAsync("/api/ingest/edges",
            "source,target,relation,at\nold-a,old-b,RETWEETED,0001-01-01\nnew-a,new-b,RETWEETED,9999-12-31T23:59:59Z\n");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static async Task<string> ProblemDetail(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.RequestMessage!.RequestUri}: {response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (string?)JsonNode.Parse(body)!["detail"] ?? "";
    }

    [Theory]
    [InlineData("/api/actors?limit=99999999999", "limit")]
    [InlineData("/api/centrality?measure=pagerank&top=99999999999", "top")]
    [InlineData("/api/paths?from=spd&to=spd&k=abc", "k")]
    [InlineData("/api/graph?minWeight=heavy", "minWeight")]
    [InlineData("/api/coordination?within=99999999999d", "within")]
    [InlineData("/api/coordination?within=1e300s", "within")]
    [InlineData("/api/timeline?measure=pagerank&every=day", "every")]
    [InlineData("/api/timeline?measure=pagerank&every=week", "every")]
    [InlineData("/api/export/gexf?timeline=pagerank&every=day", "every")]
    public async Task Absurd_parameters_get_a_400_naming_the_parameter(string url, string parameter)
    {
        var detail = await ProblemDetail(await Client.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Contains(parameter, detail);
    }

    [Fact]
    public async Task A_value_that_does_not_bind_is_named_with_what_was_expected()
    {
        var detail = await ProblemDetail(await Client.GetAsync("/api/graph?minWeight=heavy"), HttpStatusCode.BadRequest);
        Assert.Equal("minWeight: expected a number, got 'heavy'.", detail);
    }

    [Fact]
    public async Task A_window_to_the_calendars_last_day_is_read()
    {
        var graph = await _host.GetJsonAsync("/api/graph?from=0001-01-01&to=9999-12-31");
        Assert.Contains(graph["edges"]!.AsArray(), e => (string?)e!["source"] == "new-a");
    }

    [Fact]
    public async Task A_timeline_over_the_calendars_ends_says_to_narrow_it()
    {
        var detail = await ProblemDetail(await Client.GetAsync("/api/timeline?measure=degree&every=year"), HttpStatusCode.BadRequest);
        Assert.Contains("0001-01-01 to 9999-12-31", detail);
        var narrowed = await _host.GetJsonAsync("/api/timeline?measure=degree&every=day&from=9999-12-01");
        Assert.Equal("9999-12-31", (string?)narrowed["periods"]!.AsArray()[^1]);
    }

    [Fact]
    public async Task An_upload_with_a_form_content_type_is_told_which_types_to_send()
    {
        var response = await Client.PostAsync("/api/ingest/edges",
            new StringContent("source,target,relation\na,b,TAGGED\n", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Contains("text/csv", await ProblemDetail(response, HttpStatusCode.UnsupportedMediaType));
    }

    [Fact]
    public async Task X_data_with_a_lone_surrogate_escape_is_refused_naming_the_line()
    {
        const string page = "{\"data\":[{\"id\":\"5\",\"author_id\":\"10\",\"text\":\"hi @x\",\"entities\":{\"mentions\":[{\"username\":\"x\"}]}}]," +
            "\"includes\":{\"users\":[{\"id\":\"10\",\"username\":\"a\",\"name\":\"\\ud800 A\"}]}}\n";
        var stats = await _host.GetJsonAsync("/api/stats");

        var response = await Client.PostAsync("/api/ingest/x-tweets", new StringContent(page, Encoding.UTF8, "application/x-ndjson"));

        var detail = await ProblemDetail(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("upload.x-tweets:1:", detail);
        Assert.Contains("surrogate", detail);
        Assert.Equal(stats.ToJsonString(), (await _host.GetJsonAsync("/api/stats")).ToJsonString());
    }
}
