using System.Collections.Concurrent;

namespace ActorGraph.Storage;

/// <summary>
/// The Cypher statements the Neo4j store runs, one file each under <c>cypher/</c> in the repository, embedded in the
/// assembly and loaded by name (<c>ingest/begin</c> is <c>cypher/ingest/begin.cypher</c>). Keeping them as files lets
/// the tests lint them with Neo4j's own Cypher 5 linter and run each on a real server.
/// </summary>
public static class CypherFiles
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of <c>cypher/{name}.cypher</c>.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, static name =>
    {
        var resource = $"cypher/{name}.cypher";
        using var stream = typeof(CypherFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Cypher file {resource} is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// The schema statements for a Neo4j major version: <c>schema/v3</c> for 3.x, <c>schema/v5</c> for 4.4 and later
    /// (constraint syntax differs). A schema file holds several statements, each ending with a semicolon.
    /// </summary>
    public static IReadOnlyList<string> Schema(int major) => SplitStatements(Get(major <= 3 ? "schema/v3" : "schema/v5"));

    /// <summary>Splits a file at semicolons that end a line, dropping comment lines.</summary>
    public static IReadOnlyList<string> SplitStatements(string text)
    {
        var code = string.Join('\n', text.Replace("\r\n", "\n").Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return code.Split(";\n").Select(s => s.Trim().TrimEnd(';').Trim()).Where(s => s.Length > 0).ToArray();
    }
}
