using System.Globalization;
using System.Xml;
using ActorGraph.Model;

namespace ActorGraph.Export;

/// <summary>
/// A GEXF version the writer speaks: the elements are the same, the namespaces and the version number differ.
/// 1.2draft is the default because it is what readers take without being told (networkx's <c>read_gexf(path)</c>,
/// Gephi, graphology); 1.3 on request.
/// </summary>
public sealed record GexfVersion(string Name, string Namespace, string VizNamespace, string Number)
{
    public static readonly GexfVersion V12Draft = new("1.2draft", "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz", "1.2");
    public static readonly GexfVersion V13 = new("1.3", "http://gexf.net/1.3", "http://gexf.net/1.3/viz", "1.3");
    public static readonly GexfVersion Default = V12Draft;

    /// <summary><c>1.2draft</c> (or <c>1.2</c>; null is the default) or <c>1.3</c>.</summary>
    /// <exception cref="BadInputException">Any other version.</exception>
    public static GexfVersion Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "1.2" or "1.2draft" => V12Draft,
        "1.3" => V13,
        _ => throw new BadInputException($"GEXF version: expected 1.2draft (the default) or 1.3, got '{name}'."),
    };
}

/// <summary>
/// GEXF (<see cref="GexfVersion"/>: 1.2draft by default, 1.3 on request), the format Gephi reads best. Conventions:
/// <list type="bullet">
/// <item>A directed graph; parallel edges (two replies between the same pair) stay separate edges, with ids <c>e0</c>, <c>e1</c>…;
/// edge <c>label</c> and <c>kind</c> are the relation type, <c>weight</c> the relation's weight.</item>
/// <item>Node <c>label</c> is the actor's name (a document's title); attributes kind, party, country, the actors' own
/// attributes typed by their values (followers_count as integer, verified as boolean…, see <see cref="AttributeColumns"/>)
/// and, with measures, degree, pagerank, betweenness, community. Edge attributes relation, date (ISO 8601 UTC), sourceId, url, quote,
/// documentId, confidence, extractor. An absent value is left out, not written empty.</item>
/// <item>With measures, <c>viz:color</c> is the community's colour and <c>viz:size</c> grows with PageRank
/// (<see cref="ExportMeasures"/>), so the graph opens in Gephi already coloured.</item>
/// <item>When any relation has a time the graph is dynamic (<c>mode="dynamic" timeformat="date"</c>) and each dated
/// edge has <c>start</c> = its UTC date, so Gephi's timeline works; undated edges exist throughout.</item>
/// <item>With a timeline (<see cref="ExportSource.Timeline"/>), nodes carry the measure and the rank per period as dynamic
/// attributes (<c>pagerank_t</c>, <c>rank_t</c>) with one spell per period, so sizes can follow the timeline.</item>
/// <item>Characters XML 1.0 cannot carry (control characters but tab, LF, CR) are replaced by U+FFFD; everything else,
/// quotes, ampersands, angle brackets, any script, survives as written.</item>
/// </list>
/// Streams: memory does not grow with the number of relations.
/// </summary>
public static class GexfWriter
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Writes the default version, <see cref="GexfVersion.Default"/>.</summary>
    public static Task WriteAsync(ExportSource source, Stream output, ExportMeasures? measures = null, CancellationToken ct = default) =>
        WriteAsync(source, output, measures, GexfVersion.Default, ct);

    public static async Task WriteAsync(ExportSource source, Stream output, ExportMeasures? measures, GexfVersion version, CancellationToken ct = default)
    {
        var spool = new SpoolStream(output);
        using (var xml = XmlWriter.Create(spool, XmlExport.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", version.Namespace);
            xml.WriteAttributeString("xmlns", "viz", null, version.VizNamespace);
            xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{version.Namespace} {version.Namespace}/gexf.xsd");
            xml.WriteAttributeString("version", version.Number);

            xml.WriteStartElement("meta", version.Namespace);
            xml.WriteAttributeString("lastmodifieddate", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteElementString("creator", version.Namespace, "ActorGraph");
            xml.WriteElementString("description", version.Namespace, source.Description);
            xml.WriteEndElement();

            xml.WriteStartElement("graph", version.Namespace);
            xml.WriteAttributeString("defaultedgetype", "directed");
            if (source.HasDates)
            {
                xml.WriteAttributeString("mode", "dynamic");
                xml.WriteAttributeString("timeformat", "date");
            }
            else xml.WriteAttributeString("mode", "static");

            xml.WriteStartElement("attributes", version.Namespace);
            xml.WriteAttributeString("class", "node");
            xml.WriteAttributeString("mode", "static");
            Declare(xml, version, source.NodeColumns);
            if (measures is not null) Declare(xml, version, ExportColumns.Measures);
            xml.WriteEndElement();
            if (source.Timeline is { } timeline)
            {
                xml.WriteStartElement("attributes", version.Namespace);
                xml.WriteAttributeString("class", "node");
                xml.WriteAttributeString("mode", "dynamic");
                DeclareDynamic(xml, version, timeline.ValueAttribute, $"{timeline.Result.Measure} per {timeline.Result.Every}", "double");
                DeclareDynamic(xml, version, ExportTimeline.RankAttribute, $"rank by {timeline.Result.Measure} per {timeline.Result.Every}", "integer");
                xml.WriteEndElement();
            }
            xml.WriteStartElement("attributes", version.Namespace);
            xml.WriteAttributeString("class", "edge");
            xml.WriteAttributeString("mode", "static");
            Declare(xml, version, ExportColumns.Edge);
            xml.WriteEndElement();

            xml.WriteStartElement("nodes", version.Namespace);
            await foreach (var element in source.ReadNodesAsync(ct))
            {
                WriteNode(xml, version, source.NodeColumns, ExportNode.Of(element), measures, source.Timeline);
                await spool.DrainIfFullAsync(ct);
            }
            xml.WriteEndElement();

            xml.WriteStartElement("edges", version.Namespace);
            await foreach (var (id, relation) in source.ReadRelationsAsync(ct))
            {
                WriteEdge(xml, version, id, relation);
                await spool.DrainIfFullAsync(ct);
            }
            xml.WriteEndElement();

            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        await spool.DrainAsync(ct);
    }

    private static void Declare<T>(XmlWriter xml, GexfVersion version, IEnumerable<Column<T>> columns)
    {
        foreach (var column in columns)
        {
            xml.WriteStartElement("attribute", version.Namespace);
            xml.WriteAttributeString("id", column.Name);
            xml.WriteAttributeString("title", column.Name);
            xml.WriteAttributeString("type", column.Type switch
            {
                ColumnType.Integer => "integer",
                ColumnType.Long => "long",
                ColumnType.Double => "double",
                ColumnType.Boolean => "boolean",
                _ => "string",
            });
            xml.WriteEndElement();
        }
    }

    private static void DeclareDynamic(XmlWriter xml, GexfVersion version, string id, string title, string type)
    {
        xml.WriteStartElement("attribute", version.Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("title", title);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, GexfVersion version, Column<ExportNode>[] columns, ExportNode node, ExportMeasures? measures, ExportTimeline? timeline)
    {
        xml.WriteStartElement("node", version.Namespace);
        xml.Attribute("id", node.Id);
        xml.Attribute("label", node.Label);
        var nodeMeasures = measures?.ByNode.GetValueOrDefault(node.Id);
        xml.WriteStartElement("attvalues", version.Namespace);
        WriteValues(xml, version, columns, node);
        if (nodeMeasures is not null) WriteValues(xml, version, ExportColumns.Measures, nodeMeasures);
        if (timeline is not null)
        {
            // One value per period as a spell over its days (GEXF intervals are closed: the last day is included).
            foreach (var (value, rank, first, last) in timeline.Spells(node.Id))
            {
                WriteSpell(xml, version, timeline.ValueAttribute, XmlExport.Number(value), first, last);
                WriteSpell(xml, version, ExportTimeline.RankAttribute, rank.ToString(CultureInfo.InvariantCulture), first, last);
            }
        }
        xml.WriteEndElement();
        if (nodeMeasures is not null)
        {
            var (r, g, b) = ExportMeasures.ColorOf(nodeMeasures.Community);
            xml.WriteStartElement("color", version.VizNamespace);
            xml.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("g", g.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("b", b.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteStartElement("size", version.VizNamespace);
            xml.WriteAttributeString("value", XmlExport.Number(measures!.SizeOf(nodeMeasures.PageRank)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteSpell(XmlWriter xml, GexfVersion version, string attribute, string value, DateOnly first, DateOnly last)
    {
        xml.WriteStartElement("attvalue", version.Namespace);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", value);
        xml.WriteAttributeString("start", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteAttributeString("end", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, GexfVersion version, string id, Relation relation)
    {
        xml.WriteStartElement("edge", version.Namespace);
        xml.WriteAttributeString("id", id);
        xml.Attribute("source", relation.Source);
        xml.Attribute("target", relation.Target);
        var type = relation.Type.ToName();
        xml.WriteAttributeString("label", type);
        xml.WriteAttributeString("kind", type);
        xml.WriteAttributeString("weight", XmlExport.Number(relation.Weight));
        if (relation.At is { } at)
            xml.WriteAttributeString("start", at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteStartElement("attvalues", version.Namespace);
        WriteValues(xml, version, ExportColumns.Edge, relation);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteValues<T>(XmlWriter xml, GexfVersion version, IEnumerable<Column<T>> columns, T item)
    {
        foreach (var column in columns)
        {
            if (column.Value(item) is not { } value) continue;
            xml.WriteStartElement("attvalue", version.Namespace);
            xml.WriteAttributeString("for", column.Name);
            xml.Attribute("value", value);
            xml.WriteEndElement();
        }
    }
}
