using System.Text;
using System.Text.Json.Nodes;
using ActorGraph.Tests.Cli;

namespace ActorGraph.Tests.Web;

/// <summary>
/// The extraction panel in headless Chromium (issue 13.5): a saved web page opened from disk gives proposals whose
/// evidence shows the source, the target and the cue marked on the right words, as text (markup in the article stays
/// text), and the proposal accepted is stored — also from a page saved in the charset of an older site (ISO-8859-1).
/// </summary>
public sealed class PageExtractionTests : IAsyncLifetime
{
    private RunningService _service = null!;
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-page-extract-").FullName;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync();

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private const string Page = """
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Radwege</title><script>window.injected = "script ran";</script></head>
        <body><nav><a href="/">Startseite</a> <a href="/politik">Jonas Vogt antwortete Lea Krüger</a></nav>
        <article><h1>Streit um Radwege in der Innenstadt</h1>
        <p>Der Streit um die neuen Radwege in der Innenstadt beschäftigt den Stadtrat seit Wochen, und ein Ende ist nicht in Sicht.</p>
        <p>Am Montag antwortete Lea Krüger dem Abgeordneten Jonas Vogt auf Twitter mit dem Bild &lt;img src=x onerror="window.injected=1"&gt; eines Radwegs.</p>
        </article>
        <aside class="teaser"><p>Lesen Sie auch: Jonas Vogt folgt Lea Krüger auf Instagram.</p></aside>
        </body></html>
        """;

    [Theory]
    [InlineData("utf-8")]
    [InlineData("iso-8859-1")]
    public async Task A_saved_page_gives_proposals_with_source_target_and_cue_marked_and_the_accepted_one_is_stored(string charset)
    {
        var actors = await _service.Http.PostAsync("api/ingest/actors",
            new StringContent("id,name,kind\nlea-krueger,Lea Krüger,person\njonas-vogt,Jonas Vogt,person\n", Encoding.UTF8, "text/csv"));
        Assert.True(actors.IsSuccessStatusCode, await actors.Content.ReadAsStringAsync());
        var file = Path.Combine(_directory, "radwege.html");
        await File.WriteAllBytesAsync(file, Encoding.GetEncoding(charset).GetBytes(Page.Replace("charset=\"utf-8\"", $"charset=\"{charset}\"")));

        var seen = await DrivePage.RunAsync(_service.Http.BaseAddress!, "--extract", file);

        var proposal = Assert.Single(seen["proposals"]!.AsArray())!;
        Assert.Contains("REPLIED_TO", (string)proposal["label"]!);
        Assert.Equal([["cue", "antwortete"], ["source", "Lea Krüger"], ["target", "Jonas Vogt"]],
            proposal["marks"]!.AsArray().Select(m => DrivePage.Strings(m)).ToList());
        // The article's markup is shown as the text it is, and nothing of it (or of the page's script) ran.
        Assert.Contains("<img src=x onerror=\"window.injected=1\">", (string)proposal["evidence"]!);
        Assert.Null(seen["injected"]);
        Assert.StartsWith("Stored 1 relation", (string)seen["storedNote"]!);
        var stored = JsonNode.Parse(await _service.Http.GetStringAsync("api/relations/lea-krueger"))!.AsArray();
        var reply = Assert.Single(stored, r => (string)r!["type"]! == "REPLIED_TO")!;
        Assert.Equal("jonas-vogt", (string)reply["target"]!);
        Assert.Equal((string)proposal["evidence"]!, (string)reply["evidence"]!["quote"]!);
        Assert.Empty(DrivePage.Strings(seen["consoleErrors"]));
    }
}
