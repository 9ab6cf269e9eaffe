using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Core.Tests.Storage;

/// <summary>The analysis topology kept beside a SQLite store (<see cref="SnapshotFile"/>): used while the store is
/// unchanged, never once it changed, and never when it is not whole.</summary>
public sealed class SnapshotFileTests : IAsyncLifetime
{
    private TemporarySqliteStore _temporary = null!;

    private SqliteGraphStore Store => _temporary.Store;

    private string SnapshotPath => Store.SnapshotFilePath!;

    private static readonly DateTimeOffset May = new(2022, 5, 11, 18, 30, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        _temporary = await TemporarySqliteStore.CreateAsync();
        await IngestAsync(Store,
            new Actor("esken", "Saskia Esken"), new Actor("kutcher", "Ashton Kutcher"), new Actor("sippel", "Birgit Sippel"),
            new Document("gaa", "Global Alliance"),
            Relation("kutcher", RelationType.Tagged, "esken", "t1", May, weight: 2),
            Relation("esken", RelationType.RepliedTo, "kutcher", "t2", May.AddDays(1), confidence: 0.6),
            Relation("esken", RelationType.Follows, "kutcher", "f1"),
            Relation("sippel", RelationType.RepliedTo, "kutcher", "t3", May.AddSeconds(1), weight: 0.5),
            Relation("kutcher", RelationType.Liked, "walter-borjans", "l1", May.AddDays(-3)),
            Relation("esken", RelationType.Signed, "gaa", "s1", May.AddYears(-10)),
            Relation("sippel", RelationType.Signed, "gaa", "s2", May.AddYears(-10)));
    }

    public async Task DisposeAsync() => await _temporary.DisposeAsync();

    private static Relation Relation(string source, RelationType type, string target, string sourceId, DateTimeOffset? at = null,
        double weight = 1, double confidence = 1) =>
        new(source, type, target, at, weight, new Evidence(sourceId, null, null, null, confidence, "test"));

    private static Task<IngestResult> IngestAsync(IGraphStore store, params IGraphElement[] elements) =>
        store.IngestAsync(elements.Select((e, i) => new SourcedElement(e, "test.csv", i + 2)).ToAsyncEnumerable(), new IngestOptions());

    /// <summary>What the store itself reads for the filter, with the file neither read nor written.</summary>
    private async Task<RelationTopology> ScannedAsync(RelationFilter filter)
    {
        await using var scan = new SqliteGraphStore(_temporary.DbPath, snapshotFile: false);
        return await scan.ReadTopologyAsync(filter);
    }

