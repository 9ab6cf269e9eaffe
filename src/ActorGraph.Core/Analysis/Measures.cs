using System.Text.Json.Serialization;

namespace ActorGraph.Analysis;

/// <summary>One actor's value for a measure (for communities and components: the group number, 0 the largest);
/// null where the measure is undefined (NaN, e.g. the constraint of an actor without contacts).</summary>
/// <param name="Kind"><see cref="RankedKinds.Actor"/>, or <see cref="RankedKinds.Document"/> for a document ranked on request.</param>
public sealed record RankedActor(string Id, string Name, string Kind, double? Value);

/// <summary>What a ranked node is: documents are nodes of the graph (the targets of SIGNED) but listed only on request.</summary>
public static class RankedKinds
{
    public const string Actor = "actor";
    public const string Document = "document";
}

/// <summary>An actor (or document) by id and display name.</summary>
public sealed record ActorRef(string Id, string Name);

/// <summary>A community (0 is the largest) and its members by name.</summary>
public sealed record Community(int Id, IReadOnlyList<ActorRef> Members);

/// <summary>The communities of a partition with their members, and its modularity (<c>/api/communities</c>).</summary>
public sealed record CommunityList(double Modularity, IReadOnlyList<Community> Communities);

/// <summary>How communities are found: Leiden (default; every community connected) or Louvain.</summary>
public enum CommunityMethod { Leiden, Louvain }

/// <summary>How a measure is computed.</summary>
/// <param name="Weighted">Use relation weights (path measures: length 1/weight).</param>
/// <param name="Method">For <c>communities</c>: the algorithm.</param>
public sealed record MeasureSettings(bool Weighted = false, CommunityMethod Method = CommunityMethod.Leiden);

/// <summary>A measure the CLI (<c>analyze NAME</c>) and the API (<c>/api/centrality?measure=NAME</c>, listed by <c>/api/measures</c>) offer.</summary>
/// <param name="Name">As users type it: <c>pagerank</c>, <c>in-degree</c>.</param>
/// <param name="Description">What it says about an actor, and its convention.</param>
/// <param name="Group">For a measure whose value is a group number (0 the largest), not a score to rank or size by: what a
/// group is called (<c>community</c>, <c>component</c>). Null for scores.</param>
public sealed record Measure(string Name, string Description, string? Group = null)
{
    /// <summary>The per-node values on a snapshot; the token stops the measures costly enough to need it (one search per
    /// actor). Every measure in <see cref="Measures.All"/> sets it.</summary>
    [JsonIgnore]
    public Func<GraphSnapshot, MeasureSettings, CancellationToken, double[]> Compute { get; init; } = null!;

    [JsonIgnore]
    public bool Groups => Group is not null;

    /// <summary>The column in tables and CSV: <c>value</c>, or the group's name.</summary>
    [JsonIgnore]
    public string Column => Group ?? "value";

    /// <summary>The actor property <c>analyze --write-back</c> stores it as, like GDS's write mode (<c>pagerank</c>, <c>in_degree</c>, <c>community</c>).</summary>
    [JsonIgnore]
    public string Property => Groups ? Column : Name.Replace('-', '_');
}

