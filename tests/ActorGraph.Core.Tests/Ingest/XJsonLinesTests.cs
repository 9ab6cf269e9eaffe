using System.Text;
using ActorGraph.Ingest;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class XJsonLinesTests
{
    private static List<(long Line, string? Id, string? Damage)> Values(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return XJsonLines.Read(stream).Select(v => (v.Line, v.Damage is null ? v.Root.GetProperty("id").GetString() : null, v.Damage)).ToList();
    }

    [Fact]
    public void Lines_longer_than_the_read_buffer_are_read_whole()
    {
        var long1 = $"{{\"id\":\"a\",\"pad\":\"{new string('x', 3_000_000)}\"}}";
        var long2 = $"{{\"id\":\"b\",\"pad\":\"{new string('y', 5_000_000)}\"}}";

        Assert.Equal([(1L, "a", null), (2L, "b", null), (3L, "c", null)], Values($"{long1}\n{long2}\n{{\"id\":\"c\"}}"));
    }

    [Fact]
    public void A_byte_order_mark_crlf_and_blank_keep_alive_lines_are_not_values()
    {
        Assert.Equal([(1L, "a", null), (4L, "b", null)], Values("\uFEFF{\"id\":\"a\"}\r\n\r\n  \r\n{\"id\":\"b\"}\r\n"));
    }

    [Fact]
    public void A_cut_off_line_between_good_lines_is_reported_and_reading_goes_on()
    {
        var values = Values("{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":\"ab\n{\"id\":\"c\"}");

        Assert.Equal([(1L, "a"), (2L, null), (3L, "c")], values.Select(v => (v.Line, v.Id)));
        Assert.StartsWith("cut off", values[1].Damage);
    }

    [Fact]
    public void Pretty_printed_values_one_after_another_are_each_read_with_their_first_line()
    {
        Assert.Equal([(1L, "a", null), (5L, "b", null)], Values("{\n  \"id\": \"a\"\n}\n\n{\n  \"id\": \"b\"\n}\n"));
    }
}
