using ActorGraph.Analysis;

namespace ActorGraph.Core.Tests.Analysis;

/// <summary>Every measure against NetworkX on karate, Florentine families and a seeded directed graph.</summary>
public sealed class KnownAnswerTests
{
    // Exact measures agree to rounding; iterative ones to NetworkX's own stopping tolerance.
    private const double Exact = 1e-9;
    private const double Iterative = 1e-5;

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Degree_matches_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        ReferenceGraph.Equal(r.Values("degree"), Degree.Compute(r.Snapshot), Exact, "degree");
        ReferenceGraph.Equal(r.Values("strength"), Degree.Compute(r.Snapshot, weighted: true), Exact, "strength");
        if (!r.Directed) return;
        ReferenceGraph.Equal(r.Values("in_degree"), Degree.Compute(r.Snapshot, DegreeKind.In), Exact, "in_degree");
        ReferenceGraph.Equal(r.Values("out_degree"), Degree.Compute(r.Snapshot, DegreeKind.Out), Exact, "out_degree");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Pagerank_matches_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        ReferenceGraph.Equal(r.Values("pagerank"), PageRank.Compute(r.Snapshot), Exact, "pagerank");
        ReferenceGraph.Equal(r.Values("pagerank_weighted"), PageRank.Compute(r.Snapshot, weighted: true), Exact, "pagerank_weighted");
        var personalization = new double[r.Snapshot.NodeCount];
        personalization[r.Node(r.Entry("personalized_node").GetString()!)] = 1;
        ReferenceGraph.Equal(r.Values("pagerank_personalized"), PageRank.Compute(r.Snapshot, personalization: personalization),
            Exact, "pagerank_personalized");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Betweenness_matches_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        ReferenceGraph.Equal(r.Values("betweenness"), Betweenness.Compute(r.Snapshot), Exact, "betweenness");
        ReferenceGraph.Equal(r.Values("betweenness_raw"), Betweenness.Compute(r.Snapshot, normalized: false), Exact, "betweenness_raw");
        ReferenceGraph.Equal(r.Values("betweenness_weighted"), Betweenness.Compute(r.Snapshot, weighted: true), Exact, "betweenness_weighted");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Edge_betweenness_matches_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        var g = r.Snapshot;
        var actual = Betweenness.ComputeEdges(g);
        var expected = r.Measure("edge_betweenness").EnumerateArray().ToList();
        Assert.Equal(g.EdgeCount, expected.Count);
        foreach (var row in expected)
        {
            var (u, v) = (r.Node(row[0].GetString()!), r.Node(row[1].GetString()!));
            var edge = Enumerable.Range(0, g.EdgeCount).Single(e =>
                (g.EdgeSource[e] == u && g.EdgeTarget[e] == v) || (!g.Directed && g.EdgeSource[e] == v && g.EdgeTarget[e] == u));
            Assert.Equal(row[2].GetDouble(), actual[edge], Exact);
        }
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Closeness_and_harmonic_match_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        ReferenceGraph.Equal(r.Values("closeness"), Closeness.Compute(r.Snapshot), Exact, "closeness");
        ReferenceGraph.Equal(r.Values("closeness_weighted"), Closeness.Compute(r.Snapshot, weighted: true), Exact, "closeness_weighted");
        ReferenceGraph.Equal(r.Values("harmonic"), Harmonic.Compute(r.Snapshot), Exact, "harmonic");
        ReferenceGraph.Equal(r.Values("harmonic_weighted"), Harmonic.Compute(r.Snapshot, weighted: true), Exact, "harmonic_weighted");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Eigenvector_matches_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        ReferenceGraph.Equal(r.Values("eigenvector"), Eigenvector.Compute(r.Snapshot), Exact, "eigenvector");
        ReferenceGraph.Equal(r.Values("eigenvector_weighted"), Eigenvector.Compute(r.Snapshot, weighted: true), Exact, "eigenvector_weighted");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Hits_matches_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        var hits = Hits.Compute(r.Snapshot);
        ReferenceGraph.Equal(r.Values("hubs"), hits.Hubs, Iterative, "hubs");
        ReferenceGraph.Equal(r.Values("authorities"), hits.Authorities, Iterative, "authorities");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Core_numbers_match_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        ReferenceGraph.Equal(r.Values("core_number"), KCore.Compute(r.Snapshot).Select(c => (double)c).ToArray(), 0, "core_number");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Clustering_matches_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        ReferenceGraph.Equal(r.Values("clustering"), Clustering.Compute(r.Snapshot), Exact, "clustering");
        if (!r.Directed)
            ReferenceGraph.Equal(r.Values("clustering_weighted"), Clustering.Compute(r.Snapshot, weighted: true), Exact, "clustering_weighted");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Constraint_matches_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        ReferenceGraph.Equal(r.Values("constraint"), Constraint.Compute(r.Snapshot), Exact, "constraint");
        ReferenceGraph.Equal(r.Values("constraint_weighted"), Constraint.Compute(r.Snapshot, weighted: true), Exact, "constraint_weighted");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Components_match_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        Assert.Equal(Sets(r, "weak_components"), Groups(r, Components.Weak(r.Snapshot)));
        if (r.Directed) Assert.Equal(Sets(r, "strong_components"), Groups(r, Components.Strong(r.Snapshot)));
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Modularity_matches_networkx_on_its_louvain_partition(string name)
    {
        var r = ReferenceGraph.Load(name);
        var community = new int[r.Snapshot.NodeCount];
        var c = 0;
        foreach (var members in r.Measure("louvain_partition_networkx").EnumerateArray())
        {
            foreach (var id in members.EnumerateArray()) community[r.Node(id.GetString()!)] = c;
            c++;
        }
        Assert.Equal(r.Measure("louvain_modularity_networkx").GetDouble(), Louvain.Modularity(r.Snapshot, community), Exact);
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Louvain_reaches_networkx_modularity_within_two_percent(string name)
    {
        var r = ReferenceGraph.Load(name);
        var best = Enumerable.Range(0, 5).Max(seed => Louvain.Detect(r.Snapshot, seed: seed).Modularity);
        Assert.True(best >= r.Measure("louvain_modularity_networkx").GetDouble() * 0.98,
            $"best modularity over 5 seeds {best}, NetworkX {r.Measure("louvain_modularity_networkx").GetDouble()}");
    }

    [Theory, MemberData(nameof(ReferenceGraph.Names), MemberType = typeof(ReferenceGraph))]
    public void Paths_match_networkx(string name)
    {
        var r = ReferenceGraph.Load(name);
        var g = r.Snapshot;
        foreach (var p in r.Entry("paths").EnumerateArray())
        {
            var (s, t) = (r.Node(p.GetProperty("source").GetString()!), r.Node(p.GetProperty("target").GetString()!));
            Assert.Equal(p.GetProperty("shortest_length").GetDouble(), Paths.Shortest(g, s, t)!.Length);
            Assert.Equal(p.GetProperty("weighted_length").GetDouble(), Paths.Shortest(g, s, t, weighted: true)!.Length, Exact);
            var expectedAll = p.GetProperty("all_shortest").EnumerateArray()
                .Select(path => string.Join(">", path.EnumerateArray().Select(n => n.GetString()))).Order().ToList();
            var actualAll = Paths.AllShortest(g, s, t).Select(path => string.Join(">", path.Nodes.Select(n => g.Ids[n]))).Order().ToList();
            Assert.Equal(expectedAll, actualAll);
            var lengths = p.GetProperty("k_shortest_lengths").EnumerateArray().Select(l => l.GetDouble()).ToList();
            Assert.Equal(lengths, Paths.KShortest(g, s, t, lengths.Count).Select(path => path.Length).ToList());
            if (p.GetProperty("simple_path_count").ValueKind == System.Text.Json.JsonValueKind.Number)
                Assert.Equal(p.GetProperty("simple_path_count").GetInt32(), Paths.KShortest(g, s, t, 500).Count);
            var ego = p.GetProperty("ego2").EnumerateArray().Select(n => n.GetString()!).Order().ToList();
            Assert.Equal(ego, Paths.Ego(g, s, 2).Nodes.Select(n => g.Ids[n]).Order().ToList());
        }
    }

    private static List<string> Sets(ReferenceGraph r, string measure) =>
        r.Measure(measure).EnumerateArray().Select(c => string.Join(",", c.EnumerateArray().Select(n => n.GetString()).Order())).Order().ToList();

    private static List<string> Groups(ReferenceGraph r, ComponentLabels labels) =>
        Enumerable.Range(0, r.Snapshot.NodeCount).GroupBy(u => labels.Component[u])
            .Select(grp => string.Join(",", grp.Select(u => r.Snapshot.Ids[u]).Order())).Order().ToList();
}