    private static void AssertSame(RelationTopology expected, RelationTopology actual)
    {
        Assert.Equal(expected.Ids, actual.Ids);
        Assert.Equal(expected.Names, actual.Names);
        Assert.Equal(expected.Actors, actual.Actors);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Target, actual.Target);
        Assert.Equal(expected.Types, actual.Types);
        Assert.Equal(expected.Weights, actual.Weights);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Equal(expected.At, actual.At);
        Assert.Equal(expected.Confidence, actual.Confidence);
    }

    /// <summary>Changes a stored weight behind ActorGraph's back (the version stays): only a read of the file still says 2.</summary>
    private async Task ChangeWeightWithoutNewVersionAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temporary.DbPath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE relations SET weight = 7 WHERE source_id = 't1';";
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static double TaggedWeight(RelationTopology t) => t.Weights[Array.IndexOf(t.Types, RelationType.Tagged)];

    [Fact]
    public async Task A_second_read_of_an_unchanged_store_comes_from_the_file()
    {
        var first = await Store.ReadTopologyAsync(RelationFilter.All);
        Assert.True(File.Exists(SnapshotPath));
        await ChangeWeightWithoutNewVersionAsync();

        var second = await Store.ReadTopologyAsync(RelationFilter.All);

        AssertSame(first, second);
        Assert.Equal(7, TaggedWeight(await ScannedAsync(RelationFilter.All)));
    }

    [Fact]
    public async Task A_file_from_before_an_ingest_is_not_used_after_it()
    {
        await Store.ReadTopologyAsync(RelationFilter.All);
        await IngestAsync(Store, Relation("walter-borjans", RelationType.RepliedTo, "kutcher", "t4", May));

        var after = await Store.ReadTopologyAsync(RelationFilter.All);

        AssertSame(await ScannedAsync(RelationFilter.All), after);
        Assert.Contains("walter-borjans", after.Ids);
        Assert.Equal(8, after.RelationCount);
        // The file now holds the new version: a second read is served from it.
        await ChangeWeightWithoutNewVersionAsync();
        Assert.Equal(2, TaggedWeight(await Store.ReadTopologyAsync(RelationFilter.All)));
    }

    public static TheoryData<string> Filters() =>
    [
        "all", "no SIGNED", "SIGNED only", "no type", "from a second", "from within a second", "to a day", "from and to",
        "min weight", "min confidence", "everything",
    ];

    private static RelationFilter Filter(string name) => name switch
    {
        "all" => RelationFilter.All,
        "no SIGNED" => new RelationFilter(RelationTypes.Observed.Where(t => t != RelationType.Signed).ToHashSet()),
        "SIGNED only" => new RelationFilter(new HashSet<RelationType> { RelationType.Signed }),
        "no type" => new RelationFilter(new HashSet<RelationType>()),
        "from a second" => new RelationFilter(From: May.AddSeconds(1)),
        // The store compares whole seconds (its stored text): 18:30:00.5 admits 18:30:00.
        "from within a second" => new RelationFilter(From: May.AddMilliseconds(500)),
        "to a day" => RelationFilters.Parse(null, null, "2022-05-11"),
        "from and to" => RelationFilters.Parse("REPLIED_TO,TAGGED", "2022-05-11", "2022-05-12"),
        "min weight" => new RelationFilter(MinWeight: 1),
        "min confidence" => new RelationFilter(MinConfidence: 0.7),
        "everything" => new RelationFilter(new HashSet<RelationType> { RelationType.RepliedTo }, May, May.AddDays(2), 0.5, 0.5),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_filtered_read_from_the_file_equals_the_stores_own(string filter)
    {
        await Store.ReadTopologyAsync(RelationFilter.All);
        Assert.True(File.Exists(SnapshotPath));

        AssertSame(await ScannedAsync(Filter(filter)), await Store.ReadTopologyAsync(Filter(filter)));
    }

    [Fact]
    public async Task Times_stored_in_another_form_are_filtered_as_the_store_compares_them()
    {
        // Another tool wrote a date without a time: SQL compares the text, where '2022-05-11' sorts before '2022-05-11T00:00:00Z'.
        await using (var connection = new SqliteConnection($"Data Source={_temporary.DbPath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE relations SET at = '2022-05-11' WHERE source_id = 'f1'; UPDATE meta SET value = value + 1 WHERE key = 'version';";
            await command.ExecuteNonQueryAsync();
        }
        var filter = new RelationFilter(From: new DateTimeOffset(2022, 5, 11, 0, 0, 0, TimeSpan.Zero));
        await Store.ReadTopologyAsync(RelationFilter.All);

        var read = await Store.ReadTopologyAsync(filter);

        AssertSame(await ScannedAsync(filter), read);
        Assert.DoesNotContain(RelationType.Follows, read.Types);
    }

    [Fact]
    public async Task A_cut_off_file_is_ignored_and_written_again()
    {
        var whole = await Store.ReadTopologyAsync(RelationFilter.All);
        var length = new FileInfo(SnapshotPath).Length;
        await using (var file = new FileStream(SnapshotPath, FileMode.Open)) file.SetLength(length - 9);

        AssertSame(whole, await Store.ReadTopologyAsync(RelationFilter.All));
        Assert.Equal(length, new FileInfo(SnapshotPath).Length);
    }

    [Fact]
    public async Task A_file_with_a_changed_byte_is_rejected_by_its_checksum()
    {
        var whole = await Store.ReadTopologyAsync(RelationFilter.All);
        // The last byte of the first weight (its sign and exponent), after the 72-byte header and 4 + 4 + 1 bytes a relation.
        var weightAt = 72 + whole.RelationCount * 9 + 7;
        var bytes = await File.ReadAllBytesAsync(SnapshotPath);
        bytes[weightAt] ^= 0x40;
        await File.WriteAllBytesAsync(SnapshotPath, bytes);

        AssertSame(whole, await Store.ReadTopologyAsync(RelationFilter.All));
        Assert.NotEqual(bytes, await File.ReadAllBytesAsync(SnapshotPath));
    }

    [Fact]
    public async Task A_file_of_another_store_at_the_same_version_is_not_used()
    {
        await Store.ReadTopologyAsync(RelationFilter.All);
        await using var other = await TemporarySqliteStore.CreateAsync();
        await IngestAsync(other.Store, Relation("a", RelationType.Follows, "b", "f9"));
        Assert.Equal(await Store.GetVersionAsync(), await other.Store.GetVersionAsync());
        File.Copy(SnapshotPath, other.Store.SnapshotFilePath!);

        var read = await other.Store.ReadTopologyAsync(RelationFilter.All);

        Assert.Equal(["a", "b"], read.Ids);
        Assert.Equal(1, read.RelationCount);
    }

    [Fact]
    public async Task Without_the_cache_no_file_is_written()
    {
        await using var plain = new SqliteGraphStore(_temporary.DbPath, snapshotFile: false);

        var read = await plain.ReadTopologyAsync(RelationFilter.All);

        Assert.Equal(7, read.RelationCount);
        Assert.Null(plain.SnapshotFilePath);
        Assert.False(File.Exists(SnapshotPath));
    }

    [Fact]
    public async Task Concurrent_first_reads_agree()
    {
        var reads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Store.ReadTopologyAsync(RelationFilter.All)));

        foreach (var read in reads) AssertSame(await ScannedAsync(RelationFilter.All), read);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(SnapshotPath)!, "*.tmp"));
    }

    [Fact]
    public async Task Writing_the_file_removes_temporary_files_a_killed_writer_left_but_not_a_current_one()
    {
        var (old, current) = (SnapshotPath + ".0123.tmp", SnapshotPath + ".4567.tmp");
        await File.WriteAllTextAsync(old, "half");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-2));
        await File.WriteAllTextAsync(current, "half");

        await Store.ReadTopologyAsync(RelationFilter.All);

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(current));
    }
}
