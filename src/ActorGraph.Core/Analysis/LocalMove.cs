namespace ActorGraph.Analysis;

/// <summary>
/// The step Louvain's and Leiden's local moving share: take a node out of its community and find the neighbouring
/// community where it raises modularity most (directed gains as Dugué &amp; Perez). Holds the scratch arrays of one pass.
/// </summary>
internal sealed class LocalMove(ModularityLevel level, double resolution)
{
    private readonly double[] _toCom = new double[level.NodeCount];
    private readonly bool[] _seen = new bool[level.NodeCount];
    private readonly int[] _touched = new int[level.NodeCount];
    // Undirected gains use degree k for both k_in and k_out, hence a quarter of the directed factor.
    private readonly double _factor = level.Directed ? 1 / (level.M * level.M) : 1 / (4 * level.M * level.M);

    /// <summary>
    /// Removes <paramref name="v"/>'s strengths from its community's totals and returns the best neighbouring community
    /// (its own when no move gains), that move's gain, and the gain of leaving the own community alone (RemoveCost).
    /// The caller adds the strengths to the community it chooses.
    /// </summary>
    public (int Best, double Gain, double RemoveCost) Best(int v, int[] com, double[] totIn, double[] totOut)
    {
        var m = level.M;
        var own = com[v];
        var t = 0;
        for (var e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
        {
            var c = com[level.Nbrs[e]];
            if (!_seen[c])
            {
                _seen[c] = true;
                _touched[t++] = c;
            }
            _toCom[c] += level.Weights[e];
        }
        var (kin, kout) = (level.KIn[v], level.KOut[v]);
        totIn[own] -= kin;
        totOut[own] -= kout;
        var removeCost = -_toCom[own] / m + resolution * (kout * totIn[own] + kin * totOut[own]) * _factor;
        var best = own;
        var bestGain = 0.0;
        for (var i = 0; i < t; i++)
        {
            var c = _touched[i];
            var gain = removeCost + _toCom[c] / m - resolution * (kout * totIn[c] + kin * totOut[c]) * _factor;
            if (gain > bestGain)
            {
                bestGain = gain;
                best = c;
            }
            _toCom[c] = 0;
            _seen[c] = false;
        }
        _toCom[own] = 0;
        return (best, bestGain, removeCost);
    }
}
