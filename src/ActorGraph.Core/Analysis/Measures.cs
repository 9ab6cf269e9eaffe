using ActorGraph.Storage;

namespace ActorGraph.Analysis;

/// <summary>One actor's value for a measure (for communities and components: the group number, 0 the largest);
/// null where the measure is undefined (NaN, e.g. the constraint of an actor without contacts).</summary>
public sealed record RankedActor(string Id, string Name, double? Value);

/// <summary>An actor (or document) by id and display name.</summary>
public sealed record ActorRef(string Id, string Name);

/// <summary>A community (0 is the largest) and its members by name.</summary>
public sealed record Community(int Id, IReadOnlyList<ActorRef> Members);

public sealed record CommunityResult(double Modularity, IReadOnlyList<Community> Communities);

/// <summary>How communities are found: Leiden (default; every community connected) or Louvain.</summary>
public enum CommunityMethod { Leiden, Louvain }

/// <summary>
/// The measures the CLI and API offer by name, each computed on a snapshot with the conventions stated on its class.
/// </summary>
public static class Measures
{
    public static readonly IReadOnlyList<string> Names =
    [
        "degree", "in-degree", "out-degree", "pagerank", "betweenness", "closeness", "harmonic", "eigenvector",
        "hubs", "authorities", "kcore", "clustering", "components", "communities", "constraint",
    ];

    /// <exception cref="BadInputException">The name is not one of <see cref="Names"/>.</exception>
    public static string Require(string? measure)
    {
        var name = measure?.Trim().ToLowerInvariant();
        return name is not null && Names.Contains(name)
            ? name
            : throw new BadInputException($"Unknown measure '{measure}'; expected one of {string.Join(", ", Names)}.");
    }

    /// <summary>Per-node values of <paramref name="measure"/>; for <c>communities</c>, <paramref name="method"/> with seed 0.</summary>
    public static double[] Compute(GraphSnapshot g, string measure, bool weighted, CommunityMethod method = CommunityMethod.Leiden) => Require(measure) switch
    {
        "degree" => Degree.Compute(g, DegreeKind.Total, weighted),
        "in-degree" => Degree.Compute(g, DegreeKind.In, weighted),
        "out-degree" => Degree.Compute(g, DegreeKind.Out, weighted),
        "pagerank" => PageRank.Compute(g, weighted),
        "betweenness" => Betweenness.Compute(g, weighted),
        "closeness" => Closeness.Compute(g, weighted),
        "harmonic" => Harmonic.Compute(g, weighted),
        "eigenvector" => Converged(() => Eigenvector.Compute(g, weighted, maxIterations: 1000)),
        "hubs" => Converged(() => Hits.Compute(g, weighted).Hubs),
        "authorities" => Converged(() => Hits.Compute(g, weighted).Authorities),
        "kcore" => [.. KCore.Compute(g).Select(c => (double)c)],
        "clustering" => Clustering.Compute(g, weighted),
        "components" => [.. (g.Directed ? Components.Strong(g) : Components.Weak(g)).Component.Select(c => (double)c)],
        "communities" => [.. DetectCommunities(g, method, weighted).Community.Select(c => (double)c)],
        "constraint" => Constraint.Compute(g, weighted),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Actors ordered by value (highest first; for groups, by group then name), at most <paramref name="top"/>.</summary>
    public static IReadOnlyList<RankedActor> Rank(GraphSnapshot g, string measure, double[] values, int? top)
    {
        if (top is < 1) throw new BadInputException($"top: expected a positive number, got {top}.");
        var grouped = measure is "communities" or "components";
        var ranked = Enumerable.Range(0, g.NodeCount)
            .Select(u => new RankedActor(g.Ids[u], g.Names[u], double.IsNaN(values[u]) ? null : values[u]));
        ranked = grouped
            ? ranked.OrderBy(r => r.Value).ThenBy(r => r.Name, StringComparer.Ordinal)
            // Undefined values sort last.
            : ranked.OrderByDescending(r => r.Value ?? double.NegativeInfinity).ThenBy(r => r.Id, StringComparer.Ordinal);
        return [.. ranked.Take(top ?? int.MaxValue)];
    }

    /// <summary>The partition <paramref name="method"/> finds (seeded: the same seed gives the same partition).</summary>
    public static Communities DetectCommunities(GraphSnapshot g, CommunityMethod method, bool weighted, double resolution = 1, int seed = 0) =>
        method == CommunityMethod.Louvain ? Louvain.Detect(g, weighted, resolution, seed) : Leiden.Detect(g, weighted, resolution, seed);

    /// <summary>Parses <c>leiden</c> or <c>louvain</c>; null or empty is Leiden.</summary>
    /// <exception cref="BadInputException">Any other name.</exception>
    public static CommunityMethod RequireMethod(string? method) => method?.Trim().ToLowerInvariant() switch
    {
        null or "" or "leiden" => CommunityMethod.Leiden,
        "louvain" => CommunityMethod.Louvain,
        _ => throw new BadInputException($"method: expected leiden or louvain, got '{method}'."),
    };

    /// <summary>Communities (Leiden by default) with their members and modularity.</summary>
    public static CommunityResult Communities(GraphSnapshot g, bool weighted, double resolution = 1, int seed = 0,
        CommunityMethod method = CommunityMethod.Leiden)
    {
        if (!(resolution > 0)) throw new BadInputException($"resolution: expected a positive number, got {resolution}.");
        var result = DetectCommunities(g, method, weighted, resolution, seed);
        var communities = Enumerable.Range(0, g.NodeCount)
            .GroupBy(u => result.Community[u])
            .OrderBy(c => c.Key)
            .Select(c => new Community(c.Key, [.. c.Select(u => new ActorRef(g.Ids[u], g.Names[u])).OrderBy(a => a.Name, StringComparer.Ordinal)]))
            .ToList();
        return new CommunityResult(result.Modularity, communities);
    }

    /// <summary>The snapshot options for a user's filter.</summary>
    public static SnapshotOptions Options(RelationFilter filter, bool undirected) =>
        new(filter.Types, filter.From, filter.To, filter.MinWeight, filter.MinConfidence, Directed: !undirected);

    private static double[] Converged(Func<double[]> compute)
    {
        try
        {
            return compute();
        }
        catch (InvalidOperationException e)
        {
            // Not the user's fault, but something they can change: the directed view may have no dominant eigenvector.
            throw new BadInputException($"{e.Message} Try the undirected view (--undirected / undirected=true).");
        }
    }
}
