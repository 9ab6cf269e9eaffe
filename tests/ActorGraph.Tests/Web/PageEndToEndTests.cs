using System.Text.Json;
using System.Text.Json.Nodes;
using ActorGraph.Core.Tests;
using ActorGraph.Tests.Cli;
using nietras.SeparatedValues;

namespace ActorGraph.Tests.Web;

/// <summary>
/// The page as a journalist uses it: the real `actorgraph serve` on a fresh store (so it loads the sample story), and
/// Debian's headless Chromium driven by web/e2e/drive-page.mjs (playwright-core, installed by the build's `npm ci`).
/// The script reports what it saw; this test judges it against the sample story's own files.
/// </summary>
public sealed class PageEndToEndTests : IAsyncLifetime
{
    private RunningService _service = null!;
    private HttpClient Http => _service.Http;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    /// <summary>A name that runs script if the page ever puts data into HTML.</summary>
    private const string HostileName = "<img src=x onerror=\"window.injected=1\">Esken's fan";

    [Fact]
    public async Task Page_draws_the_sample_story_finds_Esken_shows_her_reply_to_Kutcher_with_evidence_and_a_path_to_him()
    {
        // Beside the sample story: an actor whose name is HTML, tagging Esken (dated, so she has a measure over time),
        // so it shows in her suggestions and panel.
        await IngestAsync("actors", "id,name,kind\nhostile,\"" + HostileName.Replace("\"", "\"\"") + "\",person\n");
        await IngestAsync("edges", "source,target,relation,at\nhostile,saskia-esken,TAGGED,2020-08-12\n");
        var graph = JsonNode.Parse(await Http.GetStringAsync("api/graph"))!;
        var seen = await DrivePage.RunAsync(Http.BaseAddress!);

        Assert.Equal(graph["nodes"]!.AsArray().Count, (int)seen["nodeCount"]!);
        Assert.True((int)seen["nodeCount"]! > 50, "the sample story has some 60 actors and documents");
        // Non-blank drawing: at least 0.5% of the canvas is not background.
        Assert.True((long)seen["inkedPixels"]! > (long)seen["canvasPixels"]! / 200, $"canvas looks blank: {seen["inkedPixels"]} inked of {seen["canvasPixels"]}");

        Assert.Equal("Saskia Esken", (string?)seen["clickedPanelTitle"]);
        Assert.True((bool)seen["panelHiddenAfterEscape"]!);

        Assert.Contains("Saskia Esken", DrivePage.Strings(seen["suggestions"]));
        Assert.Equal("Saskia Esken", (string?)seen["panelTitle"]);
        Assert.Contains(DrivePage.Strings(seen["panelGroups"]), g => g.StartsWith("REPLIED_TO →", StringComparison.Ordinal));
        var reply = SampleQuote("seed:esken-replies-kutcher");
        Assert.Contains(reply, DrivePage.Strings(seen["panelQuotes"]));
        Assert.Contains("actor=saskia-esken", (string?)seen["urlAfterSearch"]);

        var path = (string)seen["pathText"]!;
        Assert.Contains("Saskia Esken → Ashton Kutcher", path);
        Assert.Contains("REPLIED_TO", path);
        Assert.Contains(reply, path);
        Assert.Contains("pathFrom=saskia-esken&pathTo=ashton-kutcher", (string?)seen["urlAfterPath"]);

        // Esken's degree per period of the sample story's span (2012 signatures to her 2020 reply), then the time
        // window played: the first period of the span becomes the filter.
        Assert.StartsWith("degree per ", (string?)seen["trendTitle"]);
        Assert.True((int)seen["trendPoints"]! >= 1);
        Assert.Contains("from=2012-", (string?)seen["urlAfterPlay"]);
        Assert.Contains("(1 of ", (string?)seen["playLabel"]);

        // Cited documents by their titles, not their ids.
        var article = SampleDocumentTitle("article-kutcher-esken");
        Assert.Contains(article, (string)seen["panelText"]!);
        Assert.DoesNotContain("article-kutcher-esken", (string)seen["panelText"]!);

        // The table (of the period played to: 2012) ranks actors; the 2012 declaration, a node of SIGNED, only when asked for.
        var declaration = SampleDocumentTitle("global-alliance-2012");
        Assert.Contains("Albania", DrivePage.Strings(seen["tableNames"]));
        Assert.DoesNotContain(declaration, DrivePage.Strings(seen["tableNames"]));
        Assert.Contains(declaration, DrivePage.Strings(seen["tableNamesWithDocuments"]));

        // The hostile name is shown as text, and its script never ran.
        Assert.Contains(HostileName, DrivePage.Strings(seen["suggestions"]));
        Assert.Contains(HostileName, (string)seen["panelText"]!);
        Assert.Null(seen["injected"]);
        Assert.Empty(DrivePage.Strings(seen["failedRequests"]));
        Assert.Empty(DrivePage.Strings(seen["consoleErrors"]));
    }

    private async Task IngestAsync(string format, string csv)
    {
        var response = await Http.PostAsync($"api/ingest/{format}", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }


    private static string SampleDocumentTitle(string id)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(RepositoryFiles.Root, "data", "samples", "seed-story", "documents.csv"));
        foreach (var row in reader)
            if (row["id"].ToString() == id) return row["title"].ToString();
        throw new InvalidOperationException($"No document {id} in the sample story.");
    }

    /// <summary>The evidence sentence of one relation, straight from the sample story's file.</summary>
    private static string SampleQuote(string sourceId)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(RepositoryFiles.Root, "data", "samples", "seed-story", "relations.csv"));
        foreach (var row in reader)
            if (row["source_id"].ToString() == sourceId) return row["quote"].ToString();
        throw new InvalidOperationException($"No relation {sourceId} in the sample story.");
    }
}
