using System.Buffers;
using System.IO.MemoryMappedFiles;
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
/// costs that line only. Lines are parsed a few ahead on a second thread (<see cref="Ahead"/>). Memory holds a few
/// lines (or, for pretty-printed input, the file).
/// </summary>
internal static class XJsonLines
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    /// <param name="pages">Read each line that <see cref="XPage.TryRead"/> can as a page, without a document.</param>
    public static IEnumerable<XJsonValue> Read(Stream stream, bool pages = false)
    {
        using var lines = new Lines(stream);
        Ahead? ahead = null;
        try
        {
            while (true)
            {
                Parsed value;
                if (ahead is null)
                {
                    // The first value alone: it may be the first line of pretty-printed JSON, which is read whole.
                    if (!lines.Next(out var raw)) yield break;
                    var text = Trim(raw);
                    if (text.IsEmpty) continue;
                    value = Parse(text, lines.Line, pages);
                    if (value.Page is null && value.Document is null && IsCutOff(text.Span)
                        && (text.Length <= 2 || lines.Rest is [(byte)' ' or (byte)'\t' or (byte)'}' or (byte)']', ..]))
                    {
                        // The first value spans lines and the next line is indented: pretty-printed JSON (curl | jq, an archive), read whole.
                        foreach (var pretty in ReadPretty(raw.Span, lines.Rest, stream, lines.Line)) yield return pretty;
                        yield break;
                    }
                    ahead = new Ahead(lines, pages);
                }
                else if (!ahead.Next(out value)) yield break;
                using (value.Document)
                    yield return new XJsonValue(value.Document?.RootElement ?? default, value.Line, value.Damage, value.Page, value.Page is null ? default : value.Text);
                lines.Release(value.Line);
            }
        }
        finally
        {
            ahead?.Dispose();
        }
    }

    /// <summary>One line as <see cref="Parse"/> read it: a page, else a document, else the reason it could not be read.</summary>
    private readonly record struct Parsed(ReadOnlyMemory<byte> Text, long Line, XPage? Page, JsonDocument? Document, string? Damage);

    private static Parsed Parse(ReadOnlyMemory<byte> text, long line, bool pages)
    {
        // The parser leaves strings unchecked until they are read, where bytes that are not UTF-8 would fail far from the line.
        if (!System.Text.Unicode.Utf8.IsValid(text.Span)) return new Parsed(text, line, null, null, NotUtf8(text.Span));
        if (pages && XPage.TryRead(text.Span) is { } page) return new Parsed(text, line, page, null, null);
        try
        {
            return new Parsed(text, line, null, JsonDocument.Parse(text, Options), null);
        }
        catch (JsonException e)
        {
            return new Parsed(text, line, null, null, IsCutOff(text.Span) ? CutOff : Invalid(e));
        }
    }

    /// <summary>
    /// The lines of a stream, in large blocks whose bytes stay where they are until <see cref="Release"/> says the lines
    /// up to one are used: when a block is used up, the line it ends in goes on in the next block, and the old block
    /// goes once its lines are released. So several lines can be read at once without copying them. A file is mapped
    /// into memory a window at a time (<see cref="Window"/>): its bytes are read where the operating system caches them,
    /// not copied by read() into a buffer first (of a 2 GB collection's CPU time, that copy was 4 %), and memory holds
    /// only the windows of lines in use. Other streams are read into pooled buffers.
    /// </summary>
    private sealed class Lines : IDisposable
    {
        /// <summary>A window's size, unless a line is longer: a file's position (the progress bar) moves in these steps.</summary>
        private const int WindowBytes = 4 << 20;

        private readonly Stream _stream;
        private readonly MemoryMappedFile? _file;
        private readonly long _fileEnd;
        private Memory<byte> _block;
        // What holds the block: a pooled buffer, or a window of the file.
        private object _owner;
        // Where the block starts in the file (mapped files).
        private long _offset;
        private int _start, _end;
        private bool _eof;
        private long _released;
        private readonly Queue<(object Owner, long LastLine)> _retired = new();

        public Lines(Stream stream)
        {
            _stream = stream;
            if (stream is FileStream { CanSeek: true } file && file.Length > file.Position)
            {
                (_offset, _fileEnd) = (file.Position, file.Length);
                _file = MemoryMappedFile.CreateFromFile(file, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
                _owner = Array.Empty<byte>();
            }
            else
            {
                var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
                (_block, _owner) = (buffer, buffer);
            }
        }

        /// <summary>The number of the line <see cref="Next"/> gave last (1 for the first).</summary>
        public long Line { get; private set; }

        /// <summary>What is read and not yet split into lines, after the line <see cref="Next"/> gave last; the stream goes on after it.</summary>
        public ReadOnlySpan<byte> Rest => _block.Span[_start.._end];

        /// <summary>The next line without its end of line (blank lines too); false at the end of the stream.</summary>
        public bool Next(out ReadOnlyMemory<byte> line)
        {
            while (true)
            {
                if (Line == 0 && _start == 0 && _block.Span[.._end].StartsWith("\uFEFF"u8)) _start = 3;
                var length = Rest.IndexOf((byte)'\n');
                if (length < 0 && !_eof)
                {
                    if (_file is not null) Map(); else Fill();
                    continue;
                }
                if (length < 0) length = _end - _start;
                if (length == 0 && _start == _end && _eof)
                {
                    line = default;
                    return false;
                }
                Line++;
                line = _block.Slice(_start, length);
                _start = Math.Min(_end, _start + length + 1);
                return true;
            }
        }

        /// <summary>The lines up to <paramref name="line"/> are used: their bytes may go.</summary>
        public void Release(long line)
        {
            _released = line;
            while (_retired.Count > 0 && _retired.Peek().LastLine <= line) Free(_retired.Dequeue().Owner);
        }

        private void Fill()
        {
            var buffer = (byte[])_owner;
            if (_start > 0 && _released >= Line)
            {
                // No line in the buffer is in use: the unfinished one moves to the front.
                Rest.CopyTo(buffer);
                (_end, _start) = (_end - _start, 0);
            }
            else if (_start > 0 || _end == buffer.Length)
            {
                var next = ArrayPool<byte>.Shared.Rent(_start == 0 ? buffer.Length * 2 : buffer.Length);
                Rest.CopyTo(next);
                Retire();
                (_block, _owner, _end, _start) = (next, next, _end - _start, 0);
                buffer = next;
            }
            var read = _stream.Read(buffer, _end, buffer.Length - _end);
            if (read == 0) _eof = true; else _end += read;
        }

        /// <summary>Maps the next window of the file, from the start of the unfinished line on (longer if that line fills the window).</summary>
        private void Map()
        {
            var from = _offset + _start;
            var size = (int)Math.Min(Math.Max(WindowBytes, 2L * (_end - _start)), _fileEnd - from);
            var window = new Window(_file!, from, size);
            Retire();
            (_block, _owner, _offset, _start, _end) = (window.Memory, window, from, 0, size);
            _eof = from + size == _fileEnd;
            // Where a reader of the stream would be now: the progress bar shows it, and pretty-printed JSON is read on from it.
            _stream.Position = from + size;
        }

        /// <summary>The block in use is used up: it goes now if its lines are released, else once they are.</summary>
        private void Retire()
        {
            if (_released >= Line) Free(_owner);
            else _retired.Enqueue((_owner, Line));
        }

        private static void Free(object owner)
        {
            if (owner is byte[] { Length: > 0 } buffer) ArrayPool<byte>.Shared.Return(buffer);
            else (owner as IDisposable)?.Dispose();
        }

        public void Dispose()
        {
            Release(long.MaxValue);
            Free(_owner);
            _file?.Dispose();
        }
    }

    /// <summary>
    /// A window of a file mapped into memory, read only, as <see cref="Memory{T}"/> so lines can point into it. Mapped
    /// while lines in it are in use, unmapped after (its pages then no longer count to the process's memory).
    /// </summary>
    private sealed unsafe class Window : MemoryManager<byte>
    {
        private readonly MemoryMappedViewAccessor _view;
        private readonly byte* _bytes;
        private readonly int _length;

        public Window(MemoryMappedFile file, long offset, int length)
        {
            _view = file.CreateViewAccessor(offset, length, MemoryMappedFileAccess.Read);
            byte* start = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            // The view begins at a page boundary at or before the offset.
            _bytes = start + _view.PointerOffset;
            _length = length;
        }

        public override Span<byte> GetSpan() => new(_bytes, _length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(_bytes + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }
    }

    /// <summary>
    /// Reads lines a few ahead of the caller, each parsed by whichever thread gets to it first: a second thread of its
    /// own, or the caller when it needs a line the second thread has not begun. A collection spends about as long reading
    /// a page as using what it gives (relations, accounts); on two cores the two now overlap. Memory holds a few lines.
    /// </summary>
    private sealed class Ahead : IDisposable
    {
        private const int Window = 4;
        private readonly Lines _lines;
        private readonly bool _pages;
        private readonly Queue<Line> _window = new();
        private readonly System.Collections.Concurrent.ConcurrentQueue<Line> _posted = new();
        private readonly SemaphoreSlim _signal = new(0);
        private Thread? _worker;
        private volatile bool _stop;
        private bool _end;

        public Ahead(Lines lines, bool pages) => (_lines, _pages) = (lines, pages);

        /// <summary>The next line that is not blank, parsed; false at the end.</summary>
        public bool Next(out Parsed value)
        {
            while (!_end && _window.Count < Window)
            {
                if (!_lines.Next(out var raw)) _end = true;
                else if (Trim(raw) is { IsEmpty: false } text)
                {
                    var line = new Line(text, _lines.Line);
                    _window.Enqueue(line);
                    _posted.Enqueue(line);
                    _signal.Release();
                    // Started for a second value only: most small files hold one.
                    if (_worker is null)
                    {
                        _worker = new Thread(Work) { IsBackground = true, Name = "x-json-lines" };
                        _worker.Start();
                    }
                }
            }
            if (!_window.TryDequeue(out var next))
            {
                value = default;
                return false;
            }
            if (next.Claim()) next.Parse(_pages);
            value = next.Result();
            return true;
        }

        private void Work()
        {
            while (true)
            {
                _signal.Wait();
                if (_stop) return;
                if (_posted.TryDequeue(out var line) && line.Claim()) line.Parse(_pages);
            }
        }

        public void Dispose()
        {
            _stop = true;
            _signal.Release();
            _worker?.Join();
            foreach (var line in _window) line.Dispose();
            _signal.Dispose();
        }
    }

    /// <summary>A line waiting to be parsed, being parsed, or parsed.</summary>
    private sealed class Line(ReadOnlyMemory<byte> text, long number)
    {
        private int _claimed;
        private bool _done;
        private Parsed _parsed;
        private Exception? _error;

        /// <summary>Whether the calling thread is the first to take this line (and so must parse it).</summary>
        public bool Claim() => Interlocked.Exchange(ref _claimed, 1) == 0;

        public void Parse(bool pages)
        {
            try
            {
                _parsed = XJsonLines.Parse(text, number, pages);
            }
            catch (Exception e)
            {
                // Passed on to the caller, on its thread.
                _error = e;
            }
            lock (this)
            {
                _done = true;
                Monitor.PulseAll(this);
            }
        }

        /// <summary>The parsed line, once parsed (waiting for the thread that parses it).</summary>
        public Parsed Result()
        {
            lock (this)
                while (!_done) Monitor.Wait(this);
            if (_error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_error);
            return _parsed;
        }

        /// <summary>Frees what a line parsed and never used holds (once no thread parses it any more).</summary>
        public void Dispose()
        {
            if (_done) _parsed.Document?.Dispose();
        }
    }

    private static IEnumerable<XJsonValue> ReadPretty(ReadOnlySpan<byte> firstLine, ReadOnlySpan<byte> rest, Stream stream, long line)
    {
        var all = new MemoryStream();
        all.Write(firstLine);
        all.WriteByte((byte)'\n');
        all.Write(rest);
        stream.CopyTo(all);
        return ReadValues(all.GetBuffer().AsMemory(0, (int)all.Length), line);
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
