using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace ActorGraph.Storage;

/// <summary>A store that answers analysts' Cypher (Neo4j). The service registers it only when the store offers it.</summary>
public interface ICypherQueries
{
    /// <summary>
    /// Runs an analyst's query with its parameters in a transaction that is always rolled back, so it can never change
    /// the data. At most <paramref name="maxRows"/> rows are returned (<see cref="CypherResult.Truncated"/> says whether
    /// there were more). Syntax and other statement errors become <see cref="BadInputException"/> with the store's message.
    /// </summary>
    Task<CypherResult> QueryReadOnlyAsync(string query, IReadOnlyDictionary<string, object?>? parameters, int maxRows,
        TimeSpan timeout, CancellationToken ct = default);
}

/// <summary>A store that keeps analysis results as actor properties for Cypher (Neo4j), like GDS's write mode.</summary>
public interface IMeasureWriteBack
{
    /// <summary>
    /// Writes an analysis result as a property of every actor in <paramref name="values"/> (e.g. <c>pagerank</c>), after
    /// removing that property from all actors so no value from an earlier run survives. One transaction; returns the
    /// number of actors written. The stored graph's version does not change: results are derived data.
    /// </summary>
    Task<long> WritePropertiesAsync(string property, IReadOnlyDictionary<string, double> values, CancellationToken ct = default);

    /// <summary>As the other overload, for whole numbers such as <c>community</c> ids.</summary>
    Task<long> WritePropertiesAsync(string property, IReadOnlyDictionary<string, int> values, CancellationToken ct = default);
}

/// <summary>The answer to an analyst's query. Values are plain JSON-ready objects (string, long, double, bool, lists, maps; nodes as their property maps).</summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, bool Truncated)
{
    internal static object? ToPlain(JToken? token) => token switch
    {
        null => null,
        JValue { Type: JTokenType.Null } => null,
        JValue value => value.Value,
        JArray array => array.Select(ToPlain).ToArray(),
        JObject map => map.Properties().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        _ => token.ToString(),
    };

    /// <summary>A query parameter sent as JSON (API body, CLI <c>--param</c>) as a plain value; whole numbers stay integers.</summary>
    public static object? Parameter(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(Parameter).ToArray(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Parameter(p.Value)),
        _ => null,
    };
}
