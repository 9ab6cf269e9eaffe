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
        XNamespace g = "http://gexf.net/1.3";
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

    [Theory]
    [InlineData("pdf", "--out", "x.pdf")]
    [InlineData("gexf", "--from", "last week", "--out", "x.pdf")]
    [InlineData("gexf", "--out", "missing-folder/x.gexf")]
    public async Task Bad_input_exits_2_and_writes_nothing(params string[] args)
    {
        var before = Directory.GetFileSystemEntries(_directory).Order().ToList();

        var run = await Run(["export", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Error);
        Assert.Equal(before, Directory.GetFileSystemEntries(_directory).Order());
    }
}
