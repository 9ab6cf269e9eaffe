namespace ActorGraph.Tests.Cli;

public sealed class AnalyzeCliTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-analyze-").FullName;

    private Task<Executable.Run> Run(params string[] args) => Executable.RunAsync(_directory, args);

    public async Task InitializeAsync()
    {
        var edges = Path.Combine(_directory, "edges.csv");
        await File.WriteAllTextAsync(edges, """
            source,target,relation,at,source_id,quote
            ashton-kutcher,saskia-esken,TAGGED,2022-05-11,t1,Kutcher asks about chat control
            ashton-kutcher,"=cmd|evil",TAGGED,2022-05-11,t1,Kutcher asks about chat control
            saskia-esken,ashton-kutcher,REPLIED_TO,2022-05-12,t2,Esken answers
            """);
        Assert.Equal(0, (await Run("ingest", "edges", edges)).ExitCode);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Analyze_csv_has_id_name_kind_value_and_neutralises_formulas()
    {
        var run = await Run("analyze", "pagerank", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Trim().Split('\n');
        Assert.Equal("id,name,kind,value", lines[0].Trim());
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("ashton-kutcher,", lines[1]);
        Assert.Contains("'=cmd|evil", run.Out);
    }

    [Fact]
    public async Task Analyze_ranks_actors_and_lists_documents_only_with_include_documents()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "signed.csv"), "actor,document\nsaskia-esken,decl\nashton-kutcher,decl\n");
        Assert.Equal(0, (await Run("ingest", "signatories", Path.Combine(_directory, "signed.csv"))).ExitCode);

        var actors = await Run("analyze", "pagerank", "--format", "csv");
        var all = await Run("analyze", "pagerank", "--format", "csv", "--include-documents");

        Assert.Equal((0, 0), (actors.ExitCode, all.ExitCode));
        // Two actors point at the document and it points nowhere: it tops PageRank, and is listed only on request.
        Assert.StartsWith("decl,decl,document,", all.Out.Split('\n')[1]);
        Assert.DoesNotContain("decl,", actors.Out);
        Assert.All(actors.Out.Trim().Split('\n').Skip(1), line => Assert.Contains(",actor,", line));
        var table = await Run("analyze", "pagerank", "--include-documents");
        Assert.Contains("document", table.Out);
    }

    [Fact]
    public async Task Analyze_keeps_the_snapshot_beside_the_store_unless_told_not_to()
    {
        var snapshot = Path.Combine(_directory, "actorgraph.db.snapshot");
        var off = Executable.StartInfo(_directory, "analyze", "pagerank", "--format", "csv");
        off.Environment["ACTORGRAPH_SNAPSHOT_CACHE"] = "off";

        var plain = await Run("analyze", "pagerank", "--format", "csv", "--no-snapshot-cache");
        var byEnvironment = await Executable.RunAsync(off);
        Assert.False(File.Exists(snapshot));
        var first = await Run("analyze", "pagerank", "--format", "csv");
        Assert.True(File.Exists(snapshot));
        var second = await Run("analyze", "pagerank", "--format", "csv");

        Assert.Equal((0, 0, 0, 0), (plain.ExitCode, byEnvironment.ExitCode, first.ExitCode, second.ExitCode));
        Assert.Equal(plain.Out, first.Out);
        Assert.Equal(plain.Out, second.Out);
        Assert.Equal(plain.Out, byEnvironment.Out);
    }

    [Fact]
    public async Task Analyze_communities_csv_has_a_community_column()
    {
        var run = await Run("analyze", "communities", "--format", "csv", "--undirected");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("id,name,kind,community", run.Out.Split('\n')[0].Trim());
    }

    [Fact]
    public async Task Analyze_communities_takes_louvain_on_request_and_refuses_other_methods()
    {
        var louvain = await Run("analyze", "communities", "--format", "csv", "--undirected", "--method", "louvain");
        Assert.Equal(0, louvain.ExitCode);
        Assert.Equal(4, louvain.Out.Trim().Split('\n').Length);
        var other = await Run("analyze", "communities", "--method", "walktrap");
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("walktrap", other.Error);
    }

    [Fact]
    public async Task Analyze_tables_round_to_four_significant_digits_while_csv_keeps_full_precision()
    {
        var table = await Run("analyze", "pagerank");
        var csv = await Run("analyze", "pagerank", "--format", "csv");
        Assert.Equal((0, 0), (table.ExitCode, csv.ExitCode));
        var shown = System.Text.RegularExpressions.Regex.Matches(table.Out, @"\b0\.(\d+)").Select(m => m.Groups[1].Value.TrimStart('0')).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, digits => Assert.True(digits.Length <= 4, $"0.{digits} has more than 4 significant digits"));
        var values = csv.Out.Trim().Split('\n').Skip(1).Select(line => line.Trim().Split(',')[^1]).ToList();
        Assert.Contains(values, v => v.Length > 8);
    }

    [Fact]
    public async Task Analyze_json_uses_the_api_shape()
    {
        var run = await Run("analyze", "in-degree", "--types", "REPLIED_TO", "--top", "1", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var first = System.Text.Json.Nodes.JsonNode.Parse(run.Out)!.AsArray().Single()!;
        Assert.Equal("ashton-kutcher", (string)first["id"]!);
    }

    [Theory]
    [InlineData("analyze", "fame")]
    [InlineData("analyze", "pagerank", "--types", "POKED")]
    [InlineData("analyze", "pagerank", "--from", "yesterday")]
    [InlineData("analyze", "pagerank", "--format", "xml")]
    [InlineData("paths", "saskia-esken", "nobody")]
    [InlineData("paths", "saskia-esken", "ashton-kutcher", "--k", "0")]
    public async Task Bad_input_exits_2(params string[] args)
    {
        var run = await Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task Analyze_and_paths_take_min_weight_and_min_confidence_like_the_api()
    {
        var strong = Path.Combine(_directory, "strong.csv");
        await File.WriteAllTextAsync(strong, "source,target,relation,weight,confidence,source_id\nsaskia-esken,birgit-sippel,FOLLOWS,3,0.6,f1\n");
        Assert.Equal(0, (await Run("ingest", "edges", strong)).ExitCode);

        var heavy = await Run("analyze", "degree", "--format", "csv", "--min-weight", "2");
        Assert.Equal(["birgit-sippel", "saskia-esken"], heavy.Out.Trim().Split('\n').Skip(1).Select(l => l.Split(',')[0]).Order());
        var confident = await Run("analyze", "degree", "--format", "csv", "--min-confidence", "0.9");
        Assert.DoesNotContain("birgit-sippel", confident.Out);

        Assert.Contains("saskia-esken FOLLOWS birgit-sippel", (await Run("paths", "saskia-esken", "birgit-sippel", "--min-weight", "2")).Out);
        Assert.Equal(2, (await Run("paths", "saskia-esken", "birgit-sippel", "--min-confidence", "0.9")).ExitCode);
    }

    [Fact]
    public async Task Paths_print_each_hop_with_relation_type_and_evidence()
    {
        var run = await Run("paths", "saskia-esken", "ashton-kutcher", "--k", "2", "--undirected");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Path 1 (length 1)", run.Out);
        Assert.Contains("saskia-esken REPLIED_TO ashton-kutcher", run.Out);
        Assert.Contains("\"Esken answers\"", run.Out);
        Assert.Contains("ashton-kutcher TAGGED saskia-esken", run.Out);
    }
}
