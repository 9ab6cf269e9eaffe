using ActorGraph.Model;

namespace ActorGraph.Storage;

/// <summary>
/// Where the graph lives. The embedded <see cref="SqliteGraphStore"/> and the Neo4j store satisfy the same
/// contract (the same test suite runs against each).
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Short name for messages and <c>/health</c>: <c>sqlite</c>, <c>neo4j</c>.</summary>
    string Kind { get; }

    /// <summary>Creates the schema if it is missing. Idempotent.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>
    /// Writes every element in one transaction: all of them or, if the stream or a row fails, none.
    /// Relations are idempotent on (type, source, target, sourceId); actors are upserted.
    /// </summary>
    /// <exception cref="Ingest.IngestException">A row is invalid (the store is left as before).</exception>
    Task<IngestResult> IngestAsync(IAsyncEnumerable<SourcedElement> elements, IngestOptions options, CancellationToken ct = default);

    /// <summary>A number that changes whenever the stored graph changes; caches key on it.</summary>
    Task<long> GetVersionAsync(CancellationToken ct = default);

    Task<GraphStats> GetStatsAsync(CancellationToken ct = default);

    Task<Actor?> GetActorAsync(string id, CancellationToken ct = default);

    /// <summary>Actors whose id or name contains <paramref name="search"/> (case-insensitive), by name.</summary>
    Task<IReadOnlyList<Actor>> FindActorsAsync(string? search, int limit, CancellationToken ct = default);

    IAsyncEnumerable<Actor> ReadActorsAsync(CancellationToken ct = default);

    IAsyncEnumerable<Document> ReadDocumentsAsync(CancellationToken ct = default);

    /// <summary>Relations matching the filter, ordered by time (undated first), then insertion.</summary>
    IAsyncEnumerable<Relation> ReadRelationsAsync(RelationFilter filter, CancellationToken ct = default);

    /// <summary>
    /// The relations matching the filter as integers only (endpoints, type, weight, a key), with every stored actor and,
    /// when SIGNED is read, every document: what analysis reads. No evidence text is read.
    /// </summary>
    Task<RelationTopology> ReadTopologyAsync(RelationFilter filter, CancellationToken ct = default);

    /// <summary>The relations with these keys (<see cref="RelationTopology.Keys"/>) with their evidence, by key; a key
    /// no longer stored is absent. Keys are valid for the store version the topology was read at.</summary>
    Task<IReadOnlyDictionary<long, Relation>> ReadRelationsAsync(IReadOnlyCollection<long> keys, CancellationToken ct = default);
}

/// <param name="Strict">Reject relations whose actors (or documents) are not stored yet, instead of creating them.</param>
/// <param name="Progress">Reports the number of elements read so far.</param>
/// <param name="ShareRead">The share of the input read so far (0 to 1), where the input's size is known (files): lets a store
/// plan for the whole input (Neo4j reads every stored observation once, rather than asking batch by batch, when the input
/// is large against the store).</param>
public sealed record IngestOptions(bool Strict = false, IProgress<long>? Progress = null, Func<double>? ShareRead = null);

public sealed record IngestResult(long ActorsWritten, long DocumentsWritten, long RelationsAdded, long RelationsAlreadyStored)
{
    /// <summary>Actor ids this ingest found to name other actors (<see cref="ActorAlias"/>): their relations now belong to those.</summary>
    public IReadOnlyList<ActorAlias> Named { get; init; } = [];

    /// <summary>Actor ids the input used that an earlier ingest had found to name other actors: read as those.</summary>
    public IReadOnlyList<ActorAlias> NamedEarlier { get; init; } = [];

    /// <summary>Whether the stored graph may differ afterwards (an actor or document written counts, even if unchanged).</summary>
    public bool ChangedAnything => ActorsWritten + DocumentsWritten + RelationsAdded + Named.Count > 0;
}

public sealed record GraphStats(long Actors, long Documents, long Relations, IReadOnlyDictionary<string, long> RelationsByType);

/// <summary>Which relations to read. Null members do not filter.</summary>
/// <param name="Actor">Relations with this actor at either end.</param>
/// <param name="From">Inclusive lower bound on <see cref="Relation.At"/>; undated relations are then excluded.</param>
/// <param name="To">Inclusive upper bound on <see cref="Relation.At"/>; undated relations are then excluded.</param>
public sealed record RelationFilter(
    IReadOnlySet<RelationType>? Types = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    double? MinWeight = null,
    double? MinConfidence = null,
    string? Actor = null)
{
    public static readonly RelationFilter All = new();

    public bool Matches(Relation r) =>
        (Types is null || Types.Contains(r.Type))
        && (From is null || (r.At is { } a1 && a1 >= From))
        && (To is null || (r.At is { } a2 && a2 <= To))
        && (MinWeight is null || r.Weight >= MinWeight)
        && (MinConfidence is null || r.Evidence.Confidence >= MinConfidence)
        && (Actor is null || r.Source == Actor || r.Target == Actor);
}

public static class RelationFilters
{
    /// <summary>
    /// Builds a filter from the text a user typed (CLI options, query string), shared by every interface so that
    /// <c>--types</c> and <c>?types=</c> mean the same. Throws <see cref="BadInputException"/> naming the bad part.
    /// </summary>
    public static RelationFilter Parse(string? types, string? from, string? to, double? minWeight = null, double? minConfidence = null)
    {
        HashSet<RelationType>? typeSet = null;
        if (!string.IsNullOrWhiteSpace(types))
        {
            typeSet = [];
            foreach (var name in types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!RelationTypes.TryParse(name, out var type))
                    throw new BadInputException($"types: unknown relation type '{name}'; expected one of {RelationTypes.AllNames}, CO_SIGNED, CO_ACTED.");
                typeSet.Add(type);
            }
        }
        var fromTime = ParseTime(from, "from");
        var toTime = ParseTime(to, "to");
        if (fromTime > toTime) throw new BadInputException($"from ({from}) is after to ({to}).");
        if (minConfidence is < 0 or > 1) throw new BadInputException($"minConfidence: expected a number from 0 to 1, got {minConfidence}.");
        // A day as `to` means up to its end; the calendar's last day has no next one to count back from.
        return new RelationFilter(typeSet, fromTime,
            toTime is { } t && to!.Trim().Length == 10 ? (t < DateTimeOffset.MaxValue.AddDays(-1) ? t.AddDays(1).AddTicks(-1) : DateTimeOffset.MaxValue) : toTime,
            minWeight, minConfidence);
    }

    private static DateTimeOffset? ParseTime(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : Timestamps.TryParse(text, out var at) ? at
        : throw new BadInputException($"{field}: expected an ISO 8601 date like 2022-05-11, got '{text}'.");
}
