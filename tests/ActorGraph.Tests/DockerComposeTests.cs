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

    /// <summary><c>docker-compose config</c> with only these secrets (a developer's own .env is not read).</summary>
    private static async Task<(int ExitCode, string Error)> ConfigAsync(params string[] secrets)
    {
        var emptyEnvFile = Path.GetTempFileName();
        try
        {
            var info = new ProcessStartInfo("docker-compose") { WorkingDirectory = Root(), RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "--env-file", emptyEnvFile, "config", "-q" }) info.ArgumentList.Add(arg);
            foreach (var name in new[] { "NEO4J_PASSWORD", "ACTORGRAPH_API_KEY" }) info.Environment.Remove(name);
            foreach (var name in secrets) info.Environment[name] = $"test-{name}";
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await error);
        }
        finally
        {
            File.Delete(emptyEnvFile);
        }
    }

    [Fact]
    public async Task Compose_file_is_valid()
    {
        var (exitCode, error) = await ConfigAsync("NEO4J_PASSWORD", "ACTORGRAPH_API_KEY");
        Assert.True(exitCode == 0, error);
    }

    [Fact]
    public async Task Compose_refuses_to_start_without_a_neo4j_password()
    {
        var (exitCode, error) = await ConfigAsync("ACTORGRAPH_API_KEY");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("NEO4J_PASSWORD", error);
    }

    /// <summary>The service listens on all the container's addresses, where reads too need the key.</summary>
    [Fact]
    public async Task Compose_refuses_to_start_without_an_api_key()
    {
        var (exitCode, error) = await ConfigAsync("NEO4J_PASSWORD");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("ACTORGRAPH_API_KEY", error);
    }
}
