using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Storage;

public sealed class SqliteGraphStoreTests : GraphStoreContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-sqlite-").FullName;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var store = new SqliteGraphStore(Path.Combine(_directory, "test.db"));
        await store.InitializeAsync();
        return store;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Database_uses_write_ahead_logging()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_directory, "test.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }
}
