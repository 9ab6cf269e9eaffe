using System.Diagnostics;
using System.Text.Json;

namespace ActorGraph.Core.Tests.Export;

/// <summary>
/// Runs the third-party readers in <c>readers/</c> (networkx, python-igraph, pandas via /usr/bin/python3; graphology-gexf via
/// node, installed with <c>npm ci</c> from the committed lock file on first use) and returns what they read as JSON.
/// </summary>
internal static class ExternalReaders
{
    private const string Python = "/usr/bin/python3";
    private static readonly SemaphoreSlim NpmLock = new(1, 1);

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "ActorGraph.Core.Tests", "Export", "readers");

    public static Task<JsonElement> NetworkxAsync(string format, string path) => RunAsync(Python, "networkx_read.py", format, path);

    public static Task<JsonElement> IgraphAsync(string path) => RunAsync(Python, "igraph_read.py", path);

    public static Task<JsonElement> PandasCsvZipAsync(string path) => RunAsync(Python, "csv_read.py", path);

    public static async Task<JsonElement> GraphologyGexfAsync(string path)
    {
        await NpmLock.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(Folder, "node_modules"))) await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"]);
        }
        finally
        {
            NpmLock.Release();
        }
        return await RunAsync("node", "graphology_gexf.mjs", path);
    }

    private static async Task<JsonElement> RunAsync(string program, string script, params string[] args)
    {
        var output = await RunProcessAsync(program, [Path.Combine(Folder, script), .. args]);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static async Task<string> RunProcessAsync(string program, string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActorGraph.slnx"))) return dir.FullName;
        throw new InvalidOperationException("ActorGraph.slnx not found above " + AppContext.BaseDirectory);
    }
}
