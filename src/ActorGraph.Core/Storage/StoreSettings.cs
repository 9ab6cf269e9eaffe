namespace ActorGraph.Storage;

/// <summary>Which store to open: the CLI builds it from its global options, the service and the tests hand it to the web app.</summary>
/// <param name="Neo4j">Set when the store is Neo4j; null for the embedded SQLite file.</param>
/// <param name="SnapshotFile">Keep the analysis snapshot of the SQLite store beside it (<c>DbPath.snapshot</c>), so a
/// repeated analysis of an unchanged store does not scan it again.</param>
public sealed record StoreSettings(string DbPath, Neo4jSettings? Neo4j = null, bool SnapshotFile = true)
{
    public const string Sqlite = "sqlite", Neo4jStore = "neo4j";

    public string Kind => Neo4j is null ? Sqlite : Neo4jStore;

    /// <summary>
    /// Refuses a SQLite file that does not exist, for verbs that only read: a mistyped <c>--db</c> is an error, not a
    /// new empty store. Only <c>ingest</c>, <c>sample</c> and <c>serve</c> create one.
    /// </summary>
    public StoreSettings RequireExisting() => Neo4j is null && !File.Exists(DbPath)
        ? throw new BadInputException($"no store at {DbPath} (create one with ingest or sample)")
        : this;

    /// <summary>The store, ready to use (schema applied). Throws <see cref="StoreUnavailableException"/> when Neo4j is down.</summary>
    public async Task<IGraphStore> OpenAsync(CancellationToken ct = default)
    {
        var store = Create();
        try
        {
            await store.InitializeAsync(ct);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
        return store;
    }

    /// <summary>
    /// The store without touching it. The Neo4j store initialises itself on first use, so a service can start while
    /// Neo4j is still down and report that on <c>/health</c>.
    /// </summary>
    public IGraphStore Create()
    {
        if (Neo4j is { } neo4j) return new Neo4jGraphStore(neo4j);
        var directory = Path.GetDirectoryName(Path.GetFullPath(DbPath));
        if (directory is not null && !Directory.Exists(directory))
            throw new BadInputException($"--db: the folder {directory} does not exist.");
        return new SqliteGraphStore(DbPath, SnapshotFile);
    }
}
