using ActorGraph.Analysis;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Analysis;

public sealed class CoActedTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Relation Rt(string actor, string post, string author, DateTimeOffset at, RelationType type = RelationType.Retweeted) =>
        new(actor, type, author, at, 1, new Evidence($"{actor}-{type}-{post}-{at.UtcTicks}", null, null, post is "" ? null : post, 1, "test"));

    private static CoordinationOptions Retweets(int within = 60, int minShared = 3, int cap = 200) =>
        new(new HashSet<RelationType> { RelationType.Retweeted }, TimeSpan.FromSeconds(within), minShared, cap);

    /// <summary>300 accounts retweet 600 posts at random times over 90 days; 5 of them also retweet 8 posts each within
    /// 40 seconds of one another.</summary>
    public static (List<Relation> Relations, string[] Group) PlantedGroup(int seed = 7)
    {
        var random = new Random(seed);
        var relations = new List<Relation>();
        for (var i = 0; i < 4000; i++)
        {
            var post = random.Next(600);
            relations.Add(Rt($"user-{random.Next(300):000}", $"x:tweet:{post}", $"author-{post % 40}",
                T0.AddSeconds(random.NextDouble() * 90 * 86400)));
        }
        var group = new[] { "user-011", "user-042", "user-123", "user-200", "user-299" };
        for (var k = 0; k < 8; k++)
        {
            var post = 1000 + k;
            var at = T0.AddDays(3 + 10 * k);
            foreach (var (member, i) in group.Select((m, i) => (m, i)))
                relations.Add(Rt(member, $"x:tweet:{post}", "campaign", at.AddSeconds(10 * i + random.Next(5))));
        }
        return (relations, group);
    }

    [Fact]
    public void A_planted_group_is_found_and_nothing_else_reaches_the_threshold()
    {
        var (relations, group) = PlantedGroup();
        var result = CoActed.Find(relations, Retweets());

        var expected = group.SelectMany((a, i) => group.Skip(i + 1).Select(b => (a, b))).ToHashSet();
        Assert.Equal(expected, result.Pairs.Select(p => (p.Actor1, p.Actor2)).ToHashSet());
        Assert.All(result.Pairs, p => Assert.True(p.Shared >= 8, $"{p.Actor1}-{p.Actor2}: {p.Shared}"));
        Assert.Equal(4040, result.Actions);
        Assert.Equal(0, result.CappedActions);
    }

    [Fact]
    public void Every_shared_action_names_both_relations_on_one_post_inside_the_window()
    {
        var (relations, _) = PlantedGroup();
        var pair = CoActed.Find(relations, Retweets()).Pairs[0];
        Assert.Equal(pair.Shared, pair.Actions.Count);
        foreach (var action in pair.Actions)
        {
            var (a, b) = (relations[action.First], relations[action.Second]);
            Assert.Equal(new[] { pair.Actor1, pair.Actor2 }.Order(), new[] { a.Source, b.Source }.Order());
            Assert.Equal(action.Item, a.Evidence.DocumentId);
            Assert.Equal(action.Item, b.Evidence.DocumentId);
            Assert.InRange((b.At!.Value - a.At!.Value).TotalSeconds, 0, 60);
        }
        Assert.Equal(pair.Actions.Min(x => relations[x.First].At), pair.First);
        Assert.Equal(pair.Actions.Max(x => relations[x.Second].At), pair.Last);
    }

    [Theory]
    [InlineData(60, 3)]
    [InlineData(61, 0)]
    public void The_window_is_inclusive(int secondsApart, int expectedShared)
    {
        var relations = Enumerable.Range(0, 3).SelectMany(k => new[]
        {
            Rt("a", $"p{k}", "x", T0.AddHours(k)),
            Rt("b", $"p{k}", "x", T0.AddHours(k).AddSeconds(secondsApart)),
        }).ToList();
        var pairs = CoActed.Find(relations, Retweets()).Pairs;
        Assert.Equal(expectedShared, pairs.Sum(p => p.Shared));
    }

    [Fact]
    public void Different_posts_of_one_author_are_different_items_but_without_a_post_id_the_author_is_the_item()
    {
        var withPosts = Enumerable.Range(0, 3).SelectMany(k => new[] { Rt("a", $"p{k}", "x", T0.AddHours(k)), Rt("b", $"q{k}", "x", T0.AddHours(k)) }).ToList();
        Assert.Empty(CoActed.Find(withPosts, Retweets()).Pairs);

        var tags = Enumerable.Range(0, 3).SelectMany(k => new[]
        {
            Rt("a", "", "x", T0.AddHours(k), RelationType.Tagged), Rt("b", "", "x", T0.AddHours(k).AddSeconds(5), RelationType.Tagged),
        }).ToList();
        var pair = Assert.Single(CoActed.Find(tags, Retweets() with { Relations = new HashSet<RelationType> { RelationType.Tagged } }).Pairs);
        Assert.Equal(("a", "b", 3), (pair.Actor1, pair.Actor2, pair.Shared));
        Assert.All(pair.Actions, x => Assert.Equal("@x", x.Item));
    }

    [Fact]
    public void A_retweet_and_a_quote_of_the_same_post_are_not_the_same_action()
    {
        var relations = Enumerable.Range(0, 3).SelectMany(k => new[]
        {
            Rt("a", $"p{k}", "x", T0.AddHours(k)), Rt("b", $"p{k}", "x", T0.AddHours(k), RelationType.Quoted),
        }).ToList();
        var both = Retweets() with { Relations = new HashSet<RelationType> { RelationType.Retweeted, RelationType.Quoted } };
        Assert.Empty(CoActed.Find(relations, both).Pairs);
    }

    [Fact]
    public void An_actor_repeating_itself_is_not_a_pair_and_undated_relations_are_ignored()
    {
        var relations = new List<Relation>
        {
            Rt("a", "p", "x", T0), Rt("a", "p", "x", T0.AddSeconds(1)), Rt("a", "p", "x", T0.AddSeconds(2)),
            new("b", RelationType.Retweeted, "x", null, 1, new Evidence("undated", DocumentId: "p")),
        };
        var result = CoActed.Find(relations, Retweets(minShared: 1));
        Assert.Empty(result.Pairs);
        Assert.Equal(3, result.Actions);
    }

    [Fact]
    public void A_viral_post_is_paired_only_up_to_the_cap_and_the_cut_is_counted()
    {
        var relations = Enumerable.Range(0, 1000).Select(i => Rt($"u{i:0000}", "viral", "x", T0.AddMilliseconds(10 * i))).ToList();
        var result = CoActed.Find(relations, Retweets(minShared: 1, cap: 50));
        Assert.Equal(50 * 999 - 50 * 49 / 2, result.Pairs.Sum(p => p.Shared));
        Assert.Equal(1000 - 51, result.CappedActions);
    }

    [Theory]
    [InlineData("60s", 60)]
    [InlineData("90", 90)]
    [InlineData("5m", 300)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    public void Durations_read_as_users_write_them(string text, double seconds) =>
        Assert.Equal(seconds, CoordinationOptions.ParseDuration(text).TotalSeconds);

    [Theory]
    [InlineData("SIGNED", null, null, "relation")]
    [InlineData(null, "soon", null, "within")]
    [InlineData(null, null, 0, "minShared")]
    [InlineData(null, "99999999999d", null, "within")]
    [InlineData(null, "1e300s", null, "within")]
    public void Bad_settings_are_refused_naming_the_setting(string? relation, string? within, int? minShared, string named)
    {
        var e = Assert.Throws<BadInputException>(() => CoordinationOptions.Parse(relation, within, minShared));
        Assert.StartsWith(named, e.Message);
    }

    [Fact]
    public void Co_acted_in_a_snapshot_is_an_undirected_tie_weighted_by_shared_actions_with_its_evidence()
    {
        var (relations, group) = PlantedGroup();
        var source = new SnapshotSource(relations, new Dictionary<string, string>(), []);
        var g = GraphSnapshot.FromRelations(source, new SnapshotOptions(new HashSet<RelationType> { RelationType.CoActed }, Directed: false));
        Assert.Equal(group.Order(), g.Ids.Order());
        Assert.Equal(10, g.EdgeCount);
        var pairs = CoActed.Find(relations, CoordinationOptions.Default).Pairs;
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var (a, b) = (g.Ids[g.EdgeSource[e]], g.Ids[g.EdgeTarget[e]]);
            var pair = pairs.Single(p => (p.Actor1, p.Actor2) == (a, b) || (p.Actor1, p.Actor2) == (b, a));
            Assert.Equal(pair.Shared, g.EdgeWeight[e]);
            Assert.All(g.RelationsOf(e).ToArray(), r => Assert.Contains(g.Relations![r].Source, new[] { a, b }));
        }
    }
}
