using ActorGraph.Cli;
using ActorGraph.Storage;

namespace ActorGraph.Tests.Cli;

/// <summary>What `serve` tells its user on start, `--version`, and `health` against a running service.</summary>
public sealed class ServeCommandTests
{
    private static readonly StoreSettings Sqlite = new("data/actorgraph.db");

    [Fact]
    public void Start_up_lines_name_the_page_the_store_file_and_who_may_read()
    {
        var lines = ServeCommand.StartupLines(["http://127.0.0.1:5123"], Sqlite, "no key needed").ToList();

        Assert.Equal(3, lines.Count);
        Assert.StartsWith("Page:  http://127.0.0.1:5123/ ", lines[0]);
        Assert.Equal($"Store: SQLite file {Path.GetFullPath("data/actorgraph.db")}", lines[1]);
        Assert.Equal("Reads: no key needed", lines[2]);
    }

    [Fact]
    public void Start_up_lines_on_all_addresses_give_a_browsable_address()
    {
        Assert.StartsWith("Page:  http://localhost:8080/ (and this machine's addresses)", ServeCommand.StartupLines(["http://0.0.0.0:8080"], Sqlite, "").First());
        Assert.StartsWith("Page:  http://localhost:8080/ ", ServeCommand.StartupLines(["http://[::]:8080"], Sqlite, "").First());
    }

    [Fact]
    public async Task Serve_on_this_machine_only_says_reads_need_no_key()
    {
        await using var service = await RunningService.StartAsync("--no-sample");

        Assert.Contains("Reads: no key needed (listening on this machine only)", await service.OutputAfterStartAsync());
    }

    [Fact]
    public async Task Serve_on_all_addresses_with_a_key_says_reads_need_it()
    {
        await using var service = await RunningService.StartAsync((directory, url) =>
        {
            var info = Executable.StartInfo(directory, "serve", "--no-sample", "--urls", url.Replace("127.0.0.1", "0.0.0.0"));
            info.Environment["ActorGraph__ApiKey"] = "a-long-random-secret";
            return info;
        });

        Assert.Contains(await service.OutputAfterStartAsync(), l => l.StartsWith("Reads: need the API key"));
    }

    [Fact]
    public async Task Serve_with_public_read_says_anyone_may_read_and_only_this_machine_may_write()
    {
        await using var service = await RunningService.StartAsync((directory, url) =>
            Executable.StartInfo(directory, "serve", "--no-sample", "--public-read", "--urls", url.Replace("127.0.0.1", "0.0.0.0")));

        Assert.Contains("Reads: open to anyone who can reach this server (--public-read); writes only from this machine (no ActorGraph__ApiKey)", await service.OutputAfterStartAsync());
    }

    [Fact]
    public void Start_up_lines_name_the_neo4j_server_and_database()
    {
        var neo4j = new StoreSettings("unused.db", new Neo4jSettings(new Uri("http://neo4j:7474"), "neo4j", "secret", "graph"));

        var store = ServeCommand.StartupLines(["http://127.0.0.1:5123"], neo4j, "").ElementAt(1);

        Assert.Equal("Store: Neo4j at http://neo4j:7474/ (database graph, user neo4j)", store);
        Assert.DoesNotContain("secret", store);
    }

    [Fact]
    public async Task Version_prints_the_version_and_the_commit_the_build_came_from()
    {
        var run = await Executable.RunAsync(AppContext.BaseDirectory, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(await ExpectedVersion.LineAsync(), run.Out.Trim());
    }

    [Fact]
    public async Task Health_answers_0_for_a_running_service_and_1_when_nothing_listens()
    {
        await using var service = await RunningService.StartAsync("--no-sample");

        var up = await Executable.RunAsync(service.Directory, "health", "--url", service.Http.BaseAddress!.ToString());
        var down = await Executable.RunAsync(service.Directory, "health", "--url", $"http://127.0.0.1:{Executable.FreePort()}");

        Assert.Equal(0, up.ExitCode);
        Assert.StartsWith("200 ", up.Out);
        Assert.Equal(1, down.ExitCode);
        Assert.Contains("no answer", down.Error);
    }
}
