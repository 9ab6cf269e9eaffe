using ActorGraph.Model;

namespace ActorGraph.Analysis;

/// <summary>How to slice time: one graph per period of <paramref name="Every"/>, made of the relations of the last
/// <paramref name="Window"/> periods up to and including it (1: the period alone; 3 months: a sliding quarter).</summary>
public sealed record TimelineOptions(PeriodUnit Every, int Window = 1)
{
    /// <exception cref="BadInputException">An unknown unit, or a window below 1.</exception>
    public static TimelineOptions Parse(string? every, int? window) =>
        window is < 1
            ? throw new BadInputException($"window: expected a number of periods, 1 or more, got {window}.")
            : new(Periods.ParseUnit(every), window ?? 1);

    /// <summary>When the graph of <paramref name="period"/> starts: <see cref="Window"/> − 1 periods earlier.</summary>
    public DateTimeOffset WindowStart(Period period)
    {
        var start = period.Start;
        for (var i = 1; i < Window; i++) start = Periods.Of(Every, start.AddTicks(-1)).Start;
        return start;
    }
}

/// <summary>One actor's value and rank (1 the highest) in each period; null where it has no relation in the period's graph.</summary>
public sealed record TimelineSeries(string Id, string Name, IReadOnlyList<double?> Values, IReadOnlyList<int?> Ranks);

/// <summary>A measure per period: <see cref="Periods"/> are labels like <c>2022-05</c>, each series has one value per label.</summary>
public sealed record TimelineResult(string Measure, string Every, int Window, IReadOnlyList<string> Periods, IReadOnlyList<TimelineSeries> Series)
{
    /// <summary>The long form, one row per period and ranked actor (ordered by period, then rank), at most
    /// <paramref name="top"/> per period.</summary>
    public IEnumerable<TimelineRow> Rows(int? top = null)
    {
        for (var p = 0; p < Periods.Count; p++)
        {
            var period = p;
            foreach (var s in Series.Where(s => s.Ranks[period] is { } r && r <= (top ?? int.MaxValue)).OrderBy(s => s.Ranks[period]))
                yield return new TimelineRow(Periods[p], s.Id, s.Name, s.Values[p], s.Ranks[p]!.Value);
        }
    }
}

public sealed record TimelineRow(string Period, string Id, string Name, double? Value, int Rank);

/// <summary>One actor's move between two periods and the relations that made it.</summary>
/// <param name="Rank1">Rank in the first period (1 the highest, equal values share a rank); null when absent.</param>
/// <param name="Change">Places gained (positive: rose); 0 when absent from either period.</param>
/// <param name="Gained">Relations behind the actor's ties in the second period's graph and not in the first's.</param>
/// <param name="Lost">Relations behind its ties in the first period's graph and not in the second's.</param>
public sealed record Riser(string Id, string Name, int? Rank1, int? Rank2, double? Value1, double? Value2, int Change,
    IReadOnlyList<Relation> Gained, IReadOnlyList<Relation> Lost);

/// <summary>Risers and fallers are ranked in both periods; actors ranked in only one are listed apart (newcomers by their
/// second rank, leavers by their first), since a place gained from nowhere is not comparable.</summary>
public sealed record RisersResult(string Measure, string Period1, string Period2, int Window,
    IReadOnlyList<Riser> Risers, IReadOnlyList<Riser> Fallers, IReadOnlyList<Riser> Entered, IReadOnlyList<Riser> Left);

