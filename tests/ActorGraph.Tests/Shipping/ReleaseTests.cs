using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ActorGraph.Core.Tests;
using ActorGraph.Tests.Cli;

namespace ActorGraph.Tests.Shipping;

/// <summary>
/// <c>tools/release linux-x64</c> run once in a clean copy of the repository (its .git included, untracked build output
/// left out), as a maintainer runs it before a release. The slowest fixture of the suite: one self-contained publish
/// and one tool pack.
/// </summary>
public sealed class ReleaseFixture : IAsyncLifetime
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("actorgraph-release-").FullName;

    public string Artifacts => Path.Combine(_scratch, "repo", "artifacts");

    public string Version => ExpectedVersion.Number;

    public async Task InitializeAsync()
    {
        var repo = Path.Combine(_scratch, "repo");
        CleanCopy.AsCheckout(RepositoryFiles.Root, repo);
        var info = new ProcessStartInfo("bash") { WorkingDirectory = repo };
        foreach (var arg in new[] { "tools/release", "linux-x64" }) info.ArgumentList.Add(arg);
        var run = await Executable.RunAsync(info, TimeSpan.FromMinutes(15));
        Assert.True(run.ExitCode == 0, $"tools/release failed ({run.ExitCode}):\n{run.Error}\n{run.Out}");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_scratch, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The checksum SHA256SUMS gives for a file, after checking the file has exactly that checksum.</summary>
    public string CheckedFile(string name)
    {
        var path = Path.Combine(Artifacts, name);
        Assert.True(File.Exists(path), $"{name} is not in artifacts/: {string.Join(", ", Directory.GetFiles(Artifacts).Select(Path.GetFileName))}");
        var sums = File.ReadAllLines(Path.Combine(Artifacts, "SHA256SUMS")).Select(l => l.Split("  ", 2)).ToDictionary(p => p[1], p => p[0]);
        using var stream = File.OpenRead(path);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stream)), sums[name]);
        return path;
    }

    /// <summary>The sample story's counts as the build output's <c>actorgraph stats</c> gives them on a fresh store.</summary>
    public static async Task<JsonNode> SampleStatsAsync()
    {
        var directory = Directory.CreateTempSubdirectory("actorgraph-sample-").FullName;
        try
        {
            Assert.Equal(0, (await Executable.RunAsync(directory, "sample")).ExitCode);
            return JsonNode.Parse((await Executable.RunAsync(directory, "stats", "--json")).Out)!;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

[CollectionDefinition("release")]
public sealed class ReleaseCollection : ICollectionFixture<ReleaseFixture>;

/// <summary>The single file as a user downloads it: alone in an empty folder, on an empty store, with no .NET involved.</summary>
[Collection("release")]
public sealed class SingleFileTests(ReleaseFixture release)
{
    [Fact]
    public async Task Single_file_alone_in_an_empty_folder_serves_the_page_its_scripts_the_sample_story_and_the_openapi_document()
    {
        var file = release.CheckedFile($"actorgraph-{release.Version}-linux-x64");
        var expected = await ReleaseFixture.SampleStatsAsync();

        await using var service = await RunningService.StartAsync((directory, url) =>
        {
            var copy = Path.Combine(directory, Path.GetFileName(file));
            File.Copy(file, copy);
            var info = new ProcessStartInfo(copy) { WorkingDirectory = directory };
            foreach (var arg in new[] { "serve", "--urls", url }) info.ArgumentList.Add(arg);
            info.Environment.Remove("ACTORGRAPH_DB");
            info.Environment.Remove("DOTNET_ROOT"); // it must not need an installed .NET
            return info;
        });

        await PageAssets.AssertServedAsync(service.Http);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(await service.Http.GetStringAsync("api/stats"))), "the sample story, embedded in the file");
        Assert.NotNull(JsonNode.Parse(await service.Http.GetStringAsync("openapi/v1.json"))!["paths"]!["/api/stats"]);

        var output = string.Join('\n', await service.OutputAfterStartAsync());
        Assert.Contains($"Page:  {service.Http.BaseAddress}", output);
        Assert.Contains($"Store: SQLite file {Path.Combine(service.Directory, "actorgraph.db")}", output);
        Assert.Contains("Reads: no key needed (listening on this machine only)", output);
    }

    [Fact]
    public async Task Single_file_prints_its_version_and_the_commit_it_was_built_from()
    {
        var file = release.CheckedFile($"actorgraph-{release.Version}-linux-x64");
        var run = await Executable.RunAsync(new ProcessStartInfo(file, "--version"));

        Assert.Equal(await ExpectedVersion.LineAsync(), run.Out.Trim());
    }
}

/// <summary>The .NET tool: installed from artifacts/ into a tool path of its own, then run by its command name.</summary>
[Collection("release")]
public sealed class DotnetToolTests(ReleaseFixture release) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-tool-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Tool_installs_from_artifacts_as_actorgraph_and_answers_stats_on_the_sample_story()
    {
        release.CheckedFile($"actorgraph.{release.Version}.nupkg");
        var tools = Path.Combine(_directory, "tools");
        var install = new ProcessStartInfo("dotnet") { WorkingDirectory = _directory };
        foreach (var arg in new[] { "tool", "install", "actorgraph", "--tool-path", tools, "--add-source", release.Artifacts, "--version", release.Version })
            install.ArgumentList.Add(arg);
        var installed = await Executable.RunAsync(install, TimeSpan.FromMinutes(5));
        Assert.True(installed.ExitCode == 0, installed.Error + installed.Out);

        Assert.Equal(0, (await Executable.RunAsync(Tool(tools, "sample"))).ExitCode);
        var stats = await Executable.RunAsync(Tool(tools, "stats", "--json"));

        Assert.True(stats.ExitCode == 0, stats.Error);
        Assert.True(JsonNode.DeepEquals(await ReleaseFixture.SampleStatsAsync(), JsonNode.Parse(stats.Out)));
    }

    private ProcessStartInfo Tool(string tools, params string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(tools, "actorgraph")) { WorkingDirectory = _directory };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Remove("ACTORGRAPH_DB");
        return info;
    }
}
