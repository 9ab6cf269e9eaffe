using System.Runtime.CompilerServices;
using ActorGraph.Ingest;
using ActorGraph.Model;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Every ingest is one transaction; relations are unique on
/// (type, source, target, source_id), so ingesting the same file twice adds nothing.
/// </summary>
public sealed class SqliteGraphStore(string path) : IGraphStore
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

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await ExecuteAsync(connection, Schema, ct);
    }

    public async Task<IngestResult> IngestAsync(
        IAsyncEnumerable<SourcedElement> elements, IngestOptions options, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        // A bulk load into an empty store builds the lookup indexes once at the end (a sort) instead of row by row.
        var bulk = await IsEmptyAsync(connection, transaction, ct);
        if (bulk) await ExecuteAsync(connection, DropLookupIndexes, ct, transaction);
        using var writer = new BatchWriter(connection, transaction);
        var pipeline = new IngestPipeline(options);
        await LoadStoredIdsAsync(connection, transaction, pipeline, ct);
        // Parsing runs on another core while this one checks and writes: a bounded hand-over keeps memory constant.
        var result = await pipeline.RunAsync(Pipelined(elements, ct), (batch, _) => ValueTask.FromResult(writer.Write(batch)), 1024, ct);
        if (bulk) await ExecuteAsync(connection, Schema, ct, transaction);
        if (result.ChangedAnything)
        {
            await ExecuteAsync(connection, "UPDATE meta SET value = value + 1 WHERE key = 'version';", ct, transaction);
        }
        await transaction.CommitAsync(ct);
        return result;
    }

    private static async IAsyncEnumerable<SourcedElement> Pipelined(
        IAsyncEnumerable<SourcedElement> elements, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<SourcedElement[]>(new System.Threading.Channels.BoundedChannelOptions(8)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                var chunk = new List<SourcedElement>(1024);
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

    private static async Task LoadStoredIdsAsync(SqliteConnection connection, SqliteTransaction transaction, IngestPipeline pipeline, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id FROM actors; SELECT id FROM documents; SELECT alias, actor FROM actor_aliases;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) pipeline.StoredActor(reader.GetString(0));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) pipeline.StoredDocument(reader.GetString(0));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) pipeline.StoredAlias(reader.GetString(0), reader.GetString(1));
    }

    private static async Task<bool> IsEmptyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM relations);";
        return Convert.ToBoolean(await command.ExecuteScalarAsync(ct));
    }

    private const string DropLookupIndexes = "DROP INDEX IF EXISTS relations_source; DROP INDEX IF EXISTS relations_target;";

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
        command.CommandText = $"{SelectRelation} {where} ORDER BY at IS NOT NULL, at, rowid;";
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
            command.CommandText = $"{SelectRelation} WHERE rowid IN ({string.Join(',', chunk)});";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) found[reader.GetInt64(11)] = ReadRelation(reader);
        }
        return found;
    }

    /// <summary>
    /// One scan of the relations table reading rowid, endpoints, type, weight, time and confidence through SQLite's raw API: endpoint ids
    /// are looked up as bytes, so no string and no record is made per relation. Keys are rowids, stable while the
    /// store is not vacuumed (ActorGraph never does).
    /// </summary>
    public async Task<RelationTopology> ReadTopologyAsync(RelationFilter filter, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        // One pass over every page: SQLite's page cache would only hold them twice (the OS caches the file already).
        await ExecuteAsync(connection, "PRAGMA cache_size = -2048;", ct);
        var topology = new RelationTopologyBuilder();
        await using (var command = connection.CreateCommand())
        {
            var documents = filter.Types is null || filter.Types.Contains(RelationType.Signed);
            command.CommandText = "SELECT id, name FROM actors ORDER BY id;" + (documents ? "SELECT id, title FROM documents ORDER BY id;" : "");
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) topology.Actor(reader.GetString(0), reader.GetString(1));
            if (await reader.NextResultAsync(ct))
                while (await reader.ReadAsync(ct)) topology.Document(reader.GetString(0), reader.GetString(1));
        }
        var (where, parameters) = Where(filter);
        using var statement = new RawStatement(connection, $"SELECT rowid, source, target, type, weight, at, confidence FROM relations {where};");
        foreach (var (name, value) in parameters) statement.Bind(name, value);
        while (statement.Step())
        {
            ct.ThrowIfCancellationRequested();
            var source = topology.Node(statement.Bytes(1));
            var target = topology.Node(statement.Bytes(2));
            var at = statement.Bytes(5);
            topology.Relation(statement.Int64(0), source, target, TypeOf(statement.Bytes(3)), statement.Double(4),
                at.IsEmpty ? RelationTopology.Undated : Timestamps.StoredTicks(at), statement.Double(6));
        }
        return topology.Build();
    }

    private static readonly byte[][] TypeNames = [.. Enum.GetValues<RelationType>().Select(t => System.Text.Encoding.UTF8.GetBytes(t.ToName()))];

    private static RelationType TypeOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < TypeNames.Length; i++)
            if (name.SequenceEqual(TypeNames[i])) return (RelationType)i;
        throw new InvalidDataException($"The store holds a relation of unknown type '{System.Text.Encoding.UTF8.GetString(name)}'.");
    }

    private const string SelectRelation =
        "SELECT source, type, target, at, weight, source_id, url, quote, document_id, confidence, extractor, rowid FROM relations";

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
            where.Add($"type IN ({string.Join(",", types.Select(t => $"'{t.ToName()}'"))})");
        if (filter.From is { } from) { where.Add("at >= $from"); parameters.Add(("$from", Timestamps.Format(from))); }
        if (filter.To is { } to) { where.Add("at <= $to"); parameters.Add(("$to", Timestamps.Format(to))); }
        if (filter.MinWeight is { } w) { where.Add("weight >= $w"); parameters.Add(("$w", w)); }
        if (filter.MinConfidence is { } c) { where.Add("confidence >= $c"); parameters.Add(("$c", c)); }
        if (filter.Actor is { } actor) { where.Add("(source = $actor OR target = $actor)"); parameters.Add(("$actor", actor)); }
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
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536;", ct);
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

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT OR IGNORE INTO meta (key, value) VALUES ('version', 0), ('schema', 1);
        CREATE TABLE IF NOT EXISTS actors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            party TEXT,
            country TEXT,
            handles TEXT,
            attributes TEXT,
            search_key TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            url TEXT,
            date TEXT,
            outlet TEXT
        );
        CREATE TABLE IF NOT EXISTS relations (
            source TEXT NOT NULL,
            type TEXT NOT NULL,
            target TEXT NOT NULL,
            at TEXT,
            weight REAL NOT NULL,
            source_id TEXT NOT NULL,
            url TEXT,
            quote TEXT,
            document_id TEXT,
            confidence REAL NOT NULL,
            extractor TEXT,
            UNIQUE (source_id, type, source, target)
        );
        CREATE TABLE IF NOT EXISTS actor_aliases (alias TEXT PRIMARY KEY, actor TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS relations_source ON relations (source);
        CREATE INDEX IF NOT EXISTS relations_target ON relations (target);
        """;

    /// <summary>
    /// Re-points the relations of $from to $to (an observation stored under both is kept once; one between the two
    /// would be of an actor to itself and is dropped), drops $from and remembers the alias. Needs the lookup indexes.
    /// </summary>
    private const string ApplyAlias = """
        CREATE INDEX IF NOT EXISTS relations_source ON relations (source);
        CREATE INDEX IF NOT EXISTS relations_target ON relations (target);
        DELETE FROM relations WHERE source = $from AND target = $to OR source = $to AND target = $from;
        UPDATE OR IGNORE relations SET source = $to WHERE source = $from;
        UPDATE OR IGNORE relations SET target = $to WHERE target = $from AND type <> 'SIGNED';
        DELETE FROM relations WHERE source = $from OR target = $from AND type <> 'SIGNED';
        DELETE FROM actors WHERE id = $from;
        UPDATE actor_aliases SET actor = $to WHERE actor = $from;
        INSERT INTO actor_aliases (alias, actor) VALUES ($from, $to) ON CONFLICT (alias) DO UPDATE SET actor = excluded.actor;
        """;

    /// <summary>
    /// A statement on SQLitePCL's raw API, bound by position. The hot insert uses it because Microsoft.Data.Sqlite binds
    /// each parameter by name on every execution, which measured at about half the ingest time.
    /// </summary>
    private sealed class RawStatement : IDisposable
    {
        private readonly SQLitePCL.sqlite3 _db;
        private readonly SQLitePCL.sqlite3_stmt _statement;

        public RawStatement(SqliteConnection connection, string sql)
        {
            _db = connection.Handle!;
            Check(SQLitePCL.raw.sqlite3_prepare_v2(_db, sql, out _statement));
        }

        // UTF-16 straight from the string: the string overload would allocate a UTF-8 copy per value; SQLite converts in C.
        public void Bind(int index, string? value) =>
            Check(value is null ? SQLitePCL.raw.sqlite3_bind_null(_statement, index) : SQLitePCL.raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));

        public void Bind(int index, double value) => Check(SQLitePCL.raw.sqlite3_bind_double(_statement, index, value));

        public void Bind(string name, object value)
        {
            var index = SQLitePCL.raw.sqlite3_bind_parameter_index(_statement, name);
            if (value is double d) Bind(index, d); else Bind(index, (string)value);
        }

        /// <summary>Advances to the next row; false when there is none.</summary>
        public bool Step()
        {
            var step = SQLitePCL.raw.sqlite3_step(_statement);
            if (step == SQLitePCL.raw.SQLITE_ROW) return true;
            Check(step);
            return false;
        }

        /// <summary>A text or blob column's bytes, valid until the next step.</summary>
        public ReadOnlySpan<byte> Bytes(int column) => SQLitePCL.raw.sqlite3_column_blob(_statement, column);

        public long Int64(int column) => SQLitePCL.raw.sqlite3_column_int64(_statement, column);

        public double Double(int column) => SQLitePCL.raw.sqlite3_column_double(_statement, column);

        /// <summary>Runs the statement and returns the number of rows it changed.</summary>
        public int Execute()
        {
            var step = SQLitePCL.raw.sqlite3_step(_statement);
            SQLitePCL.raw.sqlite3_reset(_statement);
            if (step != SQLitePCL.raw.SQLITE_DONE) Check(step);
            return SQLitePCL.raw.sqlite3_changes(_db);
        }

        public void Dispose() => _statement.Dispose();

        private void Check(int code)
        {
            if (code != SQLitePCL.raw.SQLITE_OK && code != SQLitePCL.raw.SQLITE_DONE)
                throw new SqliteException(SQLitePCL.raw.sqlite3_errmsg(_db).utf8_to_string(), code);
        }
    }

    /// <summary>Persists the pipeline's checked batches with prepared statements: each row costs one insert.</summary>
    private sealed class BatchWriter : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _transaction;
        private readonly SqliteCommand _upsertDocument, _insertPlaceholderDocument;
        private readonly RawStatement _insertRelation, _insertPlaceholderActor, _upsertActor;

        public BatchWriter(SqliteConnection connection, SqliteTransaction transaction)
        {
            _connection = connection;
            _transaction = transaction;
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
            _insertPlaceholderDocument = Prepare(transaction, """
                INSERT OR IGNORE INTO documents (id, title, kind) VALUES ($id, $id, 'declaration');
                """, "$id");
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
                upsert.Bind(6, StoredValues.Map(actor.Handles));
                upsert.Bind(7, StoredValues.Map(actor.Attributes));
                upsert.Bind(8, SearchKeys.Of($"{actor.Id} {actor.Name}"));
                upsert.Execute();
            }
            foreach (var document in batch.Documents)
                Run(_upsertDocument, document.Id, document.Title, document.Kind, document.Url, StoredValues.Date(document.Date), document.Outlet);
            foreach (var id in batch.PlaceholderActors)
            {
                _insertPlaceholderActor.Bind(1, id);
                _insertPlaceholderActor.Bind(2, SearchKeys.Of(id));
                _insertPlaceholderActor.Execute();
            }
            foreach (var id in batch.PlaceholderDocuments) Run(_insertPlaceholderDocument, id);
            long added = 0;
            var statement = _insertRelation;
            foreach (var (relation, _) in batch.Relations)
            {
                var e = relation.Evidence;
                statement.Bind(1, relation.Source);
                statement.Bind(2, relation.Type.ToName());
                statement.Bind(3, relation.Target);
                statement.Bind(4, relation.At is { } at ? Timestamps.Format(at) : null);
                statement.Bind(5, relation.Weight);
                statement.Bind(6, e.SourceId);
                statement.Bind(7, e.Url);
                statement.Bind(8, e.Quote);
                statement.Bind(9, e.DocumentId);
                statement.Bind(10, e.Confidence);
                statement.Bind(11, e.Extractor);
                added += statement.Execute();
            }
            foreach (var alias in batch.Aliases)
            {
                // Rare (once per ingest at most per alias), so not prepared ahead.
                using var command = Prepare(_transaction, ApplyAlias, "$from", "$to");
                Run(command, alias.From, alias.To);
            }
            return added;
        }

        public void Dispose()
        {
            _insertRelation.Dispose();
            _insertPlaceholderActor.Dispose();
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
