using System.IO.Compression;
using System.Xml.Linq;

namespace ActorGraph.Tests.Cli;

public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-export-cli-").FullName;

    private Task<Executable.Run> Run(params string[] args) => Executable.RunAsync(_directory, args);

    private string PathOf(string name) => Path.Combine(_directory, name);

    public async Task InitializeAsync()
    {
        File.WriteAllText(PathOf("edges.csv"), """
            source,target,relation,at,source_id
            a,b,TAGGED,2022-05-11,t1
            b,a,REPLIED_TO,2022-05-12,t2
            b,a,REPLIED_TO,2022-05-13,t3
            c,a,FOLLOWS,,f1
            """);
        Assert.Equal(0, (await Run("ingest", "edges", "edges.csv")).ExitCode);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Gexf_export_writes_the_filtered_relations_to_the_out_file()
    {
        var run = await Run("export", "gexf", "--types", "REPLIED_TO", "--out", "replies.gexf");

        Assert.Equal(0, run.ExitCode);
        var gexf = XDocument.Load(PathOf("replies.gexf"));
        XNamespace g = ActorGraph.Export.GexfVersion.Default.Namespace;
        Assert.Equal(2, gexf.Descendants(g + "edge").Count());
        Assert.Equal(["a", "b"], gexf.Descendants(g + "node").Select(n => n.Attribute("id")!.Value).Order());
    }

    [Fact]
    public async Task Graphml_export_honours_the_time_window()
    {
        Assert.Equal(0, (await Run("export", "graphml", "--from", "2022-05-12", "--to", "2022-05-12", "--out", "day.graphml")).ExitCode);

        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Single(XDocument.Load(PathOf("day.graphml")).Descendants(ns + "edge"));
    }

    [Fact]
    public async Task Csv_export_writes_two_files_into_a_folder_or_one_zip()
    {
        Assert.Equal(0, (await Run("export", "csv", "--out", "tables")).ExitCode);
        Assert.Equal(5, File.ReadAllLines(PathOf("tables/edges.csv")).Length);
        Assert.Equal(4, File.ReadAllLines(PathOf("tables/nodes.csv")).Length);

        Assert.Equal(0, (await Run("export", "csv", "--out", "tables.zip")).ExitCode);
        using var zip = ZipFile.OpenRead(PathOf("tables.zip"));
        Assert.Equal(["edges.csv", "nodes.csv"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public async Task Gexf_opens_with_networkx_plain_read_gexf_and_is_1_3_on_request()
    {
        Assert.Equal(0, (await Run("export", "gexf", "--out", "plain.gexf")).ExitCode);
        Assert.Equal(0, (await Run("export", "gexf", "--gexf-version", "1.3", "--out", "v13.gexf")).ExitCode);

        // The call a user types, with networkx's default arguments.
        var read = await PythonAsync("""
            import networkx as nx
            g = nx.read_gexf("plain.gexf")
            print(g.number_of_nodes(), g.number_of_edges(), sorted(d["relation"] for _, _, d in g.edges(data=True)))
            """);
        Assert.Equal("3 4 ['FOLLOWS', 'REPLIED_TO', 'REPLIED_TO', 'TAGGED']", read.Trim());
        var v13 = XDocument.Load(PathOf("v13.gexf")).Root!;
        Assert.Equal(("http://gexf.net/1.3", "1.3"), (v13.Name.NamespaceName, v13.Attribute("version")!.Value));
    }

    /// <summary>The PageRank written for Gephi is NetworkX's on the same relations (parallel replies are one tie).</summary>
    [Fact]
    public async Task Gexf_with_measures_carries_networkx_pagerank_and_draws_by_community()
    {
        Assert.Equal(0, (await Run("export", "gexf", "--with-measures", "--out", "m.gexf")).ExitCode);

        XNamespace g = ActorGraph.Export.GexfVersion.Default.Namespace, viz = ActorGraph.Export.GexfVersion.Default.VizNamespace;
        var gexf = XDocument.Load(PathOf("m.gexf"));
        var pagerankId = gexf.Descendants(g + "attribute").Single(a => a.Attribute("title")!.Value == "pagerank").Attribute("id")!.Value;
        var exported = gexf.Descendants(g + "node").ToDictionary(
            n => n.Attribute("id")!.Value,
            n => double.Parse(n.Descendants(g + "attvalue").Single(v => v.Attribute("for")!.Value == pagerankId).Attribute("value")!.Value,
                System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(gexf.Descendants(g + "node"), n => Assert.NotNull(n.Element(viz + "color")));

        var python = await PythonAsync("""
            import csv, json, networkx as nx
            g = nx.DiGraph((r["source"], r["target"]) for r in csv.DictReader(open("edges.csv")))
            print(json.dumps(nx.pagerank(g, weight=None)))
            """);
        var expected = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, double>>(python)!;

        Assert.Equal(expected.Keys.Order(), exported.Keys.Order());
        foreach (var (id, value) in expected) Assert.Equal(value, exported[id], 1e-6);
    }

    private async Task<string> PythonAsync(string script)
    {
        var info = new System.Diagnostics.ProcessStartInfo("/usr/bin/python3") { WorkingDirectory = _directory, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(info)!;
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }

    [Theory]
    [InlineData("pdf", "--out", "x.pdf")]
    [InlineData("gexf", "--from", "last week", "--out", "x.pdf")]
    [InlineData("gexf", "--out", "missing-folder/x.gexf")]
    [InlineData("gexf", "--gexf-version", "2.0", "--out", "x.gexf")]
    [InlineData("graphml", "--gexf-version", "1.3", "--out", "x.graphml")]
    public async Task Bad_input_exits_2_and_writes_nothing(params string[] args)
    {
        var before = Directory.GetFileSystemEntries(_directory).Order().ToList();

        var run = await Run(["export", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Error);
        Assert.Equal(before, Directory.GetFileSystemEntries(_directory).Order());
    }
}
