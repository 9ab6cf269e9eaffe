using ActorGraph.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Core.Tests.Storage;

public sealed class SqliteWriteOutTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-writeout-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_descriptor_synced_is_the_one_sqlite_holds_on_the_store_while_it_is_open()
    {
        string file;
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "store.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (x); INSERT INTO t VALUES (1);";
            command.ExecuteNonQuery();
            file = SQLitePCL.raw.sqlite3_db_filename(connection.Handle, "main").utf8_to_string();
            var descriptor = SqliteWriteOut.Descriptor(file);
            Assert.NotNull(descriptor);
            Assert.Equal(file, new FileInfo($"/proc/self/fd/{descriptor}").LinkTarget);
        }
        Assert.Null(SqliteWriteOut.Descriptor(file));
    }
}
