using ActorGraph.Analysis;
using ActorGraph.Storage;

namespace ActorGraph.Export;

/// <summary>
/// A measure per period for the exports that carry time (GEXF): each node gets its value and rank in every period it is
/// ranked in, as spells from the period's first to its last day, so Gephi's timeline can size nodes by the measure
/// of the period under the cursor (Appearance → Size → Ranking on the dynamic attribute, "auto apply").
/// </summary>
public sealed class ExportTimeline
{
    private readonly Dictionary<string, TimelineSeries> _series;

    public ExportTimeline(TimelineResult result)
    {
        Result = result;
        Periods = [.. result.Periods.Select(Analysis.Periods.Parse)];
        _series = result.Series.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public TimelineResult Result { get; }

    public IReadOnlyList<Period> Periods { get; }

    /// <summary>The dynamic attributes' ids: <c>pagerank_t</c> and <c>rank_t</c>.</summary>
    public string ValueAttribute => Result.Measure.Replace('-', '_') + "_t";

    public const string RankAttribute = "rank_t";

    /// <summary>(value, rank, first day, last day) of every period the node is ranked in.</summary>
    public IEnumerable<(double Value, int Rank, DateOnly First, DateOnly Last)> Spells(string id)
    {
        if (!_series.TryGetValue(id, out var s)) yield break;
        for (var p = 0; p < Periods.Count; p++)
            if (s.Values[p] is { } value && s.Ranks[p] is { } rank)
                yield return (value, rank, DateOnly.FromDateTime(Periods[p].Start.UtcDateTime), DateOnly.FromDateTime(Periods[p].End.UtcDateTime).AddDays(-1));
    }

    /// <summary>The measure per period on the relations <paramref name="filter"/> selects.</summary>
    public static async Task<ExportTimeline> ComputeAsync(IGraphStore store, RelationFilter filter, Measure measure, TimelineOptions every, CancellationToken ct = default)
    {
        var snapshot = new GraphQuery(filter).Snapshot;
        var source = await SnapshotSource.LoadAsync(store, snapshot, ct);
        return new ExportTimeline(Timeline.Compute(source, snapshot, measure, every, weighted: false, top: null, ct));
    }
}
