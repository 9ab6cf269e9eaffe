using System.CommandLine;

namespace ActorGraph.Cli;

/// <summary>Options every verb takes: which store to use.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "SQLite database file (env ACTORGRAPH_DB)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ACTORGRAPH_DB") is { Length: > 0 } db ? db : "actorgraph.db",
    };

    public static IEnumerable<Option> All => [Db];
}