/// <summary>
/// The measures the CLI and API offer by name, each computed on a snapshot with the conventions stated on its class.
/// </summary>
public static class Measures
{
    public static readonly IReadOnlyList<Measure> All =
    [
        new("degree", "Degree centrality: neighbours in and out over n-1 (weighted: sum of relation weights)")
            { Compute = (g, s, _) => Degree.Compute(g, DegreeKind.Total, s.Weighted) },
        new("in-degree", "In-degree centrality: neighbours pointing at the actor over n-1")
            { Compute = (g, s, _) => Degree.Compute(g, DegreeKind.In, s.Weighted) },
        new("out-degree", "Out-degree centrality: neighbours the actor points at over n-1")
            { Compute = (g, s, _) => Degree.Compute(g, DegreeKind.Out, s.Weighted) },
        new("pagerank", "PageRank, alpha 0.85, dangling actors spread uniformly") { Compute = (g, s, _) => PageRank.Compute(g, s.Weighted) },
        new("betweenness", "Betweenness: share of shortest paths through the actor (normalised as NetworkX)")
            { Compute = (g, s, ct) => Betweenness.Compute(g, s.Weighted, ct: ct) },
        new("closeness", "Closeness with the Wasserman-Faust correction (incoming distance when directed)")
            { Compute = (g, s, ct) => Closeness.Compute(g, s.Weighted, ct: ct) },
        new("harmonic", "Harmonic centrality: sum of 1/distance from every other actor") { Compute = (g, s, ct) => Harmonic.Compute(g, s.Weighted, ct) },
        new("eigenvector", "Eigenvector centrality: pointed at by actors that are themselves central")
            { Compute = (g, s, _) => Converged(() => Eigenvector.Compute(g, s.Weighted, maxIterations: 1000)) },
        new("hubs", "HITS hub score: points at good authorities") { Compute = (g, s, _) => Converged(() => Hits.Compute(g, s.Weighted).Hubs) },
        new("authorities", "HITS authority score: pointed at by good hubs")
            { Compute = (g, s, _) => Converged(() => Hits.Compute(g, s.Weighted).Authorities) },
        new("kcore", "Core number: the largest k such that the actor is in a k-core")
            { Compute = (g, _, _) => [.. KCore.Compute(g).Select(c => (double)c)] },
        new("clustering", "Local clustering coefficient: how many of the actor's contacts are tied to each other")
            { Compute = (g, s, _) => Clustering.Compute(g, s.Weighted) },
        new("components", "Connected component (strong when directed, weak when undirected)", "component")
            { Compute = (g, _, _) => [.. (g.Directed ? Components.Strong(g) : Components.Weak(g)).Component.Select(c => (double)c)] },
        new("communities", "Community (Leiden by default, every community connected; Louvain on request; seed 0)", "community")
            { Compute = (g, s, _) => [.. FindPartition(g, s.Method, s.Weighted).Community.Select(c => (double)c)] },
        new("constraint", "Burt's constraint: low for brokers between otherwise unconnected contacts")
            { Compute = (g, s, _) => Constraint.Compute(g, s.Weighted) },
    ];

    public static IEnumerable<string> Names => All.Select(m => m.Name);

    /// <exception cref="BadInputException">The name is not one of <see cref="All"/>.</exception>
    public static Measure Require(string? measure)
    {
        var name = measure?.Trim().ToLowerInvariant();
        return All.FirstOrDefault(m => m.Name == name)
            ?? throw new BadInputException($"Unknown measure '{measure}'; expected one of {string.Join(", ", Names)}.");
    }

    /// <summary>Actors ordered by value (highest first; for groups, by group then name), at most <paramref name="top"/>.
    /// The values are computed on the whole graph, documents included (they are nodes of SIGNED); only the list
    /// leaves the documents out unless <paramref name="includeDocuments"/>.</summary>
    public static IReadOnlyList<RankedActor> Rank(GraphSnapshot g, Measure measure, double[] values, int? top, bool includeDocuments = false)
    {
        if (top is < 1) throw new BadInputException($"top: expected a positive number, got {top}.");
        var ranked = Enumerable.Range(0, g.NodeCount).Where(u => includeDocuments || !g.IsDocument(u))
            .Select(u => new RankedActor(g.Ids[u], g.Names[u], g.IsDocument(u) ? RankedKinds.Document : RankedKinds.Actor,
                double.IsNaN(values[u]) ? null : values[u]));
        ranked = measure.Groups
            ? ranked.OrderBy(r => r.Value).ThenBy(r => r.Name, StringComparer.Ordinal)
            // Undefined values sort last.
            : ranked.OrderByDescending(r => r.Value ?? double.NegativeInfinity).ThenBy(r => r.Id, StringComparer.Ordinal);
        return [.. ranked.Take(top ?? int.MaxValue)];
    }

    /// <summary>The partition <paramref name="method"/> finds (seeded: the same seed gives the same partition).</summary>
    public static Partition FindPartition(GraphSnapshot g, CommunityMethod method, bool weighted, double resolution = 1, int seed = 0) =>
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
    public static CommunityList ListCommunities(GraphSnapshot g, bool weighted, double resolution = 1, int seed = 0,
        CommunityMethod method = CommunityMethod.Leiden)
    {
        if (!(resolution > 0)) throw new BadInputException($"resolution: expected a positive number, got {resolution}.");
        var result = FindPartition(g, method, weighted, resolution, seed);
        var communities = Enumerable.Range(0, g.NodeCount)
            .GroupBy(u => result.Community[u])
            .OrderBy(c => c.Key)
            .Select(c => new Community(c.Key, [.. c.Select(u => new ActorRef(g.Ids[u], g.Names[u])).OrderBy(a => a.Name, StringComparer.Ordinal)]))
            .ToList();
        return new CommunityList(result.Modularity, communities);
    }

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
