using System.Text.Json;
using ActorGraph.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Tests.Cli;

/// <summary>
/// The bad-input corpus through the real executable, on a copy of a store holding the sample story: every case exits 2
/// with a message naming file, line and field, and the store is exactly as before (stats and version). X data's damaged
/// lines are first skipped and listed (exit 0), then refused with <c>--strict</c>.
/// </summary>
public sealed class BadInputCliTests(BadInputCliTests.SampleStore sample) : IClassFixture<BadInputCliTests.SampleStore>
{
    /// <summary>A store with the sample story, made once; each case works on its own copy.</summary>
    public sealed class SampleStore : IAsyncLifetime
    {
        public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("actorgraph-bad-input-").FullName;

        public string Db => Path.Combine(Directory, "sample.db");

        public string State { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Assert.Equal(0, (await Executable.RunAsync(Directory, "sample", "--db", Db)).ExitCode);
            State = await StateAsync(Db);
        }

        public Task DisposeAsync()
        {
            System.IO.Directory.Delete(Directory, recursive: true);
            return Task.CompletedTask;
        }
    }

    /// <summary>What "unchanged" compares: the counts per type and the store's version.</summary>
    internal static async Task<string> StateAsync(string db)
    {
        await using (var store = new SqliteGraphStore(db))
        {
            var state = JsonSerializer.Serialize(new { stats = await store.GetStatsAsync(), version = await store.GetVersionAsync() });
            SqliteConnection.ClearAllPools();
            return state;
        }
    }

    [Theory, MemberData(nameof(BadInputCorpus.Edges), MemberType = typeof(BadInputCorpus))]
    public Task Bad_edges_csv_exits_2_names_file_line_and_field_and_changes_nothing(string name) => AssertRefusedAsync("edges", name);

    [Theory, MemberData(nameof(BadInputCorpus.Actors), MemberType = typeof(BadInputCorpus))]
    public Task Bad_actors_csv_exits_2_names_file_line_and_field_and_changes_nothing(string name) => AssertRefusedAsync("actors", name);

    [Theory, MemberData(nameof(BadInputCorpus.Documents), MemberType = typeof(BadInputCorpus))]
    public Task Bad_documents_csv_exits_2_names_file_line_and_field_and_changes_nothing(string name) => AssertRefusedAsync("documents", name);

    [Theory, MemberData(nameof(BadInputCorpus.Signatories), MemberType = typeof(BadInputCorpus))]
    public Task Bad_signatories_csv_exits_2_names_file_line_and_field_and_changes_nothing(string name) => AssertRefusedAsync("signatories", name);

    [Theory, MemberData(nameof(BadInputCorpus.XTweets), MemberType = typeof(BadInputCorpus))]
    public Task Bad_x_tweets_are_skipped_and_listed_or_refused_and_refused_with_strict(string name) => AssertRefusedAsync("x-tweets", name);

    [Theory, MemberData(nameof(BadInputCorpus.XFollowing), MemberType = typeof(BadInputCorpus))]
    public Task Bad_x_following_is_skipped_and_listed_or_refused_and_refused_with_strict(string name) => AssertRefusedAsync("x-following", name);

    [Theory, MemberData(nameof(BadInputCorpus.XLikes), MemberType = typeof(BadInputCorpus))]
    public Task Bad_x_likes_are_skipped_and_listed_or_refused_and_refused_with_strict(string name) => AssertRefusedAsync("x-likes", name);

    private async Task AssertRefusedAsync(string format, string name)
    {
        var bad = BadInputCorpus.Get(format, name);
        var directory = System.IO.Directory.CreateTempSubdirectory("actorgraph-bad-case-").FullName;
        try
        {
            var db = Path.Combine(directory, "store.db");
            await File.WriteAllBytesAsync(Path.Combine(directory, bad.FileName), bad.Content);
            string[] ingest = ["ingest", format, bad.FileName, "--db", db];
            File.Copy(sample.Db, db);
            var before = sample.State;
            if (bad.Skipped)
            {
                // By design the CLI reads past a damaged line of X data and lists it in its summary.
                var lenient = await Executable.RunAsync(directory, ingest);
                Assert.True(lenient.ExitCode == 0, lenient.Error);
                Assert.Contains($"skipped ({bad.FileName}:{bad.Line:N0} ", lenient.Out);
                Assert.Contains(bad.Field!, lenient.Out);
                // Again with --strict on the store that now knows every account of the file, so that the damaged line
                // is the only thing --strict can refuse (it refuses an unknown account as well, at its own line).
                before = await StateAsync(db);
                ingest = [.. ingest, "--strict"];
            }

            var run = await Executable.RunAsync(directory, ingest);

            Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Out}{run.Error}");
            Assert.StartsWith($"error: {bad.FileName}:{bad.Line}:", run.Error.Trim());
            if (bad.Field is not null) Assert.Contains(bad.Field, run.Error);
            Assert.Equal(before, await StateAsync(db));
        }
        finally
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }
}
