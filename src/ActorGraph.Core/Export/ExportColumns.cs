using System.Globalization;
using ActorGraph.Model;

namespace ActorGraph.Export;

internal enum ColumnType { String, Integer, Long, Double, Boolean }

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

/// <summary>
/// Columns for the actors' free attributes (<see cref="Actor.Attributes"/>: account metadata such as followers_count,
/// extra CSV columns), typed by what the exported actors hold, so Gephi can size and filter by them: integer (long when
/// a value exceeds 32 bits), double, boolean (true/false) or string. An attribute whose name ends in <c>id</c> stays a
/// string (an identifier is not a quantity, and igraph would read a 19-digit id as an inexact double). Names that are
/// columns already (kind, label, weight, pagerank, url…) or that XML cannot carry as a name are left out.
/// </summary>
internal sealed class AttributeColumns
{
    private static readonly HashSet<string> Reserved = new(
        ExportColumns.Node.Select(c => c.Name).Concat(ExportColumns.Measures.Select(c => c.Name)).Concat(ExportColumns.Edge.Select(c => c.Name))
            .Concat(["id", "label", "weight", ExportTimeline.RankAttribute]), StringComparer.OrdinalIgnoreCase);

    // Insertion order is first appearance, so the columns come in the order the attributes were first met.
    private readonly Dictionary<string, ColumnType> _types = new(StringComparer.Ordinal);

    public void Add(IReadOnlyDictionary<string, string> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value.Length == 0 || Reserved.Contains(name) || !IsName(name)) continue;
            var type = name.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? ColumnType.String : TypeOf(value);
            _types[name] = _types.TryGetValue(name, out var before) ? Widen(before, type) : type;
        }
    }

    public Column<ExportNode>[] Columns() =>
    [
        .. _types.Select(p => new Column<ExportNode>(p.Key, p.Key, p.Value, n =>
            n.Attributes.GetValueOrDefault(p.Key) is { Length: > 0 } v ? p.Value == ColumnType.Boolean ? v.ToLowerInvariant() : v : null)),
    ];

    private static ColumnType TypeOf(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? ColumnType.Integer
        : long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? ColumnType.Long
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? ColumnType.Double
        : value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase) ? ColumnType.Boolean
        : ColumnType.String;

    /// <summary>The type that holds values of both: integer within long within double; anything else mixed is a string.</summary>
    private static ColumnType Widen(ColumnType a, ColumnType b) =>
        a == b ? a
        : a is ColumnType.Integer or ColumnType.Long or ColumnType.Double && b is ColumnType.Integer or ColumnType.Long or ColumnType.Double ? (ColumnType)Math.Max((int)a, (int)b)
        : ColumnType.String;

    /// <summary>An XML name token without a colon (GraphML key ids and attr.name are NMTOKENs).</summary>
    private static bool IsName(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
