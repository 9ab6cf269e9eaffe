namespace ActorGraph.Core.Tests.Storage;

public sealed class SqliteGraphStoreTests : GraphStoreContract
{
    private TemporarySqliteStore _temporary = null!;

    protected override async Task<ActorGraph.Storage.IGraphStore> CreateEmptyStoreAsync()
    {
        _temporary = await TemporarySqliteStore.CreateAsync();
        return _temporary.Store;
    }

    public override async Task DisposeAsync() => await _temporary.DisposeAsync();

    [Fact]
    public async Task Database_uses_write_ahead_logging()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temporary.DbPath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }
}
