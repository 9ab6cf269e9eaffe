using ActorGraph.Model;
using Microsoft.Data.Sqlite;

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
        Assert.Equal("wal", await JournalModeAsync());
    }

    [Fact]
    public async Task A_first_load_into_an_empty_store_leaves_it_in_write_ahead_logging()
    {
        var result = await IngestAsync(Relation("a", RelationType.Follows, "b", "s1"), Relation("b", RelationType.Follows, "a", "s2"));

        Assert.Equal(2, result.RelationsAdded);
        Assert.Equal("wal", await JournalModeAsync());
    }

    [Fact]
    public async Task A_first_load_while_another_connection_reads_the_store_goes_ahead_and_the_reader_keeps_its_view()
    {
        await using var reader = new SqliteConnection($"Data Source={_temporary.DbPath};Pooling=False");
        await reader.OpenAsync();
        await using var transaction = reader.BeginTransaction(deferred: true);
        Assert.Equal(0L, await CountRelationsAsync(reader, transaction));

        // The rollback journal needs the store to itself: waiting for the reader would block this ingest for a minute.
        var result = await IngestAsync(Relation("a", RelationType.Follows, "b", "s1"), Relation("b", RelationType.Follows, "a", "s2"));

        Assert.Equal(2, result.RelationsAdded);
        Assert.Equal(0L, await CountRelationsAsync(reader, transaction));
        await transaction.CommitAsync();
        Assert.Equal(2L, await CountRelationsAsync(reader, null));
        Assert.Equal("wal", await JournalModeAsync());
    }

    private static async Task<object?> CountRelationsAsync(SqliteConnection connection, SqliteTransaction? transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM relations;";
        return await command.ExecuteScalarAsync();
    }

    private async Task<object?> JournalModeAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temporary.DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return await command.ExecuteScalarAsync();
    }
}
