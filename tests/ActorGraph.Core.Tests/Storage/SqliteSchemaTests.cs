using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Core.Tests.Storage;

/// <summary>
/// Opening a store written by the previous version. Fixtures/schema1.db was written by ActorGraph at commit f1d1fee
/// (schema 1, relations naming their ends by text id): <c>actorgraph sample</c>, then <c>actorgraph ingest edges
/// schema1-edges.csv</c>, then two rows another tool could write, whose ends are stored nowhere:
/// ghost-a TAGGED ghost-b (foreign-1) and ghost-a SIGNED ghost-doc (foreign-2).
/// </summary>
public sealed class SqliteSchemaTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-schema-").FullName;
    private string DbPath => Path.Combine(_directory, "schema1.db");

    public Task InitializeAsync()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "schema1.db"), DbPath);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Opening_a_schema_1_store_keeps_every_relation_actor_document_and_the_version()
    {
        var relations = await RowsAsync("SELECT source, type, target, at, weight, source_id, url, quote, document_id, confidence, extractor FROM relations");
        var actors = await RowsAsync("SELECT id, name, kind, party, country FROM actors");
        var documents = await RowsAsync("SELECT id, title, kind, url, date, outlet FROM documents");
        var version = (long)(await RowsAsync("SELECT value FROM meta WHERE key = 'version'"))[0][0]!;

        await using var store = new SqliteGraphStore(DbPath);
        await store.InitializeAsync();

        Assert.Equal(Sorted(relations), Sorted((await store.ReadRelationsAsync(RelationFilter.All).ToListAsync()).Select(r => new object?[]
        {
            r.Source, r.Type.ToName(), r.Target, r.At is { } at ? Timestamps.Format(at) : null, r.Weight, r.Evidence.SourceId, r.Evidence.Url,
            r.Evidence.Quote, r.Evidence.DocumentId, r.Evidence.Confidence, r.Evidence.Extractor,
        })));
        // The foreign rows' ends become placeholders, as ingest makes them.
        object?[][] placeholders = [["ghost-a", "ghost-a", "unknown", null, null], ["ghost-b", "ghost-b", "unknown", null, null]];
        Assert.Equal(Sorted([.. actors, .. placeholders]), Sorted((await store.ReadActorsAsync().ToListAsync()).Select(a => new object?[] { a.Id, a.Name, a.Kind, a.Party, a.Country })));
        Assert.Equal(Sorted([.. documents, ["ghost-doc", "ghost-doc", "declaration", null, null, null]]),
            Sorted((await store.ReadDocumentsAsync().ToListAsync()).Select(d => new object?[] { d.Id, d.Title, d.Kind, d.Url, StoredValues.Date(d.Date), d.Outlet })));
        Assert.Equal(version, await store.GetVersionAsync());
        Assert.Equal(SqliteSchema.Version, (long)(await RowsAsync("SELECT value FROM meta WHERE key = 'schema'"))[0][0]!);
    }

    [Fact]
    public async Task A_migrated_store_reads_the_same_topology_and_ingests_its_file_again_as_already_stored()
    {
        var ends = await RowsAsync("SELECT source, type, target FROM relations");
        await using var store = new SqliteGraphStore(DbPath);
        await store.InitializeAsync();

        var topology = await store.ReadTopologyAsync(RelationFilter.All);
        Assert.Equal(Sorted(ends), Sorted(Enumerable.Range(0, topology.RelationCount)
            .Select(i => new object?[] { topology.Ids[topology.Source[i]], topology.Types[i].ToName(), topology.Ids[topology.Target[i]] })));
        await using var edges = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "schema1-edges.csv"));
        var again = await store.IngestAsync(EdgesCsvReader.Read(edges, "schema1-edges.csv").ToAsyncEnumerable(), new IngestOptions());
        Assert.Equal((0, 2), (again.RelationsAdded, again.RelationsAlreadyStored));
    }

    [Fact]
    public async Task A_store_written_by_a_newer_version_is_refused_naming_its_schema_and_left_as_it_was()
    {
        await ExecuteAsync("UPDATE meta SET value = 3 WHERE key = 'schema'");
        const string shape = "SELECT name FROM sqlite_master UNION ALL SELECT name FROM pragma_table_info('relations')";
        var before = Sorted(await RowsAsync(shape));

        await using var store = new SqliteGraphStore(DbPath);
        var error = await Assert.ThrowsAsync<BadInputException>(() => store.InitializeAsync());
        Assert.Contains("newer ActorGraph", error.Message);
        Assert.Contains("schema 3", error.Message);
        Assert.Equal(before, Sorted(await RowsAsync(shape)));
    }

    private static List<string> Sorted(IEnumerable<object?[]> rows) =>
        [.. rows.Select(row => string.Join("|", row.Select(v => v switch { null => "∅", double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), _ => v.ToString() })))
            .Order(StringComparer.Ordinal)];

    private async Task<List<object?[]>> RowsAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
