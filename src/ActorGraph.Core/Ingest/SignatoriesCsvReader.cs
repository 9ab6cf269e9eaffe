using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// Reads who signed what: <c>actor,document</c> required, optional <c>at</c>, <c>url</c>, <c>quote</c>, <c>source_id</c>,
/// <c>confidence</c>. Each row becomes a SIGNED relation from the actor to the document.
/// </summary>
public static class SignatoriesCsvReader
{
    public static IEnumerable<SourcedElement> Read(Stream stream, string file)
    {
        using var table = CsvTable.Open(stream, file);
        var actor = table.RequiredColumn("actor", "signatory", "source");
        var document = table.RequiredColumn("document", "document_id", "target");
        var at = table.Column("at", "date");
        var url = table.Column("url");
        var quote = table.Column("quote");
        var sourceId = table.Column("source_id");
        var confidence = table.Column("confidence");
        while (table.MoveNext())
        {
            var signer = table.Required(actor, "actor");
            var signed = table.Required(document, "document");
            var time = table.Time(at, "at");
            var evidence = new Evidence(
                table.Text(sourceId) ?? SourceIds.Derive(RelationType.Signed, signer, signed, null),
                table.Text(url), table.Text(quote), signed, table.Number(confidence, "confidence", 0, 1) ?? 1.0, "signatories-csv");
            yield return new SourcedElement(new Relation(signer, RelationType.Signed, signed, time, 1.0, evidence), file, table.Line);
        }
    }
}
