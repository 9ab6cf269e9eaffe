namespace ActorGraph.Analysis;

/// <summary>
/// Reusable buffers for one single-source shortest-path search (BFS, or Dijkstra with edge lengths), as used by
/// betweenness, closeness and harmonic centrality; one instance per thread. Resetting touches only the nodes the
/// last search reached, so n searches cost O(n·(n + m)) and not O(n²) extra for clearing.
/// Path counts follow NetworkX <c>_single_source_shortest_path_basic</c> / <c>_single_source_dijkstra_path_basic</c>:
/// with lengths, two paths are equally short only if their float sums are equal.
/// </summary>
internal sealed class SingleSource
{
    public readonly double[] Dist;
    public readonly double[] Sigma;
    /// <summary>Reached nodes in nondecreasing distance order; the first <see cref="Count"/> are valid.</summary>
    public readonly int[] Order;
    public int Count;
    private readonly bool[] done;
    private readonly PriorityQueue<int, double> heap = new();

    public SingleSource(int n)
    {
        Dist = new double[n];
        Array.Fill(Dist, double.PositiveInfinity);
        Sigma = new double[n];
        Order = new int[n];
        done = new bool[n];
    }

    private void Reset()
    {
        for (var i = 0; i < Count; i++)
        {
            var u = Order[i];
            Dist[u] = double.PositiveInfinity;
            Sigma[u] = 0;
            done[u] = false;
        }
        Count = 0;
    }

    /// <summary>Hop distances (and path counts) from <paramref name="s"/> along the given adjacency.</summary>
    public void Bfs(int s, int[] offsets, int[] nbrs)
    {
        Reset();
        Dist[s] = 0;
        Sigma[s] = 1;
        Order[Count++] = s;
        var (dist, sigma, order) = (Dist, Sigma, Order);
        var count = Count;
        for (var head = 0; head < count; head++)
        {
            var v = order[head];
            var dv = dist[v] + 1;
            var sv = sigma[v];
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var w = nbrs[e];
                var dw = dist[w];
                if (dw == double.PositiveInfinity)
                {
                    dist[w] = dv;
                    order[count++] = w;
                    sigma[w] = sv;
                }
                else if (dw == dv) sigma[w] += sv;
            }
        }
        Count = count;
    }

    /// <summary>Weighted distances (and path counts) from <paramref name="s"/>; <paramref name="length"/> is per CSR position.</summary>
    public void Dijkstra(int s, int[] offsets, int[] nbrs, double[] length)
    {
        Reset();
        // Every node pushed is eventually settled, so Order doubles as the reset list once settled.
        Dist[s] = 0;
        Sigma[s] = 1;
        heap.Clear();
        heap.Enqueue(s, 0);
        while (heap.TryDequeue(out var v, out var dv))
        {
            if (done[v] || dv > Dist[v]) continue;
            done[v] = true;
            Order[Count++] = v;
            var sv = Sigma[v];
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var w = nbrs[e];
                if (done[w]) continue;
                var d = dv + length[e];
                if (d < Dist[w])
                {
                    Dist[w] = d;
                    Sigma[w] = sv;
                    heap.Enqueue(w, d);
                }
                else if (d == Dist[w]) Sigma[w] += sv;
            }
        }
    }

    /// <summary>Edge lengths for weighted path measures: a stronger tie is a shorter distance (1 / weight).</summary>
    public static double[] Lengths(double[] weights)
    {
        var length = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++) length[i] = 1.0 / weights[i];
        return length;
    }
}

/// <summary>What closeness and harmonic need from one search: how many other nodes reach u, Σ d and Σ 1/d.</summary>
internal readonly record struct DistanceSums(int Reached, double Total, double Inverse);

internal static class Distances
{
    /// <summary>Runs a search to every node u along in-edges (distances from others to u), in parallel.</summary>
    public static void ForEachNode(GraphSnapshot g, double[]? inLength, Action<int, DistanceSums> visit, CancellationToken ct = default)
    {
        var n = g.NodeCount;
        var chunk = Math.Max(1, n / (Environment.ProcessorCount * 8));
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, n, chunk), new ParallelOptions { CancellationToken = ct },
            () => (Search: inLength is null ? null : new SingleSource(n), Level: inLength is null ? new LevelBfs(n) : null),
            (range, _, local) =>
            {
                for (var u = range.Item1; u < range.Item2; u++)
                {
                    if (local.Level is { } bfs)
                    {
                        visit(u, bfs.Run(u, g.InOffsets, g.InSources));
                        continue;
                    }
                    var search = local.Search!;
                    search.Dijkstra(u, g.InOffsets, g.InSources, inLength!);
                    var (total, inverse) = (0.0, 0.0);
                    for (var i = 1; i < search.Count; i++)
                    {
                        var d = search.Dist[search.Order[i]];
                        total += d;
                        inverse += 1 / d;
                    }
                    visit(u, new DistanceSums(search.Count - 1, total, inverse));
                }
                return local;
            }, _ => { });
    }

    /// <summary>Unweighted: a BFS that only needs each level's size, with int distances and no path counts.</summary>
    private sealed class LevelBfs(int n)
    {
        private readonly bool[] seen = new bool[n];
        private readonly int[] queue = new int[n];

        public DistanceSums Run(int s, int[] offsets, int[] nbrs)
        {
            var (seen, queue) = (this.seen, this.queue);
            seen[s] = true;
            queue[0] = s;
            var (head, tail, level) = (0, 1, 0);
            var (total, inverse) = (0.0, 0.0);
            while (head < tail)
            {
                var end = tail;
                level++;
                for (; head < end; head++)
                {
                    var v = queue[head];
                    for (var e = offsets[v]; e < offsets[v + 1]; e++)
                    {
                        var w = nbrs[e];
                        if (seen[w]) continue;
                        seen[w] = true;
                        queue[tail++] = w;
                    }
                }
                var found = tail - end;
                total += (double)found * level;
                inverse += (double)found / level;
            }
            for (var i = 0; i < tail; i++) seen[queue[i]] = false;
            return new DistanceSums(tail - 1, total, inverse);
        }
    }
}
