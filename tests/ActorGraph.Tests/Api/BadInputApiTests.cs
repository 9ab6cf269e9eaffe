using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ActorGraph.Storage;
using ActorGraph.Tests.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Tests.Api;

/// <summary>
/// The bad-input corpus sent to <c>POST /api/ingest/{format}</c> on a service holding the sample story: every case is a
/// 400 problem naming the upload, the line and the field, and the store is exactly as before. An upload has no summary
/// to list skipped lines in, so X data's damaged lines are refused too.
/// </summary>
public sealed class BadInputApiTests(BadInputApiTests.SampleService service) : IClassFixture<BadInputApiTests.SampleService>
{
    /// <summary>One service for every case: a refused upload leaves nothing behind for the next.</summary>
    public sealed class SampleService : IAsyncLifetime
    {
        public ApiHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await ApiHost.StartAsync(loadSample: true);

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    private ApiHost _host => service.Host;

    [Theory, MemberData(nameof(BadInputCorpus.Edges), MemberType = typeof(BadInputCorpus))]
    public Task Bad_edges_upload_is_a_400_naming_line_and_field_and_changes_nothing(string name) => AssertRefusedAsync("edges", name);

    [Theory, MemberData(nameof(BadInputCorpus.Actors), MemberType = typeof(BadInputCorpus))]
    public Task Bad_actors_upload_is_a_400_naming_line_and_field_and_changes_nothing(string name) => AssertRefusedAsync("actors", name);

    [Theory, MemberData(nameof(BadInputCorpus.Documents), MemberType = typeof(BadInputCorpus))]
    public Task Bad_documents_upload_is_a_400_naming_line_and_field_and_changes_nothing(string name) => AssertRefusedAsync("documents", name);

    [Theory, MemberData(nameof(BadInputCorpus.Signatories), MemberType = typeof(BadInputCorpus))]
    public Task Bad_signatories_upload_is_a_400_naming_line_and_field_and_changes_nothing(string name) => AssertRefusedAsync("signatories", name);

    [Theory, MemberData(nameof(BadInputCorpus.XTweets), MemberType = typeof(BadInputCorpus))]
    public Task Bad_x_tweets_upload_is_a_400_naming_line_and_field_and_changes_nothing(string name) => AssertRefusedAsync("x-tweets", name);

    [Theory, MemberData(nameof(BadInputCorpus.XFollowing), MemberType = typeof(BadInputCorpus))]
    public Task Bad_x_following_upload_is_a_400_naming_line_and_field_and_changes_nothing(string name) =>
        AssertRefusedAsync("x-following", name, "?user=alice");

    [Theory, MemberData(nameof(BadInputCorpus.XLikes), MemberType = typeof(BadInputCorpus))]
    public Task Bad_x_likes_upload_is_a_400_naming_line_and_field_and_changes_nothing(string name) =>
        AssertRefusedAsync("x-likes", name, "?user=alice&tweet=1460000000000000001");

    private async Task AssertRefusedAsync(string format, string name, string query = "")
    {
        var bad = BadInputCorpus.Get(format, name);
        var store = _host.Services.GetRequiredService<IGraphStore>();
        var before = (await store.GetStatsAsync(), await store.GetVersionAsync());
        var body = new ByteArrayContent(bad.Content);
        body.Headers.ContentType = new MediaTypeHeaderValue(bad.FileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/x-ndjson");

        var response = await _host.Client.PostAsync($"/api/ingest/{format}{query}", body);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        var detail = (string)JsonNode.Parse(text)!["detail"]!;
        Assert.StartsWith($"upload.{format}:{bad.Line}:", detail);
        if (bad.Field is not null) Assert.Contains(bad.Field, detail);
        var after = (await store.GetStatsAsync(), await store.GetVersionAsync());
        Assert.Equal(before.Item2, after.Item2);
        Assert.Equal(before.Item1.RelationsByType, after.Item1.RelationsByType);
        Assert.Equal(before.Item1 with { RelationsByType = after.Item1.RelationsByType }, after.Item1);
    }
}
