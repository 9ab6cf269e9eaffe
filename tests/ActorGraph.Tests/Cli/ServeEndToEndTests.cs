using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Cli;

/// <summary>The executable as a user starts it: `actorgraph serve`, then HTTP from outside the process.</summary>
public sealed class ServeEndToEndTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-serve-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private Process _server = null!;

    public async Task InitializeAsync()
    {
        var port = Executable.FreePort();
        _http.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _server = Process.Start(Executable.StartInfo(_directory, "serve", "--urls", _http.BaseAddress.ToString().TrimEnd('/'), "--no-sample"))!;
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await _http.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    public async Task DisposeAsync()
    {
        _server.Kill(entireProcessTree: true);
        await _server.WaitForExitAsync();
        _server.Dispose();
        _http.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Serve_ingests_an_upload_and_reports_it_in_stats()
    {
        var csv = "source,target,relation,at\nashton-kutcher,saskia-esken,TAGGED,2022-05-11\nsaskia-esken,ashton-kutcher,REPLIED_TO,2022-05-12\nsaskia-esken,ashton-kutcher,FOLLOWS,2022-05-12\n";
        var ingest = await _http.PostAsync("/api/ingest/edges", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(ingest.IsSuccessStatusCode, await ingest.Content.ReadAsStringAsync());

        var stats = JsonNode.Parse(await _http.GetStringAsync("/api/stats"))!;

        Assert.Equal((2, 3), ((long)stats["actors"]!, (long)stats["relations"]!));
        Assert.True(File.Exists(Path.Combine(_directory, "actorgraph.db")));
    }
}
