using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// Reads an actor table: <c>id</c> required (Gephi's <c>Id</c>), <c>name</c> (or Gephi's <c>Label</c>; the id if empty),
/// <c>kind</c>, <c>party</c>, <c>country</c>, <c>handles</c> (<c>x:eskenja|mastodon:@x@y</c>); every other column is kept
/// as an attribute. Re-ingesting an actor updates it.
/// </summary>
public static class ActorsCsvReader
{
    public static IEnumerable<SourcedElement> Read(Stream stream, string file)
    {
        using var table = CsvTable.Open(stream, file);
        var id = table.RequiredColumn("id");
        var name = table.Column("name", "label");
        var kind = table.Column("kind");
        var party = table.Column("party");
        var country = table.Column("country");
        var handles = table.Column("handles");
        var known = new HashSet<int> { id, name, kind, party, country, handles };
        var extra = Enumerable.Range(0, table.ColumnNames.Count)
            .Where(i => !known.Contains(i) && table.ColumnNames[i].Trim().Length > 0)
            .Select(i => (Index: i, Name: table.ColumnNames[i].Trim()))
            .ToArray();

        while (table.MoveNext())
        {
            var actorId = table.Required(id, "id");
            var attributes = new Dictionary<string, string>();
            foreach (var (index, column) in extra)
                if (table.Text(index) is { } value) attributes[column] = value;
            var actor = new Actor(actorId, table.Text(name) ?? actorId, table.Text(kind)?.ToLowerInvariant() ?? ActorKinds.Person,
                table.Text(party), table.Text(country))
            {
                Handles = ReadHandles(table, handles),
                Attributes = attributes,
            };
            yield return new SourcedElement(actor, file, table.Line);
        }
    }

    private static Dictionary<string, string> ReadHandles(CsvTable table, int column)
    {
        var handles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in (table.Text(column) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':');
            if (colon <= 0 || colon == entry.Length - 1)
                throw table.Error("handles", $"platform:handle entries separated by '|', like x:eskenja, got '{entry}'");
            handles[entry[..colon].ToLowerInvariant()] = entry[(colon + 1)..];
        }
        return handles;
    }
}
