using ActorGraph.Ingest;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class EdgesCsvReaderTests
{
    private static List<Relation> Read(string csv, RelationType? relation = null) =>
        EdgesCsvReader.Read(CsvText.Utf8(csv), "edges.csv", relation).Select(e => (Relation)e.Element).ToList();

    private static IngestException Reject(string csv, RelationType? relation = null) =>
        Assert.Throws<IngestException>(() => Read(csv, relation));

    [Fact]
    public void Reads_every_column_with_evidence()
    {
        var r = Assert.Single(Read(""""
            source,target,relation,weight,at,source_id,url,quote,document,confidence,extractor
            saskia-esken,ashton-kutcher,REPLIED_TO,2,2022-05-12T09:30:00+02:00,1524,https://x.com/s/1524,"She wrote back, ""happily""",article-1,0.9,manual
            """"));

        Assert.Equal(("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", 2.0), (r.Source, r.Type, r.Target, r.Weight));
        Assert.Equal(new DateTimeOffset(2022, 5, 12, 7, 30, 0, TimeSpan.Zero), r.At);
        Assert.Equal(new Evidence("1524", "https://x.com/s/1524", "She wrote back, \"happily\"", "article-1", 0.9, "manual"), r.Evidence);
    }

    [Fact]
    public void Header_matches_case_insensitively_and_semicolons_work()
    {
        var r = Assert.Single(Read("SOURCE;Target;Relation\na;b;tagged\n"));
        Assert.Equal(("a", RelationType.Tagged, "b"), (r.Source, r.Type, r.Target));
    }

    [Fact]
    public void Relation_option_applies_to_rows_without_a_relation()
    {
        var rows = Read("source,target,relation\na,b,\nc,d,LIKED\n", RelationType.Follows);
        Assert.Equal([RelationType.Follows, RelationType.Liked], rows.Select(r => r.Type));
    }

    [Fact]
    public void Gephi_edge_table_loads_with_its_type_id_label_and_weight()
    {
        var rows = Read("Source,Target,Type,Id,Label,Weight\nn1,n2,Directed,0,first,3\nn2,n1,Undirected,1,second,1\n", RelationType.Tagged);

        Assert.Equal(["0", "1"], rows.Select(r => r.Evidence.SourceId));
        Assert.Equal(["first", "second"], rows.Select(r => r.Evidence.Quote));
        Assert.Equal([3.0, 1.0], rows.Select(r => r.Weight));
        Assert.All(rows, r => Assert.Equal(RelationType.Tagged, r.Type));
    }

    [Fact]
    public void Rows_without_source_id_get_a_stable_id_that_tells_different_rows_apart()
    {
        const string csv = "source,target,relation,quote\na,b,REPLIED_TO,first reply\na,b,REPLIED_TO,second reply\n";
        var first = Read(csv);
        var again = Read(csv);

        Assert.Equal(first.Select(r => r.Evidence.SourceId), again.Select(r => r.Evidence.SourceId));
        Assert.NotEqual(first[0].Evidence.SourceId, first[1].Evidence.SourceId);
    }

    [Fact]
    public void Quoted_cell_spanning_lines_keeps_line_numbers_right()
    {
        var error = Reject("source,target,relation,weight\na,b,TAGGED,1\nc,d,TAGGED,\"2\"\ne,f,TAGGED,heavy\n".Replace("\"2\"", "\"2\n\""));
        Assert.Equal(5, error.Line);
    }

    [Theory]
    [InlineData("source,relation\na,TAGGED\n", 1, "target")]
    [InlineData("source,target,relation,weight\na,b,TAGGED,1\na,b,TAGGED,heavy\n", 3, "weight")]
    [InlineData("source,target,relation,weight\na,b,TAGGED,-1\n", 2, "weight")]
    [InlineData("source,target,relation,at\na,b,TAGGED,11.05.2022\n", 2, "at")]
    [InlineData("source,target,relation\na,b,POKED\n", 2, "relation")]
    [InlineData("source,target,relation\na,b,CO_SIGNED\n", 2, "relation")]
    [InlineData("source,target,relation\n,b,TAGGED\n", 2, "source")]
    [InlineData("source,target,relation,confidence\na,b,TAGGED,1.5\n", 2, "confidence")]
    [InlineData("source,target\na,b\n", 1, "relation")]
    public void Bad_rows_are_rejected_naming_line_and_field(string csv, long line, string field)
    {
        var error = Reject(csv);
        Assert.Equal((line, field), (error.Line, error.Field));
        Assert.StartsWith($"edges.csv:{line}: {field}: ", error.Message);
    }

    [Fact]
    public void Repeated_column_is_rejected() =>
        Assert.Contains("'target' found 2 times", Reject("source,target,target\na,b,c\n").Message);

    [Fact]
    public void Empty_file_is_rejected() =>
        Assert.Contains("empty", Reject("").Message);

    [Fact]
    public void Binary_file_is_rejected() =>
        Assert.Contains("binary", Assert.Throws<IngestException>(() =>
            EdgesCsvReader.Read(CsvText.Bytes(0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08), "edges.csv").ToList()).Message);

    [Fact]
    public void Latin1_file_is_rejected_at_the_line_with_the_bad_byte()
    {
        var bytes = "source,target,relation\na,b,TAGGED\n"u8.ToArray().Concat(new byte[] { 0x4B, 0xFC, 0x68, 0x6E, 0x2C, 0x62, 0x2C, 0x54, 0x41, 0x47, 0x47, 0x45, 0x44, 0x0A }).ToArray();
        var error = Assert.Throws<IngestException>(() => EdgesCsvReader.Read(CsvText.Bytes(bytes), "edges.csv").ToList());
        Assert.Equal(3, error.Line);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Utf16_file_is_rejected() =>
        Assert.Contains("UTF-16", Assert.Throws<IngestException>(() =>
            EdgesCsvReader.Read(new MemoryStream(System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("source,target\n")).ToArray()), "edges.csv").ToList()).Message);

    [Fact]
    public void Byte_order_mark_from_excel_is_not_part_of_the_first_column()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("source,target,relation\na,b,TAGGED\n"u8.ToArray()).ToArray();
        Assert.Equal("a", Assert.Single(EdgesCsvReader.Read(CsvText.Bytes(bytes), "edges.csv").Select(e => ((Relation)e.Element).Source)));
    }

    [Fact]
    public void Reading_is_lazy_so_large_files_stream()
    {
        // A bad row far down must not be met before the first rows are handed on.
        var rows = EdgesCsvReader.Read(CsvText.Utf8("source,target,relation\na,b,TAGGED\nc,d,NOPE\n"), "edges.csv");
        using var e = rows.GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Throws<IngestException>(() => e.MoveNext());
    }
}
