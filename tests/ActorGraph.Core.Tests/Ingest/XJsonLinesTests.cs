using System.Text;
using ActorGraph.Ingest;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class XJsonLinesTests
{
    /// <summary>The text as a stream: in memory (read into buffers), or a file (mapped into memory a window at a time).</summary>
    private static Stream Open(string text, bool file)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (!file) return new MemoryStream(bytes);
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, bytes);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.DeleteOnClose);
    }

    private static List<(long Line, string? Id, string? Damage)> Values(string text, bool file = false)
    {
        using var stream = Open(text, file);
        return XJsonLines.Read(stream).Select(v => (v.Line, v.Damage is null ? v.Root.GetProperty("id").GetString() : null, v.Damage)).ToList();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Lines_longer_than_the_read_buffer_are_read_whole(bool file)
    {
        var long1 = $"{{\"id\":\"a\",\"pad\":\"{new string('x', 3_000_000)}\"}}";
        var long2 = $"{{\"id\":\"b\",\"pad\":\"{new string('y', 5_000_000)}\"}}";

        Assert.Equal([(1L, "a", null), (2L, "b", null), (3L, "c", null)], Values($"{long1}\n{long2}\n{{\"id\":\"c\"}}", file));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_byte_order_mark_crlf_and_blank_keep_alive_lines_are_not_values(bool file)
    {
        Assert.Equal([(1L, "a", null), (4L, "b", null)], Values("\uFEFF{\"id\":\"a\"}\r\n\r\n  \r\n{\"id\":\"b\"}\r\n", file));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_cut_off_line_between_good_lines_is_reported_and_reading_goes_on(bool file)
    {
        var values = Values("{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":\"ab\n{\"id\":\"c\"}", file);

        Assert.Equal([(1L, "a"), (2L, null), (3L, "c")], values.Select(v => (v.Line, v.Id)));
        Assert.StartsWith("cut off", values[1].Damage);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pretty_printed_values_one_after_another_are_each_read_with_their_first_line(bool file)
    {
        Assert.Equal([(1L, "a", null), (5L, "b", null)], Values("{\n  \"id\": \"a\"\n}\n\n{\n  \"id\": \"b\"\n}\n", file));
    }

    /// <summary>Lines padded with up to <paramref name="pad"/> bytes, every <paramref name="cutEvery"/>th one cut off.</summary>
    private static (string Text, List<(long Line, string? Id)> Expected) ManyLines(int count, int pad, int cutEvery, Func<int, string> line)
    {
        var random = new Random(18);
        var text = new StringBuilder();
        var expected = new List<(long, string?)>();
        for (var i = 1; i <= count; i++)
        {
            var json = line(i).Replace("PAD", new string('x', random.Next(pad)));
            if (i % cutEvery == 0) json = json[..(json.Length / 2)];
            text.Append(json).Append('\n');
            expected.Add((i, i % cutEvery == 0 ? null : $"t{i}"));
        }
        return (text.ToString(), expected);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Lines_read_ahead_across_read_blocks_come_whole_and_in_order(bool file)
    {
        // A few hundred lines to each block read (and a few thousand to each window of a file).
        var (text, expected) = ManyLines(9_000, 3_000, 97, i => $"{{\"id\":\"t{i}\",\"pad\":\"PAD\"}}");

        Assert.Equal(expected, Values(text, file).Select(v => (v.Line, v.Id)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pages_read_ahead_across_read_blocks_keep_their_bytes_until_used(bool file)
    {
        // Lines as long as pages of a collection (up to 700 KB): the lines read ahead lie in several blocks.
        var (text, expected) = ManyLines(60, 700_000, 7, i =>
            $"{{\"data\":[{{\"id\":\"t{i}\",\"author_id\":\"{i}\",\"text\":\"PAD\"}}],\"includes\":{{\"users\":[{{\"id\":\"{i}\",\"username\":\"u{i}\"}}]}}}}");
        using var stream = Open(text, file);

        var read = XJsonLines.Read(stream, pages: true).Select(v =>
        {
            if (v.Page is null) return (v.Line, (string?)null);
            // The included user's bytes, found when the line was read, are still the line's.
            var user = v.Page.Users[0];
            var json = Encoding.UTF8.GetString(v.Text.Span.Slice(user.Start, user.Length));
            Assert.Equal($"{{\"id\":\"{v.Line}\",\"username\":\"u{v.Line}\"}}", json);
            return (v.Line, v.Page.Data[0].Id);
        });

        Assert.Equal(expected, read);
    }

    [Fact]
    public void A_reader_that_stops_early_leaves_the_rest_of_the_stream_unread()
    {
        var (text, _) = ManyLines(1_000, 3_000, 97, i => $"{{\"id\":\"t{i}\",\"pad\":\"PAD\"}}");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var first = XJsonLines.Read(stream).Take(3).Select(v => v.Root.GetProperty("id").GetString()).ToList();

        Assert.Equal(["t1", "t2", "t3"], first);
        // Nothing is read after the reader left: the position is where the last block read ended, not the stream's end.
        Assert.True(stream.Position < stream.Length);
    }

    [Fact]
    public void A_file_read_through_windows_moves_its_position_with_the_lines_read()
    {
        // About 13 MB: some windows of the file.
        var (text, _) = ManyLines(4_000, 6_000, 1_000_000, i => $"{{\"id\":\"t{i}\",\"pad\":\"PAD\"}}");
        using var stream = Open(text, file: true);
        var positions = new List<long>();

        foreach (var _ in XJsonLines.Read(stream)) positions.Add(stream.Position);

        // The progress bar reads the position: it grows step by step while the lines are read, and ends at the end.
        Assert.Equal(4_000, positions.Count);
        Assert.True(positions[0] < stream.Length / 2, $"first position {positions[0]:N0} of {stream.Length:N0}");
        Assert.True(positions.Distinct().Count() >= 3, $"{positions.Distinct().Count()} distinct positions");
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(stream.Length, positions[^1]);
    }
}
