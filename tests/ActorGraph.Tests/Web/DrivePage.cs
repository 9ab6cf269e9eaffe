using System.Diagnostics;
using System.Text.Json.Nodes;
using ActorGraph.Core.Tests;

namespace ActorGraph.Tests.Web;

/// <summary>Runs web/e2e/drive-page.mjs (headless Chromium through playwright-core) and returns what it saw.</summary>
internal static class DrivePage
{
    public static async Task<JsonNode> RunAsync(Uri service, params string[] options)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(RepositoryFiles.Root, "web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "e2e/drive-page.mjs", service.ToString() }.Concat(options)) info.ArgumentList.Add(arg);
        using var node = Process.Start(info)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(timeout.Token);
        var lastLine = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        Assert.True(node.ExitCode == 0, $"drive-page.mjs exited with {node.ExitCode}: {lastLine} {await error}");
        return JsonNode.Parse(lastLine)!;
    }

    public static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => (string)n!)];
}
