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

    /// <summary>UTC ticks of a stored time given as UTF-8 (the <see cref="Format"/> form, parsed without allocating;
    /// anything else through <see cref="Parse"/>).</summary>
    public static long StoredTicks(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 20 && utf8[4] == '-' && utf8[7] == '-' && utf8[10] == 'T' && utf8[13] == ':' && utf8[16] == ':' && utf8[19] == 'Z'
            && Digits(utf8, 0, 4) is var year and > 0 && Digits(utf8, 5, 2) is var month and > 0 && Digits(utf8, 8, 2) is var day and > 0
            && Digits(utf8, 11, 2) is var hour and >= 0 && Digits(utf8, 14, 2) is var minute and >= 0 && Digits(utf8, 17, 2) is var second and >= 0
            && month <= 12 && day <= DateTime.DaysInMonth(year, month) && hour < 24 && minute < 60 && second < 60)
            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks;
        return Parse(System.Text.Encoding.UTF8.GetString(utf8)).UtcTicks;
    }

    private static int Digits(ReadOnlySpan<byte> text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < (byte)'0' or > (byte)'9') return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

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
