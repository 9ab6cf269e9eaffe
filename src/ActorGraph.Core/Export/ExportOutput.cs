using System.Globalization;
using System.Text;
using System.Xml;

namespace ActorGraph.Export;

/// <summary>
/// Lets synchronous writers (<see cref="XmlWriter"/>, <see cref="StreamWriter"/>, <see cref="System.IO.Compression.ZipArchive"/>)
/// stream to an output that must be written asynchronously (ASP.NET Core forbids synchronous writes to a response body):
/// they write into a small memory buffer that <see cref="DrainIfFullAsync"/> empties into the output every 64 KiB.
/// Not seekable, so a zip archive written to it uses data descriptors and never goes back.
/// </summary>
internal sealed class SpoolStream(Stream output) : Stream
{
    private const int DrainAt = 1 << 16;
    private readonly MemoryStream _buffer = new(DrainAt * 2);
    private long _written;

    public ValueTask DrainIfFullAsync(CancellationToken ct) => _buffer.Length >= DrainAt ? new ValueTask(DrainAsync(ct)) : ValueTask.CompletedTask;

    /// <summary>Writes what is buffered to the output and flushes it.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        if (_buffer.Length > 0)
        {
            await output.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), ct);
            _buffer.SetLength(0);
        }
        await output.FlushAsync(ct);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _buffer.Write(buffer);
        _written += buffer.Length;
    }

    // Writers flush their own buffers into this one; the bytes reach the output at the next drain.
    public override void Flush() { }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _written; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>What the XML formats (GEXF, GraphML) share: writer settings, text cleaning, number formatting.</summary>
internal static class XmlExport
{
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        // Entitize keeps a CR inside a quote as &#xD; instead of normalising it away; attributes are entitized either way.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>
    /// The text with every character XML 1.0 cannot carry (control characters other than tab, LF and CR; U+FFFE, U+FFFF;
    /// unpaired surrogates) replaced by U+FFFD, so a stray byte in a name never makes the whole file unreadable.
    /// Markup characters (<c>&lt; &amp; "</c>) are not touched here: the writer escapes them.
    /// </summary>
    public static string Clean(string text)
    {
        var i = FirstIllegal(text);
        if (i < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
        }
        return builder.ToString();
    }

    private static int FirstIllegal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static void Attribute(this XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, Clean(value));
}
