using System.Xml.Linq;
using ActorGraph.Export;

namespace ActorGraph.Core.Tests.Export;

public sealed class GraphMLWriterTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    [Fact]
    public async Task Networkx_reads_every_node_and_edge_with_the_stored_attributes()
    {
        var graph = await ExternalReaders.NetworkxAsync("graphml", fx.GraphML);
        Assert.True(graph.GetProperty("directed").GetBoolean());
        Assert.True(graph.GetProperty("multigraph").GetBoolean());
        ReadBack.AssertMatchesStore(graph, fx);
    }

    [Fact]
    public async Task Igraph_reads_every_node_and_edge_with_the_stored_attributes()
    {
        var graph = await ExternalReaders.IgraphAsync(fx.GraphML);
        Assert.True(graph.GetProperty("directed").GetBoolean());
        // igraph's libxml2-based reader hands back an ampersand inside an attribute (here the node id) as "&#38;";
        // inside <data> (names, quotes) it is exact.
        ReadBack.AssertMatchesStore(graph, fx, emptyIsMissing: true, idAsRead: id => id.Replace("&", "&#38;"));
    }

    [Fact]
    public async Task Control_characters_are_replaced_and_line_breaks_in_text_survive()
    {
        var graph = await ExternalReaders.IgraphAsync(fx.GraphML);
        Assert.Equal("Bell\uFFFDRing\uFFFDend", graph.GetProperty("nodes").GetProperty(ExportDataset.Bell).GetProperty("label").GetString());
        Assert.Equal("line one\r\nline two\ttabbed", ReadBack.Edge(graph, "r1").GetProperty("quote").GetString());
    }

    [Fact]
    public async Task Keys_are_typed_so_readers_get_numbers_for_measures_and_weights()
    {
        var root = XDocument.Load(fx.GraphMLWithMeasures).Root!;
        XNamespace ns = GraphMLWriter.Namespace;
        var keys = root.Elements(ns + "key").ToDictionary(k => k.Attribute("for")!.Value + ":" + k.Attribute("attr.name")!.Value, k => k.Attribute("attr.type")!.Value);
        Assert.Equal("double", keys["edge:weight"]);
        Assert.Equal("double", keys["edge:confidence"]);
        Assert.Equal("int", keys["node:community"]);

        var graph = await ExternalReaders.NetworkxAsync("graphml", fx.GraphMLWithMeasures);
        foreach (var (id, expected) in fx.Measures.ByNode)
        {
            var node = graph.GetProperty("nodes").GetProperty(id);
            Assert.Equal(expected.Relations, node.GetProperty("degree").GetInt32());
            Assert.Equal(expected.PageRank, node.GetProperty("pagerank").GetDouble());
            Assert.Equal(expected.Betweenness, node.GetProperty("betweenness").GetDouble());
            Assert.Equal(expected.Community, node.GetProperty("community").GetInt32());
        }
    }
}
