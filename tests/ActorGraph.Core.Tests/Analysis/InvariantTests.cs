using ActorGraph.Analysis;

namespace ActorGraph.Core.Tests.Analysis;

public sealed class InvariantTests
{
    private static GraphSnapshot Star(int leaves, bool directed)
    {
        var ids = Enumerable.Range(0, leaves + 1).Select(i => $"n{i}").ToArray();
        var edges = Enumerable.Range(1, leaves).SelectMany(i => directed
            ? new[] { (0, i, 1.0), (i, 0, 1.0) }
            : new[] { (0, i, 1.0) }).ToList();
        return GraphSnapshot.FromEdges(ids, edges, directed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Betweenness_of_a_star_is_one_at_the_centre_and_zero_at_the_leaves(bool directed)
    {
        var b = Betweenness.Compute(Star(7, directed));
        Assert.Equal(1.0, b[0], 1e-12);
        Assert.All(b.Skip(1), v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Sampled_betweenness_with_every_node_as_pivot_equals_exact()
    {
        var g = ReferenceGraph.Load("karate").Snapshot;
        ReferenceGraph.Equal(Betweenness.Compute(g), Betweenness.Compute(g, k: g.NodeCount, seed: 3), 1e-12, "sampled");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Pagerank_sums_to_one(string name)
    {
        Assert.Equal(1.0, PageRank.Compute(ReferenceGraph.Load(name).Snapshot, weighted: true).Sum(), 1e-12);
    }

    [Fact]
    public void Louvain_on_karate_beats_the_two_faction_split()
    {
        var karate = ReferenceGraph.Load("karate");
        var faction = karate.Entry("faction_modularity").GetDouble();
        Assert.Equal(0.3582, faction, 4);
        for (var seed = 0; seed < 10; seed++)
        {
            var communities = Louvain.Detect(karate.Snapshot, seed: seed);
            Assert.True(communities.Modularity >= faction, $"seed {seed}: modularity {communities.Modularity} < {faction}");
            Assert.Equal(communities.Modularity, Louvain.Modularity(karate.Snapshot, communities.Community), 1e-12);
        }
    }

    [Fact]
    public void Louvain_gives_the_same_partition_for_the_same_seed()
    {
        var g = ReferenceGraph.Load("directed").Snapshot;
        Assert.Equal(Louvain.Detect(g, seed: 5).Community, Louvain.Detect(g, seed: 5).Community);
    }

    [Fact]
    public void Louvain_with_higher_resolution_finds_more_communities()
    {
        var g = ReferenceGraph.Load("karate").Snapshot;
        Assert.True(Louvain.Detect(g, resolution: 3, seed: 1).Count > Louvain.Detect(g, resolution: 0.5, seed: 1).Count);
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Yen_paths_are_loopless_nondecreasing_and_start_with_the_shortest(string name)
    {
        var g = ReferenceGraph.Load(name).Snapshot;
        var (s, t) = (0, g.NodeCount - 1);
        var shortest = Paths.Shortest(g, s, t);
        Assert.NotNull(shortest);
        foreach (var weighted in new[] { false, true })
        {
            var paths = Paths.KShortest(g, s, t, 25, weighted);
            Assert.InRange(paths.Count, 2, 25);
            Assert.Equal(Paths.Shortest(g, s, t, weighted)!.Length, paths[0].Length, 1e-12);
            for (var i = 0; i < paths.Count; i++)
            {
                var p = paths[i];
                Assert.Equal(p.Nodes.Length, p.Nodes.Distinct().Count());
                Assert.Equal((s, t), (p.Nodes[0], p.Nodes[^1]));
                for (var j = 0; j < p.Edges.Length; j++)
                {
                    var (a, b) = (g.EdgeSource[p.Edges[j]], g.EdgeTarget[p.Edges[j]]);
                    Assert.True((a, b) == (p.Nodes[j], p.Nodes[j + 1]) || (!g.Directed && (b, a) == (p.Nodes[j], p.Nodes[j + 1])));
                }
                if (i > 0) Assert.True(p.Length >= paths[i - 1].Length - 1e-12);
            }
            Assert.Equal(paths.Count, paths.Select(p => string.Join(",", p.Nodes)).Distinct().Count());
        }
    }

    [Fact]
    public void No_path_between_disconnected_actors_is_empty()
    {
        var g = GraphSnapshot.FromEdges(["a", "b", "c"], [(0, 1, 1.0)], directed: true);
        Assert.Null(Paths.Shortest(g, 0, 2));
        Assert.Empty(Paths.KShortest(g, 0, 2, 3));
        Assert.Empty(Paths.AllShortest(g, 1, 0));
    }

    [Fact]
    public void Ego_network_of_radius_one_is_the_centre_and_its_neighbours_with_their_edges()
    {
        var g = GraphSnapshot.FromEdges(["a", "b", "c", "d"], [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0), (0, 2, 1.0)], directed: false);
        var ego = Paths.Ego(g, 1, 1);
        Assert.Equal(["b", "a", "c"], ego.Nodes.Select(n => g.Ids[n]));
        Assert.Equal(3, ego.Edges.Length);
    }

    [Fact]
    public void Strongly_connected_components_of_a_cycle_and_a_tail()
    {
        var g = GraphSnapshot.FromEdges(["a", "b", "c", "d"], [(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0), (2, 3, 1.0)], directed: true);
        var strong = Components.Strong(g);
        Assert.Equal(2, strong.Count);
        Assert.Equal([0, 0, 0, 1], strong.Component);
        Assert.Equal(1, Components.Weak(g).Count);
    }

    [Fact]
    public void Bad_parameters_are_bad_input()
    {
        var g = Star(3, false);
        Assert.Throws<BadInputException>(() => Betweenness.Compute(g, k: 10));
        Assert.Throws<BadInputException>(() => Paths.KShortest(g, 0, 1, 0));
        Assert.Throws<BadInputException>(() => Paths.Ego(g, 0, -1));
        Assert.Throws<BadInputException>(() => g.RequireIndex("nobody"));
        Assert.Throws<BadInputException>(() => Clustering.Compute(Star(3, true), weighted: true));
    }
}
