using System.Globalization;
using System.Text.Json;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Export;

/// <summary>Compares what a third-party reader read (nodes by id, edges as attribute maps) with what the store holds.</summary>
internal static class ReadBack
{
    /// <summary>What XML can carry of a stored text: the dataset's two control characters become U+FFFD.</summary>
    public static string Xml(string text) => text.Replace('\u0007', '\uFFFD').Replace('\u001F', '\uFFFD');

    /// <param name="emptyIsMissing">igraph fills a missing string attribute with "" (and a number with NaN, read as null).</param>
    /// <param name="idAsRead">How the reader returns an id attribute, when it differs from the stored id.</param>
    public static void AssertMatchesStore(JsonElement graph, ExportFixture fx, bool emptyIsMissing = false, Func<string, string>? idAsRead = null)
    {
        idAsRead ??= id => id;
        var nodes = graph.GetProperty("nodes");
        var expectedIds = fx.ExpectedNodeIds.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedIds.Select(idAsRead).Order(StringComparer.Ordinal), nodes.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var id in expectedIds)
        {
            var node = nodes.GetProperty(idAsRead(id));
            if (fx.Actors.TryGetValue(id, out var actor))
            {
                Assert.Equal(Xml(actor.Name), Text(node, "label", emptyIsMissing));
                Assert.Equal(actor.Kind, Text(node, "kind", emptyIsMissing));
                Assert.Equal(actor.Party, Text(node, "party", emptyIsMissing));
                Assert.Equal(actor.Country, Text(node, "country", emptyIsMissing));
            }
            else
            {
                var document = fx.Documents[id];
                Assert.Equal(document.Title, Text(node, "label", emptyIsMissing));
                Assert.Equal("document", Text(node, "kind", emptyIsMissing));
            }
        }

        var edges = graph.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(fx.Relations.Count, edges.Count);
        Assert.Equal(edges.Count, edges.Select(e => Text(e, "id", false) ?? e.GetProperty("key").GetString()).Distinct().Count());
        foreach (var r in fx.Relations)
        {
            var edge = Assert.Single(edges, e => Text(e, "sourceId", false) == r.Evidence.SourceId && Text(e, "relation", false) == r.Type.ToName());
            Assert.Equal(idAsRead(r.Source), Text(edge, "source", false));
            Assert.Equal(idAsRead(r.Target), Text(edge, "target", false));
            Assert.Equal(r.Weight, edge.GetProperty("weight").GetDouble());
            Assert.Equal(r.Evidence.Confidence, edge.GetProperty("confidence").GetDouble());
            Assert.Equal(r.At?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Text(edge, "date", emptyIsMissing));
            Assert.Equal(r.Evidence.Url, Text(edge, "url", emptyIsMissing));
            Assert.Equal(r.Evidence.Quote is { } q ? Xml(q) : null, Text(edge, "quote", emptyIsMissing));
            Assert.Equal(r.Evidence.DocumentId, Text(edge, "documentId", emptyIsMissing));
            Assert.Equal(r.Evidence.Extractor, Text(edge, "extractor", emptyIsMissing));
        }
    }

    public static string? Text(JsonElement element, string name, bool emptyIsMissing)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        var text = value.GetString();
        return emptyIsMissing && text == "" ? null : text;
    }

    public static JsonElement Edge(JsonElement graph, string sourceId) =>
        Assert.Single(graph.GetProperty("edges").EnumerateArray(), e => Text(e, "sourceId", false) == sourceId);
}
