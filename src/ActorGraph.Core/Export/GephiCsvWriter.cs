using System.IO.Compression;
using System.Text;
using ActorGraph.Model;

namespace ActorGraph.Export;

/// <summary>
/// Gephi's spreadsheet import: a nodes table <c>Id,Label,Kind,Party,Country[,the actors' attributes, e.g. followers_count][,Degree,PageRank,Betweenness,Community]</c> and an
/// edges table <c>Source,Target,Type,Id,Label,Weight,Relation,Date,SourceId,Url,Quote,DocumentId,Confidence,Extractor</c>
/// (Type is always <c>Directed</c>, Label the relation type), either as two files or as <c>nodes.csv</c> and <c>edges.csv</c>
/// in one zip. RFC 4180: comma-separated, CRLF line ends, UTF-8 without BOM, a cell with a comma, quote or line break quoted.
/// Against formula injection a text cell (ids included, consistently in both tables) that starts with <c>= + - @</c>, tab or
/// CR gets a leading apostrophe, so a spreadsheet shows it instead of evaluating it; numeric columns are written as numbers.
/// Control characters are kept as they are. Streams: memory does not grow with the number of relations.
/// </summary>
public static class GephiCsvWriter
{
    public const string NodesFile = "nodes.csv", EdgesFile = "edges.csv";

    public static async Task WriteZipAsync(ExportSource source, Stream output, ExportMeasures? measures = null, CancellationToken ct = default)
    {
        var spool = new SpoolStream(output);
        using (var zip = new ZipArchive(spool, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var nodes = zip.CreateEntry(NodesFile, CompressionLevel.Fastest).Open())
                await WriteNodesAsync(source, nodes, spool, measures, ct);
            await using (var edges = zip.CreateEntry(EdgesFile, CompressionLevel.Fastest).Open())
                await WriteEdgesAsync(source, edges, spool, ct);
        }
        await spool.DrainAsync(ct);
    }

    public static async Task WriteNodesAsync(ExportSource source, Stream output, ExportMeasures? measures = null, CancellationToken ct = default)
    {
        var spool = new SpoolStream(output);
        await WriteNodesAsync(source, spool, spool, measures, ct);
        await spool.DrainAsync(ct);
    }

    public static async Task WriteEdgesAsync(ExportSource source, Stream output, CancellationToken ct = default)
    {
        var spool = new SpoolStream(output);
        await WriteEdgesAsync(source, spool, spool, ct);
        await spool.DrainAsync(ct);
    }

    // `target` is the spool itself or a zip entry writing into it; either way the bytes pile up in `spool` until drained.
    private static async Task WriteNodesAsync(ExportSource source, Stream target, SpoolStream spool, ExportMeasures? measures, CancellationToken ct)
    {
        using var writer = Writer(target);
        Row(writer, ["Id", "Label", .. source.NodeColumns.Select(c => c.Header), .. measures is null ? [] : ExportColumns.Measures.Select(c => c.Header)]);
        await foreach (var element in source.ReadNodesAsync(ct))
        {
            var node = ExportNode.Of(element);
            writer.Write(Cell(node.Id));
            writer.Write(',');
            writer.Write(Cell(node.Label));
            Cells(writer, source.NodeColumns, node);
            if (measures is not null)
            {
                if (measures.ByNode.GetValueOrDefault(node.Id) is { } m) Cells(writer, ExportColumns.Measures, m);
                else writer.Write(new string(',', ExportColumns.Measures.Length));
            }
            writer.WriteLine();
            await spool.DrainIfFullAsync(ct);
        }
    }

    private static async Task WriteEdgesAsync(ExportSource source, Stream target, SpoolStream spool, CancellationToken ct)
    {
        using var writer = Writer(target);
        Row(writer, ["Source", "Target", "Type", "Id", "Label", "Weight", .. ExportColumns.Edge.Select(c => c.Header)]);
        await foreach (var (id, relation) in source.ReadRelationsAsync(ct))
        {
            writer.Write(Cell(relation.Source));
            writer.Write(',');
            writer.Write(Cell(relation.Target));
            writer.Write(",Directed,");
            writer.Write(Cell(id));
            writer.Write(',');
            writer.Write(relation.Type.ToName());
            writer.Write(',');
            writer.Write(XmlExport.Number(relation.Weight));
            Cells(writer, ExportColumns.Edge, relation);
            writer.WriteLine();
            await spool.DrainIfFullAsync(ct);
        }
    }

    private static StreamWriter Writer(Stream target) =>
        new(target, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 14, leaveOpen: true) { NewLine = "\r\n" };

    private static void Row(TextWriter writer, IEnumerable<string> cells) => writer.WriteLine(string.Join(',', cells.Select(c => Cell(c))));

    private static void Cells<T>(TextWriter writer, IEnumerable<Column<T>> columns, T item)
    {
        foreach (var column in columns)
        {
            writer.Write(',');
            var value = column.Value(item);
            writer.Write(column.Type == ColumnType.String ? Cell(value) : value);
        }
    }

    /// <summary>One text cell: neutralised against formula injection, then quoted if RFC 4180 requires it.</summary>
    internal static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
