using System.Globalization;
using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>Reads a document table: <c>id</c> required; <c>title</c> (the id if empty), <c>kind</c>, <c>url</c>, <c>date</c>, <c>outlet</c>.</summary>
public static class DocumentsCsvReader
{
    public static IEnumerable<SourcedElement> Read(Stream stream, string file)
    {
        using var table = CsvTable.Open(stream, file);
        var id = table.RequiredColumn("id");
        var title = table.Column("title", "label");
        var kind = table.Column("kind");
        var url = table.Column("url");
        var date = table.Column("date");
        var outlet = table.Column("outlet");
        while (table.MoveNext())
        {
            var documentId = table.Required(id, "id");
            var day = table.Time(date, "date") is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
            var document = new Document(documentId, table.Text(title) ?? documentId,
                table.Text(kind)?.ToLower(CultureInfo.InvariantCulture) ?? DocumentKinds.Declaration, table.Text(url), day, table.Text(outlet));
            yield return new SourcedElement(document, file, table.Line);
        }
    }
}
