using ActorGraph.Ingest;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class SignatoriesCsvReaderTests
{
    [Fact]
    public void Each_row_is_a_signed_relation_to_the_document()
    {
        var rows = SignatoriesCsvReader.Read(CsvText.Utf8("actor,document,at\nstate:de,global-alliance-2012,2012-12-05\nstate:fr,global-alliance-2012,\n"), "sig.csv")
            .Select(e => (Relation)e.Element).ToList();

        Assert.All(rows, r => Assert.Equal((RelationType.Signed, "global-alliance-2012"), (r.Type, r.Target)));
        Assert.Equal(["state:de", "state:fr"], rows.Select(r => r.Source));
        Assert.Equal(new DateTimeOffset(2012, 12, 5, 0, 0, 0, TimeSpan.Zero), rows[0].At);
        Assert.Equal("global-alliance-2012", rows[0].Evidence.DocumentId);
    }

    [Fact]
    public void Row_without_document_is_rejected()
    {
        var error = Assert.Throws<IngestException>(() =>
            SignatoriesCsvReader.Read(CsvText.Utf8("actor,document\nstate:de,\n"), "sig.csv").ToList());
        Assert.Equal((2, "document"), (error.Line, error.Field));
    }
}
