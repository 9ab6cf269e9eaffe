// Analysis benchmark: this engine against python-igraph and NetworkX on the same seeded graphs, in one run.
// Run: dotnet run -c Release --project bench/ActorGraph.Bench [-- --timeout SECONDS] [--small-only]
// Snapshot from a store: dotnet run -c Release --project bench/ActorGraph.Bench -- --snapshot STORE.db
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Analysis;

var args_ = args.ToList();
if (args_.IndexOf("--snapshot") is var snapshotAt and >= 0)
{
    await TimeSnapshots(args_[snapshotAt + 1]);
    return 0;
}
var timeout = args_.IndexOf("--timeout") is var t and >= 0 ? double.Parse(args_[t + 1], CultureInfo.InvariantCulture) : 120;
var smallOnly = args_.Contains("--small-only");
var script = FindScript();
var work = Directory.CreateTempSubdirectory("actorgraph-bench-").FullName;

var rows = new List<string[]>();
var quik = new List<string[]>();
Warmup();
foreach (var (n, m, label) in new[] { (10_000, 50_000, "10k/50k"), (100_000, 500_000, "100k/500k") })
{
    if (smallOnly && n > 10_000) break;
    var small = n <= 10_000;
    var edges = Path.Combine(work, $"pa-{n}.txt");
    var pairsFile = Path.Combine(work, $"pairs-{n}.txt");
    var edgeCount = Generate(n, m / n, seed: 42, edges);
    var pairs = Pairs(n, 1000, seed: 7);
    File.WriteAllLines(pairsFile, pairs.Select(p => $"{p.S} {p.T}"));
    Console.Error.WriteLine($"graph {label}: {n} nodes, {edgeCount} edges in {edges}");

    var ours = new Dictionary<string, double>();
    var cpu = new Dictionary<string, double>();
    double Time(string step, Action action)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var seconds = Measure(action);
        process.Refresh();
        cpu[step] = (process.TotalProcessorTime - before).TotalSeconds;
        return seconds;
    }
    GraphSnapshot g = null!;
    ours["load"] = Time("load", () => g = Load(edges));
    ours["pagerank"] = Time("pagerank", () => PageRank.Compute(g));
    if (small) ours["betweenness"] = Time("betweenness", () => Betweenness.Compute(g));
    else ours["betweenness_k256"] = Time("betweenness_k256", () => Betweenness.Compute(g, k: 256, seed: 1));
    if (small) ours["closeness"] = Time("closeness", () => Closeness.Compute(g));
    ours["louvain"] = Time("louvain", () => Louvain.Detect(Undirected(g), seed: 1));
    ours["leiden"] = Time("leiden", () => Leiden.Detect(Undirected(g), seed: 1));
    ours["paths"] = Time("paths", () =>
    {
        var finder = new PathFinder(g);
        foreach (var (s, tt) in pairs) finder.Shortest(s, tt);
    });

    quik.AddRange(CompareQuikGraph(g, label, pairs));

    var steps = string.Join(",", ours.Keys);
    var others = new[] { "igraph", "networkx" }.ToDictionary(tool => tool, tool => RunPython(tool, edges, pairsFile, steps));
    foreach (var step in ours.Keys)
    {
        rows.Add([step, label, F(ours[step]), F(cpu[step]),
            Cell(others["igraph"], step), Ratio(others["igraph"], step, ours[step]),
            Cell(others["networkx"], step), Ratio(others["networkx"], step, ours[step])]);
    }
}
Directory.Delete(work, recursive: true);

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; Python tools in the same run, same files.");
Console.WriteLine("Wall-clock seconds; ratio = their time / ours (above 1: we are faster); ours CPU = processor seconds over all threads.");
PrintTable(["measure", "graph", "ActorGraph", "ours CPU", "igraph", "igraph/ours", "networkx", "networkx/ours"], rows);
Console.WriteLine($"stopped = ran longer than {timeout.ToString(CultureInfo.InvariantCulture)} s and was stopped; n/a = the tool has no such algorithm.");
Console.WriteLine("closeness is O(n·m): run on the small graph only. Louvain includes making the undirected view.");
Console.WriteLine();
Console.WriteLine("QuikGraph 2.5.0 on the same snapshot (its time includes building its object graph from the edge arrays):");
PrintTable(["algorithm", "graph", "ActorGraph", "QuikGraph build", "QuikGraph run", "QuikGraph/ours"], quik);
return 0;

