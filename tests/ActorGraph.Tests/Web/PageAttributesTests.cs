using System.Text.Json.Nodes;
using ActorGraph.Tests.Cli;

namespace ActorGraph.Tests.Web;

/// <summary>
/// An X collection's account metadata on the page (headless Chromium): sizing by followers, showing only actors with at
/// least some followers or of a verified type, the link keeping both, the table sorted by followers.
/// </summary>
public sealed class PageAttributesTests : IAsyncLifetime
{
    private const long AtLeast = 1_000;
    private RunningService _service = null!;

    public async Task InitializeAsync()
    {
        _service = await RunningService.StartAsync("--no-sample");
        var file = Path.Combine(_service.Directory, "search.jsonl");
        await File.WriteAllTextAsync(file, XAccountsData.Page());
        var ingest = await Executable.RunAsync(_service.Directory, "ingest", "x-tweets", file);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private static Dictionary<string, long?> Followers => XAccountsData.Accounts.ToDictionary(a => XAccountsData.ActorId(a.Username), a => a.Followers);

    private static Dictionary<string, (double Size, bool Hidden)> Nodes(JsonNode? seen) =>
        seen!.AsArray().ToDictionary(n => (string)n!["key"]!, n => ((double)n!["size"]!, (bool)n["hidden"]!));

    [Fact]
    public async Task Sizing_and_filtering_by_followers_follow_the_counts_and_the_link_keeps_them()
    {
        var seen = await DrivePage.RunAsync(_service.Http.BaseAddress!,
            "--attributes", "followers_count", "--at-least", $"{AtLeast}", "--category", "verified_type=blue", "--open", "x:alpha_fict");

        Assert.Contains("followers_count", DrivePage.Strings(seen["sizeChoices"]));
        // Every account of the file is drawn; bigger follower counts are bigger nodes, and the account without a
        // profile gets the smallest size, as the legend says.
        var sizes = Nodes(seen["sizes"]);
        Assert.Equal(Followers.Keys.Order(), sizes.Keys.Order());
        var byFollowers = Followers.Where(f => f.Value is not null).OrderBy(f => f.Value).Select(f => f.Key).ToList();
        for (var i = 1; i < byFollowers.Count; i++)
            Assert.True(sizes[byFollowers[i]].Size > sizes[byFollowers[i - 1]].Size, $"{byFollowers[i]} drawn no larger than {byFollowers[i - 1]}");
        var without = XAccountsData.ActorId("nometa_fict");
        Assert.Equal(sizes.Values.Min(v => v.Size), sizes[without].Size);
        Assert.Contains("1 of 5 actors in view have no followers_count: they get the smallest size", (string)seen["legend"]!);

        // followers ≥ 1000 hides exactly the accounts below it and the one without a count.
        var hidden = Nodes(seen["filtered"]).Where(n => n.Value.Hidden).Select(n => n.Key).Order().ToList();
        Assert.Equal(Followers.Where(f => !(f.Value >= AtLeast)).Select(f => f.Key).Order(), hidden);
        // Their relations go with them: an edge is hidden exactly when an actor at either end is.
        var edges = seen["filteredEdges"]!.AsArray();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Equal(hidden.Contains((string)e!["source"]!) || hidden.Contains((string)e["target"]!), (bool)e["hidden"]!));
        Assert.Contains($"where=followers_count&atLeast={AtLeast}", (string)seen["urlFiltered"]!);
        Assert.Contains("measure=followers_count", (string)seen["urlFiltered"]!);

        // The link opens the same view: the size, the bound in its field, the same actors hidden.
        Assert.Equal("followers_count", (string)seen["sizeChosenAfterReload"]!);
        Assert.Equal($"{AtLeast}", (string)seen["boundAfterReload"]!);
        Assert.Equal(hidden, Nodes(seen["filteredAfterReload"]).Where(n => n.Value.Hidden).Select(n => n.Key).Order());
        Assert.Equal(AtLeast, (double)seen["stateAfterReload"]!["where"]!["atLeast"]!);
        Assert.Contains("5,000", (string)seen["panelFacts"]!);
        Assert.Contains("followers_count", (string)seen["panelMeasures"]!);

        // A category: only the blue-verified accounts stay.
        var blue = XAccountsData.Accounts.Where(a => a.VerifiedType == "blue").Select(a => XAccountsData.ActorId(a.Username)).Order();
        Assert.Equal(blue, Nodes(seen["categoryFiltered"]).Where(n => !n.Value.Hidden).Select(n => n.Key).Order());
        Assert.Contains("where=verified_type&is=blue", (string)seen["urlCategory"]!);
        Assert.DoesNotContain(Nodes(seen["unfiltered"]).Values, n => n.Hidden);

        // The table has the counts as a column and sorts by them, the account without one last either way.
        Assert.Contains(DrivePage.Strings(seen["tableColumns"]), c => c.StartsWith("followers_count"));
        var names = XAccountsData.Accounts.ToDictionary(a => a.Username.Replace("_fict", "").ToUpperInvariant(), a => a.Followers);
        var descending = seen["tableRows"]!.AsArray().Select(r => (string)r![0]!).ToList();
        Assert.Equal(names.Where(n => n.Value is not null).OrderByDescending(n => n.Value).Select(n => n.Key), descending.Take(names.Count - 1));
        Assert.Equal(names.Where(n => n.Value is not null).OrderBy(n => n.Value).Select(n => n.Key),
            DrivePage.Strings(seen["tableRowsAscending"]).Take(names.Count - 1));
        Assert.Empty(DrivePage.Strings(seen["failedRequests"]));
        Assert.Empty(DrivePage.Strings(seen["consoleErrors"]));
    }
}
