using System.Text.Json;
using ActorGraph.Analysis;

namespace ActorGraph.Core.Tests.Analysis;

/// <summary>A graph and NetworkX's answers on it, from Data/reference.json (written by Data/make_reference.py).</summary>
public sealed class ReferenceGraph
{
    private static readonly JsonElement Root = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", "reference.json"))).RootElement;

    public static readonly string NetworkXVersion = Root.GetProperty("networkx").GetString()!;

    public static ReferenceGraph Load(string name) => new(Root.GetProperty("graphs").GetProperty(name));

    public static TheoryData<string> Names => ["karate", "florentine", "directed"];

    private readonly JsonElement graph;
    public string[] Nodes { get; }
    public bool Directed { get; }
    public GraphSnapshot Snapshot { get; }

    private ReferenceGraph(JsonElement graph)
    {
        this.graph = graph;
        Nodes = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToArray();
        Directed = graph.GetProperty("directed").GetBoolean();
        var index = Nodes.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
        var edges = graph.GetProperty("edges").EnumerateArray()
            .Select(e => (index[e[0].GetString()!], index[e[1].GetString()!], e[2].GetDouble()))
            .ToList();
        Snapshot = GraphSnapshot.FromEdges(Nodes, edges, Directed);
    }

    public JsonElement Entry(string key) => graph.GetProperty(key);

    public bool Has(string measure) => graph.GetProperty("measures").TryGetProperty(measure, out _);

    public JsonElement Measure(string measure) => graph.GetProperty("measures").GetProperty(measure);

    /// <summary>NetworkX's values in snapshot node order; null (NaN in NetworkX) becomes NaN.</summary>
    public double[] Values(string measure)
    {
        var values = Measure(measure);
        return Snapshot.Ids.Select(id => values.GetProperty(id) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : double.NaN).ToArray();
    }

    public int Node(string id) => Snapshot.RequireIndex(id);

    public static void Equal(double[] expected, double[] actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                Assert.True(double.IsNaN(actual[i]), $"{what}[{i}]: expected NaN, got {actual[i]}");
                continue;
            }
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (NetworkX {NetworkXVersion}, tolerance {tolerance})");
        }
    }
}