// Where QuikGraph has the algorithm (components, Yen), time it against ours on the same graph and check the answers agree.
// The analysis snapshot read from a SQLite store in one process (the first read includes JIT): three times from the
// store itself (no snapshot file), then once more writing STORE.db.snapshot, then three times from that file.
static async Task TimeSnapshots(string db)
{
    await using (var scan = new ActorGraph.Storage.SqliteGraphStore(db, snapshotFile: false))
        for (var i = 0; i < 3; i++) await Time($"store scan {i + 1}", scan);
    await using var cached = new ActorGraph.Storage.SqliteGraphStore(db);
    File.Delete(cached.SnapshotFilePath!);
    await Time("first call (scan + write file)", cached);
    Console.WriteLine($"snapshot file {cached.SnapshotFilePath}: {new FileInfo(cached.SnapshotFilePath!).Length / 1e6:0.0} MB");
    for (var i = 0; i < 3; i++) await Time($"repeated call {i + 1} (file)", cached);

    static async Task Time(string label, ActorGraph.Storage.IGraphStore store)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var g = await GraphSnapshot.LoadAsync(store, SnapshotOptions.Default);
        process.Refresh();
        Console.WriteLine($"{label}: {clock.Elapsed.TotalSeconds:0.000} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.000} s CPU; "
            + $"{g.NodeCount:N0} nodes, {g.EdgeCount:N0} relations, {g.EstimatedBytes / 1e6:0.0} MB held");
    }
}

static List<string[]> CompareQuikGraph(GraphSnapshot g, string label, List<(int S, int T)> pairs)
{
    var rows = new List<string[]>();
    var edges = Enumerable.Range(0, g.EdgeCount).Select(e => new QuikGraph.Edge<int>(g.EdgeSource[e], g.EdgeTarget[e])).ToList();
    QuikGraph.AdjacencyGraph<int, QuikGraph.Edge<int>> graph = null!;
    var build = Measure(() =>
    {
        graph = new QuikGraph.AdjacencyGraph<int, QuikGraph.Edge<int>>(allowParallelEdges: false);
        graph.AddVertexRange(Enumerable.Range(0, g.NodeCount));
        graph.AddEdgeRange(edges);
    });
    ComponentLabels strong = null!, weak = null!;
    int quikStrong = 0, quikWeak = 0;
    var oursStrong = Measure(() => strong = Components.Strong(g));
    var theirsStrong = Measure(() => quikStrong = QuikGraph.Algorithms.AlgorithmExtensions.StronglyConnectedComponents(graph, new Dictionary<int, int>()));
    var oursWeak = Measure(() => weak = Components.Weak(g));
    var theirsWeak = Measure(() => quikWeak = QuikGraph.Algorithms.AlgorithmExtensions.WeaklyConnectedComponents(graph, new Dictionary<int, int>()));
    if (strong.Count != quikStrong || weak.Count != quikWeak)
        throw new InvalidOperationException($"component counts differ: ours {strong.Count}/{weak.Count}, QuikGraph {quikStrong}/{quikWeak}");
    rows.Add(["strong components", label, F(oursStrong), F(build), F(theirsStrong), ((build + theirsStrong) / oursStrong).ToString("0.0", CultureInfo.InvariantCulture) + "x"]);
    rows.Add(["weak components", label, F(oursWeak), F(build), F(theirsWeak), ((build + theirsWeak) / oursWeak).ToString("0.0", CultureInfo.InvariantCulture) + "x"]);

    // Yen, k = 10, on 20 reachable pairs of the small graph (QuikGraph needs its tagged-edge graph type for Yen).
    if (g.NodeCount > 10_000) return rows;
    var finder = new PathFinder(g);
    var reachable = pairs.Where(p => p.S != p.T && finder.Shortest(p.S, p.T) is not null).Take(20).ToList();
    QuikGraph.AdjacencyGraph<int, QuikGraph.EquatableTaggedEdge<int, double>> tagged = null!;
    var buildTagged = Measure(() =>
    {
        tagged = new QuikGraph.AdjacencyGraph<int, QuikGraph.EquatableTaggedEdge<int, double>>(allowParallelEdges: false);
        tagged.AddVertexRange(Enumerable.Range(0, g.NodeCount));
        tagged.AddEdgeRange(Enumerable.Range(0, g.EdgeCount).Select(e => new QuikGraph.EquatableTaggedEdge<int, double>(g.EdgeSource[e], g.EdgeTarget[e], 1)));
    });
    var oursLengths = new List<double>();
    var theirLengths = new List<double>();
    var oursYen = Measure(() =>
    {
        foreach (var (s, t) in reachable) oursLengths.AddRange(Paths.KShortest(g, s, t, 10).Select(p => p.Length));
    });
    var theirsYen = Measure(() =>
    {
        foreach (var (s, t) in reachable)
            theirLengths.AddRange(new QuikGraph.Algorithms.ShortestPath.YenShortestPathsAlgorithm<int>(tagged, s, t, 10).Execute().Select(p => (double)p.Count));
    });
    var agree = oursLengths.SequenceEqual(theirLengths) ? "" : " (lengths differ!)";
    rows.Add([$"Yen k=10, {reachable.Count} pairs{agree}", label, F(oursYen), F(buildTagged), F(theirsYen), ((buildTagged + theirsYen) / oursYen).ToString("0.0", CultureInfo.InvariantCulture) + "x"]);
    return rows;
}

static string FindScript()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "bench", "Analysis", "compare.py");
        if (File.Exists(candidate)) return candidate;
    }
    throw new FileNotFoundException("bench/Analysis/compare.py not found above " + AppContext.BaseDirectory);
}

