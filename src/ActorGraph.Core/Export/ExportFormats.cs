namespace ActorGraph.Export;

/// <param name="Name">As typed on the command line and in <c>/api/export/{name}</c>.</param>
/// <param name="FileName">Default download name.</param>
public sealed record ExportFormat(
    string Name, string ContentType, string FileName,
    Func<ExportSource, Stream, ExportMeasures?, CancellationToken, Task> WriteAsync);

public static class ExportFormats
{
    public static readonly ExportFormat Gexf = new("gexf", "application/gexf+xml", "actorgraph.gexf", GexfWriter.WriteAsync);
    public static readonly ExportFormat GraphML = new("graphml", "application/graphml+xml", "actorgraph.graphml", GraphMLWriter.WriteAsync);

    /// <summary>The Gephi CSV tables as one zip; the CLI can also write them as two files.</summary>
    public static readonly ExportFormat Csv = new("csv", "application/zip", "actorgraph-csv.zip", GephiCsvWriter.WriteZipAsync);

    public static readonly IReadOnlyList<ExportFormat> All = [Gexf, GraphML, Csv];

    /// <summary>GEXF in a chosen version; <see cref="Gexf"/> writes <see cref="GexfVersion.Default"/>.</summary>
    public static ExportFormat GexfIn(GexfVersion version) =>
        Gexf with { WriteAsync = (source, output, measures, ct) => GexfWriter.WriteAsync(source, output, measures, version, ct) };

    public static ExportFormat Find(string name) =>
        All.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new BadInputException($"Unknown export format '{name}': expected one of {string.Join(", ", All.Select(f => f.Name))}.");
}
