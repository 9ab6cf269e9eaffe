using System.Xml.Linq;

namespace ActorGraph.Tests.Cli;

public sealed class TimelineCliTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-timeline-").FullName;

    private Task<Executable.Run> Run(params string[] args) => Executable.RunAsync(_directory, args);

    public async Task InitializeAsync()
    {
        var edges = Path.Combine(_directory, "edges.csv");
        await File.WriteAllTextAsync(edges, TimelineData.EdgesCsv());
        Assert.Equal(0, (await Run("ingest", "edges", edges)).ExitCode);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private static string[] Lines(Executable.Run run) => [.. run.Out.Trim().Split('\n').Select(l => l.Trim())];

    [Fact]
    public async Task Analyze_every_month_prints_period_id_name_value_rank()
    {
        var run = await Run("analyze", "in-degree", "--every", "month", "--types", "TAGGED", "--top", "1", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["period,id,name,value,rank", "2024-01,anna,anna,1,1", "2024-03,ben,ben,1,1"], Lines(run));
    }

    [Fact]
    public async Task A_sliding_window_keeps_january_in_the_march_graph()
    {
        var run = await Run("analyze", "in-degree", "--every", "month", "--window", "3", "--types", "TAGGED", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2024-03,anna,anna,", run.Out);
        Assert.Contains("2024-02,anna,anna,1,1", run.Out);
    }

    [Fact]
    public async Task Risers_csv_lists_each_move_with_the_source_ids_behind_it()
    {
        var run = await Run("analyze", "risers", "--measure", "in-degree", "--between", "2024-01", "2024-03", "--types", "TAGGED", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run);
        Assert.Equal("id,name,rank_2024-01,rank_2024-03,change,value_2024-01,value_2024-03,gained,lost,gained_ids,lost_ids", lines[0]);
        Assert.Contains("anna,anna,1,2,-1,1,0,1,5,mar-anna,jan-1|jan-2|jan-3|jan-4|jan-5", lines);
    }

    [Fact]
    public async Task Coordination_prints_one_row_per_pair_and_says_what_it_compared()
    {
        var run = await Run("analyze", "coordination", "--relation", "RETWEETED", "--within", "60s", "--min-shared", "3", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["source,target,shared,first,last",
             "c1,c2,4,2024-02-01T12:00:00Z,2024-02-04T12:00:10Z",
             "c1,c3,4,2024-02-01T12:00:00Z,2024-02-04T12:00:20Z",
             "c2,c3,4,2024-02-01T12:00:10Z,2024-02-04T12:00:20Z"],
            Lines(run));
        Assert.Contains("28 actions on 4 items compared in", run.Error);
    }

    [Fact]
    public async Task Co_acted_can_be_analysed_like_any_relation_type()
    {
        var run = await Run("analyze", "degree", "--types", "CO_ACTED", "--min-shared", "4", "--undirected", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["c1", "c2", "c3"], Lines(run).Skip(1).Select(l => l.Split(',')[0]).Order());
    }

    [Fact]
    public async Task Export_gexf_with_a_timeline_gives_each_actor_its_value_per_month_as_spells()
    {
        var path = Path.Combine(_directory, "timeline.gexf");
        var run = await Run("export", "gexf", "--timeline", "in-degree", "--every", "month", "--types", "TAGGED", "--out", path);
        Assert.Equal(0, run.ExitCode);
        XNamespace g = ActorGraph.Export.GexfVersion.Default.Namespace;
        var anna = XDocument.Load(path).Descendants(g + "node").Single(n => (string?)n.Attribute("id") == "anna");
        var spells = anna.Descendants(g + "attvalue").Where(a => (string?)a.Attribute("for") == "in_degree_t")
            .Select(a => $"{a.Attribute("value")!.Value} {a.Attribute("start")!.Value} {a.Attribute("end")!.Value}");
        Assert.Equal(["1 2024-01-01 2024-01-31", "0 2024-03-01 2024-03-31"], spells);
    }

    [Theory]
    [InlineData("export", "csv", "--timeline", "pagerank", "--out", "tables.zip")]
    [InlineData("analyze", "pagerank", "--window", "3")]
    [InlineData("analyze", "pagerank", "--every", "fortnight")]
    [InlineData("analyze", "communities", "--every", "month")]
    [InlineData("analyze", "risers", "--measure", "pagerank", "--between", "2024-01", "2024-13")]
    [InlineData("analyze", "coordination", "--within", "soon")]
    public async Task Bad_time_options_exit_2_with_a_message(params string[] args)
    {
        var run = await Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Error.Trim());
    }
}
