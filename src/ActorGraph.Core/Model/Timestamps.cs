using System.Globalization;

namespace ActorGraph.Model;

/// <summary>
/// One text form for every stored time: UTC, ISO 8601, second precision (<c>2022-05-11T18:30:00Z</c>).
/// Stores compare these as strings (Neo4j 3.x has no temporal types), which is correct because the form is fixed-width UTC.
/// </summary>
public static class Timestamps
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    // ISO 8601 only: a lenient parse would read 11.05.2022 as November in one place and May in another.
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK",
    ];

    public static string Format(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var at) ? at : throw new FormatException($"'{text}' is not an ISO 8601 date or time");

    /// <summary>Accepts ISO dates (<c>2022-05-11</c>, read as midnight UTC) and date-times with or without an offset (UTC assumed).</summary>
    public static bool TryParse(string? text, out DateTimeOffset at)
    {
        at = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            at = new DateTimeOffset(date, TimeSpan.Zero);
            return true;
        }
        return DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
    }
}
