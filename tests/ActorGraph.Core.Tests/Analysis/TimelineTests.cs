using ActorGraph.Analysis;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Analysis;

public sealed class TimelineTests
{
    private static Relation Tag(string source, string target, string at, string id) =>
        new(source, RelationType.Tagged, target, Timestamps.Parse(at), 1, new Evidence(id));

    /// <summary>January: five actors tag Anna. February: nothing. March: the same five tag Ben, and Anna tags Ben.
    /// One undated relation, which belongs to no month.</summary>
    private static SnapshotSource Campaign()
    {
        var relations = new List<Relation>();
        var fans = Enumerable.Range(1, 5).Select(i => $"fan-{i}").ToArray();
        relations.AddRange(fans.Select((f, i) => Tag(f, "anna", $"2024-01-{10 + i}", $"jan-{f}")));
        relations.AddRange(fans.Select((f, i) => Tag(f, "ben", $"2024-03-{10 + i}", $"mar-{f}")));
        relations.Add(Tag("anna", "ben", "2024-03-20", "mar-anna"));
        relations.Add(new Relation("fan-1", RelationType.Tagged, "carl", null, 1, new Evidence("undated")));
        return new SnapshotSource(relations, new Dictionary<string, string> { ["anna"] = "Anna A.", ["ben"] = "Ben B." }, []);
    }

    [Theory]
    [InlineData("2024-03-20T23:59:59Z", PeriodUnit.Day, "2024-03-20", "2024-03-20", "2024-03-21")]
    [InlineData("2024-03-20T10:00:00Z", PeriodUnit.Week, "2024-W12", "2024-03-18", "2024-03-25")]
    [InlineData("2021-01-02T10:00:00Z", PeriodUnit.Week, "2020-W53", "2020-12-28", "2021-01-04")]
    [InlineData("2024-03-20T10:00:00Z", PeriodUnit.Month, "2024-03", "2024-03-01", "2024-04-01")]
    [InlineData("2024-03-20T10:00:00Z", PeriodUnit.Quarter, "2024-Q1", "2024-01-01", "2024-04-01")]
    [InlineData("2024-03-20T10:00:00Z", PeriodUnit.Year, "2024", "2024-01-01", "2025-01-01")]
    public void A_time_falls_in_one_calendar_period_whose_label_reads_back(string at, PeriodUnit unit, string label, string start, string end)
    {
        var p = Periods.Of(unit, Timestamps.Parse(at));
        Assert.Equal((label, Timestamps.Parse(start), Timestamps.Parse(end)), (p.Label, p.Start, p.End));
        Assert.Equal(p, Periods.Parse(label));
    }

    [Theory]
    [InlineData(PeriodUnit.Day, "9999-12-31")]
    [InlineData(PeriodUnit.Week, "9999-W52")]
    [InlineData(PeriodUnit.Month, "9999-12")]
    [InlineData(PeriodUnit.Quarter, "9999-Q4")]
    [InlineData(PeriodUnit.Year, "9999")]
    public void The_calendars_last_period_ends_at_its_last_instant(PeriodUnit unit, string label)
    {
        var last = Timestamps.Parse("9999-12-31T23:59:59Z");
        var periods = Periods.Between(unit, last.AddDays(-1), last);
        Assert.Equal(label, periods[^1].Label);
        Assert.Equal(DateTimeOffset.MaxValue, periods[^1].End);
    }

    [Fact]
    public void More_periods_than_the_cap_are_refused_naming_the_dates()
    {
        var first = Timestamps.Parse("1970-01-01");
        Assert.Equal(Periods.MaxCount, Periods.Between(PeriodUnit.Day, first, first.AddDays(Periods.MaxCount - 1)).Count);
        var e = Assert.Throws<BadInputException>(() => Periods.Between(PeriodUnit.Day, first, Timestamps.Parse("2024-05-01")));
        Assert.Contains("from 1970-01-01 to 2024-05-01", e.Message);
    }

    [Theory]
    [InlineData("March")]
    [InlineData("2024-13")]
    [InlineData("2023-W53")]
    [InlineData("2024-Q5")]
    public void A_label_that_is_no_period_is_refused(string label) =>
        Assert.Throws<BadInputException>(() => Periods.Parse(label));

