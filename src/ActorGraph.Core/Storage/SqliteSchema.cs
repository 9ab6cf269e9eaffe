using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage;

/// <summary>
/// The embedded store's tables, and the upgrade of a store written by an earlier version. Schema 2: relations name
/// their endpoints by integer key (actors and documents keep their text ids), so analysis reads integers only and
/// rows and indexes are smaller than with text ids.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 2;

    /// <summary>meta: <c>version</c> counts the changes (caches key on it), <c>stamp</c> is drawn at random at each
    /// change, so two stores (or a store and a restored copy changed differently) at the same version still differ.</summary>
    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT OR IGNORE INTO meta (key, value) VALUES ('version', 0), ('schema', 2), ('stamp', random());
        """ + Tables + Indexes;

    /// <summary>What an ingest that changed the graph runs in its transaction.</summary>
    public const string Changed = """
        UPDATE meta SET value = value + 1 WHERE key = 'version';
        INSERT OR REPLACE INTO meta (key, value) VALUES ('stamp', random());
        """;

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS actors (
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            party TEXT,
            country TEXT,
            handles TEXT,
            attributes TEXT,
            search_key TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS documents (
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            url TEXT,
            date TEXT,
            outlet TEXT
        );
        -- source: an actor's key; target: an actor's key, or a document's for SIGNED. What analysis reads comes first.
        CREATE TABLE IF NOT EXISTS relations (
            key INTEGER PRIMARY KEY,
            source INTEGER NOT NULL,
            target INTEGER NOT NULL,
            type TEXT NOT NULL,
            weight REAL NOT NULL,
            at TEXT,
            confidence REAL NOT NULL,
            source_id TEXT NOT NULL,
            url TEXT,
            quote TEXT,
            document_id TEXT,
            extractor TEXT
        );
        -- An X account first known only by number (x:id:…), later named: alias -> the actor id it became.
        CREATE TABLE IF NOT EXISTS actor_aliases (alias TEXT PRIMARY KEY, actor TEXT NOT NULL);
        """;

    /// <summary>
    /// relations_identity makes ingest idempotent (one row per observation) and, target first, serves lookups by
    /// target; relations_source serves lookups by source. Analysis scans the table itself: with integer ends a scan
    /// costs about what a covering index would (measured), and the index would cost every ingest a sort. A bulk load
    /// into an empty store drops both and builds them at the end.
    /// </summary>
    public const string Indexes = Identity + "CREATE INDEX IF NOT EXISTS relations_source ON relations (source);";

    public const string Identity = "CREATE UNIQUE INDEX IF NOT EXISTS relations_identity ON relations (target, source, type, source_id);";

    public const string DropIndexes = "DROP INDEX IF EXISTS relations_identity; DROP INDEX IF EXISTS relations_source;";

    /// <summary>
    /// Brings a store written by an earlier version to this schema, in one transaction: schema 1 named endpoints by
    /// text id. Refuses a store written by a later version. A new or current store is left alone.
    /// </summary>
    public static async Task UpgradeAsync(SqliteConnection connection, string path, CancellationToken ct)
    {
        if (await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'meta';", ct) == 0) return;
        var schema = await ScalarAsync(connection, "SELECT coalesce((SELECT value FROM meta WHERE key = 'schema'), 1);", ct);
        if (schema > Version)
            throw new BadInputException($"The store {path} was written by a newer ActorGraph (store schema {schema}; this version reads up to {Version}). Use that version or a newer one.");
        if (schema == Version) return;
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        // Another process may have upgraded it while this one waited for the write lock.
        if (await ScalarAsync(connection, "SELECT value FROM meta WHERE key = 'schema';", ct, transaction) == Version) return;
        await ExecuteAsync(connection, """
            DROP INDEX IF EXISTS relations_source;
            DROP INDEX IF EXISTS relations_target;
            ALTER TABLE actors RENAME TO actors_v1;
            ALTER TABLE documents RENAME TO documents_v1;
            ALTER TABLE relations RENAME TO relations_v1;
            """ + Tables + """
            INSERT INTO actors (id, name, kind, party, country, handles, attributes, search_key)
                SELECT id, name, kind, party, country, handles, attributes, search_key FROM actors_v1 ORDER BY rowid;
            INSERT INTO documents (id, title, kind, url, date, outlet)
                SELECT id, title, kind, url, date, outlet FROM documents_v1 ORDER BY rowid;
            """, ct, transaction);
        await AddMissingEndpointsAsync(connection, transaction, ct);
        // Relation keys stay what they were (the old rowids).
        await ExecuteAsync(connection, """
            INSERT INTO relations (key, source, target, type, weight, at, confidence, source_id, url, quote, document_id, extractor)
                SELECT r.rowid, s.key, CASE r.type WHEN 'SIGNED' THEN d.key ELSE t.key END, r.type, r.weight, r.at, r.confidence,
                    r.source_id, r.url, r.quote, r.document_id, r.extractor
                FROM relations_v1 r JOIN actors s ON s.id = r.source
                    LEFT JOIN actors t ON t.id = r.target AND r.type <> 'SIGNED' LEFT JOIN documents d ON d.id = r.target AND r.type = 'SIGNED'
                ORDER BY r.rowid;
            DROP TABLE relations_v1;
            DROP TABLE actors_v1;
            DROP TABLE documents_v1;
            INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', 2);
            """ + Indexes, ct, transaction);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Schema 1 did not require a relation's ends to be stored (another tool could write one without): each such id
    /// becomes a placeholder, as ingest makes for ids nobody declared.
    /// </summary>
    private static async Task AddMissingEndpointsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        var missing = new List<(string Id, bool Document)>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                SELECT source, 0 FROM relations_v1 WHERE source NOT IN (SELECT id FROM actors)
                UNION SELECT target, 0 FROM relations_v1 WHERE type <> 'SIGNED' AND target NOT IN (SELECT id FROM actors)
                UNION SELECT target, 1 FROM relations_v1 WHERE type = 'SIGNED' AND target NOT IN (SELECT id FROM documents);
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) missing.Add((reader.GetString(0), reader.GetInt64(1) == 1));
        }
        foreach (var (id, document) in missing)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = document
                ? "INSERT INTO documents (id, title, kind) VALUES ($id, $id, 'declaration');"
                : "INSERT INTO actors (id, name, kind, search_key) VALUES ($id, $id, 'unknown', $key);";
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$key", SearchKeys.Of(id));
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