/// <summary>
/// Measures over time, like Gephi's dynamic statistics: the selection is read once, then for each period a snapshot of
/// the relations dated inside its window is built and the measure computed on it (derived CO_SIGNED and CO_ACTED too,
/// from that window's relations alone). Undated relations belong to no period and are left out.
/// </summary>
public static class Timeline
{
    public static TimelineResult Compute(SnapshotSource source, SnapshotOptions options, Measure measure, TimelineOptions every, bool weighted, int? top,
        CancellationToken ct = default)
    {
        RequireScore(measure);
        if (top is < 1) throw new BadInputException($"top: expected a positive number, got {top}.");
        var dated = source.Relations.Where(r => r.At is not null).Select(r => r.At!.Value).ToList();
        var periods = dated.Count == 0 ? [] : Periods.Between(every.Every, dated.Min(), dated.Max());

        var values = new Dictionary<string, (string Name, double?[] Values, int?[] Ranks)>(StringComparer.Ordinal);
        for (var p = 0; p < periods.Count; p++)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var (id, name, value, rank) in Ranked(Snapshot(source, options, every, periods[p]), measure, weighted, ct))
            {
                if (!values.TryGetValue(id, out var s)) values[id] = s = (name, new double?[periods.Count], new int?[periods.Count]);
                s.Values[p] = value;
                s.Ranks[p] = rank;
            }
        }
        var series = values
            .Where(v => top is null || v.Value.Ranks.Any(r => r <= top))
            .Select(v => new TimelineSeries(v.Key, v.Value.Name, v.Value.Values, v.Value.Ranks))
            .OrderBy(s => s.Ranks.Min(r => r ?? int.MaxValue)).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return new TimelineResult(measure.Name, every.Every.Name(), every.Window, [.. periods.Select(p => p.Label)], series);
    }

    /// <summary>The actors who gained and lost the most places between <paramref name="first"/> and
    /// <paramref name="second"/>, at most <paramref name="top"/> each, with the relations behind the change.</summary>
    public static RisersResult Risers(SnapshotSource source, SnapshotOptions options, Measure measure, TimelineOptions every,
        Period first, Period second, bool weighted, int top)
    {
        RequireScore(measure);
        if (top < 1) throw new BadInputException($"top: expected a positive number, got {top}.");
        if (first.Unit != every.Every || second.Unit != every.Every)
            throw new BadInputException($"between: both periods must be {every.Every.Name()}s like --every says, got {first.Label} and {second.Label}.");
        var g1 = Snapshot(source, options, every, first);
        var g2 = Snapshot(source, options, every, second);
        var rank1 = RankOf(g1, measure, weighted);
        var rank2 = RankOf(g2, measure, weighted);

        var all = new List<Riser>();
        foreach (var id in rank1.Keys.Union(rank2.Keys))
        {
            (int Rank, double? Value)? a = rank1.TryGetValue(id, out var x) ? x : null;
            (int Rank, double? Value)? b = rank2.TryGetValue(id, out var y) ? y : null;
            var change = a is null || b is null ? 0 : a.Value.Rank - b.Value.Rank;
            if (a is not null && b is not null && change == 0) continue;
            var before = RelationsOf(g1, id);
            var after = RelationsOf(g2, id);
            all.Add(new Riser(id, source.Names.GetValueOrDefault(id, id), a?.Rank, b?.Rank, a?.Value, b?.Value, change,
                Chronological(after.Where(r => !before.Contains(r))), Chronological(before.Where(r => !after.Contains(r)))));
        }
        var both = all.Where(r => r.Rank1 is not null && r.Rank2 is not null).ToList();
        return new RisersResult(measure.Name, first.Label, second.Label, every.Window,
            [.. both.Where(r => r.Change > 0).OrderByDescending(r => r.Change).ThenBy(r => r.Rank2).ThenBy(r => r.Id, StringComparer.Ordinal).Take(top)],
            [.. both.Where(r => r.Change < 0).OrderBy(r => r.Change).ThenBy(r => r.Rank1).ThenBy(r => r.Id, StringComparer.Ordinal).Take(top)],
            [.. all.Where(r => r.Rank1 is null).OrderBy(r => r.Rank2).ThenBy(r => r.Id, StringComparer.Ordinal).Take(top)],
            [.. all.Where(r => r.Rank2 is null).OrderBy(r => r.Rank1).ThenBy(r => r.Id, StringComparer.Ordinal).Take(top)]);
    }

    private static void RequireScore(Measure measure)
    {
        if (measure.Groups)
            throw new BadInputException($"{measure.Name}: {measure.Group} numbers are not comparable from one period to the next; expected a score such as pagerank or degree.");
    }

    private static GraphSnapshot Snapshot(SnapshotSource source, SnapshotOptions options, TimelineOptions every, Period period)
    {
        var start = every.WindowStart(period);
        return GraphSnapshot.FromRelations(source, options, r => r.At is { } at && at >= start && at < period.End);
    }

    private static List<Relation> Chronological(IEnumerable<Relation> relations) =>
        [.. relations.OrderBy(r => r.At).ThenBy(r => r.Type).ThenBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Evidence.SourceId, StringComparer.Ordinal)];

    private static IEnumerable<(string Id, string Name, double? Value, int Rank)> Ranked(GraphSnapshot g, Measure measure, bool weighted,
        CancellationToken ct = default)
    {
        if (g.NodeCount == 0) yield break;
        // Competition ranking ("1224"): equal values share a rank, so the many actors tied at 0 do not get ranks by id.
        var rank = 0;
        double? previous = null;
        var i = 0;
        foreach (var r in Measures.Rank(g, measure, measure.Compute(g, new MeasureSettings(weighted), ct), null))
        {
            i++;
            if (r.Value is null) yield break;
            if (r.Value != previous) (rank, previous) = (i, r.Value);
            yield return (r.Id, r.Name, r.Value, rank);
        }
    }

    private static Dictionary<string, (int Rank, double? Value)> RankOf(GraphSnapshot g, Measure measure, bool weighted) =>
        Ranked(g, measure, weighted).ToDictionary(x => x.Id, x => (x.Rank, x.Value), StringComparer.Ordinal);

    /// <summary>The relations behind every tie of <paramref name="id"/> (for derived ties, their evidence), by identity:
    /// both snapshots share the source's relation objects.</summary>
    private static HashSet<Relation> RelationsOf(GraphSnapshot g, string id)
    {
        var set = new HashSet<Relation>(ReferenceEqualityComparer.Instance);
        var u = g.IndexOf(id);
        if (u < 0) return set;
        for (var p = g.OutOffsets[u]; p < g.OutOffsets[u + 1]; p++)
            foreach (var r in g.RelationsOf(g.OutEdges[p])) set.Add(g.Relations![r]);
        for (var p = g.InOffsets[u]; p < g.InOffsets[u + 1]; p++)
            foreach (var r in g.RelationsOf(g.InEdges[p])) set.Add(g.Relations![r]);
        return set;
    }
}
