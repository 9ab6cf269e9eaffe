using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace ActorGraph.Tests.Api;

public sealed class ExportApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private HttpClient Client => _host.Client;

    private const string Edges = """
        source,target,relation,at,source_id,quote
        ashton-kutcher,saskia-esken,TAGGED,2022-05-11,t1,"Kutcher tags Esken & asks about <chat control>"
        saskia-esken,ashton-kutcher,REPLIED_TO,2022-05-12,t2,Esken answers
        saskia-esken,ashton-kutcher,REPLIED_TO,2022-05-13,t3,=and again
        ashton-kutcher,saskia-esken,LIKED,,l1,
        """;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        var ingest = await Client.PostAsync("/api/ingest/edges", new StringContent(Edges, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Gexf_is_a_download_with_every_relation_as_an_edge()
    {
        var response = await Client.GetAsync("/api/export/gexf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/gexf+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("actorgraph.gexf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var gexf = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace g = ActorGraph.Export.GexfVersion.Default.Namespace;
        Assert.Equal(4, gexf.Descendants(g + "edge").Count());
        Assert.Equal(2, gexf.Descendants(g + "node").Count());
        Assert.Contains(gexf.Descendants(g + "attvalue"), v => v.Attribute("value")!.Value == "Kutcher tags Esken & asks about <chat control>");
    }

    [Theory]
    [InlineData("", "http://www.gexf.net/1.2draft", "1.2")]
    [InlineData("?version=1.2draft", "http://www.gexf.net/1.2draft", "1.2")]
    [InlineData("?version=1.3", "http://gexf.net/1.3", "1.3")]
    public async Task Gexf_is_1_2draft_by_default_and_1_3_on_request(string query, string ns, string version)
    {
        var root = XDocument.Parse(await Client.GetStringAsync("/api/export/gexf" + query)).Root!;
        Assert.Equal((ns, version), (root.Name.NamespaceName, root.Attribute("version")!.Value));
        Assert.Equal(4, root.Descendants(XName.Get("edge", ns)).Count());
    }

    [Fact]
    public async Task Filters_are_those_of_the_graph_endpoint()
    {
        var graph = JsonNode.Parse(await Client.GetStringAsync("/api/graph?types=REPLIED_TO&from=2022-05-13"))!;
        var graphml = XDocument.Parse(await Client.GetStringAsync("/api/export/graphml?types=REPLIED_TO&from=2022-05-13"));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";

        Assert.Single(graphml.Descendants(ns + "edge"));
        Assert.Equal(graph["edges"]!.AsArray().Count, graphml.Descendants(ns + "edge").Count());
        Assert.Equal(graph["nodes"]!.AsArray().Count, graphml.Descendants(ns + "node").Count());
    }

    [Fact]
    public async Task Csv_is_a_zip_of_Gephi_node_and_edge_tables()
    {
        var response = await Client.GetAsync("/api/export/csv?types=REPLIED_TO");

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("actorgraph-csv.zip", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["edges.csv", "nodes.csv"], zip.Entries.Select(e => e.FullName).Order());
        var edges = await new StreamReader(zip.GetEntry("edges.csv")!.Open()).ReadToEndAsync();
        var lines = edges.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Source,Target,Type,Id,Label,Weight", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",'=and again,", lines[2]);
    }

    [Theory]
    [InlineData("/api/export/pdf", "gexf, graphml, csv")]
    [InlineData("/api/export/gexf?types=SHOUTED", "SHOUTED")]
    [InlineData("/api/export/graphml?from=yesterday", "from")]
    [InlineData("/api/export/gexf?version=1.4", "1.2draft")]
    [InlineData("/api/export/graphml?version=1.3", "only for gexf")]
    public async Task Bad_requests_are_problems_that_say_what_is_wrong(string path, string mentioned)
    {
        var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentioned, await response.Content.ReadAsStringAsync());
    }
}
