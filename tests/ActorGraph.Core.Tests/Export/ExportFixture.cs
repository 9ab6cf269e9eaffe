using ActorGraph.Export;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Export;

/// <summary>The adversarial dataset in a SQLite store, exported once to every format (with and without measures).</summary>
public sealed class ExportFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-export-").FullName;

    internal IGraphStore Store { get; private set; } = null!;

    /// <summary>What the store holds, read directly (not through the exporters): the expected nodes and edges.</summary>
    internal IReadOnlyList<Relation> Relations { get; private set; } = [];
    internal IReadOnlyDictionary<string, Actor> Actors { get; private set; } = null!;
    internal IReadOnlyDictionary<string, Document> Documents { get; private set; } = null!;

    /// <summary>Hand-picked measures for every exported node: four communities, PageRank growing with the node's position.</summary>
    internal ExportMeasures Measures { get; private set; } = null!;

    public string Gexf => Path.Combine(_directory, "graph.gexf");
    public string GexfWithMeasures => Path.Combine(_directory, "measures.gexf");
    public string GraphML => Path.Combine(_directory, "graph.graphml");
    public string GraphMLWithMeasures => Path.Combine(_directory, "measures.graphml");
    public string CsvZip => Path.Combine(_directory, "graph.zip");
    public string CsvZipWithMeasures => Path.Combine(_directory, "measures.zip");

    public async Task InitializeAsync()
    {
        Store = await ExportDataset.CreateStoreAsync(_directory);
        Relations = await Store.ReadRelationsAsync(RelationFilter.All).ToListAsync();
        Actors = await Store.ReadActorsAsync().ToDictionaryAsync(a => a.Id);
        Documents = await Store.ReadDocumentsAsync().ToDictionaryAsync(d => d.Id);
        var ids = ExpectedNodeIds.Order(StringComparer.Ordinal).ToList();
        Measures = new ExportMeasures(ids.Select((id, i) => (id, m: new NodeMeasures(i + 1, (i + 1) / 100.0, i / 1000.0, i % 4)))
            .ToDictionary(x => x.id, x => x.m));

        foreach (var (format, plain, measured) in new[] { (ExportFormats.Gexf, Gexf, GexfWithMeasures), (ExportFormats.GraphML, GraphML, GraphMLWithMeasures), (ExportFormats.Csv, CsvZip, CsvZipWithMeasures) })
        {
            await WriteAsync(format, plain, null);
            await WriteAsync(format, measured, Measures);
        }
    }

    internal async Task WriteAsync(ExportFormat format, string path, ExportMeasures? measures, RelationFilter? filter = null)
    {
        var source = await ExportSource.OpenAsync(Store, filter ?? RelationFilter.All);
        await using var file = File.Create(path);
        await format.WriteAsync(source, file, measures, CancellationToken.None);
    }

    internal string TempPath(string name) => Path.Combine(_directory, name);

    /// <summary>Every endpoint of a stored relation: exactly the nodes an export must contain.</summary>
    internal IEnumerable<string> ExpectedNodeIds => Relations.SelectMany(r => new[] { r.Source, r.Target }).Distinct();

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
