using System.Buffers;
using System.Text.Json;

namespace ActorGraph.Ingest;

/// <summary>
/// One top-level JSON value of an X file and the line it starts on, or the reason it could not be read; or, when the
/// reader asked for pages, a page <see cref="XPage"/> read in one pass and the line's bytes (<see cref="Text"/>), then
/// without a document. <see cref="Root"/> and <see cref="Text"/> are valid only until the enumeration moves on.
/// </summary>
internal readonly record struct XJsonValue(JsonElement Root, long Line, string? Damage, XPage? Page = null, ReadOnlyMemory<byte> Text = default);

/// <summary>
/// Splits X data into top-level JSON values: JSON lines as twarc2 and stream captures write them (one value per line,
/// blank keep-alive lines ignored), or, when the first value spans lines, one or more pretty-printed values.
/// A line that does not parse is reported with its reason and reading goes on with the next line, so one cut-off line
/// costs that line only. Memory holds one line (or, for pretty-printed input, the file).
/// </summary>
internal static class XJsonLines
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    /// <param name="pages">Read each line that <see cref="XPage.TryRead"/> can as a page, without a document.</param>
    public static IEnumerable<XJsonValue> Read(Stream stream, bool pages = false)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        int start = 0, end = 0;
        long line = 0;
        var eof = false;
        var sawValue = false;
        try
        {
            while (true)
            {
                if (line == 0 && start == 0 && buffer.AsSpan(0, end).StartsWith("\uFEFF"u8)) start = 3;
                var length = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (length < 0 && !eof)
                {
                    if (start > 0) { buffer.AsSpan(start, end - start).CopyTo(buffer); end -= start; start = 0; }
                    if (end == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, end).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    var read = stream.Read(buffer, end, buffer.Length - end);
                    if (read == 0) eof = true; else end += read;
                    continue;
                }
                if (length < 0) length = end - start;
                if (length == 0 && start == end && eof) break;
                line++;
                var lineStart = start;
                start = Math.Min(end, start + length + 1);
                var text = Trim(buffer.AsMemory(lineStart, length));
                if (text.IsEmpty) continue;

                if (pages && System.Text.Unicode.Utf8.IsValid(text.Span) && XPage.TryRead(text.Span) is { } page)
                {
                    sawValue = true;
                    yield return new XJsonValue(default, line, null, page, text);
                    continue;
                }
                var (document, damage) = Parse(text);
                if (document is null && !sawValue && IsCutOff(text.Span)
                    && (text.Length <= 2 || start < end && buffer[start] is (byte)' ' or (byte)'\t' or (byte)'}' or (byte)']'))
                {
                    // The first value spans lines and the next line is indented: pretty-printed JSON (curl | jq, an archive), read whole.
                    foreach (var value in ReadPretty(buffer.AsSpan(lineStart, end - lineStart), stream, line)) yield return value;
                    yield break;
                }
                sawValue = true;
                if (document is null) { yield return new XJsonValue(default, line, damage); continue; }
                using (document) yield return new XJsonValue(document.RootElement, line, null);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static IEnumerable<XJsonValue> ReadPretty(ReadOnlySpan<byte> head, Stream stream, long firstLine)
    {
        var all = new MemoryStream();
        all.Write(head);
        stream.CopyTo(all);
        return ReadValues(all.GetBuffer().AsMemory(0, (int)all.Length), firstLine);
    }

    private static IEnumerable<XJsonValue> ReadValues(ReadOnlyMemory<byte> text, long firstLine)
    {
        if (!System.Text.Unicode.Utf8.IsValid(text.Span))
        {
            // One value over many lines: the whole of it is damaged, reported at the line of the first bad byte.
            var bad = FirstNotUtf8(text.Span);
            var lineStart = text.Span[..bad].LastIndexOf((byte)'\n') + 1;
            yield return new XJsonValue(default, firstLine + text.Span[..bad].Count((byte)'\n'), NotUtf8(text.Span[lineStart..]));
            yield break;
        }
        var state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true });
        var offset = 0;
        var line = firstLine;
        while (true)
        {
            var (document, start, next, damage) = ParseNext(text.Span, offset, ref state);
            line += text.Span[offset..start].Count((byte)'\n');
            if (damage is not null) { yield return new XJsonValue(default, line, damage); yield break; }
            if (document is null) yield break;
            using (document) yield return new XJsonValue(document.RootElement, line, null);
            line += text.Span[start..next].Count((byte)'\n');
            offset = next;
        }
    }

    /// <summary>The next value at or after <paramref name="offset"/>: the document, where it starts and ends; null at the end.</summary>
    private static (JsonDocument? Document, int Start, int Next, string? Damage) ParseNext(ReadOnlySpan<byte> text, int offset, ref JsonReaderState state)
    {
        var reader = new Utf8JsonReader(text[offset..], isFinalBlock: true, state);
        try
        {
            if (!reader.Read()) return (null, text.Length, text.Length, null);
            var start = offset + (int)reader.TokenStartIndex;
            var document = JsonDocument.ParseValue(ref reader);
            state = reader.CurrentState;
            return (document, start, offset + (int)reader.BytesConsumed, null);
        }
        catch (JsonException e)
        {
            var at = offset + (int)reader.TokenStartIndex;
            return (null, at, text.Length, IsCutOff(text[at..]) ? CutOff : Invalid(e));
        }
    }

    private static (JsonDocument?, string?) Parse(ReadOnlyMemory<byte> text)
    {
        // The parser leaves strings unchecked until they are read, where bytes that are not UTF-8 would fail far from the line.
        if (!System.Text.Unicode.Utf8.IsValid(text.Span)) return (null, NotUtf8(text.Span));
        try
        {
            return (JsonDocument.Parse(text, Options), null);
        }
        catch (JsonException e)
        {
            return (null, IsCutOff(text.Span) ? CutOff : Invalid(e));
        }
    }

    public const string CutOff = "cut off (the line ends inside a JSON value)";

    /// <summary>Where the first byte that is not UTF-8 is (a file saved as Latin-1 or Windows-1252).</summary>
    private static string NotUtf8(ReadOnlySpan<byte> line) =>
        $"UTF-8 text, column {FirstNotUtf8(line) + 1}: a byte that is not UTF-8 (save the file as UTF-8)";

    private static int FirstNotUtf8(ReadOnlySpan<byte> text)
    {
        var at = 0;
        while (at < text.Length && System.Text.Rune.DecodeFromUtf8(text[at..], out _, out var length) == OperationStatus.Done) at += length;
        return at;
    }

    private static string Invalid(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return $"valid JSON, column {e.BytePositionInLine + 1}: {message.TrimEnd('.')}";
    }

    /// <summary>Whether the text is the beginning of a JSON value that ends too early (a collector stopped mid-line).</summary>
    private static bool IsCutOff(ReadOnlySpan<byte> text)
    {
        var reader = new Utf8JsonReader(text, isFinalBlock: false, default);
        try
        {
            while (reader.Read())
                if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) return false;
            return reader.BytesConsumed > 0 || text.Length > 0 && text[0] is (byte)'{' or (byte)'[';
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> text)
    {
        var span = text.Span;
        int from = 0, to = span.Length;
        while (from < to && span[from] is (byte)' ' or (byte)'\t' or (byte)'\r') from++;
        while (to > from && span[to - 1] is (byte)' ' or (byte)'\t' or (byte)'\r') to--;
        return text[from..to];
    }
}
