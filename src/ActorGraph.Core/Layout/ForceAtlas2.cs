using System.Collections.Concurrent;

namespace ActorGraph.Layout;

/// <summary>How <see cref="ForceAtlas2"/> runs; the defaults are Gephi's except gravity, which is strong so that
/// separate components stay near the centre instead of drifting off.</summary>
/// <param name="Iterations">Steps to run; the result is what the picture looks like after them.</param>
/// <param name="ScalingRatio">Repulsion strength k_r (Gephi: 2, or 10 below 100 nodes).</param>
/// <param name="Gravity">Pull towards the origin k_g.</param>
/// <param name="StrongGravity">Gravity grows with the distance to the origin (Gephi's "stronger gravity").</param>
/// <param name="EdgeWeightInfluence">Attraction scales with weight^influence: 0 ignores weights, 1 is linear.</param>
/// <param name="Theta">Barnes–Hut accuracy: a quadtree cell of side s at distance d acts as one body when s/d &lt; θ.</param>
/// <param name="JitterTolerance">How much swinging the adaptive speed tolerates (Gephi: 1).</param>
public sealed record ForceAtlas2Settings(
    int Iterations,
    double ScalingRatio = 2,
    double Gravity = 0.6,
    bool StrongGravity = true,
    double EdgeWeightInfluence = 0.5,
    double Theta = 1.2,
    double JitterTolerance = 1);

/// <summary>
/// ForceAtlas2 (Jacomy, Venturini, Heymann and Bastian 2014, PLoS ONE 9(6), as implemented in Gephi): every pair of
/// nodes repels with k_r·(deg_i+1)(deg_j+1)/d, approximated by Barnes–Hut on a quadtree; the ends of an edge attract
/// linearly in their distance, scaled by weight^influence; gravity pulls towards the origin; Gephi's adaptive global
/// speed and per-node swinging damp oscillation.
/// Conventions: the graph is undirected, parallel edges and both directions summed into one weight, self-loops
/// ignored; each node starts at a position drawn from the FNV-1a hash of its id, and each step's forces are computed
/// per node in parallel and summed in node order, so the same graph always gives the same picture, whatever the
/// number of cores. Cost per step: O(n log n) for the quadtree and the repulsion, O(m) for the attraction; memory
/// O(n + m).
/// </summary>
public static class ForceAtlas2
{
    /// <summary>Positions (x, y) per node, in the order of <paramref name="ids"/>.</summary>
    /// <param name="edges">Node indexes into <paramref name="ids"/> and a positive weight.</param>
    /// <param name="progress">Called after each step with its number and the positions so far (the live arrays: copy what you keep).</param>
    public static (float[] X, float[] Y) Run(IReadOnlyList<string> ids, IEnumerable<(int A, int B, double Weight)> edges, ForceAtlas2Settings settings,
        Action<int, double[], double[]>? progress = null)
    {
        var n = ids.Count;
        var (offsets, neighbours, weights) = Adjacency(n, edges, settings.EdgeWeightInfluence);
        var x = new double[n];
        var y = new double[n];
        var mass = new double[n];
        var side = 10 * Math.Sqrt(Math.Max(n, 1));
        for (var i = 0; i < n; i++)
        {
            (x[i], y[i]) = Seed(ids[i], side);
            mass[i] = 1 + offsets[i + 1] - offsets[i];
        }
        var state = new Step(n);
        for (var iteration = 0; iteration < settings.Iterations && n > 1; iteration++)
        {
            state.Run(x, y, mass, offsets, neighbours, weights, settings);
            progress?.Invoke(iteration, x, y);
        }
        return ([.. x.Select(v => (float)v)], [.. y.Select(v => (float)v)]);
    }

    /// <summary>A start position inside a square of the given side, from the id alone.</summary>
    public static (double X, double Y) Seed(string id, double side)
    {
        var h1 = Fnv1a(id);
        var h2 = Fnv1a(id + "\0");
        return ((h1 % 100003 / 100003.0 - 0.5) * side, (h2 % 100019 / 100019.0 - 0.5) * side);
    }

    private static uint Fnv1a(string text)
    {
        var h = 0x811c9dc5u;
        foreach (var c in text)
        {
            h ^= c;
            h *= 0x01000193u;
        }
        return h;
    }

