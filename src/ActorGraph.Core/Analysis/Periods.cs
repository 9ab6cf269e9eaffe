using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorGraph.Analysis;

public enum PeriodUnit { Day, Week, Month, Quarter, Year }

/// <summary>A calendar period in UTC, from <paramref name="Start"/> (inclusive) to <paramref name="End"/> (exclusive).</summary>
/// <param name="Label">ISO-like and sortable: <c>2022-05-11</c>, <c>2022-W19</c> (ISO week, Monday first), <c>2022-05</c>,
/// <c>2022-Q2</c>, <c>2022</c>.</param>
public readonly record struct Period(PeriodUnit Unit, string Label, DateTimeOffset Start, DateTimeOffset End)
{
    public bool Contains(DateTimeOffset at) => at >= Start && at < End;

    public Period Next => Periods.Of(Unit, End);

    public override string ToString() => Label;
}

public static partial class Periods
{
    private static readonly string[] UnitNames = ["day", "week", "month", "quarter", "year"];

    /// <exception cref="BadInputException">Not one of <see cref="UnitNames"/>.</exception>
    public static PeriodUnit ParseUnit(string? text) =>
        Array.IndexOf(UnitNames, text?.Trim().ToLowerInvariant() ?? "") is var i and >= 0
            ? (PeriodUnit)i
            : throw new BadInputException($"every: expected one of {string.Join(", ", UnitNames)}, got '{text}'.");

    public static string Name(this PeriodUnit unit) => UnitNames[(int)unit];

    /// <summary>The period of <paramref name="unit"/> that holds <paramref name="at"/> (taken in UTC).</summary>
    public static Period Of(PeriodUnit unit, DateTimeOffset at)
    {
        var d = at.UtcDateTime.Date;
        var ci = CultureInfo.InvariantCulture;
        switch (unit)
        {
            case PeriodUnit.Day:
                return Make(unit, d.ToString("yyyy-MM-dd", ci), d, Until(() => d.AddDays(1)));
            case PeriodUnit.Week:
                var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
                return Make(unit, $"{ISOWeek.GetYear(d)}-W{ISOWeek.GetWeekOfYear(d):00}", monday, Until(() => monday.AddDays(7)));
            case PeriodUnit.Month:
                var month = new DateTime(d.Year, d.Month, 1, 0, 0, 0, DateTimeKind.Utc);
                return Make(unit, month.ToString("yyyy-MM", ci), month, Until(() => month.AddMonths(1)));
            case PeriodUnit.Quarter:
                var q = (d.Month - 1) / 3;
                var quarter = new DateTime(d.Year, q * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc);
                return Make(unit, $"{d.Year}-Q{q + 1}", quarter, Until(() => quarter.AddMonths(3)));
            default:
                var year = new DateTime(d.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                return Make(unit, d.Year.ToString(ci), year, Until(() => year.AddYears(1)));
        }
    }

    /// <summary>At most this many periods in a timeline: each is a graph and a measure, and one mistyped date (year 1,
    /// 9999) must not make millions of them. Ten years of days.</summary>
    public const int MaxCount = 3660;

    /// <summary>Every period from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>,
    /// empty ones included, so a gap in the data shows as a gap.</summary>
    /// <exception cref="BadInputException">More than <see cref="MaxCount"/> periods.</exception>
    public static IReadOnlyList<Period> Between(PeriodUnit unit, DateTimeOffset first, DateTimeOffset last)
    {
        var periods = new List<Period>();
        for (var p = Of(unit, first); p.Start <= last; p = p.Next)
        {
            if (periods.Count == MaxCount)
                throw new BadInputException($"every: at most {MaxCount:N0} periods, but the dated relations run from {first:yyyy-MM-dd} to " +
                    $"{last:yyyy-MM-dd}; choose a longer period than a {unit.Name()} or narrow with from/to.");
            periods.Add(p);
            if (p.End == DateTimeOffset.MaxValue) break;
        }
        return periods;
    }

    /// <summary>Reads a label as <see cref="Period.Label"/> writes it; the form says the unit.</summary>
    /// <exception cref="BadInputException">The label is none of the five forms.</exception>
    public static Period Parse(string? label)
    {
        var t = label?.Trim() ?? "";
        var m = LabelPattern().Match(t);
        if (!m.Success) throw new BadInputException($"period: expected a day (2022-05-11), ISO week (2022-W19), month (2022-05), quarter (2022-Q2) or year (2022), got '{label}'.");
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        try
        {
            Period p;
            if (m.Groups["w"].Success) p = Of(PeriodUnit.Week, ISOWeek.ToDateTime(year, int.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture), DayOfWeek.Monday));
            else if (m.Groups["q"].Success) p = Of(PeriodUnit.Quarter, new DateTime(year, (int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc));
            else if (m.Groups["d"].Success) p = Of(PeriodUnit.Day, new DateTime(year, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), 0, 0, 0, DateTimeKind.Utc));
            else if (m.Groups["m"].Success) p = Of(PeriodUnit.Month, new DateTime(year, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), 1, 0, 0, 0, DateTimeKind.Utc));
            else p = Of(PeriodUnit.Year, new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            // ISOWeek accepts week 53 of a 52-week year by rolling over; the label must come back unchanged.
            return p.Label == t ? p : throw new ArgumentOutOfRangeException(nameof(label));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new BadInputException($"period: '{label}' is not a date in the calendar.");
        }
    }

    /// <summary>A period's end; the calendar's last period ends at its last instant.</summary>
    private static DateTime Until(Func<DateTime> end)
    {
        try
        {
            return end();
        }
        catch (ArgumentOutOfRangeException)
        {
            return DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);
        }
    }

    private static Period Make(PeriodUnit unit, string label, DateTime start, DateTime end) =>
        new(unit, label, new DateTimeOffset(start, TimeSpan.Zero), new DateTimeOffset(end, TimeSpan.Zero));

    [GeneratedRegex(@"^(?<y>\d{4})(?:-W(?<w>\d{2})|-Q(?<q>[1-4])|-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$")]
    private static partial Regex LabelPattern();
}
