using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Cli;

/// <summary>The executable as a user starts it: `actorgraph serve`, then HTTP from outside the process.</summary>
public sealed class ServeEndToEndTests : IAsyncLifetime
{
    private RunningService _service = null!;
    private HttpClient Http => _service.Http;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync("--no-sample");

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Serve_ingests_an_upload_and_reports_it_in_stats()
    {
        var csv = "source,target,relation,at\nashton-kutcher,saskia-esken,TAGGED,2022-05-11\nsaskia-esken,ashton-kutcher,REPLIED_TO,2022-05-12\nsaskia-esken,ashton-kutcher,FOLLOWS,2022-05-12\n";
        var ingest = await Http.PostAsync("/api/ingest/edges", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(ingest.IsSuccessStatusCode, await ingest.Content.ReadAsStringAsync());

        var stats = JsonNode.Parse(await Http.GetStringAsync("/api/stats"))!;

        Assert.Equal((2, 3), ((long)stats["actors"]!, (long)stats["relations"]!));
        Assert.True(File.Exists(Path.Combine(_service.Directory, "actorgraph.db")));
    }
}
