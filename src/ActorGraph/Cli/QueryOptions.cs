using System.CommandLine;
using ActorGraph.Analysis;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

/// <summary>The options that choose and read relations, one definition for every verb: the API's query string has the same names.</summary>
internal static class QueryOptions
{
    public static readonly Option<string?> Types = new("--types")
    {
        Description = "Only these relation types, comma-separated (CO_SIGNED: who signed the same documents; CO_ACTED: who acted together, see --relation --within --min-shared)",
    };
    public static readonly Option<string?> From = new("--from") { Description = "Only relations at or after this ISO 8601 date or time" };
    public static readonly Option<string?> To = new("--to") { Description = "Only relations at or before this date (the whole day) or time" };
    public static readonly Option<double?> MinWeight = new("--min-weight") { Description = "Only relations with at least this weight" };
    public static readonly Option<double?> MinConfidence = new("--min-confidence") { Description = "Only relations with at least this confidence (0 to 1)" };
    public static readonly Option<bool> Undirected = new("--undirected") { Description = "Treat u→v and v→u as one tie" };
    public static readonly Option<bool> Weighted = new("--weighted") { Description = "Use relation weights (path measures: length 1/weight)" };

    public static readonly Option<string?> Relation = new("--relation")
    {
        Description = "CO_ACTED: which actions count, comma-separated: RETWEETED (default), TAGGED, REPLIED_TO, LIKED, QUOTED",
    };
    public static readonly Option<string?> Within = new("--within") { Description = "CO_ACTED: actions at most this far apart, e.g. 60s (default), 5m, 1h" };
    public static readonly Option<int?> MinShared = new("--min-shared") { Description = "CO_ACTED: at least this many shared actions (default 3)" };

    /// <summary>What CO_ACTED means, wherever <c>--types CO_ACTED</c> is accepted.</summary>
    public static Option[] Coordination => [Relation, Within, MinShared];

    /// <summary>The filter options; <c>paths</c> leaves out the time window, as <c>/api/paths</c> does.</summary>
    public static Option[] Filter => [Types, From, To, MinWeight, MinConfidence];

    public static Option[] All => [.. Filter, .. Coordination, Undirected, Weighted];

    public static RelationFilter ReadFilter(ParseResult parse) =>
        RelationFilters.Parse(parse.GetValue(Types), parse.GetValue(From), parse.GetValue(To), parse.GetValue(MinWeight), parse.GetValue(MinConfidence));

    public static GraphQuery Read(ParseResult parse) =>
        new(ReadFilter(parse), parse.GetValue(Undirected), parse.GetValue(Weighted), ReadCoordination(parse));

    public static CoordinationOptions ReadCoordination(ParseResult parse) =>
        CoordinationOptions.Parse(parse.GetValue(Relation), parse.GetValue(Within), parse.GetValue(MinShared));

    public static void AddTo(Command command, IEnumerable<Option> options)
    {
        foreach (var option in options) command.Options.Add(option);
    }
}
