using System.Globalization;
using System.Runtime.InteropServices;
using ActorGraph.Model;

namespace ActorGraph.Analysis;

/// <summary>What counts as acting together: the same kind of relation (one of <paramref name="Relations"/>) to the
/// same item within <paramref name="Within"/> of each other, at least <paramref name="MinShared"/> times.</summary>
/// <param name="MaxPartners">Each action is paired with at most this many earlier actions on its item inside the
/// window (the nearest in time), so a viral post retweeted by thousands in a minute costs O(actions × cap), not
/// O(actions²). Pairs cut off this way are counted in <see cref="CoordinationResult.CappedActions"/>.</param>
public sealed record CoordinationOptions(IReadOnlySet<RelationType> Relations, TimeSpan Within, int MinShared, int MaxPartners = 200)
{
    /// <summary>The relation kinds whose targets can be shared: a post, or an actor when no post id is known.</summary>
    public static readonly IReadOnlyList<RelationType> Kinds =
        [RelationType.Retweeted, RelationType.Tagged, RelationType.RepliedTo, RelationType.Liked, RelationType.Quoted];

    /// <summary>Retweets within 60 seconds, at least 3 times: what CO_ACTED means when no settings are given.</summary>
    public static readonly CoordinationOptions Default = new(new HashSet<RelationType> { RelationType.Retweeted }, TimeSpan.FromSeconds(60), 3);

    /// <summary>Reads the user's settings (<c>--relation RETWEETED,QUOTED --within 60s --min-shared 3</c>); null takes the default.</summary>
    /// <exception cref="BadInputException">A part is not understood; the message names it.</exception>
    public static CoordinationOptions Parse(string? relation, string? within, int? minShared)
    {
        var relations = Default.Relations;
        if (!string.IsNullOrWhiteSpace(relation))
        {
            var set = new HashSet<RelationType>();
            foreach (var name in relation.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!RelationTypes.TryParse(name, out var type) || !Kinds.Contains(type))
                    throw new BadInputException($"relation: expected one of {string.Join(", ", Kinds.Select(k => k.ToName()))}, got '{name}'.");
                set.Add(type);
            }
            relations = set;
        }
        var window = string.IsNullOrWhiteSpace(within) ? Default.Within : ParseDuration(within);
        if (minShared is < 1) throw new BadInputException($"minShared: expected a positive number, got {minShared}.");
        return new CoordinationOptions(relations, window, minShared ?? Default.MinShared);
    }

    /// <summary><c>90</c> or <c>90s</c> seconds, <c>5m</c>, <c>2h</c>, <c>1d</c>.</summary>
    public static TimeSpan ParseDuration(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var (number, unit) = t.Length > 0 && char.IsLetter(t[^1]) ? (t[..^1], t[^1]) : (t, 's');
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !(n >= 0)
            || unit is not ('s' or 'm' or 'h' or 'd') || n * UnitSeconds(unit) > MaxWithin.TotalSeconds)
            throw new BadInputException($"within: expected a duration like 60s, 5m, 2h or 1d, up to {MaxWithin.TotalDays:0}d, got '{text}'.");
        return TimeSpan.FromSeconds(n * UnitSeconds(unit));
    }

    /// <summary>A century: longer than any collection, and far from where TimeSpan overflows.</summary>
    private static readonly TimeSpan MaxWithin = TimeSpan.FromDays(36500);

    private static double UnitSeconds(char unit) => unit switch { 's' => 1, 'm' => 60, 'h' => 3600, _ => 86400 };

    /// <summary>Equal when every setting is, the relation kinds by content: the options key caches.</summary>
    public bool Equals(CoordinationOptions? other) =>
        other is not null && Relations.SetEquals(other.Relations) && (Within, MinShared, MaxPartners) == (other.Within, other.MinShared, other.MaxPartners);

    public override int GetHashCode() =>
        HashCode.Combine(Relations.Aggregate(0, (hash, type) => hash ^ type.GetHashCode()), Within, MinShared, MaxPartners);

    /// <summary>The settings in words, for messages and descriptions.</summary>
    public override string ToString() =>
        $"{string.Join(",", Relations.Order().Select(r => r.ToName()))} within {Within.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s, " +
        $"at least {MinShared} shared, cap {MaxPartners}";
}

