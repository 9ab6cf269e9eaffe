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
        string.Create(20, at, static (span, at) =>
        {
            Span<byte> utf8 = stackalloc byte[20];
            FormatUtf8(at, utf8);
            for (var i = 0; i < utf8.Length; i++) span[i] = (char)utf8[i];
        });

    /// <summary>Writes the <see cref="Format"/> form as its 20 UTF-8 (ASCII) bytes, as a store binds it.</summary>
    public static void FormatUtf8(DateTimeOffset at, Span<byte> utf8)
    {
        // By hand: a custom format string costs more than the rest of an ingested row.
        var d = at.UtcDateTime;
        Write(utf8, 0, d.Year, 4); utf8[4] = (byte)'-'; Write(utf8, 5, d.Month, 2); utf8[7] = (byte)'-'; Write(utf8, 8, d.Day, 2);
        utf8[10] = (byte)'T'; Write(utf8, 11, d.Hour, 2); utf8[13] = (byte)':'; Write(utf8, 14, d.Minute, 2); utf8[16] = (byte)':';
        Write(utf8, 17, d.Second, 2); utf8[19] = (byte)'Z';
    }

    private static void Write(Span<byte> span, int start, int value, int digits)
    {
        for (var i = start + digits - 1; i >= start; i--, value /= 10) span[i] = (byte)('0' + value % 10);
    }

    /// <summary>UTC ticks of a stored time given as UTF-8 (the <see cref="Format"/> form is read without allocating;
    /// anything else through <see cref="Parse"/>).</summary>
    public static long StoredTicks(ReadOnlySpan<byte> utf8) =>
        TryStoredTicks(utf8, out var ticks) ? ticks : Parse(System.Text.Encoding.UTF8.GetString(utf8)).UtcTicks;

    /// <summary>UTC ticks of a time in the <see cref="Format"/> form given as UTF-8; false for any other text.</summary>
    public static bool TryStoredTicks(ReadOnlySpan<byte> utf8, out long ticks)
    {
        ticks = 0;
        Span<char> chars = stackalloc char[20];
        if (utf8.Length != chars.Length) return false;
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)utf8[i];
        if (!TryParseStored(chars, out var utc)) return false;
        ticks = utc.Ticks;
        return true;
    }

    /// <summary>The <see cref="Format"/> form, exactly: what stores hold and most inputs use.</summary>
    private static bool TryParseStored(ReadOnlySpan<char> s, out DateTime utc)
    {
        utc = default;
        if (s.Length != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z') return false;
        var (year, month, day) = (Digits(s, 0, 4), Digits(s, 5, 2), Digits(s, 8, 2));
        var (hour, minute, second) = (Digits(s, 11, 2), Digits(s, 14, 2), Digits(s, 17, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59) return false;
        utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        return true;
    }

    private static int Digits(ReadOnlySpan<char> text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9') return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var at) ? at : throw new FormatException($"'{text}' is not an ISO 8601 date or time");

    /// <summary>Accepts ISO dates (<c>2022-05-11</c>, read as midnight UTC) and date-times with or without an offset (UTC assumed).</summary>
    public static bool TryParse(string? text, out DateTimeOffset at) => TryParse(text.AsSpan(), out at);

    /// <inheritdoc cref="TryParse(string?, out DateTimeOffset)"/>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset at)
    {
        at = default;
        text = text.Trim();
        if (text.IsEmpty) return false;
        if (TryParseStored(text, out var utc))
        {
            at = new DateTimeOffset(utc);
            return true;
        }
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
