using System.Text.Json.Nodes;
using ActorGraph.Tests.Cli;

namespace ActorGraph.Tests.Web;

/// <summary>
/// A network larger than the page draws whole, made so by lowering the limit on the sample story: the drawing shows the
/// top actors and says so, and search, the actor panel and the table still reach the actors it leaves out.
/// </summary>
public sealed class PageLevelOfDetailTests : IAsyncLifetime
{
    private const int Top = 10;
    private RunningService _service = null!;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync(
        new Dictionary<string, string> { ["ActorGraph__DrawingMaxNodes"] = "20", ["ActorGraph__DrawingTopNodes"] = $"{Top}" });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Page_draws_the_top_actors_says_so_and_still_finds_and_lists_the_others()
    {
        var nodes = JsonNode.Parse(await _service.Http.GetStringAsync("api/graph"))!["nodes"]!.AsArray();
        var all = nodes.Count;
        // The table lists actors; documents only on request.
        var actors = nodes.Count(n => (string?)n!["attributes"]!["kind"] != "document");
        var top = JsonNode.Parse(await _service.Http.GetStringAsync($"api/centrality?measure=degree&top={Top}"))!.AsArray()
            .Select(a => (string)a!["id"]!).ToList();
        Assert.DoesNotContain("state:al", top);

        var seen = await DrivePage.RunAsync(_service.Http.BaseAddress!, "--level-of-detail", "--search", "Albania");

        Assert.Equal(top.Order(), DrivePage.Strings(seen["drawnKeys"]).Order());
        Assert.StartsWith($"{Top} of {all} actors (the top by degree)", (string)seen["status"]!);
        Assert.Contains("search", (string)seen["status"]!);
        Assert.Contains("Albania", DrivePage.Strings(seen["suggestions"]));
        Assert.Equal("Albania", (string?)seen["panelTitle"]);
        Assert.Equal(actors, (int)seen["tableRows"]!);
        Assert.Empty(DrivePage.Strings(seen["consoleErrors"]));
    }
}
