using System.Globalization;
using System.Xml;
using ActorGraph.Model;

namespace ActorGraph.Export;

/// <summary>
/// GEXF 1.3 (<c>http://gexf.net/1.3</c>), the format Gephi reads best. Conventions:
/// <list type="bullet">
/// <item>A directed graph; parallel edges (two replies between the same pair) stay separate edges, with ids <c>e0</c>, <c>e1</c>…;
/// edge <c>label</c> and <c>kind</c> are the relation type, <c>weight</c> the relation's weight.</item>
/// <item>Node <c>label</c> is the actor's name (a document's title); attributes kind, party, country and, with measures,
/// degree, pagerank, betweenness, community. Edge attributes relation, date (ISO 8601 UTC), sourceId, url, quote,
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
    public const string Namespace = "http://gexf.net/1.3";
    public const string VizNamespace = "http://gexf.net/1.3/viz";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static async Task WriteAsync(ExportSource source, Stream output, ExportMeasures? measures = null, CancellationToken ct = default)
    {
        var spool = new SpoolStream(output);
        using (var xml = XmlWriter.Create(spool, XmlExport.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Namespace);
            xml.WriteAttributeString("xmlns", "viz", null, VizNamespace);
            xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{Namespace} {Namespace}/gexf.xsd");
            xml.WriteAttributeString("version", "1.3");

            xml.WriteStartElement("meta", Namespace);
            xml.WriteAttributeString("lastmodifieddate", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteElementString("creator", Namespace, "ActorGraph");
            xml.WriteElementString("description", Namespace, source.Description);
            xml.WriteEndElement();

            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("defaultedgetype", "directed");
            if (source.HasDates)
            {
                xml.WriteAttributeString("mode", "dynamic");
                xml.WriteAttributeString("timeformat", "date");
            }
            else xml.WriteAttributeString("mode", "static");

            xml.WriteStartElement("attributes", Namespace);
            xml.WriteAttributeString("class", "node");
            xml.WriteAttributeString("mode", "static");
            Declare(xml, ExportColumns.Node);
            if (measures is not null) Declare(xml, ExportColumns.Measures);
            xml.WriteEndElement();
            if (source.Timeline is { } timeline)
            {
                xml.WriteStartElement("attributes", Namespace);
                xml.WriteAttributeString("class", "node");
                xml.WriteAttributeString("mode", "dynamic");
                DeclareDynamic(xml, timeline.ValueAttribute, $"{timeline.Result.Measure} per {timeline.Result.Every}", "double");
                DeclareDynamic(xml, ExportTimeline.RankAttribute, $"rank by {timeline.Result.Measure} per {timeline.Result.Every}", "integer");
                xml.WriteEndElement();
            }
            xml.WriteStartElement("attributes", Namespace);
            xml.WriteAttributeString("class", "edge");
            xml.WriteAttributeString("mode", "static");
            Declare(xml, ExportColumns.Edge);
            xml.WriteEndElement();

            xml.WriteStartElement("nodes", Namespace);
            await foreach (var element in source.ReadNodesAsync(ct))
            {
                WriteNode(xml, ExportNode.Of(element), measures, source.Timeline);
                await spool.DrainIfFullAsync(ct);
            }
            xml.WriteEndElement();

            xml.WriteStartElement("edges", Namespace);
            await foreach (var (id, relation) in source.ReadRelationsAsync(ct))
            {
                WriteEdge(xml, id, relation);
                await spool.DrainIfFullAsync(ct);
            }
            xml.WriteEndElement();

            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        await spool.DrainAsync(ct);
    }

    private static void Declare<T>(XmlWriter xml, IEnumerable<Column<T>> columns)
    {
        foreach (var column in columns)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", column.Name);
            xml.WriteAttributeString("title", column.Name);
            xml.WriteAttributeString("type", column.Type switch
            {
                ColumnType.Integer => "integer",
                ColumnType.Double => "double",
                _ => "string",
            });
            xml.WriteEndElement();
        }
    }

    private static void DeclareDynamic(XmlWriter xml, string id, string title, string type)
    {
        xml.WriteStartElement("attribute", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("title", title);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, ExportNode node, ExportMeasures? measures, ExportTimeline? timeline)
    {
        xml.WriteStartElement("node", Namespace);
        xml.Attribute("id", node.Id);
        xml.Attribute("label", node.Label);
        var nodeMeasures = measures?.ByNode.GetValueOrDefault(node.Id);
        xml.WriteStartElement("attvalues", Namespace);
        WriteValues(xml, ExportColumns.Node, node);
        if (nodeMeasures is not null) WriteValues(xml, ExportColumns.Measures, nodeMeasures);
        if (timeline is not null)
        {
            // One value per period as a spell over its days (GEXF intervals are closed: the last day is included).
            foreach (var (value, rank, first, last) in timeline.Spells(node.Id))
            {
                WriteSpell(xml, timeline.ValueAttribute, XmlExport.Number(value), first, last);
                WriteSpell(xml, ExportTimeline.RankAttribute, rank.ToString(CultureInfo.InvariantCulture), first, last);
            }
        }
        xml.WriteEndElement();
        if (nodeMeasures is not null)
        {
            var (r, g, b) = ExportMeasures.ColorOf(nodeMeasures.Community);
            xml.WriteStartElement("color", VizNamespace);
            xml.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("g", g.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("b", b.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteStartElement("size", VizNamespace);
            xml.WriteAttributeString("value", XmlExport.Number(measures!.SizeOf(nodeMeasures.PageRank)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteSpell(XmlWriter xml, string attribute, string value, DateOnly first, DateOnly last)
    {
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", value);
        xml.WriteAttributeString("start", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteAttributeString("end", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, string id, Relation relation)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", id);
        xml.Attribute("source", relation.Source);
        xml.Attribute("target", relation.Target);
        var type = relation.Type.ToName();
        xml.WriteAttributeString("label", type);
        xml.WriteAttributeString("kind", type);
        xml.WriteAttributeString("weight", XmlExport.Number(relation.Weight));
        if (relation.At is { } at)
            xml.WriteAttributeString("start", at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteStartElement("attvalues", Namespace);
        WriteValues(xml, ExportColumns.Edge, relation);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteValues<T>(XmlWriter xml, IEnumerable<Column<T>> columns, T item)
    {
        foreach (var column in columns)
        {
            if (column.Value(item) is not { } value) continue;
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", column.Name);
            xml.Attribute("value", value);
            xml.WriteEndElement();
        }
    }
}
