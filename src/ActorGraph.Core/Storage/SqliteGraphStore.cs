using System.Runtime.CompilerServices;
using ActorGraph.Ingest;
using ActorGraph.Model;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Every ingest is one transaction; relations are unique on
/// (type, source, target, source_id), so ingesting the same file twice adds nothing.
/// </summary>
/// <param name="snapshotFile">Keep the analysis topology in <see cref="SnapshotFilePath"/> (see <see cref="SnapshotFile"/>).</param>
public sealed class SqliteGraphStore(string path, bool snapshotFile = true) : IGraphStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 60,
    }.ToString();

    public string Kind => "sqlite";

    public string Path { get; } = path;

    /// <summary>Where the analysis topology of the current version is kept, beside the store; null when it is not kept.</summary>
    public string? SnapshotFilePath { get; } = snapshotFile ? path + ".snapshot" : null;

    /// <summary>One topology read at a time when it may write the snapshot file, so concurrent first reads scan once.</summary>
    private readonly SemaphoreSlim _snapshotGate = new(1, 1);

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await SqliteSchema.UpgradeAsync(connection, Path, ct);
        await ExecuteAsync(connection, SqliteSchema.Create, ct);
    }

    public async Task<IngestResult> IngestAsync(
        IAsyncEnumerable<SourcedElement> elements, IngestOptions options, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        // Into a store without relations, a rollback journal instead of the WAL: the new pages go into the file once
        // (through the WAL they are written twice, log then checkpoint), and a crash still leaves the store as it was,
        // since the journal holds every page that existed before. Only possible when no other connection is open.
        var rollbackJournal = await IsEmptyAsync(connection, null, ct) && TryJournalMode(connection, "delete");
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            // A bulk load into an empty store builds the indexes once at the end (a sort) instead of row by row.
            var bulk = await IsEmptyAsync(connection, transaction, ct);
            if (bulk) await ExecuteAsync(connection, SqliteSchema.DropIndexes, ct, transaction);
            using var writer = new BatchWriter(connection, transaction);
            var pipeline = new IngestPipeline(options);
            await LoadStoredIdsAsync(connection, transaction, pipeline, writer, ct);
            var result = await RunPipelinedAsync(pipeline, elements, writer, ct);
            if (bulk)
            {
                // The table's pages go to disk while the indexes are built, instead of in the commit after them.
                var writtenOut = rollbackJournal ? SqliteWriteOut.StartAsync(SQLitePCL.raw.sqlite3_db_filename(connection.Handle, "main").utf8_to_string()) : Task.CompletedTask;
                result = await IndexBulkLoadAsync(connection, transaction, result, ct);
                await writtenOut;
            }
            await ApplyAliasesAsync(connection, transaction, writer.Aliases, ct);
            if (result.ChangedAnything)
            {
                await ExecuteAsync(connection, SqliteSchema.Changed, ct, transaction);
            }
            await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            // Should another connection hold the store just now, the next open sets the WAL again.
            if (rollbackJournal) TryJournalMode(connection, "wal");
        }
    }

    /// <summary>
    /// Switches the journal without waiting: leaving the WAL needs the store to itself, and another connection (the
    /// web service reading) is no reason to keep an ingest waiting. Synchronous FULL is what keeps a rollback journal
    /// safe on power loss (NORMAL is enough for the WAL).
    /// </summary>
    private static bool TryJournalMode(SqliteConnection connection, string mode)
    {
        var db = connection.Handle!;
        if (SQLitePCL.raw.sqlite3_exec(db, $"PRAGMA journal_mode = {mode};") != SQLitePCL.raw.SQLITE_OK) return false;
        using var statement = new RawStatement(connection, "PRAGMA journal_mode;");
        if (!statement.Step() || statement.Text(0) != mode) return false;
        SQLitePCL.raw.sqlite3_exec(db, mode == "wal" ? "PRAGMA synchronous = NORMAL;" : "PRAGMA synchronous = FULL;");
        return true;
    }

    /// <summary>One stage's hand-over to the next: a few items in flight, so memory stays constant whatever the input size.</summary>
    private static System.Threading.Channels.Channel<T> HandOff<T>() =>
        System.Threading.Channels.Channel.CreateBounded<T>(new System.Threading.Channels.BoundedChannelOptions(8)
        {
            SingleReader = true,
            SingleWriter = true,
        });

    /// <summary>
    /// Reads ahead on a thread of its own: the elements come in chunks through a bounded channel, which keeps memory
    /// constant. An X collection spends most of its time here (JSON), a CSV file in the writer.
    /// </summary>
    private static async IAsyncEnumerable<SourcedElement> ReadAhead(
        IAsyncEnumerable<SourcedElement> elements, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = HandOff<SourcedElement[]>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            var chunk = new List<SourcedElement>(1024);
            try
            {
                await foreach (var element in elements.WithCancellation(stop.Token))
                {
                    chunk.Add(element);
                    if (chunk.Count == 1024)
                    {
                        await channel.Writer.WriteAsync([.. chunk], stop.Token);
                        chunk.Clear();
                    }
                }
                if (chunk.Count > 0) await channel.Writer.WriteAsync([.. chunk], stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                // What was read before a bad row goes first: an earlier row may be refused for a reason of its own.
                if (chunk.Count > 0 && e is not OperationCanceledException)
                {
                    try { await channel.Writer.WriteAsync([.. chunk], stop.Token); } catch (OperationCanceledException) { }
                }
                channel.Writer.Complete(e);
            }
        }, stop.Token);
        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(ct))
                foreach (var element in chunk) yield return element;
        }
        finally
        {
            // The consumer stopped early (a bad row): stop the reader too before leaving.
            await stop.CancelAsync();
            try { await producer; } catch (OperationCanceledException) { }
        }
    }

    /// <summary>
    /// Reads, checks and writes on three threads (two cores here: whichever stage has work runs): the pipeline hands its
    /// batches to this thread through a bounded channel. Counts what the writer found new (the pipeline cannot know).
    /// </summary>
    private static async Task<IngestResult> RunPipelinedAsync(
        IngestPipeline pipeline, IAsyncEnumerable<SourcedElement> elements, BatchWriter writer, CancellationToken ct)
    {
        var channel = HandOff<IngestBatch>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                var read = await pipeline.RunAsync(ReadAhead(elements, stop.Token), async (batch, token) =>
                {
                    await channel.Writer.WriteAsync(batch, token);
                    return 0;
                }, 1024, stop.Token);
                channel.Writer.Complete();
                return read;
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
                throw;
            }
        }, stop.Token);
        long added = 0;
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(ct)) added += writer.Write(batch);
        }
        finally
        {
            // The writer stopped early (a store error, or the reader's bad row): stop the reader too before leaving.
            await stop.CancelAsync();
            // Its error, if it had one, is the one the channel passed on.
            try { await producer; } catch (Exception) { }
        }
        var result = await producer;
        return result with { RelationsAdded = added, RelationsAlreadyStored = result.RelationsAlreadyStored - added };
    }

    private static async Task LoadStoredIdsAsync(
        SqliteConnection connection, SqliteTransaction transaction, IngestPipeline pipeline, BatchWriter writer, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, key FROM actors; SELECT id, key FROM documents; SELECT alias, actor FROM actor_aliases;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) pipeline.StoredActor(reader.GetString(0), reader.GetInt64(1));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) pipeline.StoredDocument(reader.GetString(0), reader.GetInt64(1));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) pipeline.StoredAlias(reader.GetString(0), reader.GetString(1));
    }

    private static async Task<bool> IsEmptyAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM relations);";
        return Convert.ToBoolean(await command.ExecuteScalarAsync(ct));
    }

    /// <summary>
    /// Builds the indexes after a bulk load. Without the identity index every row was inserted, so an observation the
    /// input repeats is there twice: the first one stays and the later ones count as already stored, as row by row.
    /// </summary>
    private static async Task<IngestResult> IndexBulkLoadAsync(SqliteConnection connection, SqliteTransaction transaction, IngestResult result, CancellationToken ct)
    {
        // SQLite's sorter sorts runs of up to the page cache's size in memory (a linked-list merge sort) and merges them
        // from temporary files. Runs of 4 MB stay in the processor's cache: the two builds over 1.38M relations (850,000
        // tweets) took 1.9 s CPU instead of 3.0 s with 16 MB runs (and 3.5 s with 64 MB, which also peaked higher in
        // memory). Sorting on helper threads (PRAGMA threads) cost 0.4-0.6 s more CPU and was no faster on two cores.
        await ExecuteAsync(connection, "PRAGMA threads = 0; PRAGMA cache_size = -4096;", ct, transaction);
        long repeated = 0;
        try
        {
            await ExecuteAsync(connection, SqliteSchema.Identity, ct, transaction);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM relations WHERE key NOT IN (SELECT min(key) FROM relations GROUP BY target, source, type, source_id);";
            repeated = await command.ExecuteNonQueryAsync(ct);
        }
        await ExecuteAsync(connection, SqliteSchema.Indexes, ct, transaction);
        return result with { RelationsAdded = result.RelationsAdded - repeated, RelationsAlreadyStored = result.RelationsAlreadyStored + repeated };
    }

    public async Task<long> GetVersionAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = 'version';";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM actors), (SELECT count(*) FROM documents);
            SELECT type, count(*) FROM relations GROUP BY type ORDER BY type;
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (actors, documents) = (reader.GetInt64(0), reader.GetInt64(1));
        await reader.NextResultAsync(ct);
        var byType = new SortedDictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct)) byType[reader.GetString(0)] = reader.GetInt64(1);
        return new GraphStats(actors, documents, byType.Values.Sum(), byType);
    }

    public async Task<Actor?> GetActorAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{SelectActor} WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadActor(reader) : null;
    }

    public async Task<IReadOnlyList<Actor>> FindActorsAsync(string? search, int limit, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        // search_key is folded in .NET because SQLite's lower() folds ASCII only ("kühnert" must find "Kühnert");
        // instr instead of LIKE needs no wildcard escaping.
        command.CommandText = $"{SelectActor} WHERE $q IS NULL OR instr(search_key, $q) > 0 ORDER BY name COLLATE NOCASE, id LIMIT $limit;";
        command.Parameters.AddWithValue("$q", string.IsNullOrWhiteSpace(search) ? DBNull.Value : SearchKeys.Of(search));
        command.Parameters.AddWithValue("$limit", limit);
        var actors = new List<Actor>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) actors.Add(ReadActor(reader));
        return actors;
    }

    public async IAsyncEnumerable<Actor> ReadActorsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{SelectActor} ORDER BY id;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return ReadActor(reader);
    }

    public async IAsyncEnumerable<Document> ReadDocumentsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, kind, url, date, outlet FROM documents ORDER BY id;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new Document(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), NullableString(reader, 3),
                StoredValues.ReadDate(NullableString(reader, 4)),
                NullableString(reader, 5));
        }
    }

    public async IAsyncEnumerable<Relation> ReadRelationsAsync(
        RelationFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        var (where, parameters) = Where(filter);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.CommandText = $"{SelectRelation} {where} ORDER BY r.at IS NOT NULL, r.at, r.key;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return ReadRelation(reader);
    }

    public async Task<IReadOnlyDictionary<long, Relation>> ReadRelationsAsync(IReadOnlyCollection<long> keys, CancellationToken ct = default)
    {
        var found = new Dictionary<long, Relation>();
        await using var connection = await OpenAsync(ct);
        foreach (var chunk in keys.Distinct().Chunk(500))
        {
            await using var command = connection.CreateCommand();
            // Keys are integers, so inlining them is safe.
            command.CommandText = $"{SelectRelation} WHERE r.key IN ({string.Join(',', chunk)});";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) found[reader.GetInt64(11)] = ReadRelation(reader);
        }
        return found;
    }

    /// <summary>
    /// The topology from the snapshot file when it holds this version of the store, else from one scan of the store,
    /// which then writes the file. The file holds the whole graph and filters apply in memory, so one file serves every
    /// filter. Version and relations are read in one transaction: an ingest committing meanwhile cannot be mixed in.
    /// </summary>
    public async Task<RelationTopology> ReadTopologyAsync(RelationFilter filter, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        if (SnapshotFilePath is null || filter.Actor is not null) return ScanTopology(connection, filter, ct, out _);
        await _snapshotGate.WaitAsync(ct);
        try
        {
            // Deferred: a read transaction (a plain BEGIN), which takes no write lock.
            using var transaction = connection.BeginTransaction(deferred: true);
            var stamp = await ReadStampAsync(connection, transaction, ct);
            if (SnapshotFile.TryRead(SnapshotFilePath, stamp) is not { } stored)
            {
                var scanned = ScanTopology(connection, RelationFilter.All, ct, out var storedFormTimes);
                stored = (scanned, storedFormTimes ? SnapshotFile.StoredFormTimes : 0);
                SnapshotFile.TryWrite(SnapshotFilePath, stamp, scanned, stored.Flags);
            }
            // Times in another form compare as text in SQL, not as ticks: such a store answers time filters itself.
            var timed = filter.From is not null || filter.To is not null;
            return timed && (stored.Flags & SnapshotFile.StoredFormTimes) == 0
                ? ScanTopology(connection, filter, ct, out _)
                : stored.Topology.Where(filter);
        }
        finally
        {
            _snapshotGate.Release();
        }
    }

    private static async Task<StoreStamp> ReadStampAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT key, value FROM meta WHERE key IN ('stamp', 'version', 'schema');";
        var values = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) values[reader.GetString(0)] = reader.GetInt64(1);
        return new StoreStamp(values.GetValueOrDefault("stamp"), values.GetValueOrDefault("version"), (int)values.GetValueOrDefault("schema"));
    }

    /// <summary>
    /// One scan of the relations reading keys, endpoint keys, type, weight, time and confidence (no evidence) through
    /// SQLite's raw API; endpoint keys become nodes through an array, so nothing is allocated per relation.
    /// </summary>
    /// <param name="storedFormTimes">Whether every time read was in <see cref="Timestamps.Format"/> form.</param>
    private static RelationTopology ScanTopology(SqliteConnection connection, RelationFilter filter, CancellationToken ct, out bool storedFormTimes)
    {
        // One pass over every page: SQLite's page cache would only hold them twice (the OS caches the file already).
        using (var pragma = new RawStatement(connection, "PRAGMA cache_size = -2048;")) pragma.Execute();
        var topology = new RelationTopologyBuilder();
        var documents = filter.Types is null || filter.Types.Contains(RelationType.Signed);
        // A placeholder is named by its id: nullif saves decoding it twice.
        var actorNodes = ReadNodes(connection, "SELECT key, id, nullif(name, id) FROM actors ORDER BY id;", topology.Actor);
        var documentNodes = documents ? ReadNodes(connection, "SELECT key, id, nullif(title, id) FROM documents ORDER BY id;", topology.Document) : [];
        var (where, parameters) = Where(filter);
        using var statement = new RawStatement(connection, $"SELECT r.key, r.source, r.target, r.type, r.weight, r.at, r.confidence FROM relations r {where};");
        foreach (var (name, value) in parameters) statement.Bind(name, value);
        storedFormTimes = true;
        while (statement.Step())
        {
            ct.ThrowIfCancellationRequested();
            var type = TypeOf(statement.Bytes(3));
            var source = NodeOf(actorNodes, statement.Int64(1), "actor");
            var target = type == RelationType.Signed ? NodeOf(documentNodes, statement.Int64(2), "document") : NodeOf(actorNodes, statement.Int64(2), "actor");
            var at = statement.Bytes(5);
            var ticks = RelationTopology.Undated;
            if (!at.IsEmpty && !Timestamps.TryStoredTicks(at, out ticks))
            {
                storedFormTimes = false;
                ticks = Timestamps.StoredTicks(at);
            }
            topology.Relation(statement.Int64(0), source, target, type, statement.Double(4), ticks, statement.Double(6));
        }
        return topology.Build();
    }

    /// <summary>Declares each row's node (key, id, name or null for the id) and returns the node of every key (-1: no such key).</summary>
    private static int[] ReadNodes(SqliteConnection connection, string sql, Func<string, string, int> declare)
    {
        using var statement = new RawStatement(connection, sql);
        var nodes = new int[1024];
        while (statement.Step())
        {
            var key = statement.Int64(0);
            if (key >= nodes.Length)
            {
                var size = (int)Math.Max(key + 1, 2L * nodes.Length);
                var length = nodes.Length;
                Array.Resize(ref nodes, size);
                Array.Fill(nodes, -1, length, size - length);
            }
            var id = statement.Text(1);
            nodes[key] = declare(id, statement.IsNull(2) ? id : statement.Text(2));
        }
        return nodes;
    }

    private static int NodeOf(int[] nodes, long key, string what) =>
        key >= 0 && key < nodes.Length && nodes[key] >= 0 ? nodes[key]
            : throw new InvalidDataException($"The store holds a relation whose {what} (key {key}) does not exist.");

    private static readonly byte[][] TypeNames = [.. Enum.GetValues<RelationType>().Select(t => System.Text.Encoding.UTF8.GetBytes(t.ToName()))];

    private static RelationType TypeOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < TypeNames.Length; i++)
            if (name.SequenceEqual(TypeNames[i])) return (RelationType)i;
        throw new InvalidDataException($"The store holds a relation of unknown type '{System.Text.Encoding.UTF8.GetString(name)}'.");
    }

    // Endpoints are keys: the source an actor's, the target an actor's or (SIGNED) a document's.
    private const string SelectRelation = """
        SELECT s.id, r.type, CASE r.type WHEN 'SIGNED' THEN d.id ELSE t.id END, r.at, r.weight, r.source_id, r.url, r.quote,
            r.document_id, r.confidence, r.extractor, r.key
        FROM relations r JOIN actors s ON s.key = r.source
            LEFT JOIN actors t ON t.key = r.target AND r.type <> 'SIGNED' LEFT JOIN documents d ON d.key = r.target AND r.type = 'SIGNED'
        """;

    private static Relation ReadRelation(SqliteDataReader reader)
    {
        return new Relation(
            reader.GetString(0), StoredValues.RelationType(reader.GetString(1), "sqlite"), reader.GetString(2),
            reader.IsDBNull(3) ? null : Timestamps.Parse(reader.GetString(3)),
            reader.GetDouble(4),
            new Evidence(reader.GetString(5), NullableString(reader, 6), NullableString(reader, 7),
                NullableString(reader, 8), reader.GetDouble(9), NullableString(reader, 10)));
    }

    /// <summary>The WHERE clause of a filter and its named parameters.</summary>
    private static (string Clause, List<(string Name, object Value)> Parameters) Where(RelationFilter filter)
    {
        var where = new List<string>();
        var parameters = new List<(string, object)>();
        // Types come from the enum, never from user text, so inlining their names is safe. All observed types: no clause.
        if (filter.Types is { } types && !RelationTypes.Observed.All(types.Contains))
            where.Add($"r.type IN ({string.Join(",", types.Select(t => $"'{t.ToName()}'"))})");
        if (filter.From is { } from) { where.Add("r.at >= $from"); parameters.Add(("$from", Timestamps.Format(from))); }
        if (filter.To is { } to) { where.Add("r.at <= $to"); parameters.Add(("$to", Timestamps.Format(to))); }
        if (filter.MinWeight is { } w) { where.Add("r.weight >= $w"); parameters.Add(("$w", w)); }
        if (filter.MinConfidence is { } c) { where.Add("r.confidence >= $c"); parameters.Add(("$c", c)); }
        if (filter.Actor is { } actor)
        {
            // A SIGNED relation's target is a document's key, which may equal this actor's.
            where.Add("(r.source = (SELECT key FROM actors WHERE id = $actor) OR (r.target = (SELECT key FROM actors WHERE id = $actor) AND r.type <> 'SIGNED'))");
            parameters.Add(("$actor", actor));
        }
        return (where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "", parameters);
    }

    public ValueTask DisposeAsync()
    {
        // Release pooled handles so the file can be deleted or copied right after.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        // page_size first: it takes effect only in a new, empty file (a store written already keeps its own). 16 KiB
        // pages cut SQLite's per-row work in a bulk load and its index builds by some 15% (measured against 4 KiB).
        await ExecuteAsync(connection, "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536;", ct);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private const string SelectActor = "SELECT id, name, kind, party, country, handles, attributes FROM actors";

    private static Actor ReadActor(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), NullableString(reader, 3), NullableString(reader, 4))
        {
            Handles = StoredValues.ReadMap(NullableString(reader, 5)),
            Attributes = StoredValues.ReadMap(NullableString(reader, 6)),
        };

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>
    /// Re-points the relations of actor $from to actor $to (an observation stored under both is kept once; one between
    /// the two would be of an actor to itself and is dropped), drops $from and remembers the alias. Relations hold the
    /// actors' keys (a SIGNED relation's target is a document's). Needs the indexes (the identity index keeps one
    /// observation once).
    /// </summary>
    private const string ApplyAlias = """
        DELETE FROM relations WHERE type <> 'SIGNED' AND (source = $f AND target = $t OR source = $t AND target = $f);
        UPDATE OR IGNORE relations SET source = $t WHERE source = $f;
        UPDATE OR IGNORE relations SET target = $t WHERE target = $f AND type <> 'SIGNED';
        DELETE FROM relations WHERE source = $f OR target = $f AND type <> 'SIGNED';
        DELETE FROM actors WHERE key = $f;
        UPDATE actor_aliases SET actor = $to WHERE actor = $from;
        INSERT INTO actor_aliases (alias, actor) VALUES ($from, $to) ON CONFLICT (alias) DO UPDATE SET actor = excluded.actor;
        """;

    private static async Task ApplyAliasesAsync(SqliteConnection connection, SqliteTransaction transaction, List<ActorAlias> aliases, CancellationToken ct)
    {
        foreach (var alias in aliases)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.Parameters.AddWithValue("$from", alias.From);
            command.Parameters.AddWithValue("$to", alias.To);
            // Both are stored: the pipeline names only stored actors, and places the new name if it was not.
            command.CommandText = "SELECT (SELECT key FROM actors WHERE id = $from), (SELECT key FROM actors WHERE id = $to);";
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                await reader.ReadAsync(ct);
                command.Parameters.AddWithValue("$f", reader.GetInt64(0));
                command.Parameters.AddWithValue("$t", reader.GetInt64(1));
            }
            command.CommandText = ApplyAlias;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// A statement on SQLitePCL's raw API, bound by position. The hot insert uses it because Microsoft.Data.Sqlite binds
    /// each parameter by name on every execution, which measured at about half the ingest time.
    /// </summary>
    private sealed class RawStatement : IDisposable
    {
        private readonly SQLitePCL.sqlite3 _db;
        private readonly SQLitePCL.sqlite3_stmt _statement;
        private readonly IntPtr _handle, _dbHandle;
        private byte[] _utf8 = new byte[1024];

        /// <summary>Per parameter, the string instance bound there last (null: something else or nothing). Bindings outlive
        /// a reset, so the same instance need not be encoded and copied again: the relations of one tweet share their url,
        /// text and source id, and every relation of a reader its extractor.</summary>
        private readonly object?[] _bound;

        private static readonly object BoundNull = new();

        public RawStatement(SqliteConnection connection, string sql)
        {
            _db = connection.Handle!;
            Check(SQLitePCL.raw.sqlite3_prepare_v2(_db, sql, out _statement));
            _handle = _statement.DangerousGetHandle();
            _dbHandle = _db.DangerousGetHandle();
            _bound = new object?[SQLitePCL.raw.sqlite3_bind_parameter_count(_statement) + 1];
        }

        public void Bind(int index, string? value)
        {
            if (ReferenceEquals(_bound[index], value ?? BoundNull)) return;
            if (value is null)
            {
                BindNull(index);
                _bound[index] = BoundNull;
                return;
            }
            // UTF-8 encoded here into a reused buffer: SQLite stores UTF-8, so it copies these bytes once and converts nothing.
            var bytes = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
            if (bytes > _utf8.Length) _utf8 = new byte[Math.Max(bytes, 2 * _utf8.Length)];
            Check(SqliteNative.BindText(_handle, index, _utf8.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(value, _utf8))));
            _bound[index] = value;
        }

        public void BindNull(int index)
        {
            Check(SqliteNative.sqlite3_bind_null(_handle, index));
            _bound[index] = null;
        }

        /// <summary>Binds UTF-8 text (copied by SQLite).</summary>
        public void Bind(int index, ReadOnlySpan<byte> utf8)
        {
            Check(SqliteNative.BindText(_handle, index, utf8));
            _bound[index] = null;
        }

        public void Bind(int index, double value)
        {
            Check(SqliteNative.sqlite3_bind_double(_handle, index, value));
            _bound[index] = null;
        }

        public void Bind(int index, long value)
        {
            Check(SqliteNative.sqlite3_bind_int64(_handle, index, value));
            _bound[index] = null;
        }

        public void Bind(string name, object value)
        {
            var index = SQLitePCL.raw.sqlite3_bind_parameter_index(_statement, name);
            if (value is double d) Bind(index, d); else Bind(index, (string)value);
        }

        /// <summary>Advances to the next row; false when there is none.</summary>
        public bool Step()
        {
            var step = SqliteNative.sqlite3_step(_handle);
            if (step == SQLitePCL.raw.SQLITE_ROW) return true;
            Check(step);
            return false;
        }

        /// <summary>A text or blob column's bytes, valid until the next step.</summary>
        public ReadOnlySpan<byte> Bytes(int column) => SqliteNative.Bytes(_handle, column);

        public long Int64(int column) => SqliteNative.sqlite3_column_int64(_handle, column);

        public string Text(int column) => System.Text.Encoding.UTF8.GetString(Bytes(column));

        public bool IsNull(int column) => SQLitePCL.raw.sqlite3_column_type(_statement, column) == SQLitePCL.raw.SQLITE_NULL;

        public double Double(int column) => SqliteNative.sqlite3_column_double(_handle, column);

        /// <summary>Runs the statement and returns the number of rows it changed.</summary>
        public int Execute()
        {
            var step = SqliteNative.sqlite3_step(_handle);
            SqliteNative.sqlite3_reset(_handle);
            if (step != SQLitePCL.raw.SQLITE_DONE) Check(step);
            return SqliteNative.sqlite3_changes(_dbHandle);
        }

        /// <summary>The first column of the first row as an integer, or null when there is no row.</summary>
        public long? Scalar()
        {
            long? value = Step() ? Int64(0) : null;
            SQLitePCL.raw.sqlite3_reset(_statement);
            return value;
        }

        /// <summary>The key of the row the last insert on this connection made.</summary>
        public long LastInsertKey => SQLitePCL.raw.sqlite3_last_insert_rowid(_db);

        public void Dispose() => _statement.Dispose();

        private void Check(int code)
        {
            if (code != SQLitePCL.raw.SQLITE_OK && code != SQLitePCL.raw.SQLITE_DONE)
                throw new SqliteException(SQLitePCL.raw.sqlite3_errmsg(_db).utf8_to_string(), code);
        }
    }

    /// <summary>
    /// Persists the pipeline's checked batches with prepared statements: each row costs one insert. Relations name their
    /// endpoints by key, kept on the pipeline's node of each id (loaded at the start, then as written).
    /// </summary>
    private sealed class BatchWriter : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _upsertDocument;
        private readonly RawStatement _insertRelation, _insertPlaceholderActor, _insertPlaceholderDocument, _actorKey, _documentKey, _upsertActor;

        private static readonly byte[][] TypeNames = [.. Enum.GetValues<RelationType>().Select(t => System.Text.Encoding.UTF8.GetBytes(t.ToName()))];

        /// <summary>The aliases of the last batch, applied once every relation is written and indexed.</summary>
        public List<ActorAlias> Aliases { get; } = [];

        public BatchWriter(SqliteConnection connection, SqliteTransaction transaction)
        {
            _connection = connection;
            // Raw as well: an X collection upserts an actor per account profile read (and again when it changed).
            _upsertActor = new RawStatement(connection, """
                INSERT INTO actors (id, name, kind, party, country, handles, attributes, search_key)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, party = excluded.party,
                    country = excluded.country, handles = excluded.handles, attributes = excluded.attributes,
                    search_key = excluded.search_key;
                """);
            // Raw too: a file of relations between actors nobody declared creates one placeholder per new id.
            _insertPlaceholderActor = new RawStatement(connection,
                "INSERT OR IGNORE INTO actors (id, name, kind, search_key) VALUES (?1, ?1, 'unknown', ?2);");
            _upsertDocument = Prepare(transaction, """
                INSERT INTO documents (id, title, kind, url, date, outlet) VALUES ($id, $title, $kind, $url, $date, $outlet)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, kind = excluded.kind, url = excluded.url,
                    date = excluded.date, outlet = excluded.outlet;
                """, "$id", "$title", "$kind", "$url", "$date", "$outlet");
            _insertPlaceholderDocument = new RawStatement(connection,
                "INSERT OR IGNORE INTO documents (id, title, kind) VALUES (?1, ?1, 'declaration');");
            _actorKey = new RawStatement(connection, "SELECT key FROM actors WHERE id = ?1;");
            _documentKey = new RawStatement(connection, "SELECT key FROM documents WHERE id = ?1;");
            _insertRelation = new RawStatement(connection, """
                INSERT OR IGNORE INTO relations (source, type, target, at, weight, source_id, url, quote, document_id, confidence, extractor)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);
                """);
        }

        /// <summary>Writes the batch; returns how many of its relations were new.</summary>
        public long Write(IngestBatch batch)
        {
            foreach (var actor in batch.Actors)
            {
                var upsert = _upsertActor;
                upsert.Bind(1, actor.Id);
                upsert.Bind(2, actor.Name);
                upsert.Bind(3, actor.Kind);
                upsert.Bind(4, actor.Party);
                upsert.Bind(5, actor.Country);
                BindMap(upsert, 6, actor.Handles);
                BindMap(upsert, 7, actor.Attributes);
                upsert.Bind(8, SearchKeys.Of($"{actor.Id} {actor.Name}"));
                upsert.Execute();
            }
            foreach (var document in batch.Documents)
                Run(_upsertDocument, document.Id, document.Title, document.Kind, document.Url, StoredValues.Date(document.Date), document.Outlet);
            foreach (var node in batch.PlaceholderActors)
            {
                _insertPlaceholderActor.Bind(1, node.Id);
                _insertPlaceholderActor.Bind(2, SearchKeys.Of(node.Id));
                if (_insertPlaceholderActor.Execute() == 1) node.StoreKey = _insertPlaceholderActor.LastInsertKey;
            }
            foreach (var node in batch.PlaceholderDocuments)
            {
                _insertPlaceholderDocument.Bind(1, node.Id);
                if (_insertPlaceholderDocument.Execute() == 1) node.StoreKey = _insertPlaceholderDocument.LastInsertKey;
            }
            long added = 0;
            var statement = _insertRelation;
            Span<byte> time = stackalloc byte[20];
            foreach (var (relation, source, target) in batch.Relations)
            {
                var e = relation.Evidence;
                statement.Bind(1, Key(source, _actorKey));
                statement.Bind(2, TypeNames[(int)relation.Type]);
                statement.Bind(3, Key(target, relation.Type == RelationType.Signed ? _documentKey : _actorKey));
                if (relation.At is { } at)
                {
                    Timestamps.FormatUtf8(at, time);
                    statement.Bind(4, time);
                }
                else statement.BindNull(4);
                statement.Bind(5, relation.Weight);
                statement.Bind(6, e.SourceId);
                statement.Bind(7, e.Url);
                statement.Bind(8, e.Quote);
                statement.Bind(9, e.DocumentId);
                statement.Bind(10, e.Confidence);
                statement.Bind(11, e.Extractor);
                added += statement.Execute();
            }
            Aliases.AddRange(batch.Aliases);
            return added;
        }

        private static void BindMap(RawStatement statement, int index, IReadOnlyDictionary<string, string> map)
        {
            if (map.Count == 0) statement.BindNull(index);
            else statement.Bind(index, StoredValues.MapUtf8(map));
        }

        /// <summary>The key of a stored id: known, or (an actor or document upserted in this ingest) looked up once.</summary>
        private static long Key(IngestNode node, RawStatement lookup)
        {
            if (node.StoreKey != IngestNode.NoKey) return node.StoreKey;
            lookup.Bind(1, node.Id);
            return node.StoreKey = lookup.Scalar() ?? throw new InvalidOperationException($"'{node.Id}' was not written before a relation naming it.");
        }

        public void Dispose()
        {
            _insertRelation.Dispose();
            _insertPlaceholderActor.Dispose();
            _insertPlaceholderDocument.Dispose();
            _actorKey.Dispose();
            _documentKey.Dispose();
            _upsertActor.Dispose();
        }

        private SqliteCommand Prepare(SqliteTransaction transaction, string sql, params string[] parameters)
        {
            var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            return command;
        }

        private static int Run(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
            return command.ExecuteNonQuery();
        }
    }
}
