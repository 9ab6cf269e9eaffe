using System.Diagnostics;

namespace ActorGraph.Tests.Cli;

/// <summary>
/// `actorgraph serve` as a user starts it: the real executable in a fresh folder of its own, on a free local port,
/// answering /health before the test goes on; stopped and its folder removed on dispose.
/// </summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly Process _server;
    private readonly List<string> _output = [];

    private RunningService(string directory, HttpClient http, Process server)
    {
        Directory = directory;
        Http = http;
        _server = server;
    }

    /// <summary>The service's working directory (where its default actorgraph.db goes).</summary>
    public string Directory { get; }

    /// <summary>A client whose base address is the service.</summary>
    public HttpClient Http { get; }

    /// <summary>The server's process id, e.g. to read its memory in /proc.</summary>
    public int ProcessId => _server.Id;

    /// <summary>
    /// What the service printed on standard output once its start-up lines are out (they follow the first answer to
    /// /health by a moment), line by line.
    /// </summary>
    public async Task<IReadOnlyList<string>> OutputAfterStartAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            lock (_output)
                if (_output.Any(l => l.StartsWith("Reads: ")) || DateTime.UtcNow > deadline) return [.. _output];
            await Task.Delay(50);
        }
    }

    /// <summary>The executable from the build output: <c>actorgraph serve --urls URL serveArgs…</c>.</summary>
    public static Task<RunningService> StartAsync(params string[] serveArgs) => StartAsync(new Dictionary<string, string>(), serveArgs);

    /// <param name="environment">Variables for the service, such as settings (<c>ActorGraph__DrawingMaxNodes</c>).</param>
    public static Task<RunningService> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] serveArgs) =>
        StartAsync((directory, url) =>
        {
            var info = Executable.StartInfo(directory, ["serve", "--urls", url, .. serveArgs]);
            foreach (var (name, value) in environment) info.Environment[name] = value;
            return info;
        });

    /// <param name="start">The process to start, given its (empty) working directory and the URL it must listen on.</param>
    public static async Task<RunningService> StartAsync(Func<string, string, ProcessStartInfo> start)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("actorgraph-serve-").FullName;
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30), BaseAddress = new Uri($"http://127.0.0.1:{Executable.FreePort()}/") };
        var info = start(directory, http.BaseAddress.ToString().TrimEnd('/'));
        info.RedirectStandardOutput = info.RedirectStandardError = true;
        var server = Process.Start(info)!;
        var service = new RunningService(directory, http, server);
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (service._output) service._output.Add(e.Data);
        };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await http.GetAsync("health")).IsSuccessStatusCode) return service;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !server.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _server.Kill(entireProcessTree: true);
        await _server.WaitForExitAsync();
        _server.Dispose();
        Http.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
