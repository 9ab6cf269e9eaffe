using System.Diagnostics;

namespace ActorGraph.Tests;

/// <summary>docker-compose.yml is valid for docker-compose (no engine is needed to check it).</summary>
public sealed class DockerComposeTests
{
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActorGraph.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No ActorGraph.slnx above {AppContext.BaseDirectory}.");
    }

    private static async Task<(int ExitCode, string Error)> ConfigAsync(bool withSecrets)
    {
        var info = new ProcessStartInfo("docker-compose") { WorkingDirectory = Root(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "config", "-q" }) info.ArgumentList.Add(arg);
        info.Environment.Remove("NEO4J_PASSWORD");
        info.Environment.Remove("ACTORGRAPH_API_KEY");
        if (withSecrets)
        {
            info.Environment["NEO4J_PASSWORD"] = "test-password";
            info.Environment["ACTORGRAPH_API_KEY"] = "test-key";
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }

    [Fact]
    public async Task Compose_file_is_valid()
    {
        var (exitCode, error) = await ConfigAsync(withSecrets: true);
        Assert.True(exitCode == 0, error);
    }

    [Fact]
    public async Task Compose_refuses_to_start_without_a_neo4j_password()
    {
        var (exitCode, error) = await ConfigAsync(withSecrets: false);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("NEO4J_PASSWORD", error);
    }
}
