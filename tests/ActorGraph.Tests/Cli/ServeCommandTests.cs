using ActorGraph.Cli;
using ActorGraph.Storage;

namespace ActorGraph.Tests.Cli;

/// <summary>What `serve` tells its user on start, `--version`, and `health` against a running service.</summary>
public sealed class ServeCommandTests
{
    private static readonly StoreSettings Sqlite = new("data/actorgraph.db");

    [Fact]
    public void Start_up_lines_name_the_page_the_store_file_and_that_reads_on_localhost_need_no_key()
    {
        var lines = ServeCommand.StartupLines(["http://127.0.0.1:5123"], Sqlite, hasApiKey: false).ToList();

        Assert.Equal(3, lines.Count);
        Assert.StartsWith("Page:  http://127.0.0.1:5123/ ", lines[0]);
        Assert.Equal($"Store: SQLite file {Path.GetFullPath("data/actorgraph.db")}", lines[1]);
        Assert.Equal("Reads: no key needed (listening on this machine only)", lines[2]);
    }

    [Fact]
    public void Start_up_lines_on_all_addresses_give_a_browsable_address_and_say_who_may_write()
    {
        var withoutKey = ServeCommand.StartupLines(["http://0.0.0.0:8080"], Sqlite, hasApiKey: false).ToList();
        var withKey = ServeCommand.StartupLines(["http://[::]:8080"], Sqlite, hasApiKey: true).ToList();

        Assert.StartsWith("Page:  http://localhost:8080/ (and this machine's addresses)", withoutKey[0]);
        Assert.Contains("writes only from this machine", withoutKey[2]);
        Assert.StartsWith("Page:  http://localhost:8080/ ", withKey[0]);
        Assert.Contains("writes from other machines need X-Api-Key", withKey[2]);
    }

    [Fact]
    public void Start_up_lines_name_the_neo4j_server_and_database()
    {
        var neo4j = new StoreSettings("unused.db", new Neo4jSettings(new Uri("http://neo4j:7474"), "neo4j", "secret", "graph"));

        var store = ServeCommand.StartupLines(["http://127.0.0.1:5123"], neo4j, hasApiKey: false).ElementAt(1);

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
