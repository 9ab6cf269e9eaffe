using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<Executable.Run> Run(params string[] args) => Executable.RunAsync(_directory, args);

    private string File(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private async Task<JsonNode> Stats(string db = "actorgraph.db")
    {
        var run = await Run("stats", "--json", "--db", db);
        Assert.Equal(0, run.ExitCode);
        return JsonNode.Parse(run.Out)!;
    }

    [Fact]
    public async Task Ingest_writes_to_actorgraph_db_in_the_working_directory_by_default()
    {
        var edges = File("edges.csv", "source,target,relation\na,b,TAGGED\nb,a,REPLIED_TO\n");

        var run = await Run("ingest", "edges", edges);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 relations added", run.Out);
        Assert.True(System.IO.File.Exists(Path.Combine(_directory, "actorgraph.db")));
        Assert.Equal(2, (long)(await Stats())["relations"]!);
    }

    [Fact]
    public async Task Db_option_and_environment_variable_choose_the_file()
    {
        var edges = File("edges.csv", "source,target\na,b\n");
        Assert.Equal(0, (await Run("ingest", "edges", edges, "--relation", "FOLLOWS", "--db", "other.db")).ExitCode);

        var info = Executable.StartInfo(_directory, "stats", "--json");
        info.Environment["ACTORGRAPH_DB"] = "other.db";
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, (long)JsonNode.Parse(output)!["relationsByType"]!["FOLLOWS"]!);
    }

    [Fact]
    public async Task Bad_row_exits_2_with_file_line_field_and_leaves_the_store_as_before()
    {
        Assert.Equal(0, (await Run("ingest", "edges", File("good.csv", "source,target,relation\na,b,TAGGED\n"))).ExitCode);
        var bad = File("bad.csv", "source,target,relation,at\nc,d,TAGGED,2022-05-11\ne,f,TAGGED,last tuesday\n");

        var run = await Run("ingest", "edges", bad);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {bad}:3: at: an ISO 8601 date or time like 2022-05-11 or 2022-05-11T18:30:00Z, got 'last tuesday'", run.Error.Trim());
        var stats = await Stats();
        Assert.Equal((2, 1), ((long)stats["actors"]!, (long)stats["relations"]!));
    }

    [Fact]
    public async Task All_files_of_one_ingest_are_one_transaction()
    {
        var good = File("good.csv", "source,target,relation\na,b,TAGGED\n");
        var bad = File("bad.csv", "source,target,relation\nc,d,POKED\n");

        Assert.Equal(2, (await Run("ingest", "edges", good, bad)).ExitCode);
        Assert.Equal(0, (long)(await Stats())["relations"]!);
    }

    [Fact]
    public async Task Strict_rejects_unknown_actors()
    {
        Assert.Equal(0, (await Run("ingest", "actors", File("actors.csv", "id,name\na,Alice\n"))).ExitCode);
        var run = await Run("ingest", "edges", File("edges.csv", "source,target,relation\na,b,TAGGED\n"), "--strict");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("target: a known actor id (--strict), got 'b'", run.Error);
    }

    [Theory]
    [InlineData("ingest", "edges", "missing.csv")]
    [InlineData("ingest", "pdf", "missing.csv")]
    [InlineData("relations", "nobody")]
    [InlineData("no-such-verb")]
    [InlineData("actors", "--limit", "many")]
    public async Task Bad_usage_exits_2_with_a_message_and_no_stack_trace(params string[] args)
    {
        var run = await Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error.Trim());
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("ingest", "edges", "missing.csv")]
    [InlineData("extract", "--actors", "missing.tsv", "article.txt")]
    public async Task A_missing_relative_file_is_named_with_the_folder_it_was_looked_for_in(params string[] args)
    {
        var run = await Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"missing.{(args[0] == "extract" ? "tsv" : "csv")} (in {_directory}): no such file", run.Error);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("actors")]
    [InlineData("relations", "saskia-esken")]
    [InlineData("analyze", "pagerank")]
    [InlineData("paths", "a", "b")]
    [InlineData("export", "gexf", "--out", "x.gexf")]
    public async Task Read_only_verbs_refuse_a_missing_store_and_create_none(params string[] args)
    {
        var run = await Run([.. args, "--db", "typo.db"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: no store at typo.db (create one with ingest or sample)", run.Error.Trim());
        Assert.False(System.IO.File.Exists(Path.Combine(_directory, "typo.db")));
    }

    [Fact]
    public async Task Sample_creates_a_missing_store()
    {
        Assert.Equal(0, (await Run("sample", "--db", "new.db")).ExitCode);
        Assert.True((long)(await Stats("new.db"))["relations"]! > 0);
    }

    [Fact]
    public async Task Database_in_a_missing_folder_is_bad_input()
    {
        var run = await Run("stats", "--db", "/no/such/folder/x.db");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/folder", run.Error);
    }

    [Fact]
    public async Task Unreadable_database_is_a_failure_exit_1()
    {
        File("broken.db", new string('x', 4096));
        var run = await Run("stats", "--db", "broken.db");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task Relations_prints_the_evidence_of_an_actor()
    {
        await Run("ingest", "edges", File("e.csv", "source,target,relation,quote,url\nsaskia-esken,ashton-kutcher,REPLIED_TO,Esken answers,https://x.com/e/2\n"));

        var run = await Run("relations", "saskia-esken");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"Esken answers\" https://x.com/e/2", run.Out); // as paths prints evidence
        Assert.Contains("REPLIED_TO", run.Out);
    }

    [Fact]
    public async Task Actors_search_lists_matching_actors_only()
    {
        await Run("ingest", "actors", File("a.csv", "id,name,party\nsaskia-esken,Saskia Esken,SPD\nashton-kutcher,Ashton Kutcher,\n"));

        var run = await Run("actors", "--search", "esk");

        Assert.Contains("Saskia Esken", run.Out);
        Assert.DoesNotContain("Kutcher", run.Out);
    }
}
