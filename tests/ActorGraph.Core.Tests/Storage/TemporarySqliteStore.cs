using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Storage;

/// <summary>An initialised, empty SQLite store in a temporary folder of its own, deleted on dispose.</summary>
internal sealed class TemporarySqliteStore : IAsyncDisposable
{
    private readonly string _directory;

    private TemporarySqliteStore(string directory, SqliteGraphStore store)
    {
        _directory = directory;
        Store = store;
    }

    public SqliteGraphStore Store { get; }

    public string DbPath => Store.Path;

    public static async Task<TemporarySqliteStore> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("actorgraph-store-").FullName;
        var store = new SqliteGraphStore(Path.Combine(directory, "test.db"));
        await store.InitializeAsync();
        return new TemporarySqliteStore(directory, store);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