/// <summary>One shared action: both actors' relations to the same item.</summary>
/// <param name="Item">The post (<see cref="Evidence.DocumentId"/>, e.g. <c>x:tweet:123</c>) or, when the relation
/// names none, the target actor as <c>@id</c>.</param>
/// <param name="First">Index of the earlier of the two relations.</param>
/// <param name="Second">Index of the later one.</param>
public readonly record struct SharedAction(string Item, int First, int Second);

/// <summary>Two actors who acted together: the CO_ACTED edge and its evidence.</summary>
/// <param name="Actor1">The smaller actor id (ordinal).</param>
/// <param name="Shared">Shared actions: the weight of the CO_ACTED edge.</param>
/// <param name="First">Time of the earliest relation among the shared actions.</param>
/// <param name="Last">Time of the latest one.</param>
public sealed record CoActedPair(string Actor1, string Actor2, int Shared, DateTimeOffset First, DateTimeOffset Last, IReadOnlyList<SharedAction> Actions);

/// <param name="Actions">Dated relations of the chosen kinds that were compared.</param>
/// <param name="Items">Distinct items (posts, or target actors) they point at.</param>
/// <param name="CappedActions">Actions that had more earlier partners in the window than <see cref="CoordinationOptions.MaxPartners"/>.</param>
public sealed record CoordinationResult(IReadOnlyList<CoActedPair> Pairs, int Actions, int Items, long CappedActions);

/// <summary>
/// CO_ACTED: pairs of actors who made the same kind of relation to the same item within a time window, at least
/// <c>MinShared</c> times (co-retweet networks, Pacheco et al. 2021; CooRnet's "coordinated link sharing").
/// Each pair of actions by two different actors on one item at most <c>Within</c> apart counts once, so two accounts
/// retweeting the same 5 posts seconds apart share 5 actions. Undated relations cannot be placed and are ignored.
/// </summary>
/// <remarks>
/// Near-linear: a counting sort by item, a sort by time within each item, then one sliding window per item that
/// pairs each action with the earlier ones still inside the window (at most <c>MaxPartners</c>). Pair counts live in
/// one hash map keyed by the two actors' dense numbers; a second pass over the same windows collects the evidence of
/// the pairs that reached <c>MinShared</c>. Time O(m log m + m·cap), memory O(m + pairs seen), never O(actors²).
/// </remarks>
public static class CoActed
{
    public static CoordinationResult Find(IReadOnlyList<Relation> relations, CoordinationOptions options)
    {
        if (options.MinShared < 1) throw new BadInputException($"minShared: expected a positive number, got {options.MinShared}.");
        var actorIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var actorNames = new List<string>();
        var itemIds = new Dictionary<(RelationType, string), int>();
        var itemNames = new List<string>();
        var rel = new List<int>();
        var actor = new List<int>();
        var item = new List<int>();
        var ticks = new List<long>();
        for (var i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            if (r.At is not { } at || r.Source == r.Target || !options.Relations.Contains(r.Type)) continue;
            var key = (r.Type, r.Evidence.DocumentId ?? "@" + r.Target);
            ref var itemId = ref CollectionsMarshal.GetValueRefOrAddDefault(itemIds, key, out var seenItem);
            if (!seenItem) { itemId = itemNames.Count; itemNames.Add(key.Item2); }
            ref var actorId = ref CollectionsMarshal.GetValueRefOrAddDefault(actorIds, r.Source, out var seenActor);
            if (!seenActor) { actorId = actorNames.Count; actorNames.Add(r.Source); }
            rel.Add(i);
            actor.Add(actorId);
            item.Add(itemId);
            ticks.Add(at.UtcTicks);
        }
        var m = rel.Count;
        var (relOf, actorOf, itemOf) = (rel.ToArray(), actor.ToArray(), item.ToArray());

        // Group actions by item (counting sort), then order each item's actions by time.
        var start = new int[itemNames.Count + 1];
        foreach (var it in itemOf) start[it + 1]++;
        for (var k = 0; k < itemNames.Count; k++) start[k + 1] += start[k];
        var order = new int[m];
        var fill = start[..^1];
        for (var a = 0; a < m; a++) order[fill[itemOf[a]]++] = a;
        var time = new long[m];
        for (var p = 0; p < m; p++) time[p] = ticks[order[p]];
        for (var k = 0; k < itemNames.Count; k++) Array.Sort(time, order, start[k], start[k + 1] - start[k]);

        var within = options.Within.Ticks;
        var counts = new Dictionary<long, (int Count, long First, long Last)>();
        long capped = 0;
        ForEachMatch((a, b, _, _, tFirst, tSecond) =>
        {
            ref var c = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, PairKey(a, b), out var seen);
            c = seen ? (c.Count + 1, Math.Min(c.First, tFirst), Math.Max(c.Last, tSecond)) : (1, tFirst, tSecond);
        }, countCapped: true);

