using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// Reads an edge table: <c>source,target</c> required; optional <c>relation</c>, <c>weight</c>, <c>at</c>, <c>source_id</c>,
/// <c>url</c>, <c>quote</c>, <c>document</c>, <c>confidence</c>, <c>extractor</c>. Header names match case-insensitively.
/// A Gephi edge table loads too: its <c>Type</c> column (Directed/Undirected) is accepted, <c>Id</c> serves as the
/// source id and <c>Label</c> as the quote. One row is one observation, streamed.
/// </summary>
public static class EdgesCsvReader
{
    public static IEnumerable<SourcedElement> Read(Stream stream, string file, RelationType? defaultType = null)
    {
        using var table = CsvTable.Open(stream, file);
        var source = table.RequiredColumn("source", "from");
        var target = table.RequiredColumn("target", "to");
        var relation = table.Column("relation", "relation_type");
        var gephiType = table.Column("type");
        var weight = table.Column("weight");
        var at = table.Column("at", "date", "timestamp", "time");
        var sourceId = table.Column("source_id", "sourceid", "id");
        var url = table.Column("url");
        var quote = table.Column("quote", "label");
        var document = table.Column("document", "document_id");
        var confidence = table.Column("confidence");
        var extractor = table.Column("extractor");
        if (relation < 0 && gephiType < 0 && defaultType is null)
            throw new IngestException(file, 1, "relation", $"a 'relation' column, or the relation type given with --relation ({RelationTypes.AllNames})");

        while (table.MoveNext())
        {
            var type = ReadType(table, relation, gephiType, defaultType);
            var from = table.Required(source, "source");
            var to = table.Required(target, "target");
            var time = table.Time(at, "at");
            var link = table.Text(url);
            var text = table.Text(quote);
            var doc = table.Text(document);
            var evidence = new Evidence(
                table.Text(sourceId) ?? SourceIds.Derive(type, from, to, time, doc, link, text),
                link, text, doc,
                table.Number(confidence, "confidence", 0, 1) ?? 1.0,
                table.Text(extractor));
            var relationWeight = table.Number(weight, "weight", double.Epsilon, double.MaxValue) ?? 1.0;
            yield return new SourcedElement(new Relation(from, type, to, time, relationWeight, evidence), file, table.Line);
        }
    }

    private static RelationType ReadType(CsvTable table, int relation, int gephiType, RelationType? defaultType)
    {
        var text = table.Text(relation);
        // Gephi's Type holds the direction; a relation name there is taken as the relation.
        var gephi = table.Text(gephiType);
        if (text is null && gephi is not null && !IsGephiDirection(gephi)) text = gephi;
        if (text is null)
        {
            return defaultType ?? throw table.Error(relation >= 0 ? "relation" : "type",
                $"a relation type ({RelationTypes.AllNames}), the cell is empty and no --relation was given");
        }
        if (!RelationTypes.TryParse(text, out var type) || type.IsDerived())
        {
            throw table.Error(relation >= 0 ? "relation" : "type",
                $"one of {RelationTypes.AllNames}{(relation < 0 ? ", Directed or Undirected" : "")}, got '{text}'");
        }
        return type;
    }

    private static bool IsGephiDirection(string text) =>
        text.Equals("directed", StringComparison.OrdinalIgnoreCase)
        || text.Equals("undirected", StringComparison.OrdinalIgnoreCase)
        || text.Equals("mutual", StringComparison.OrdinalIgnoreCase);
}
