using System.Globalization;
using ActorGraph.Model;

namespace ActorGraph.Export;

internal enum ColumnType { String, Integer, Double }

/// <param name="Name">Attribute id and title in GEXF and GraphML (what networkx and igraph show).</param>
/// <param name="Header">Column header in the Gephi CSV tables.</param>
/// <param name="Value">The value as written (invariant culture), or null when the element has none.</param>
internal sealed record Column<T>(string Name, string Header, ColumnType Type, Func<T, string?> Value);

/// <summary>
/// The attributes every file format writes, in one list so GEXF, GraphML and CSV agree. The node label (name or title),
/// the edge endpoints, id and weight are not here: each format has its own place for them.
/// </summary>
internal static class ExportColumns
{
    public static readonly Column<ExportNode>[] Node =
    [
        new("kind", "Kind", ColumnType.String, n => n.Kind),
        new("party", "Party", ColumnType.String, n => n.Party),
        new("country", "Country", ColumnType.String, n => n.Country),
    ];

    public static readonly Column<NodeMeasures>[] Measures =
    [
        new("degree", "Degree", ColumnType.Integer, m => m.Relations.ToString(CultureInfo.InvariantCulture)),
        new("pagerank", "PageRank", ColumnType.Double, m => XmlExport.Number(m.PageRank)),
        new("betweenness", "Betweenness", ColumnType.Double, m => XmlExport.Number(m.Betweenness)),
        new("community", "Community", ColumnType.Integer, m => m.Community.ToString(CultureInfo.InvariantCulture)),
    ];

    public static readonly Column<Relation>[] Edge =
    [
        new("relation", "Relation", ColumnType.String, r => r.Type.ToName()),
        new("date", "Date", ColumnType.String, r => r.At is { } at ? Timestamps.Format(at) : null),
        new("sourceId", "SourceId", ColumnType.String, r => r.Evidence.SourceId),
        new("url", "Url", ColumnType.String, r => r.Evidence.Url),
        new("quote", "Quote", ColumnType.String, r => r.Evidence.Quote),
        new("documentId", "DocumentId", ColumnType.String, r => r.Evidence.DocumentId),
        new("confidence", "Confidence", ColumnType.Double, r => XmlExport.Number(r.Evidence.Confidence)),
        new("extractor", "Extractor", ColumnType.String, r => r.Evidence.Extractor),
    ];
}
