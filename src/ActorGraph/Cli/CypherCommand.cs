using System.CommandLine;
using System.Text.Json;
using ActorGraph.Storage;
using Spectre.Console;

namespace ActorGraph.Cli;

internal static class CypherCommand
{
    private static readonly Argument<string> Query = new("query") { Description = "The Cypher query, e.g. \"MATCH (a:Actor) RETURN a.name LIMIT 5\"" };

    private static readonly Option<string[]> Parameters = new("--param", "-p")
    {
        Description = "A query parameter name=value ($name in the query); the value is read as JSON when it is JSON, else as text",
        AllowMultipleArgumentsPerToken = false,
    };

    private static readonly Option<int> Limit = new("--limit") { Description = "Most rows to show", DefaultValueFactory = _ => 10_000 };
    private static readonly Option<int> Timeout = new("--timeout") { Description = "Seconds before the query is stopped", DefaultValueFactory = _ => 60 };
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON (as POST /api/cypher)" };

    public static Command Create()
    {
        var command = new Command("cypher", "Run a read-only Cypher query on Neo4j (--store neo4j); it is always rolled back")
        {
            Query, Parameters, Limit, Timeout, Json,
        };
        command.SetStoreAction(async (parse, store, ct) =>
        {
            var cypher = store as ICypherQueries
                ?? throw new BadInputException("cypher needs the Neo4j store: add --store neo4j (or set ACTORGRAPH_STORE=neo4j) and --neo4j-url.");
            var parameters = (parse.GetValue(Parameters) ?? []).ToDictionary(ParameterName, ParameterValue);
            var result = await cypher.QueryReadOnlyAsync(parse.GetValue(Query)!, parameters, parse.GetValue(Limit),
                TimeSpan.FromSeconds(parse.GetValue(Timeout)), ct);
            if (parse.GetValue(Json))
            {
                CliJson.Write(result);
                return CliRunner.Ok;
            }
            var table = CliRunner.Table([.. result.Columns]);
            foreach (var row in result.Rows) table.AddCells(row.Select(Cell).ToArray());
            AnsiConsole.Write(table);
            Console.Error.WriteLine(result.Truncated ? $"{result.Rows.Count:N0} rows shown; there are more (--limit)." : $"{result.Rows.Count:N0} rows.");
            return CliRunner.Ok;
        });
        return command;
    }

    private static string ParameterName(string pair) =>
        pair.IndexOf('=') is > 0 and var at ? pair[..at].TrimStart('$')
        : throw new BadInputException($"--param: expected name=value, got '{pair}'.");

    private static object? ParameterValue(string pair)
    {
        var text = pair[(pair.IndexOf('=') + 1)..];
        try
        {
            using var json = JsonDocument.Parse(text);
            return CypherResult.Parameter(json.RootElement);
        }
        catch (JsonException)
        {
            return text;
        }
    }

    private static object? Cell(object? value) => value switch
    {
        null or string => value,
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, CliJson.Options).ReplaceLineEndings(" "),
    };
}
