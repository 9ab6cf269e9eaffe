using System.Globalization;
using System.Text;
using ActorGraph.Model;
using nietras.SeparatedValues;

namespace ActorGraph.Ingest;

/// <summary>
/// A CSV file read row by row (Sep: streaming, the separator detected from the header, so Excel's semicolons work),
/// with the checks every reader needs: not binary, valid UTF-8, not empty, required columns present; and cell
/// accessors whose errors name file, line and column.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly SepReader _reader;
    private readonly Dictionary<string, int> _columns;
    private long _line = 1;

    private readonly Stream _stream;

    private CsvTable(SepReader reader, Stream stream, string file)
    {
        _reader = reader;
        _stream = stream;
        File = file;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = reader.Header.ColNames;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (name.Length > 0 && !_columns.TryAdd(name, i))
                throw new IngestException(file, 1, name, "each column name once, found it twice");
        }
    }

    public string File { get; }

    /// <summary>The header's column names, in file order.</summary>
    public IReadOnlyList<string> ColumnNames => _reader.Header.ColNames;

    /// <summary>Opens a seekable stream after checking that it holds UTF-8 text with a header row.</summary>
    public static CsvTable Open(Stream stream, string file)
    {
        RejectBinaryOrUtf16(stream, file);
        var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        SepReader reader;
        try
        {
            reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).From(text);
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8(stream, file);
        }
        catch (ArgumentException e) when (e.Message.Contains("found", StringComparison.Ordinal))
        {
            throw new IngestException(file, 1, null, $"each column name once: {e.Message}");
        }
        catch (NotSupportedException)
        {
            throw TooLong(file, 1);
        }
        if (reader.Header.IsEmpty) throw new IngestException(file, 1, null, "a header row (the file is empty)");
        return new CsvTable(reader, stream, file);
    }

    /// <summary>The index of the first of <paramref name="names"/> present in the header, or -1.</summary>
    public int Column(params string[] names)
    {
        foreach (var name in names)
            if (_columns.TryGetValue(name, out var index)) return index;
        return -1;
    }

    public int RequiredColumn(params string[] names)
    {
        var index = Column(names);
        return index >= 0 ? index
            : throw new IngestException(File, 1, names[0],
                $"a column named {string.Join(" or ", names.Select(n => $"'{n}'"))} in the header (found: {string.Join(", ", ColumnNames)})");
    }

    /// <summary>The CSV parser (Sep) holds one row in a buffer of at most 16M characters.</summary>
    private static IngestException TooLong(string file, long line) =>
        new(file, line, null, "a row of at most 16,777,216 characters, found a longer one (a quoted cell that runs on, or a file that is no CSV)");

    /// <summary>Moves to the next data row; skips blank lines.</summary>
    public bool MoveNext()
    {
        while (true)
        {
            try
            {
                if (!_reader.MoveNext()) return false;
            }
            catch (DecoderFallbackException)
            {
                throw NotUtf8(_stream, File);
            }
            catch (NotSupportedException)
            {
                throw TooLong(File, _line + 1);
            }
            var row = _reader.Current;
            _line = row.LineNumberFrom;
            if (UnterminatedQuoteColumn(row.Span, _reader.Spec.Sep.Separator) is { } open)
                throw Error(ColumnName(open), "unterminated quoted field: a \" opens this cell and is never closed, so the rest of the file would become one cell");
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace()) continue;
            CellCount = row.ColCount;
            return true;
        }
    }

    /// <summary>How many cells the current row has (fewer than the header's columns when a row was cut off).</summary>
    public int CellCount { get; private set; }

    /// <summary>The trimmed cell of the current row (empty if the column is absent), valid until the next row:
    /// numbers and times are read from it without a string.</summary>
    private ReadOnlySpan<char> Cell(int column) =>
        column < 0 || column >= CellCount ? default : _reader.Current[column].Span.Trim();

    /// <summary>
    /// The column whose opening quote is never closed, or null. Sep ends a row only at a line break outside quotes, so
    /// an odd number of quotes means the row ran to the end of the file.
    /// </summary>
    private static int? UnterminatedQuoteColumn(ReadOnlySpan<char> row, char separator)
    {
        if (!row.Contains('"')) return null;
        var (column, quoted, opened) = (0, false, 0);
        foreach (var c in row)
        {
            if (c == '"')
            {
                quoted = !quoted;
                if (quoted) opened = column;
            }
            else if (c == separator && !quoted) column++;
        }
        return quoted ? opened : null;
    }

    private string ColumnName(int index) => index < ColumnNames.Count && ColumnNames[index].Trim() is { Length: > 0 } name ? name : $"column {index + 1}";

    /// <summary>Line number (1-based) where the current row starts.</summary>
    public long Line => _line;

    /// <summary>The trimmed cell, or null if the column is absent or the cell empty.</summary>
    public string? Text(int column)
    {
        var cell = Cell(column);
        return cell.IsEmpty ? null : cell.ToString();
    }

    public string Required(int column, string field)
    {
        var value = Text(column);
        if (value is null) throw Error(field, "a value, the cell is empty");
        if (value.Contains('\0')) throw Error(field, "text, found a NUL character (binary data?)");
        return value;
    }

    public double? Number(int column, string field, double min, double max)
    {
        var text = Cell(column);
        if (text.IsEmpty) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw Error(field, $"a number like 1 or 0.5, got '{text}'");
        if (value < min || value > max) throw Error(field, $"a number from {min} to {max}, got '{text}'");
        return value;
    }

    public DateTimeOffset? Time(int column, string field)
    {
        var text = Cell(column);
        if (text.IsEmpty) return null;
        return Timestamps.TryParse(text, out var at) ? at
            : throw Error(field, $"an ISO 8601 date or time like 2022-05-11 or 2022-05-11T18:30:00Z, got '{text}'");
    }

    public IngestException Error(string field, string expected) => new(File, _line, field, expected);

    public void Dispose() => _reader.Dispose();

    /// <summary>The decoder fails on a buffer read ahead of the rows, so the line is found by scanning the bytes again.</summary>
    private static IngestException NotUtf8(Stream stream, string file) =>
        new(file, LineOfFirstInvalidUtf8(stream), null,
            "UTF-8 text; this line has bytes that are not UTF-8 (save the file as UTF-8, e.g. in Excel choose 'CSV UTF-8')");

    private static long LineOfFirstInvalidUtf8(Stream stream)
    {
        stream.Position = 0;
        var bytes = new byte[1 << 16];
        var chars = new char[1 << 16];
        long line = 1;
        var carried = 0;
        int read;
        while ((read = stream.Read(bytes, carried, bytes.Length - carried)) > 0 || carried > 0)
        {
            var available = carried + read;
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(0, available), chars, out var consumed, out _,
                replaceInvalidSequences: false, isFinalBlock: read == 0);
            line += bytes.AsSpan(0, consumed).Count((byte)'\n');
            if (status == System.Buffers.OperationStatus.InvalidData) return line;
            if (read == 0) break;
            carried = available - consumed;
            bytes.AsSpan(consumed, carried).CopyTo(bytes);
        }
        return line;
    }

    private static void RejectBinaryOrUtf16(Stream stream, string file)
    {
        if (!stream.CanSeek) throw new ArgumentException("The input stream must be seekable.", nameof(stream));
        var head = new byte[8192];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (length == 0) throw new IngestException(file, 1, null, "a header row (the file is empty)");
        if (length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
            throw new IngestException(file, 1, null, "UTF-8 text; the file is UTF-16 (save it as UTF-8)");
        if (Array.IndexOf(head, (byte)0, 0, length) >= 0)
            throw new IngestException(file, 1, null, "a CSV text file; this looks like a binary file (it contains NUL bytes)");
        // Skip a UTF-8 byte order mark: Excel writes one, and it would otherwise become part of the first column name.
        if (length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) stream.Position = 3;
    }
}
