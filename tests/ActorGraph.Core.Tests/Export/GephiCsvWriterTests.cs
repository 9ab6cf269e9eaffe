using System.Globalization;
using ActorGraph.Export;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Export;

public sealed class GephiCsvWriterTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    /// <summary>What a spreadsheet-safe cell looks like: the issue's rule, written out here rather than called.</summary>
    private static string Neutralised(string text) => text.Length > 0 && "=+-@".Contains(text[0]) ? "'" + text : text;

    [Fact]
    public async Task Pandas_reads_both_tables_with_Gephi_headers_and_the_stored_values()
    {
        var tables = await ExternalReaders.PandasCsvZipAsync(fx.CsvZip);
        Assert.Equal(["edges.csv", "nodes.csv"], tables.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["Id", "Label", "Kind", "Party", "Country"], tables.GetProperty("nodeColumns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["Source", "Target", "Type", "Id", "Label", "Weight"], tables.GetProperty("edgeColumns").EnumerateArray().Take(6).Select(c => c.GetString()));

        var nodes = tables.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("Id").GetString()!);
        Assert.Equal(fx.ExpectedNodeIds.Select(Neutralised).Order(StringComparer.Ordinal), nodes.Keys.Order(StringComparer.Ordinal));
        foreach (var actor in fx.Actors.Values.Where(a => nodes.ContainsKey(Neutralised(a.Id))))
        {
            var row = nodes[Neutralised(actor.Id)];
            Assert.Equal(Neutralised(actor.Name), row.GetProperty("Label").GetString());
            Assert.Equal(actor.Kind, row.GetProperty("Kind").GetString());
            Assert.Equal(Neutralised(actor.Party ?? ""), row.GetProperty("Party").GetString());
            Assert.Equal(actor.Country ?? "", row.GetProperty("Country").GetString());
        }

        var edges = tables.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(fx.Relations.Count, edges.Count);
        Assert.Equal(edges.Count, edges.Select(e => e.GetProperty("Id").GetString()).Distinct().Count());
        foreach (var r in fx.Relations)
        {
            var edge = Assert.Single(edges, e => e.GetProperty("SourceId").GetString() == Neutralised(r.Evidence.SourceId) && e.GetProperty("Label").GetString() == r.Type.ToName());
            Assert.Equal(Neutralised(r.Source), edge.GetProperty("Source").GetString());
            Assert.Equal(Neutralised(r.Target), edge.GetProperty("Target").GetString());
            Assert.Equal("Directed", edge.GetProperty("Type").GetString());
            Assert.Equal(r.Weight, double.Parse(edge.GetProperty("Weight").GetString()!, CultureInfo.InvariantCulture));
            Assert.Equal(r.Evidence.Confidence, double.Parse(edge.GetProperty("Confidence").GetString()!, CultureInfo.InvariantCulture));
            Assert.Equal(Neutralised(r.Evidence.Quote ?? ""), edge.GetProperty("Quote").GetString());
            Assert.Equal(r.Evidence.Url, edge.GetProperty("Url").GetString());
        }
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_evaluate_are_neutralised_and_everything_else_is_kept()
    {
        var tables = await ExternalReaders.PandasCsvZipAsync(fx.CsvZip);
        var nodes = tables.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("Id").GetString()!, n => n.GetProperty("Label").GetString());
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"x\")", nodes["'=formula"]);
        Assert.Equal("'+49 30 227", nodes["'+plus"]);
        Assert.Equal("'@handle", nodes["'@at"]);
        Assert.Equal(ExportDataset.BellName, nodes[ExportDataset.Bell]);
        Assert.Equal("He said \"yes\" & <she> said 'no'", nodes["quote-amp"]);
        Assert.Equal("習近平 🇨🇳 👩🏽‍⚖️", nodes["cjk"]);
        var edges = tables.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("SourceId").GetString()!);
        Assert.Equal("'@SUM(1+1)*cmd|' /C calc'!A0", edges["'-1+1"].GetProperty("Quote").GetString());
        Assert.Equal("line one\r\nline two\ttabbed", edges["r1"].GetProperty("Quote").GetString());
    }

    [Fact]
    public async Task Measures_add_numeric_columns_to_the_nodes_table()
    {
        var tables = await ExternalReaders.PandasCsvZipAsync(fx.CsvZipWithMeasures);
        Assert.Equal(["Degree", "PageRank", "Betweenness", "Community"], tables.GetProperty("nodeColumns").EnumerateArray().Skip(5).Select(c => c.GetString()));
        foreach (var row in tables.GetProperty("nodes").EnumerateArray())
        {
            var id = row.GetProperty("Id").GetString()!;
            var expected = fx.Measures.ByNode[id.StartsWith('\'') ? id[1..] : id];
            Assert.Equal(expected.PageRank, double.Parse(row.GetProperty("PageRank").GetString()!, CultureInfo.InvariantCulture));
            Assert.Equal(expected.Community.ToString(CultureInfo.InvariantCulture), row.GetProperty("Community").GetString());
        }
    }
}