    /// <summary>Undirected CSR with summed weights raised to the influence; self-loops dropped.</summary>
    private static (int[] Offsets, int[] Neighbours, double[] Weights) Adjacency(int n, IEnumerable<(int A, int B, double Weight)> edges, double influence)
    {
        var merged = new Dictionary<(int, int), double>();
        foreach (var (a, b, w) in edges)
        {
            if (a == b) continue;
            var key = a < b ? (a, b) : (b, a);
            merged[key] = merged.GetValueOrDefault(key) + w;
        }
        var offsets = new int[n + 1];
        foreach (var ((a, b), _) in merged)
        {
            offsets[a + 1]++;
            offsets[b + 1]++;
        }
        for (var i = 0; i < n; i++) offsets[i + 1] += offsets[i];
        var fill = offsets[..n];
        var neighbours = new int[offsets[n]];
        var weights = new double[offsets[n]];
        foreach (var ((a, b), w) in merged)
        {
            var f = influence == 0 ? 1 : Math.Pow(w, influence);
            (neighbours[fill[a]], weights[fill[a]++]) = (b, f);
            (neighbours[fill[b]], weights[fill[b]++]) = (a, f);
        }
        return (offsets, neighbours, weights);
    }

    /// <summary>One step's buffers and Gephi's adaptive speed, which carries over from step to step.</summary>
    private sealed class Step(int n)
    {
        private readonly double[] dx = new double[n], dy = new double[n], oldDx = new double[n], oldDy = new double[n];
        private readonly QuadTree tree = new(n);
        private double speed = 1, speedEfficiency = 1;

        public void Run(double[] x, double[] y, double[] mass, int[] offsets, int[] neighbours, double[] weights, ForceAtlas2Settings s)
        {
            (dx.AsSpan()).CopyTo(oldDx);
            (dy.AsSpan()).CopyTo(oldDy);
            tree.Build(x, y, mass);
            var kr = s.ScalingRatio;
            var theta2 = s.Theta * s.Theta;
            Parallel.ForEach(Partitioner.Create(0, n, Math.Max(64, n / (4 * Environment.ProcessorCount))), range =>
            {
                var stack = new Stack<int>();
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var (fx, fy) = tree.Repulsion(i, x, y, mass, kr, theta2, stack);
                    // Gravity towards the origin.
                    var d = Math.Sqrt(x[i] * x[i] + y[i] * y[i]);
                    if (d > 0)
                    {
                        var g = s.StrongGravity ? mass[i] * s.Gravity : mass[i] * s.Gravity / d;
                        fx -= x[i] * g;
                        fy -= y[i] * g;
                    }
                    // Linear attraction along the edges.
                    for (var p = offsets[i]; p < offsets[i + 1]; p++)
                    {
                        var j = neighbours[p];
                        fx -= (x[i] - x[j]) * weights[p];
                        fy -= (y[i] - y[j]) * weights[p];
                    }
                    dx[i] = fx;
                    dy[i] = fy;
                }
            });
            AdjustSpeed(mass, s.JitterTolerance);
            for (var i = 0; i < n; i++)
            {
                var swinging = mass[i] * Math.Sqrt(Sq(oldDx[i] - dx[i]) + Sq(oldDy[i] - dy[i]));
                var factor = speed / (1 + Math.Sqrt(speed * swinging));
                x[i] += dx[i] * factor;
                y[i] += dy[i] * factor;
            }
        }

