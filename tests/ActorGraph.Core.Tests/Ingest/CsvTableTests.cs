using ActorGraph.Ingest;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class CsvTableTests
{
    /// <summary>A header and a good row for each CSV format, then a row whose last cell opens a quote that never closes.</summary>
    [Theory]
    [InlineData("edges", "source,target,relation,quote\na,b,TAGGED,fine\n", "a,b,TAGGED,\"never closed\nc,d,TAGGED,x\n", "quote")]
    [InlineData("actors", "id,name,party\na,Alice,SPD\n", "b,\"Bob,SPD\nc,Carol,CDU\n", "name")]
    [InlineData("documents", "id,title\nd1,Declaration\n", "d2,\"Open letter\n", "title")]
    [InlineData("signatories", "actor,document,quote\na,d1,ok\n", "b,d1,\"signed\n", "quote")]
    public void Every_csv_reader_refuses_an_unterminated_quoted_field(string format, string good, string bad, string field)
    {
        var e = Assert.Throws<IngestException>(() => IngestFormats.Find(format).Read(CsvText.Utf8(good + bad), "in.csv", new ReaderOptions()).ToList());

        Assert.Equal((3L, field), (e.Line, e.Field));
        Assert.StartsWith($"in.csv:3: {field}: unterminated quoted field", e.Message);
    }

    [Theory]
    [InlineData("edges", "source,target,relation,quote\na,b,TAGGED,fine\n", "a,b,TAGGED,\"{0}\"\n")]
    [InlineData("actors", "id,name\na,Alice\n", "b,{0}\n")]
    public void A_row_longer_than_the_parser_holds_is_refused_naming_its_line(string format, string good, string longRow)
    {
        var text = good + string.Format(System.Globalization.CultureInfo.InvariantCulture, longRow, new string('q', 17_000_000));

        var e = Assert.Throws<IngestException>(() => IngestFormats.Find(format).Read(CsvText.Utf8(text), "in.csv", new ReaderOptions()).ToList());

        Assert.StartsWith("in.csv:3: a row of at most 16,777,216 characters", e.Message);
    }

    [Fact]
    public void Quoted_cells_with_line_breaks_and_doubled_quotes_are_still_read()
    {
        var rows = IngestFormats.Find("edges").Read(CsvText.Utf8("source,target,relation,quote\na,b,TAGGED,\"two\nlines, \"\"quoted\"\"\"\nc,d,TAGGED,x\n"),
            "in.csv", new ReaderOptions()).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void The_x_handles_map_refuses_an_unterminated_quoted_field()
    {
        var e = Assert.Throws<IngestException>(() => XHandles.Load(CsvText.Utf8("handle,actor\nx:eskenja,saskia-esken\nx:aplusk,\"ashton\n"), "handles.csv"));
        Assert.Equal((3L, "actor"), (e.Line, e.Field));
    }
}
