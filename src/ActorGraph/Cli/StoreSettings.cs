using System.CommandLine;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

/// <summary>Which store to open, from the global options (and their environment variables).</summary>
public sealed record StoreSettings(string DbPath)
{
    public static StoreSettings From(ParseResult parse) => new(parse.GetValue(GlobalOptions.Db)!);

    public async Task<IGraphStore> OpenAsync(CancellationToken ct = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(DbPath));
        if (directory is not null && !Directory.Exists(directory))
            throw new BadInputException($"--db: the folder {directory} does not exist.");
        var store = new SqliteGraphStore(DbPath);
        await store.InitializeAsync(ct);
        return store;
    }
}