        /// <summary>Gephi's rule: speed rises while the nodes move consistently, falls while they swing.</summary>
        private void AdjustSpeed(double[] mass, double tolerance)
        {
            double swinging = 0, traction = 0;
            for (var i = 0; i < n; i++)
            {
                swinging += mass[i] * Math.Sqrt(Sq(oldDx[i] - dx[i]) + Sq(oldDy[i] - dy[i]));
                traction += mass[i] * 0.5 * Math.Sqrt(Sq(oldDx[i] + dx[i]) + Sq(oldDy[i] + dy[i]));
            }
            if (swinging <= 0 || traction <= 0) return;
            var estimated = 0.05 * Math.Sqrt(n);
            var jt = tolerance * Math.Max(Math.Sqrt(estimated), Math.Min(10, estimated * traction / ((double)n * n)));
            const double minEfficiency = 0.05;
            if (swinging / traction > 2)
            {
                if (speedEfficiency > minEfficiency) speedEfficiency *= 0.5;
                jt = Math.Max(jt, tolerance);
            }
            var target = jt * speedEfficiency * traction / swinging;
            if (swinging > jt * traction)
            {
                if (speedEfficiency > minEfficiency) speedEfficiency *= 0.7;
            }
            else if (speed < 1000) speedEfficiency *= 1.3;
            speed += Math.Min(target - speed, 0.5 * speed);
        }
    }

    private static double Sq(double v) => v * v;

    /// <summary>
    /// A quadtree over the nodes, built top-down by partitioning an index array, so each cell's bodies are a range of
    /// it; cells hold their total mass and centre of mass, in flat arrays (no per-cell objects). Empty quadrants get
    /// no cell. Cells deeper than 32 levels (coincident nodes) stay leaves with several bodies.
    /// </summary>
    private sealed class QuadTree(int n)
    {
        private const int MaxDepth = 32;
        private readonly int[] order = new int[n];
        private int count;
        private double[] minX = [], minY = [], size = [], mass = [], cx = [], cy = [];
        private int[] start = [], end = [], children = [];

        public void Build(double[] x, double[] y, double[] m)
        {
            count = 0;
            for (var i = 0; i < n; i++) order[i] = i;
            double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
            for (var i = 0; i < n; i++)
            {
                x0 = Math.Min(x0, x[i]);
                y0 = Math.Min(y0, y[i]);
                x1 = Math.Max(x1, x[i]);
                y1 = Math.Max(y1, y[i]);
            }
            Make(x, y, m, x0, y0, Math.Max(x1 - x0, y1 - y0) * 1.0001 + 1e-9, 0, n, 0);
        }

        private int Make(double[] x, double[] y, double[] m, double x0, double y0, double side, int from, int to, int depth)
        {
            var c = count++;
            if (c == minX.Length) Grow();
            double total = 0, sx = 0, sy = 0;
            for (var p = from; p < to; p++)
            {
                var i = order[p];
                total += m[i];
                sx += x[i] * m[i];
                sy += y[i] * m[i];
            }
            (minX[c], minY[c], size[c], start[c], end[c], mass[c], cx[c], cy[c]) = (x0, y0, side, from, to, total, sx / total, sy / total);
            for (var q = 0; q < 4; q++) children[4 * c + q] = -1;
            if (to - from <= 1 || depth >= MaxDepth) return c;
            // Quadrants: left/right by the middle x, then each half bottom/top by the middle y.
            var half = side / 2;
            var (midX, midY) = (x0 + half, y0 + half);
            var splitX = Partition(x, from, to, midX);
            var splitLeft = Partition(y, from, splitX, midY);
            var splitRight = Partition(y, splitX, to, midY);
            Span<int> bounds = [from, splitLeft, splitX, splitRight, to];
            for (var q = 0; q < 4; q++)
            {
                if (bounds[q] == bounds[q + 1]) continue;
                var child = Make(x, y, m, q < 2 ? x0 : midX, q % 2 == 0 ? y0 : midY, half, bounds[q], bounds[q + 1], depth + 1);
                children[4 * c + q] = child;
            }
            return c;
        }

        /// <summary>Moves the bodies in from..to whose coordinate is below the split first; returns where the rest start.</summary>
        private int Partition(double[] coordinate, int from, int to, double split)
        {
            var lower = from;
            for (var p = from; p < to; p++)
            {
                if (coordinate[order[p]] >= split) continue;
                (order[p], order[lower]) = (order[lower], order[p]);
                lower++;
            }
            return lower;
        }

        private void Grow()
        {
            var capacity = Math.Max(64, 2 * minX.Length);
            Array.Resize(ref minX, capacity);
            Array.Resize(ref minY, capacity);
            Array.Resize(ref size, capacity);
            Array.Resize(ref mass, capacity);
            Array.Resize(ref cx, capacity);
            Array.Resize(ref cy, capacity);
            Array.Resize(ref start, capacity);
            Array.Resize(ref end, capacity);
            Array.Resize(ref children, 4 * capacity);
        }

        /// <summary>The repulsion on node i from all others: exact for leaves and near cells, one body for far ones.</summary>
        public (double Fx, double Fy) Repulsion(int i, double[] x, double[] y, double[] m, double kr, double theta2, Stack<int> stack)
        {
            double fx = 0, fy = 0;
            var (xi, yi, mi) = (x[i], y[i], m[i]);
            stack.Clear();
            stack.Push(0);
            while (stack.Count > 0)
            {
                var c = stack.Pop();
                if (children[4 * c] < 0 && children[4 * c + 1] < 0 && children[4 * c + 2] < 0 && children[4 * c + 3] < 0)
                {
                    for (var p = start[c]; p < end[c]; p++)
                    {
                        var j = order[p];
                        if (j != i) Push(x[j], y[j], m[j]);
                    }
                    continue;
                }
                var (ddx, ddy) = (xi - cx[c], yi - cy[c]);
                var inside = xi >= minX[c] && xi < minX[c] + size[c] && yi >= minY[c] && yi < minY[c] + size[c];
                if (!inside && size[c] * size[c] < theta2 * (ddx * ddx + ddy * ddy)) Push(cx[c], cy[c], mass[c]);
                else
                    for (var q = 3; q >= 0; q--)
                        if (children[4 * c + q] >= 0) stack.Push(children[4 * c + q]);
            }
            return (fx, fy);

            void Push(double ox, double oy, double om)
            {
                var (ddx, ddy) = (xi - ox, yi - oy);
                var d2 = ddx * ddx + ddy * ddy;
                if (d2 <= 0) return;
                var f = kr * mi * om / d2;
                fx += ddx * f;
                fy += ddy * f;
            }
        }
    }
}
