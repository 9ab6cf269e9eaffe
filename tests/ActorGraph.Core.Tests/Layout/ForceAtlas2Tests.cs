using ActorGraph.Layout;

namespace ActorGraph.Core.Tests.Layout;

public sealed class ForceAtlas2Tests
{
    /// <summary>Two cliques of ten joined by one edge, nodes named so that the seeds mix them up.</summary>
    private static (string[] Ids, List<(int, int, double)> Edges) TwoCliques()
    {
        var ids = Enumerable.Range(0, 20).Select(i => $"actor-{i}").ToArray();
        var edges = new List<(int, int, double)>();
        for (var a = 0; a < 10; a++)
            for (var b = a + 1; b < 10; b++)
            {
                edges.Add((a, b, 1));
                edges.Add((10 + a, 10 + b, 1));
            }
        edges.Add((0, 10, 1));
        return (ids, edges);
    }

    private static double Distance((float[] X, float[] Y) p, int a, int b) =>
        Math.Sqrt(Math.Pow(p.X[a] - p.X[b], 2) + Math.Pow(p.Y[a] - p.Y[b], 2));

    [Fact]
    public void Two_cliques_end_apart_with_each_clique_together()
    {
        var (ids, edges) = TwoCliques();
        var p = ForceAtlas2.Run(ids, edges, new ForceAtlas2Settings(300));
        var within = new List<double>();
        var across = new List<double>();
        for (var a = 0; a < 20; a++)
            for (var b = a + 1; b < 20; b++)
                (a / 10 == b / 10 ? within : across).Add(Distance(p, a, b));
        Assert.True(2 * within.Average() < across.Average(), $"cliques mixed: mean distance {within.Average():F1} within, {across.Average():F1} across");
    }

    [Fact]
    public void The_same_graph_always_gives_the_same_picture()
    {
        var (ids, edges) = TwoCliques();
        var first = ForceAtlas2.Run(ids, edges, new ForceAtlas2Settings(100));
        var second = ForceAtlas2.Run(ids, edges, new ForceAtlas2Settings(100));
        Assert.Equal(first.X, second.X);
        Assert.Equal(first.Y, second.Y);
    }

    [Fact]
    public void Barnes_Hut_settles_like_the_exact_forces()
    {
        // A ring of 200: exact repulsion (theta 0) and the approximation both open it into a loop of similar size.
        var ids = Enumerable.Range(0, 200).Select(i => $"n{i}").ToArray();
        var edges = Enumerable.Range(0, 200).Select(i => (i, (i + 1) % 200, 1.0)).ToList();
        var exact = ForceAtlas2.Run(ids, edges, new ForceAtlas2Settings(400, Theta: 0));
        var approximate = ForceAtlas2.Run(ids, edges, new ForceAtlas2Settings(400));
        var (re, ra) = (Radius(exact), Radius(approximate));
        Assert.InRange(ra / re, 0.8, 1.25);
    }

    private static double Radius((float[] X, float[] Y) p)
    {
        var (cx, cy) = (p.X.Average(), p.Y.Average());
        return p.X.Select((x, i) => Math.Sqrt(Math.Pow(x - cx, 2) + Math.Pow(p.Y[i] - cy, 2))).Average();
    }

    [Fact]
    public void Coincident_and_isolated_nodes_get_finite_positions()
    {
        // "a" and "a\0"-like collisions cannot be forced, so give the same id twice: the same seed, the same spot.
        string[] ids = ["same", "same", "alone", "x", "y"];
        var p = ForceAtlas2.Run(ids, [(0, 1, 1), (3, 4, 2), (3, 3, 1)], new ForceAtlas2Settings(50));
        Assert.All(p.X.Concat(p.Y), v => Assert.True(float.IsFinite(v)));
    }
}
