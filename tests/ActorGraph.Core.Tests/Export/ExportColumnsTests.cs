using System.Text.Json;
using ActorGraph.Core.Tests.Ingest;
using ActorGraph.Core.Tests.Storage;
using ActorGraph.Export;
using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Export;

/// <summary>X account metadata (and any actor attribute) goes into every export, typed by its values, so Gephi can size by followers.</summary>
public sealed class ExportColumnsTests : IAsyncLifetime
{
    // Two accounts with profiles as the X API writes them, one with a 19-digit id and over 2^31 tweets; a third without counts.
    private const string Page = """
        {"data": [{"id": "1", "author_id": "1500000000000000001", "text": "@mhahn_fict @kurz_fict Radweg?", "entities": {"mentions": [{"username": "mhahn_fict", "id": "9002"}, {"username": "kurz_fict", "id": "9003"}]}}], "includes": {"users": [{"id": "1500000000000000001", "username": "aberger_fict", "name": "Anna Berger", "description": "Rad & <Weg>", "verified": true, "verified_type": "blue", "public_metrics": {"followers_count": 17000000, "following_count": 12, "tweet_count": 3000000000, "listed_count": 7}}, {"id": "9002", "username": "mhahn_fict", "name": "Markus Hahn", "verified": false, "public_metrics": {"followers_count": 450, "following_count": 3, "tweet_count": 99, "listed_count": 0}}, {"id": "9003", "username": "kurz_fict", "name": "Kurz"}]}}
        """;

    private TemporarySqliteStore _temporary = null!;
    private string _directory = null!;

    public async Task InitializeAsync()
    {
        _temporary = await TemporarySqliteStore.CreateAsync();
        _directory = Directory.CreateTempSubdirectory("actorgraph-columns-").FullName;
        var elements = new IngestReport().Watch(XTweetsReader.Read(CsvText.Utf8(Page), "page.jsonl"), strict: false);
        await _temporary.Store.IngestAsync(elements.ToAsyncEnumerable(), new IngestOptions());
    }

    public async Task DisposeAsync()
    {
        await _temporary.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<string> ExportAsync(ExportFormat format, string name)
    {
        var path = Path.Combine(_directory, name);
        var source = await ExportSource.OpenAsync(_temporary.Store, RelationFilter.All);
        await using (var file = File.Create(path)) await format.WriteAsync(source, file, null, CancellationToken.None);
        return path;
    }

    private static void AssertTyped(JsonElement graph)
    {
        var nodes = graph.GetProperty("nodes");
        var anna = nodes.GetProperty("x:aberger_fict");
        Assert.Equal(17_000_000, anna.GetProperty("followers_count").GetDouble());
        Assert.Equal(3_000_000_000, anna.GetProperty("tweet_count").GetDouble());
        Assert.Equal(JsonValueKind.True, anna.GetProperty("verified").ValueKind);
        Assert.Equal("1500000000000000001", anna.GetProperty("x_id").GetString());
        Assert.Equal("Rad & <Weg>", anna.GetProperty("description").GetString());
        var markus = nodes.GetProperty("x:mhahn_fict");
        Assert.Equal(450, markus.GetProperty("followers_count").GetDouble());
        Assert.Equal(JsonValueKind.False, markus.GetProperty("verified").ValueKind);
    }

    [Fact]
    public async Task Networkx_reads_account_counts_from_GEXF_as_numbers_and_verified_as_a_boolean()
    {
        var graph = await ExternalReaders.NetworkxAsync("gexf", await ExportAsync(ExportFormats.Gexf, "x.gexf"));

        AssertTyped(graph);
        Assert.Equal(JsonValueKind.Number, graph.GetProperty("nodes").GetProperty("x:aberger_fict").GetProperty("listed_count").ValueKind);
        Assert.False(graph.GetProperty("nodes").GetProperty("x:kurz_fict").TryGetProperty("followers_count", out _));
    }

    [Fact]
    public async Task Networkx_and_igraph_read_account_counts_from_GraphML_as_numbers()
    {
        var path = await ExportAsync(ExportFormats.GraphML, "x.graphml");

        AssertTyped(await ExternalReaders.NetworkxAsync("graphml", path));
        AssertTyped(await ExternalReaders.IgraphAsync(path));
        var keys = System.Xml.Linq.XDocument.Load(path).Root!.Elements(System.Xml.Linq.XName.Get("key", GraphMLWriter.Namespace))
            .ToDictionary(k => k.Attribute("attr.name")!.Value, k => k.Attribute("attr.type")!.Value);
        Assert.Equal(("int", "long", "boolean", "string"), (keys["followers_count"], keys["tweet_count"], keys["verified"], keys["x_id"]));
    }

    [Fact]
    public async Task The_nodes_table_has_a_column_per_attribute_after_kind_party_and_country()
    {
        var tables = await ExternalReaders.PandasCsvZipAsync(await ExportAsync(ExportFormats.Csv, "x.zip"));

        var columns = tables.GetProperty("nodeColumns").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(["Id", "Label", "Kind", "Party", "Country"], columns[..5]);
        Assert.Contains("followers_count", columns);
        var anna = tables.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("Id").GetString() == "x:aberger_fict");
        Assert.Equal("17000000", anna.GetProperty("followers_count").GetString());
        Assert.Equal("true", anna.GetProperty("verified").GetString());
    }
}
