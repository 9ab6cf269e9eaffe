using System.CommandLine;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

/// <summary>Which store to open, from the global options (and their environment variables).</summary>
/// <param name="Neo4j">Set when the store is Neo4j; null for the embedded SQLite file.</param>
public sealed record StoreSettings(string DbPath, Neo4jSettings? Neo4j = null)
{
    public const string Sqlite = "sqlite", Neo4jStore = "neo4j";

    public string Kind => Neo4j is null ? Sqlite : Neo4jStore;

    /// <param name="kind">Overrides <c>--store</c> (e.g. <c>neo4j sync</c> always writes to Neo4j).</param>
    public static StoreSettings From(ParseResult parse, string? kind = null)
    {
        var db = parse.GetValue(GlobalOptions.Db)!;
        kind ??= parse.GetValue(GlobalOptions.Store)!.Trim().ToLowerInvariant();
        if (kind == Sqlite) return new StoreSettings(db);
        if (kind != Neo4jStore) throw new BadInputException($"--store: expected sqlite or neo4j, got '{kind}'.");
        var url = parse.GetValue(GlobalOptions.Neo4jUrl)!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new BadInputException($"--neo4j-url: expected Neo4j's HTTP address like http://localhost:7474, got '{url}' (bolt:// is not supported).");
        return new StoreSettings(db, new Neo4jSettings(uri, parse.GetValue(GlobalOptions.Neo4jUser), parse.GetValue(GlobalOptions.Neo4jPassword),
            parse.GetValue(GlobalOptions.Neo4jDatabase)!));
    }

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
        return new SqliteGraphStore(DbPath);
    }
}
