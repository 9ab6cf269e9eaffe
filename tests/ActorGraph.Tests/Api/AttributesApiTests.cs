using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Api;

/// <summary>/api/attributes: the account metadata an X collection stored, as the page sizes and filters by it.</summary>
public sealed class AttributesApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        await IngestAsync(_host, XAccountsData.Page());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static async Task IngestAsync(ApiHost host, string page)
    {
        var response = await host.Client.PostAsync("/api/ingest/x-tweets", new StringContent(page, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<(string Username, string Id, long? Followers, string? VerifiedType)> Profiled =>
        XAccountsData.Accounts.Where(a => a.Followers is not null);

    [Fact]
    public async Task Attributes_lists_the_numbers_and_categories_the_actors_in_view_hold()
    {
        var listed = (await _host.GetJsonAsync("/api/attributes")).AsArray().ToDictionary(a => (string)a!["name"]!);

        var followers = listed["followers_count"]!;
        Assert.Equal("number", (string)followers["kind"]!);
        Assert.Equal(Profiled.Count(), (int)followers["actors"]!);
        Assert.Equal(Profiled.Min(a => a.Followers!.Value), (double)followers["min"]!);
        Assert.Equal(Profiled.Max(a => a.Followers!.Value), (double)followers["max"]!);

        var verified = listed["verified_type"]!;
        Assert.Equal("category", (string)verified["kind"]!);
        var expected = Profiled.CountBy(a => a.VerifiedType!).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (c.Key, c.Value));
        Assert.Equal(expected, verified["values"]!.AsArray().Select(v => ((string)v!["value"]!, (int)v["actors"]!)));

        // Every profile has its own description and user id: texts and identifiers are neither sizes nor filters.
        Assert.DoesNotContain("description", listed.Keys);
        Assert.DoesNotContain("x_id", listed.Keys);
    }

    [Fact]
    public async Task Attributes_count_only_the_actors_of_the_filtered_network()
    {
        // Until 2 May: alpha's and beta's tweets, which name gamma and the account without a profile; delta is out of view.
        var followers = (await _host.GetJsonAsync("/api/attributes?to=2024-05-02")).AsArray().Single(a => (string)a!["name"]! == "followers_count")!;

        var inView = Profiled.Where(a => a.Username is "alpha_fict" or "beta_fict" or "gamma_fict").ToList();
        Assert.Equal(inView.Count, (int)followers["actors"]!);
        Assert.Equal(inView.Min(a => a.Followers!.Value), (double)followers["min"]!);
    }

    [Fact]
    public async Task Attribute_values_list_the_holders_highest_first_and_leave_out_actors_without_it()
    {
        var values = (await _host.GetJsonAsync("/api/attributes/followers_count")).AsArray();

        var expected = Profiled.OrderByDescending(a => a.Followers).Select(a => (XAccountsData.ActorId(a.Username), (double)a.Followers!.Value));
        Assert.Equal(expected, values.Select(v => ((string)v!["id"]!, (double)v["value"]!)));
        Assert.DoesNotContain(values, v => (string)v!["id"]! == XAccountsData.ActorId("nometa_fict"));

        var top = (await _host.GetJsonAsync("/api/attributes/followers_count?top=2")).AsArray();
        Assert.Equal(expected.Take(2).Select(e => e.Item1), top.Select(v => (string)v!["id"]!));
    }

    [Fact]
    public async Task Category_values_are_the_texts_as_collected()
    {
        var values = (await _host.GetJsonAsync("/api/attributes/verified_type")).AsArray();

        Assert.Equal(
            Profiled.Select(a => (XAccountsData.ActorId(a.Username), a.VerifiedType)).OrderBy(p => p.VerifiedType, StringComparer.Ordinal).ThenBy(p => p.Item1, StringComparer.Ordinal),
            values.Select(v => ((string)v!["id"]!, (string?)v["text"])));
        Assert.All(values, v => Assert.Null(v!["value"]));
    }

    [Fact]
    public async Task A_later_collection_replaces_a_count_in_the_answer()
    {
        Assert.Equal(5_000, (double)(await _host.GetJsonAsync("/api/attributes/followers_count")).AsArray().Single(v => (string)v!["id"]! == "x:alpha_fict")!["value"]!);

        await IngestAsync(_host, XAccountsData.Page(new Dictionary<string, long> { ["alpha_fict"] = 250_000 }));

        var values = (await _host.GetJsonAsync("/api/attributes/followers_count")).AsArray();
        Assert.Equal(("x:alpha_fict", 250_000.0), ((string)values[0]!["id"]!, (double)values[0]!["value"]!));
    }

    [Fact]
    public async Task A_network_too_large_to_draw_whole_is_drawn_as_its_top_actors_by_a_number_attribute()
    {
        await using var host = await ApiHost.StartAsync(settings: new Dictionary<string, string?> { ["ActorGraph:DrawingMaxNodes"] = "3", ["ActorGraph:DrawingTopNodes"] = "2" });
        await IngestAsync(host, XAccountsData.Page());

        var drawing = await host.GetJsonAsync("/api/drawing?measure=followers_count");

        Assert.Equal("followers_count", (string?)drawing["rankedBy"]);
        var top = Profiled.OrderByDescending(a => a.Followers).Take(2).Select(a => XAccountsData.ActorId(a.Username));
        Assert.Equal(top.Order(), drawing["nodes"]!["keys"]!.AsArray().Select(k => (string)k!).Order());
        var unknown = await host.Client.GetAsync("/api/drawing?measure=shoe_size");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("followers_count", await unknown.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/attributes/shoe_size", "Unknown attribute 'shoe_size'")]
    [InlineData("/api/attributes/description", "Unknown attribute 'description'")]
    [InlineData("/api/attributes/followers_count?top=0", "top: expected a positive number")]
    [InlineData("/api/attributes?types=FRIENDS", "types: unknown relation type 'FRIENDS'")]
    public async Task A_bad_request_is_a_400_saying_what_was_expected(string path, string expected)
    {
        var response = await _host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
        Assert.Contains(expected, detail);
        if (path.Contains("shoe_size")) Assert.Contains("followers_count", detail);
    }
}
