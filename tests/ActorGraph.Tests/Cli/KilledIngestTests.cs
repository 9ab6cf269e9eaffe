using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Tests.Cli;

/// <summary>
/// An ingest killed half-way (SIGKILL: the OOM killer, a power cut) on the real executable: the store is exactly as it
/// was before, and the next ingest works.
/// </summary>
public sealed class KilledIngestTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-killed-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task An_ingest_killed_with_SIGKILL_after_writing_batches_leaves_the_store_as_before_and_writable()
    {
        var db = Path.Combine(_directory, "store.db");
        Assert.Equal(0, (await Executable.RunAsync(_directory, "sample", "--db", db)).ExitCode);
        await AssertKillLeavesStoreAsBeforeAsync(db);
    }

    /// <summary>A store with actors and no relations is loaded in bulk, through a rollback journal instead of the log.</summary>
    [Fact]
    public async Task A_first_load_killed_with_SIGKILL_leaves_the_store_as_before_and_writable()
    {
        var db = Path.Combine(_directory, "store.db");
        var actors = Path.Combine(_directory, "actors.csv");
        await File.WriteAllTextAsync(actors, "id,name\nsaskia-esken,Saskia Esken\nashton-kutcher,Ashton Kutcher\n");
        Assert.Equal(0, (await Executable.RunAsync(_directory, "ingest", "actors", actors, "--db", db)).ExitCode);
        await AssertKillLeavesStoreAsBeforeAsync(db);
        Assert.Equal("wal", await JournalModeAsync(db));
    }

    private async Task AssertKillLeavesStoreAsBeforeAsync(string db)
    {
        var before = await BadInputCliTests.StateAsync(db);
        // 800,000 relations with a quote each (some 130 MB): more than SQLite's page cache holds, so pages of the open
        // transaction reach the disk (the log, or the store file itself on a first load) before the kill.
        var big = Path.Combine(_directory, "big.csv");
        var quote = new string('q', 120);
        await using (var writer = new StreamWriter(big))
        {
            await writer.WriteLineAsync("source,target,relation,at,source_id,quote");
            for (var i = 0; i < 800_000; i++)
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"a{i % 5000},b{i % 7919},TAGGED,2021-01-01,s{i},{quote} {i}"));
        }
        var sizeBefore = OnDisk(db);

        using var ingest = Process.Start(Executable.StartInfo(_directory, "ingest", "edges", big, "--db", db))!;
        var output = ingest.StandardOutput.ReadToEndAsync();
        // Output to a pipe gets progress lines on stderr; read them so the process never blocks on a full pipe.
        var progress = ingest.StandardError.ReadToEndAsync();
        while (!ingest.HasExited && OnDisk(db) < sizeBefore + (32 << 20)) await Task.Delay(20);
        ingest.Kill(); // SIGKILL on Linux: no handler, no clean-up.
        await ingest.WaitForExitAsync();
        Assert.True(ingest.ExitCode == 128 + 9, $"the ingest ended before 32 MB of it reached the disk: {await output}{await progress}");
        Assert.DoesNotContain("Ingested", await output);

        Assert.Equal(before, await BadInputCliTests.StateAsync(db));
        var one = Path.Combine(_directory, "one.csv");
        await File.WriteAllTextAsync(one, "source,target,relation,source_id\nsaskia-esken,ashton-kutcher,FOLLOWS,after-the-kill\n");
        var next = await Executable.RunAsync(_directory, "ingest", "edges", one, "--db", db);
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Contains("1 relations added", next.Out);
        Assert.NotEqual(before, await BadInputCliTests.StateAsync(db));
    }

    /// <summary>The bytes of the store and its log, if any.</summary>
    private static long OnDisk(string db) =>
        new FileInfo(db).Length + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0);

    private static async Task<object?> JournalModeAsync(string db)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return await command.ExecuteScalarAsync();
    }
}
