using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Export;

public sealed class GexfWriterTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    private static readonly XNamespace G = GexfVersion.Default.Namespace;

    [Fact]
    public async Task The_default_file_is_GEXF_1_2draft_which_networkx_reads_with_its_default_arguments()
    {
        // networkx_read.py "gexf" is the plain call a user types, nx.read_gexf(path); it finds no <graph> in any other version.
        var graph = await ExternalReaders.NetworkxAsync("gexf", fx.Gexf);
        Assert.Equal("http://www.gexf.net/1.2draft", XDocument.Load(fx.Gexf).Root!.Name.NamespaceName);
        ReadBack.AssertMatchesStore(graph, fx);
    }

    [Fact]
    public async Task GEXF_1_3_on_request_is_read_by_networkx_told_the_version_and_by_graphology()
    {
        var path = fx.TempPath("v13.gexf");
        await fx.WriteAsync(ExportFormats.GexfIn(GexfVersion.V13), path, null);
        var root = XDocument.Load(path).Root!;
        Assert.Equal(("http://gexf.net/1.3", "1.3"), (root.Name.NamespaceName, root.Attribute("version")!.Value));
        ReadBack.AssertMatchesStore(await ExternalReaders.NetworkxAsync("gexf1.3", path), fx);
        ReadBack.AssertMatchesStore(await ExternalReaders.GraphologyGexfAsync(path), fx);
    }

    [Theory]
    [InlineData("1.4")]
    [InlineData("draft")]
    public void Other_GEXF_versions_are_refused_by_name(string version) =>
        Assert.Contains(version, Assert.Throws<BadInputException>(() => GexfVersion.Parse(version)).Message);

    [Fact]
    public async Task Networkx_reads_every_node_and_edge_with_the_stored_attributes()
    {
        var graph = await ExternalReaders.NetworkxAsync("gexf", fx.Gexf);
        Assert.True(graph.GetProperty("directed").GetBoolean());
        ReadBack.AssertMatchesStore(graph, fx);
    }

    [Fact]
    public async Task Graphology_gexf_reads_every_node_and_edge_with_the_stored_attributes()
    {
        var graph = await ExternalReaders.GraphologyGexfAsync(fx.Gexf);
        Assert.Equal("directed", graph.GetProperty("type").GetString());
        ReadBack.AssertMatchesStore(graph, fx);
    }

    [Fact]
    public async Task Parallel_replies_stay_separate_edges_with_distinct_ids()
    {
        var graph = await ExternalReaders.NetworkxAsync("gexf", fx.Gexf);
        Assert.True(graph.GetProperty("multigraph").GetBoolean());
        var replies = graph.GetProperty("edges").EnumerateArray()
            .Where(e => ReadBack.Text(e, "source", false) == "saskia-esken" && ReadBack.Text(e, "target", false) == "ashton").ToList();
        Assert.Equal(2, replies.Count);
        Assert.NotEqual(replies[0].GetProperty("id").GetString(), replies[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Dated_relations_make_a_dynamic_graph_with_edge_start_dates()
    {
        var graph = await ExternalReaders.NetworkxAsync("gexf", fx.Gexf);
        Assert.Equal("dynamic", graph.GetProperty("graph").GetProperty("mode").GetString());
        Assert.Equal("2022-05-11", ReadBack.Text(ReadBack.Edge(graph, "t1"), "start", false));
        Assert.Equal("2012-12-05", ReadBack.Text(ReadBack.Edge(graph, "s-de"), "start", false));
        Assert.Null(ReadBack.Text(ReadBack.Edge(graph, "l1"), "start", false));
        Assert.Equal("date", XDocument.Load(fx.Gexf).Root!.Element(G + "graph")!.Attribute("timeformat")!.Value);
    }

    [Fact]
    public async Task Undated_relations_alone_make_a_static_graph()
    {
        var path = fx.TempPath("undated.gexf");
        await fx.WriteAsync(ExportFormats.Gexf, path, null, RelationFilters.Parse("LIKED,FOLLOWS", null, null));
        var graph = await ExternalReaders.NetworkxAsync("gexf", path);
        Assert.Equal("static", graph.GetProperty("graph").GetProperty("mode").GetString());
        Assert.Equal(2, graph.GetProperty("edges").GetArrayLength());
        Assert.Null(XDocument.Load(path).Root!.Element(G + "graph")!.Attribute("timeformat"));
    }

    [Fact]
    public async Task Control_characters_are_replaced_and_markup_scripts_and_emoji_survive()
    {
        var graph = await ExternalReaders.GraphologyGexfAsync(fx.Gexf);
        var nodes = graph.GetProperty("nodes");
        Assert.Equal("Bell\uFFFDRing\uFFFDend", nodes.GetProperty(ExportDataset.Bell).GetProperty("label").GetString());
        Assert.Equal("He said \"yes\" & <she> said 'no'", nodes.GetProperty("quote-amp").GetProperty("label").GetString());
        Assert.Equal("A&B <Party>", nodes.GetProperty("quote-amp").GetProperty("party").GetString());
        Assert.Equal("حزب العمل \u200Fשלום", nodes.GetProperty("rtl").GetProperty("label").GetString());
        Assert.Equal("習近平 🇨🇳 👩🏽‍⚖️", nodes.GetProperty("cjk").GetProperty("label").GetString());
        Assert.True(nodes.TryGetProperty(ExportDataset.MarkupId, out _));
        Assert.Equal("line one\r\nline two\ttabbed", ReadBack.Text(ReadBack.Edge(graph, "r1"), "quote", false));
    }

    [Fact]
    public async Task Isolated_actors_are_left_out_while_documents_and_placeholder_actors_are_nodes()
    {
        var nodes = (await ExternalReaders.NetworkxAsync("gexf", fx.Gexf)).GetProperty("nodes");
        Assert.False(nodes.TryGetProperty(ExportDataset.Isolated, out _));
        Assert.Equal("document", nodes.GetProperty(ExportDataset.Alliance).GetProperty("kind").GetString());
        Assert.Equal("unknown", nodes.GetProperty(ExportDataset.UnknownOrganisation).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Type_and_time_filters_select_the_edges_and_the_nodes_they_touch()
    {
        var path = fx.TempPath("signed.gexf");
        await fx.WriteAsync(ExportFormats.Gexf, path, null, RelationFilters.Parse("SIGNED", "2012-01-01", "2012-12-31"));
        var graph = await ExternalReaders.NetworkxAsync("gexf", path);
        Assert.Equal(["alliance-2012", "de", "fr"], graph.GetProperty("nodes").EnumerateObject().Select(p => p.Name).Order().ToArray());
        Assert.All(graph.GetProperty("edges").EnumerateArray(), e => Assert.Equal("SIGNED", e.GetProperty("relation").GetString()));
        Assert.Equal(2, graph.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Measures_become_node_attributes_with_colour_by_community_and_size_by_pagerank()
    {
        var graph = await ExternalReaders.NetworkxAsync("gexf", fx.GexfWithMeasures);
        var nodes = graph.GetProperty("nodes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(fx.Measures.ByNode.Count, nodes.Count);
        var colourOfCommunity = new Dictionary<int, string>();
        var bySize = new List<(double PageRank, double Size)>();
        foreach (var (id, expected) in fx.Measures.ByNode)
        {
            var node = nodes[id];
            Assert.Equal(expected.Relations, node.GetProperty("degree").GetInt32());
            Assert.Equal(expected.PageRank, node.GetProperty("pagerank").GetDouble());
            Assert.Equal(expected.Betweenness, node.GetProperty("betweenness").GetDouble());
            Assert.Equal(expected.Community, node.GetProperty("community").GetInt32());
            var viz = node.GetProperty("viz");
            var colour = viz.GetProperty("color").ToString();
            if (colourOfCommunity.TryGetValue(expected.Community, out var known)) Assert.Equal(known, colour);
            else colourOfCommunity[expected.Community] = colour;
            bySize.Add((expected.PageRank, viz.GetProperty("size").GetDouble()));
        }
        Assert.Equal(colourOfCommunity.Count, colourOfCommunity.Values.Distinct().Count());
        var ordered = bySize.OrderBy(x => x.PageRank).Select(x => x.Size).ToList();
        Assert.Equal(ordered.Order().ToList(), ordered);
        Assert.Equal(ExportMeasures.MaxSize, ordered[^1], 9);
    }

    /// <summary>
    /// No package reachable here ships the GEXF XSDs (Debian has no gexf package; graphology-gexf and networkx carry no
    /// schema), so this checks the structure the schemas prescribe (the same in 1.2draft and 1.3): namespace and version,
    /// meta before graph, attribute declarations before nodes before edges, declared types, every value typed and declared
    /// for its class, unique ids, no dangling edge, xsd:date starts, viz colours as bytes.
    /// </summary>
    [Theory]
    [InlineData("1.2draft", "1.2")]
    [InlineData("1.3", "1.3")]
    public async Task File_has_the_GEXF_structure(string name, string number)
    {
        var version = GexfVersion.Parse(name);
        var path = fx.TempPath($"structure-{name}.gexf");
        await fx.WriteAsync(ExportFormats.GexfIn(version), path, fx.Measures);
        XNamespace G = version.Namespace, Viz = version.VizNamespace;
        var root = XDocument.Load(path).Root!;
        Assert.Equal(G + "gexf", root.Name);
        Assert.Equal(number, root.Attribute("version")!.Value);
        Assert.Equal([G + "meta", G + "graph"], root.Elements().Select(e => e.Name));
        var graph = root.Element(G + "graph")!;
        Assert.Equal("directed", graph.Attribute("defaultedgetype")!.Value);
        Assert.Contains(graph.Attribute("mode")!.Value, new[] { "static", "dynamic" });
        Assert.Equal([G + "attributes", G + "attributes", G + "nodes", G + "edges"], graph.Elements().Select(e => e.Name));

        var types = graph.Elements(G + "attributes").ToDictionary(a => a.Attribute("class")!.Value,
            a => a.Elements(G + "attribute").ToDictionary(x => x.Attribute("id")!.Value, x => x.Attribute("type")!.Value));
        Assert.Equal(["edge", "node"], types.Keys.Order());
        var allowed = new[] { "integer", "long", "double", "float", "boolean", "string", "anyURI" };
        Assert.All(types.Values.SelectMany(t => t.Values), t => Assert.Contains(t, allowed));

        var nodeIds = new HashSet<string>();
        foreach (var node in graph.Element(G + "nodes")!.Elements())
        {
            Assert.Equal(G + "node", node.Name);
            Assert.True(nodeIds.Add(node.Attribute("id")!.Value));
            Assert.NotNull(node.Attribute("label"));
            CheckValues(G, node, types["node"]);
            foreach (var channel in new[] { "r", "g", "b" })
                Assert.InRange(int.Parse(node.Element(Viz + "color")!.Attribute(channel)!.Value, CultureInfo.InvariantCulture), 0, 255);
            Assert.True(double.Parse(node.Element(Viz + "size")!.Attribute("value")!.Value, CultureInfo.InvariantCulture) > 0);
        }
        var edgeIds = new HashSet<string>();
        foreach (var edge in graph.Element(G + "edges")!.Elements())
        {
            Assert.Equal(G + "edge", edge.Name);
            Assert.True(edgeIds.Add(edge.Attribute("id")!.Value));
            Assert.Contains(edge.Attribute("source")!.Value, nodeIds);
            Assert.Contains(edge.Attribute("target")!.Value, nodeIds);
            XmlConvert.ToDouble(edge.Attribute("weight")!.Value);
            if (edge.Attribute("start") is { } start) DateOnly.ParseExact(start.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            CheckValues(G, edge, types["edge"]);
        }
    }

    private static void CheckValues(XNamespace G, XElement element, Dictionary<string, string> declared)
    {
        foreach (var value in element.Elements(G + "attvalues").Elements())
        {
            Assert.Equal(G + "attvalue", value.Name);
            var type = declared[value.Attribute("for")!.Value];
            var text = value.Attribute("value")!.Value;
            switch (type)
            {
                case "integer": XmlConvert.ToInt32(text); break;
                case "double": XmlConvert.ToDouble(text); break;
            }
        }
    }

    [Fact]
    public async Task A_timeline_becomes_dynamic_node_attributes_with_one_spell_per_year_that_networkx_reads_back()
    {
        var timeline = await ExportTimeline.ComputeAsync(fx.Store, RelationFilter.All, Measures.Require("degree"), new TimelineOptions(PeriodUnit.Year));
        var path = fx.TempPath("timeline.gexf");
        await using (var file = File.Create(path))
            await GexfWriter.WriteAsync((await ExportSource.OpenAsync(fx.Store, RelationFilter.All)).WithTimeline(timeline), file);

        var nodes = (await ExternalReaders.NetworkxAsync("gexf", path)).GetProperty("nodes");
        Assert.True(timeline.Result.Periods.Count > 1);
        Assert.NotEmpty(timeline.Result.Series);
        foreach (var series in timeline.Result.Series)
        {
            var expected = timeline.Result.Periods.Select((year, p) => (Value: series.Values[p], Rank: series.Ranks[p], year))
                .Where(x => x.Value is not null).ToList();
            var values = nodes.GetProperty(series.Id).GetProperty("degree per year").EnumerateArray()
                .Select(s => (s[0].GetDouble(), s[1].GetString()!, s[2].GetString()!));
            Assert.Equal(expected.Select(x => (x.Value!.Value, $"{x.year}-01-01", $"{x.year}-12-31")), values);
            var ranks = nodes.GetProperty(series.Id).GetProperty("rank by degree per year").EnumerateArray().Select(s => s[0].GetInt32());
            Assert.Equal(expected.Select(x => x.Rank!.Value), ranks);
        }
    }
}
