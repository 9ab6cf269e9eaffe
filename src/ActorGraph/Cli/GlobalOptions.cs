using System.CommandLine;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

/// <summary>Options every verb takes: which store to use. Each has an environment variable for containers and CI.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "SQLite database file (env ACTORGRAPH_DB)",
        Recursive = true,
        DefaultValueFactory = _ => Env("ACTORGRAPH_DB") ?? "actorgraph.db",
    };

    public static readonly Option<string> Store = new("--store")
    {
        Description = "Where the graph lives: sqlite (embedded file, default) or neo4j (env ACTORGRAPH_STORE)",
        Recursive = true,
        DefaultValueFactory = _ => Env("ACTORGRAPH_STORE") ?? Storage.StoreSettings.Sqlite,
    };

    public static readonly Option<string> Neo4jUrl = new("--neo4j-url")
    {
        Description = "Neo4j's HTTP address (env NEO4J_URL)",
        Recursive = true,
        DefaultValueFactory = _ => Env("NEO4J_URL") ?? "http://localhost:7474",
    };

    public static readonly Option<string?> Neo4jUser = new("--neo4j-user")
    {
        Description = "Neo4j user; none when auth is off (env NEO4J_USER)",
        Recursive = true,
        DefaultValueFactory = _ => Env("NEO4J_USER"),
    };

    public static readonly Option<string?> Neo4jPassword = new("--neo4j-password")
    {
        Description = "Neo4j password (env NEO4J_PASSWORD; prefer the variable, a command line is visible to other users)",
        Recursive = true,
        DefaultValueFactory = _ => Env("NEO4J_PASSWORD"),
    };

    public static readonly Option<string> Neo4jDatabase = new("--neo4j-database")
    {
        Description = "Neo4j database on 4.x/5.x (env NEO4J_DATABASE)",
        Recursive = true,
        DefaultValueFactory = _ => Env("NEO4J_DATABASE") ?? "neo4j",
    };

    public static readonly Option<bool> NoSnapshotCache = new("--no-snapshot-cache")
    {
        Description = "Neither read nor write the analysis snapshot kept beside the SQLite file (DB.snapshot) (env ACTORGRAPH_SNAPSHOT_CACHE=off)",
        Recursive = true,
        DefaultValueFactory = _ => Env("ACTORGRAPH_SNAPSHOT_CACHE")?.Trim().ToLowerInvariant() is "off" or "0" or "false" or "no",
    };

    public static IEnumerable<Option> All => [Db, Store, Neo4jUrl, Neo4jUser, Neo4jPassword, Neo4jDatabase, NoSnapshotCache];

    /// <summary>Which store the options name.</summary>
    /// <param name="kind">Overrides <c>--store</c> (e.g. <c>neo4j sync</c> always writes to Neo4j).</param>
    public static StoreSettings StoreSettings(ParseResult parse, string? kind = null)
    {
        var db = parse.GetValue(Db)!;
        kind ??= parse.GetValue(Store)!.Trim().ToLowerInvariant();
        if (kind == Storage.StoreSettings.Sqlite) return new StoreSettings(db, SnapshotFile: !parse.GetValue(NoSnapshotCache));
        if (kind != Storage.StoreSettings.Neo4jStore) throw new BadInputException($"--store: expected sqlite or neo4j, got '{kind}'.");
        var url = parse.GetValue(Neo4jUrl)!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new BadInputException($"--neo4j-url: expected Neo4j's HTTP address like http://localhost:7474, got '{url}' (bolt:// is not supported).");
        return new StoreSettings(db, new Neo4jSettings(uri, parse.GetValue(Neo4jUser), parse.GetValue(Neo4jPassword), parse.GetValue(Neo4jDatabase)!));
    }

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
