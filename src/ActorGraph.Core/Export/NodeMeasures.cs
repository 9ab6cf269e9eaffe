using ActorGraph.Analysis;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Export;

/// <summary>Per-node measures an export can carry (<c>--with-measures</c>), computed on the exported relations.</summary>
/// <param name="Relations">Relations at the node, in plus out, parallel ones counted: Gephi's "Degree" of a multigraph,
/// exported in its <c>degree</c> column. Not <see cref="Degree"/>'s degree centrality, which counts distinct neighbours.</param>
/// <param name="PageRank">PageRank (alpha 0.85, sums to 1 over the nodes).</param>
/// <param name="Betweenness">Betweenness centrality, normalized for a directed graph by 1/((n-1)(n-2)).</param>
/// <param name="Community">Louvain community number, 0-based.</param>
public sealed record NodeMeasures(int Relations, double PageRank, double Betweenness, int Community);

/// <summary>Measures by node id, and how the formats that draw (GEXF's <c>viz</c>) turn them into colour and size.</summary>
public sealed class ExportMeasures
{
    // A qualitative palette (Tableau 10) so neighbouring community numbers get distinguishable colours; it repeats after ten.
    private static readonly (byte R, byte G, byte B)[] Palette =
    [
        (78, 121, 167), (242, 142, 43), (225, 87, 89), (118, 183, 178), (89, 161, 79),
        (237, 201, 72), (176, 122, 161), (255, 157, 167), (156, 117, 95), (186, 176, 172),
    ];

    /// <summary>Smallest and largest node size written, in Gephi's units.</summary>
    public const double MinSize = 5, MaxSize = 50;

    private readonly double _maxPageRank;

    public ExportMeasures(IReadOnlyDictionary<string, NodeMeasures> byNode)
    {
        ByNode = byNode;
        _maxPageRank = byNode.Count == 0 ? 0 : byNode.Values.Max(m => m.PageRank);
    }

    public IReadOnlyDictionary<string, NodeMeasures> ByNode { get; }

    /// <summary>Above this many nodes betweenness is estimated from this many sampled sources (seeded), as NetworkX's <c>k</c>.</summary>
    public const int ExactBetweennessNodes = 5_000;

    /// <summary>The measures of every node the filtered relations touch, as <c>actorgraph analyze</c> computes them by default.</summary>
    /// <remarks>PageRank and betweenness on the directed view (betweenness sampled above <see cref="ExactBetweennessNodes"/>
    /// nodes), Leiden (seed 0) on the undirected view, all unweighted; degree counts relations, parallel ones included.</remarks>
    public static async Task<ExportMeasures> ComputeAsync(IGraphStore store, RelationFilter filter, CancellationToken ct = default,
        CoordinationOptions? coordination = null)
    {
        var options = new GraphQuery(filter, Coordination: coordination).Snapshot;
        var directed = await GraphSnapshot.LoadAsync(store, options, ct);
        // The undirected view of the same relations: from the directed snapshot's topology, unless CO_ACTED needs a reload.
        var undirected = options.Types?.Contains(RelationType.CoActed) == true
            ? await GraphSnapshot.LoadAsync(store, options with { Directed = false }, ct)
            : directed.Reread(options with { Directed = false });
        var relations = new int[directed.NodeCount];
        for (var e = 0; e < directed.EdgeCount; e++)
        {
            var count = directed.RelationsOf(e).Length;
            relations[directed.EdgeSource[e]] += count;
            relations[directed.EdgeTarget[e]] += count;
        }
        var pageRank = PageRank.Compute(directed);
        var betweenness = Betweenness.Compute(directed, k: directed.NodeCount > ExactBetweennessNodes ? ExactBetweennessNodes : null);
        var community = Leiden.Detect(undirected).Community;
        return new ExportMeasures(Enumerable.Range(0, directed.NodeCount).ToDictionary(
            u => directed.Ids[u],
            u => new NodeMeasures(relations[u], pageRank[u], betweenness[u], community[undirected.IndexOf(directed.Ids[u])]),
            StringComparer.Ordinal));
    }

    /// <summary>The colour of a community: the same community always gets the same colour.</summary>
    public static (byte R, byte G, byte B) ColorOf(int community) => Palette[(community % Palette.Length + Palette.Length) % Palette.Length];

    /// <summary>Size linear in PageRank: <see cref="MinSize"/> at 0, <see cref="MaxSize"/> for the node with the highest PageRank.</summary>
    public double SizeOf(double pageRank) => _maxPageRank > 0 ? MinSize + (MaxSize - MinSize) * pageRank / _maxPageRank : MinSize;
}