        var evidence = new Dictionary<long, List<SharedAction>>();
        foreach (var (key, c) in counts)
            if (c.Count >= options.MinShared) evidence[key] = [];
        if (evidence.Count > 0)
        {
            ForEachMatch((a, b, first, second, _, _) =>
            {
                if (evidence.TryGetValue(PairKey(a, b), out var list))
                    list.Add(new SharedAction(itemNames[itemOf[first]], relOf[first], relOf[second]));
            }, countCapped: false);
        }

        var pairs = evidence.Select(e =>
            {
                var (a, b) = ((int)(e.Key >> 32), (int)(e.Key & 0xFFFFFFFF));
                var (x, y) = string.CompareOrdinal(actorNames[a], actorNames[b]) < 0 ? (actorNames[a], actorNames[b]) : (actorNames[b], actorNames[a]);
                var c = counts[e.Key];
                return new CoActedPair(x, y, c.Count, new DateTimeOffset(c.First, TimeSpan.Zero), new DateTimeOffset(c.Last, TimeSpan.Zero), e.Value);
            })
            .OrderByDescending(p => p.Shared).ThenBy(p => p.Actor1, StringComparer.Ordinal).ThenBy(p => p.Actor2, StringComparer.Ordinal)
            .ToList();
        return new CoordinationResult(pairs, m, itemNames.Count, capped);

        // Calls match(actorA, actorB, earlier action, later action, earlier time, later time) for every pair of actions
        // by different actors on one item inside the window, nearest first, at most MaxPartners per later action.
        void ForEachMatch(Action<int, int, int, int, long, long> match, bool countCapped)
        {
            for (var k = 0; k < itemNames.Count; k++)
            {
                for (var p = start[k] + 1; p < start[k + 1]; p++)
                {
                    var later = order[p];
                    var partners = 0;
                    for (var q = p - 1; q >= start[k] && time[p] - time[q] <= within; q--)
                    {
                        var earlier = order[q];
                        if (actorOf[earlier] == actorOf[later]) continue;
                        if (partners == options.MaxPartners)
                        {
                            if (countCapped) capped++;
                            break;
                        }
                        partners++;
                        match(actorOf[earlier], actorOf[later], earlier, later, time[q], time[p]);
                    }
                }
            }
        }
    }

    private static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}

/// <summary>The answer of <c>analyze coordination --format json</c> and <c>/api/coordination</c>: the settings, what was
/// compared, and each pair with its shared actions as the two relations themselves (times, post ids, links).</summary>
public sealed record CoordinationReport(
    IReadOnlyList<RelationType> Relations, double WithinSeconds, int MinShared, int MaxPartners,
    int Actions, int Items, long CappedActions, IReadOnlyList<CoordinationReport.Pair> Pairs)
{
    public sealed record Pair(string Source, string Target, int Shared, DateTimeOffset First, DateTimeOffset Last, IReadOnlyList<Shared> Actions);

    public sealed record Shared(string Item, Relation First, Relation Second);

    public static CoordinationReport Of(CoordinationResult result, IEnumerable<CoActedPair> pairs, IReadOnlyList<Relation> relations, CoordinationOptions settings) =>
        new([.. settings.Relations.Order()], settings.Within.TotalSeconds, settings.MinShared, settings.MaxPartners,
            result.Actions, result.Items, result.CappedActions,
            [.. pairs.Select(p => new Pair(p.Actor1, p.Actor2, p.Shared, p.First, p.Last,
                [.. p.Actions.Select(a => new Shared(a.Item, relations[a.First], relations[a.Second]))]))]);
}
