namespace ActorGraph.Analysis;

/// <summary>Component label per node: 0 is the largest component, ties broken by the smallest node id.</summary>
public sealed record ComponentLabels(int[] Component, int Count);

/// <summary>
/// Weakly and strongly connected components, the same sets as NetworkX <c>weakly_connected_components</c> /
/// <c>strongly_connected_components</c> (<c>connected_components</c> in the undirected view). Weak: BFS over out-
/// and in-edges, O(n + m). Strong: iterative Tarjan, O(n + m), no recursion so deep graphs cannot overflow the stack.
/// Written here rather than with QuikGraph: its algorithms need an object graph (an edge object per edge, vertex
/// dictionaries) built from the CSR arrays, which costs more than the linear-time search itself.
/// </summary>
public static class Components
{
    public static ComponentLabels Weak(GraphSnapshot g)
    {
        var n = g.NodeCount;
        var label = new int[n];
        Array.Fill(label, -1);
        var queue = new int[n];
        var count = 0;
        for (var s = 0; s < n; s++)
        {
            if (label[s] >= 0) continue;
            var (head, tail) = (0, 0);
            label[s] = count;
            queue[tail++] = s;
            while (head < tail)
            {
                var v = queue[head++];
                for (var e = g.OutOffsets[v]; e < g.OutOffsets[v + 1]; e++) Visit(g.OutTargets[e]);
                for (var e = g.InOffsets[v]; e < g.InOffsets[v + 1]; e++) Visit(g.InSources[e]);
            }
            count++;

            void Visit(int w)
            {
                if (label[w] >= 0) return;
                label[w] = count;
                queue[tail++] = w;
            }
        }
        return Relabel(label, count);
    }

    public static ComponentLabels Strong(GraphSnapshot g)
    {
        if (!g.Directed) return Weak(g);
        var n = g.NodeCount;
        var index = new int[n];
        var low = new int[n];
        Array.Fill(index, -1);
        var label = new int[n];
        var onStack = new bool[n];
        var stack = new int[n];
        var callNode = new int[n];
        var callEdge = new int[n];
        var (sp, next, count) = (0, 0, 0);
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            var depth = 0;
            Enter(root);
            while (depth > 0)
            {
                var v = callNode[depth - 1];
                if (callEdge[depth - 1] < g.OutOffsets[v + 1])
                {
                    var w = g.OutTargets[callEdge[depth - 1]++];
                    if (index[w] < 0) Enter(w);
                    else if (onStack[w]) low[v] = Math.Min(low[v], index[w]);
                    continue;
                }
                depth--;
                if (depth > 0) low[callNode[depth - 1]] = Math.Min(low[callNode[depth - 1]], low[v]);
                if (low[v] != index[v]) continue;
                int w2;
                do
                {
                    w2 = stack[--sp];
                    onStack[w2] = false;
                    label[w2] = count;
                } while (w2 != v);
                count++;
            }

            void Enter(int v)
            {
                index[v] = low[v] = next++;
                stack[sp++] = v;
                onStack[v] = true;
                callNode[depth] = v;
                callEdge[depth] = g.OutOffsets[v];
                depth++;
            }
        }
        return Relabel(label, count);
    }

    /// <summary>Renumbers labels 0..count-1 by descending size, ties by smallest member.</summary>
    internal static ComponentLabels Relabel(int[] label, int count)
    {
        var size = new int[count];
        var first = new int[count];
        Array.Fill(first, int.MaxValue);
        for (var u = 0; u < label.Length; u++)
        {
            size[label[u]]++;
            first[label[u]] = Math.Min(first[label[u]], u);
        }
        var order = Enumerable.Range(0, count).OrderByDescending(c => size[c]).ThenBy(c => first[c]).ToArray();
        var rank = new int[count];
        for (var r = 0; r < count; r++) rank[order[r]] = r;
        return new ComponentLabels(label.Select(c => rank[c]).ToArray(), count);
    }
}