    [Fact]
    public void Each_month_is_measured_on_its_own_relations_and_an_empty_month_stays_empty()
    {
        var t = Timeline.Compute(Campaign(), SnapshotOptions.Default, Measures.Require("in-degree"), new TimelineOptions(PeriodUnit.Month), false, null);
        Assert.Equal(["2024-01", "2024-02", "2024-03"], t.Periods);
        var anna = t.Series.Single(s => s.Id == "anna");
        var ben = t.Series.Single(s => s.Id == "ben");
        Assert.Equal("Anna A.", anna.Name);
        Assert.Equal([1, null, 2], anna.Ranks);
        Assert.Equal([2, null, 2], t.Series.Single(s => s.Id == "fan-1").Ranks);
        Assert.Equal([null, null, 1], ben.Ranks);
        // In-degree over n-1: January has 6 actors, March 7.
        Assert.Equal(5 / 5.0, anna.Values[0]);
        Assert.Equal(6 / 6.0, ben.Values[2]);
        Assert.DoesNotContain(t.Series, s => s.Id == "carl");
    }

    [Fact]
    public void A_sliding_window_of_three_months_keeps_january_in_march()
    {
        var t = Timeline.Compute(Campaign(), SnapshotOptions.Default, Measures.Require("in-degree"), new TimelineOptions(PeriodUnit.Month, 3), false, null);
        var anna = t.Series.Single(s => s.Id == "anna");
        Assert.Equal([1, 1, 2], anna.Ranks);
        Assert.Equal(5 / 6.0, anna.Values[2]!.Value, 12);
    }

    [Fact]
    public void Top_keeps_actors_that_reach_it_in_any_period_and_rows_list_them_per_period()
    {
        var t = Timeline.Compute(Campaign(), SnapshotOptions.Default, Measures.Require("in-degree"), new TimelineOptions(PeriodUnit.Month), false, 1);
        Assert.Equal(["anna", "ben"], t.Series.Select(s => s.Id).Order());
        Assert.Equal([("2024-01", "anna", 1), ("2024-03", "ben", 1)], t.Rows(1).Select(r => (r.Period, r.Id, r.Rank)));
    }

    [Fact]
    public void Group_measures_have_no_timeline()
    {
        var e = Assert.Throws<BadInputException>(() =>
            Timeline.Compute(Campaign(), SnapshotOptions.Default, Measures.Require("communities"), new TimelineOptions(PeriodUnit.Month), false, null));
        Assert.Contains("not comparable", e.Message);
    }

    [Fact]
    public void A_riser_comes_with_the_relations_it_gained_and_a_faller_with_those_it_lost()
    {
        var r = Timeline.Risers(Campaign(), SnapshotOptions.Default, Measures.Require("in-degree"), new TimelineOptions(PeriodUnit.Month),
            Periods.Parse("2024-01"), Periods.Parse("2024-03"), false, 10);

        // Ben had no relation in January: a newcomer, not a riser from nowhere.
        var ben = Assert.Single(r.Entered);
        Assert.Equal(("ben", null, 1), (ben.Id, ben.Rank1, ben.Rank2));
        Assert.DoesNotContain(r.Risers, x => x.Id == "ben");
        Assert.Equal(["mar-anna", "mar-fan-1", "mar-fan-2", "mar-fan-3", "mar-fan-4", "mar-fan-5"], ben.Gained.Select(x => x.Evidence.SourceId).Order());
        Assert.Empty(ben.Lost);

        // The fans are tied at in-degree 0 in both months (rank 2, shared): they neither rise nor fall.
        var anna = Assert.Single(r.Fallers);
        Assert.Empty(r.Risers);
        Assert.Equal((1, 2, -1), (anna.Rank1, anna.Rank2, anna.Change));
        Assert.Equal(["jan-fan-1", "jan-fan-2", "jan-fan-3", "jan-fan-4", "jan-fan-5"], anna.Lost.Select(x => x.Evidence.SourceId).Order());
        Assert.Equal(["mar-anna"], anna.Gained.Select(x => x.Evidence.SourceId));
    }

    [Fact]
    public void Risers_refuse_periods_of_another_unit()
    {
        Assert.Throws<BadInputException>(() => Timeline.Risers(Campaign(), SnapshotOptions.Default, Measures.Require("degree"),
            new TimelineOptions(PeriodUnit.Month), Periods.Parse("2024-Q1"), Periods.Parse("2024-03"), false, 10));
    }
}
