using ActorGraph.Ingest;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class DocumentsCsvReaderTests
{
    [Fact]
    public void Reads_title_kind_url_date_and_outlet()
    {
        var d = (Document)Assert.Single(DocumentsCsvReader.Read(
            CsvText.Utf8("id,title,kind,url,date,outlet\nglobal-alliance-2012,Declaration on launching the Global Alliance,Declaration,,2012-12-05,\n"), "docs.csv")).Element;

        Assert.Equal(new Document("global-alliance-2012", "Declaration on launching the Global Alliance", "declaration", null, new DateOnly(2012, 12, 5)), d);
    }

    [Fact]
    public void Unparseable_date_is_rejected()
    {
        var error = Assert.Throws<IngestException>(() =>
            DocumentsCsvReader.Read(CsvText.Utf8("id,date\nd1,5 Dec 2012\n"), "docs.csv").ToList());
        Assert.Equal((2, "date"), (error.Line, error.Field));
    }
}
