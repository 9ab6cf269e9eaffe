using System.Xml;
using ActorGraph.Model;

namespace ActorGraph.Export;

/// <summary>
/// GraphML (<c>http://graphml.graphdrawing.org/xmlns</c>), read by Gephi, yEd, Cytoscape, networkx and igraph. Conventions:
/// a directed graph with parallel edges kept (ids <c>e0</c>, <c>e1</c>…); every attribute declared by a typed <c>&lt;key&gt;</c>
/// whose id equals its <c>attr.name</c>: node label (name or title), kind, party, country, the actors' own attributes typed
/// by their values (followers_count int, verified boolean…, see <see cref="AttributeColumns"/>) and, with measures, degree (int),
/// pagerank, betweenness (double), community (int); edge relation, weight (double), date (ISO 8601 UTC), sourceId, url,
/// quote, documentId, confidence (double), extractor. An absent value is left out. Characters XML 1.0 cannot carry
/// (control characters but tab, LF, CR) are replaced by U+FFFD. Streams: memory does not grow with the number of relations.
/// Known reader quirk: python-igraph 0.10 (libxml2) returns an ampersand inside an id attribute as <c>&amp;#38;</c>; data values are exact.
/// </summary>
public static class GraphMLWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly Column<ExportNode> Label = new("label", "Label", ColumnType.String, n => n.Label);
    private static readonly Column<Relation> Weight = new("weight", "Weight", ColumnType.Double, r => XmlExport.Number(r.Weight));

    public static async Task WriteAsync(ExportSource source, Stream output, ExportMeasures? measures = null, CancellationToken ct = default)
    {
        Column<ExportNode>[] nodeColumns = [Label, .. source.NodeColumns];
        Column<Relation>[] edgeColumns = [ExportColumns.Edge[0], Weight, .. ExportColumns.Edge[1..]];
        var spool = new SpoolStream(output);
        using (var xml = XmlWriter.Create(spool, XmlExport.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{Namespace} {Namespace}/1.0/graphml.xsd");
            xml.WriteComment(" " + source.Description + " ");
            Declare(xml, "node", nodeColumns);
            if (measures is not null) Declare(xml, "node", ExportColumns.Measures);
            Declare(xml, "edge", edgeColumns);

            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "actorgraph");
            xml.WriteAttributeString("edgedefault", "directed");
            await foreach (var element in source.ReadNodesAsync(ct))
            {
                var node = ExportNode.Of(element);
                xml.WriteStartElement("node", Namespace);
                xml.Attribute("id", node.Id);
                WriteData(xml, nodeColumns, node);
                if (measures?.ByNode.GetValueOrDefault(node.Id) is { } m) WriteData(xml, ExportColumns.Measures, m);
                xml.WriteEndElement();
                await spool.DrainIfFullAsync(ct);
            }
            await foreach (var (id, relation) in source.ReadRelationsAsync(ct))
            {
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", id);
                xml.Attribute("source", relation.Source);
                xml.Attribute("target", relation.Target);
                WriteData(xml, edgeColumns, relation);
                xml.WriteEndElement();
                await spool.DrainIfFullAsync(ct);
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        await spool.DrainAsync(ct);
    }

    private static void Declare<T>(XmlWriter xml, string kind, IEnumerable<Column<T>> columns)
    {
        foreach (var column in columns)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", column.Name);
            xml.WriteAttributeString("for", kind);
            xml.WriteAttributeString("attr.name", column.Name);
            xml.WriteAttributeString("attr.type", column.Type switch
            {
                ColumnType.Integer => "int",
                ColumnType.Long => "long",
                ColumnType.Double => "double",
                ColumnType.Boolean => "boolean",
                _ => "string",
            });
            xml.WriteEndElement();
        }
    }

    private static void WriteData<T>(XmlWriter xml, IEnumerable<Column<T>> columns, T item)
    {
        foreach (var column in columns)
        {
            if (column.Value(item) is not { } value) continue;
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", column.Name);
            xml.WriteString(XmlExport.Clean(value));
            xml.WriteEndElement();
        }
    }
}
