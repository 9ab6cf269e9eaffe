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

    protected override async Task StoreForeignRelationAsync(string type)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temporary.DbPath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO relations (source, type, target, weight, source_id, confidence)
            VALUES ((SELECT key FROM actors WHERE id = 'a'), $type, (SELECT key FROM actors WHERE id = 'b'), 1, 'x1', 1);
            """;
        command.Parameters.AddWithValue("$type", type);
        await command.ExecuteNonQueryAsync();
    }

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
