using ActorGraph.Storage;

namespace ActorGraph.Analysis;

/// <summary>
/// Which relations an analysis looks at and how it reads them. Every verb and route that analyses takes these under the
/// same names — CLI <c>--types --from --to --min-weight --min-confidence --undirected --weighted</c>, API
/// <c>types from to minWeight minConfidence undirected weighted</c> — and parses them with <see cref="Parse"/>.
/// </summary>
/// <param name="Undirected">Treat u→v and v→u as one tie.</param>
/// <param name="Weighted">Use relation weights (path measures: edge length 1/weight).</param>
/// <param name="Coordination">What CO_ACTED means (CLI <c>--relation --within --min-shared</c>, API <c>relation within minShared</c>).</param>
public sealed record GraphQuery(RelationFilter Filter, bool Undirected = false, bool Weighted = false, CoordinationOptions? Coordination = null)
{
    /// <exception cref="BadInputException">A part is not understood; the message names it.</exception>
    public static GraphQuery Parse(string? types, string? from, string? to, double? minWeight, double? minConfidence, bool undirected, bool weighted) =>
        new(RelationFilters.Parse(types, from, to, minWeight, minConfidence), undirected, weighted);

    /// <summary>The snapshot the analysis runs on.</summary>
    public SnapshotOptions Snapshot =>
        new(Filter.Types, Filter.From, Filter.To, Filter.MinWeight, Filter.MinConfidence, Directed: !Undirected, Coordination: Coordination);
}