// Directed preferential attachment: node i links to min(i, k) distinct earlier nodes chosen with probability
// proportional to (in-degree + 1); 30% of the links point back from the old node to the new one so the graph has
// cycles. No duplicates, no self-loops, so every tool sees the same simple graph.
static int Generate(int n, int k, int seed, string path)
{
    var random = new Random(seed);
    var pool = new List<int>(n * (k + 1));
    var chosen = new HashSet<int>();
    var count = 0;
    using var writer = new StreamWriter(path);
    pool.Add(0);
    for (var i = 1; i < n; i++)
    {
        chosen.Clear();
        while (chosen.Count < Math.Min(i, k)) chosen.Add(pool[random.Next(pool.Count)]);
        foreach (var target in chosen.Order())
        {
            if (random.NextDouble() < 0.3) writer.WriteLine($"{target} {i}");
            else writer.WriteLine($"{i} {target}");
            pool.Add(target);
            count++;
        }
        pool.Add(i);
    }
    return count;
}

static List<(int S, int T)> Pairs(int n, int count, int seed)
{
    var random = new Random(seed);
    return Enumerable.Range(0, count).Select(_ => (random.Next(n), random.Next(n))).ToList();
}

static GraphSnapshot Load(string path)
{
    // "u v\n" lines of non-negative ints: parse the bytes directly rather than allocating a string per line.
    var bytes = File.ReadAllBytes(path);
    var src = new List<int>(bytes.Length / 10);
    var dst = new List<int>(bytes.Length / 10);
    var (value, column, max, inNumber) = (0, 0, -1, false);
    foreach (var b in bytes)
    {
        if (b is >= (byte)'0' and <= (byte)'9')
        {
            value = value * 10 + (b - '0');
            inNumber = true;
            continue;
        }
        if (!inNumber) continue;
        (column == 0 ? src : dst).Add(value);
        max = Math.Max(max, value);
        (value, inNumber, column) = (0, false, b == '\n' ? 0 : column + 1);
    }
    if (inNumber)
    {
        dst.Add(value);
        max = Math.Max(max, value);
    }
    var w = new double[src.Count];
    Array.Fill(w, 1.0);
    return GraphSnapshot.FromEdges(max + 1, [.. src], [.. dst], w, directed: true);
}

static GraphSnapshot Undirected(GraphSnapshot g) =>
    GraphSnapshot.FromEdges(g.NodeCount, g.EdgeSource, g.EdgeTarget, g.EdgeWeight, directed: false);

static void Warmup()
{
    // JIT every measure once on a small graph so the timings below are steady-state code.
    var path = Path.GetTempFileName();
    Generate(500, 5, 1, path);
    var g = Load(path);
    PageRank.Compute(g);
    Betweenness.Compute(g);
    Betweenness.Compute(g, k: 50, seed: 1);
    Closeness.Compute(g);
    Louvain.Detect(Undirected(g), seed: 1);
    var finder = new PathFinder(g);
    for (var i = 0; i < 200; i++) finder.Shortest(i, 499 - i);
    File.Delete(path);
}

static double Measure(Action action)
{
    var sw = Stopwatch.StartNew();
    action();
    return sw.Elapsed.TotalSeconds;
}

JsonElement RunPython(string tool, string edges, string pairs, string steps)
{
    var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in new[] { script, tool, edges, pairs, steps, timeout.ToString(CultureInfo.InvariantCulture) }) psi.ArgumentList.Add(a);
    Console.Error.WriteLine($"running {tool} ({steps})…");
    using var p = Process.Start(psi)!;
    var stdout = p.StandardOutput.ReadToEndAsync();
    var stderr = p.StandardError.ReadToEndAsync();
    p.WaitForExit();
    if (p.ExitCode != 0) return JsonDocument.Parse(JsonSerializer.Serialize(new { error = stderr.Result })).RootElement;
    return JsonDocument.Parse(stdout.Result).RootElement;
}

static string Cell(JsonElement result, string step)
{
    if (!result.TryGetProperty(step, out var v)) return "error";
    if (v.ValueKind == JsonValueKind.Number) return F(v.GetDouble());
    if (v.TryGetProperty("stopped", out _)) return "stopped";
    return "n/a";
}

static string Ratio(JsonElement result, string step, double ours) =>
    result.TryGetProperty(step, out var v) && v.ValueKind == JsonValueKind.Number ? (v.GetDouble() / ours).ToString("0.0", CultureInfo.InvariantCulture) + "x"
    : result.TryGetProperty(step, out v) && v.ValueKind == JsonValueKind.Object && v.TryGetProperty("stopped", out var s)
        ? $">{(s.GetDouble() / ours).ToString("0", CultureInfo.InvariantCulture)}x" : "";

static string F(double seconds) => seconds.ToString(seconds < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture);

static void PrintTable(string[] header, List<string[]> rows)
{
    var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
    Console.WriteLine("| " + string.Join(" | ", header.Select((h, i) => h.PadRight(widths[i]))) + " |");
    Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
    foreach (var r in rows) Console.WriteLine("| " + string.Join(" | ", r.Select((c, i) => c.PadRight(widths[i]))) + " |");
}
