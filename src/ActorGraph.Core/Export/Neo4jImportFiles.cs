using System.Globalization;
using System.Text;
using ActorGraph.Model;
using ActorGraph.Storage;
using Newtonsoft.Json;

namespace ActorGraph.Export;

/// <summary>What <see cref="Neo4jImportFiles.WriteAsync"/> wrote.</summary>
public sealed record Neo4jImportSummary(long Actors, long Documents, long Relations, IReadOnlyList<string> Files);

/// <summary>
/// The CSV files Neo4j's offline importer reads (<c>neo4j-import</c> in 3.0–3.3, <c>neo4j-admin import</c> in 3.4–4.x,
/// <c>neo4j-admin database import full</c> in 5.x), in the graph model the Neo4j store writes online:
/// <c>(:Actor {id, name, kind, party, country, handles, attributes, searchKey})</c>,
/// <c>(:Document {id, title, kind, url, date, outlet})</c>, one relationship per observation with its evidence
/// (sourceId, weight, confidence, seq, at, url, quote, documentId, extractor), SIGNED from actors to documents, and the
/// <c>ActorGraphMeta</c> node that carries the store's version. Actors and documents have ID spaces of their own, so an
/// actor and a document may share an id as they may in the store. Every field is quoted (<c>""</c> inside), so commas,
/// quotes and line breaks survive with the importer's <c>--multiline-fields=true</c>; an absent value is an empty,
/// unquoted field, which the importer stores as no property. One limit of Neo4j 3.x's importer: a backslash right
/// before a quote in a text (<c>\"</c>) reads as an escaped quote there (3.2 and later have <c>--legacy-style-quoting</c>).
/// Streams: one row in memory at a time.
/// </summary>
public static class Neo4jImportFiles
{
    private const string Evidence = "sourceId,weight:double,confidence:double,seq:long,at,url,quote,documentId,extractor";

    /// <summary>Every actor and document, and the relations matching <paramref name="filter"/>, into <paramref name="directory"/>.</summary>
    public static async Task<Neo4jImportSummary> WriteAsync(IGraphStore store, RelationFilter filter, string directory, CancellationToken ct = default)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        StreamWriter Create(string name, string header)
        {
            files.Add(name);
            var writer = new StreamWriter(Path.Combine(directory, name), false, new UTF8Encoding(false)) { NewLine = "\n" };
            writer.WriteLine(header);
            return writer;
        }

        long actors = 0, documents = 0, relations = 0, signed = 0;
        await using (var writer = Create("nodes-actors.csv", "id:ID(Actor),name,kind,party,country,handles,attributes,searchKey,:LABEL"))
            await foreach (var a in store.ReadActorsAsync(ct))
            {
                await writer.WriteLineAsync(Row(a.Id, a.Name, a.Kind, a.Party, a.Country, Map(a.Handles),
                    Map(a.Attributes), SearchKeys.Of($"{a.Id} {a.Name}"), "Actor"));
                actors++;
            }
        await using (var writer = Create("nodes-documents.csv", "id:ID(Document),title,kind,url,date,outlet,:LABEL"))
            await foreach (var d in store.ReadDocumentsAsync(ct))
            {
                await writer.WriteLineAsync(Row(d.Id, d.Title, d.Kind, d.Url, d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Outlet, "Document"));
                documents++;
            }
        await using (var between = Create("relationships-actors.csv", $":START_ID(Actor),:END_ID(Actor),:TYPE,{Evidence}"))
        await using (var toDocuments = Create("relationships-signed.csv", $":START_ID(Actor),:END_ID(Document),:TYPE,{Evidence}"))
            await foreach (var r in store.ReadRelationsAsync(filter, ct))
            {
                var e = r.Evidence;
                var seq = ++relations;
                if (r.Type == RelationType.Signed) signed++;
                await (r.Type == RelationType.Signed ? toDocuments : between).WriteLineAsync(Row(r.Source, r.Target, r.Type.ToName(), e.SourceId,
                    Number(r.Weight), Number(e.Confidence), seq.ToString(CultureInfo.InvariantCulture),
                    r.At is { } at ? Timestamps.Format(at) : null, e.Url, e.Quote, e.DocumentId, e.Extractor));
            }
        // The version node: a store that changed has version ≥ 1, and new online ingests number relationships after seq.
        await using (var writer = Create("nodes-meta.csv", "key:ID(ActorGraphMeta),version:long,seq:long,:LABEL"))
            await writer.WriteLineAsync(Row("graph", "1", relations.ToString(CultureInfo.InvariantCulture), "ActorGraphMeta"));
        await File.WriteAllTextAsync(Path.Combine(directory, "import.sh"), ImportScript, new UTF8Encoding(false), ct);
        files.Add("import.sh");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(directory, "import.sh"), File.GetUnixFileMode(Path.Combine(directory, "import.sh")) | UnixFileMode.UserExecute);
        return new Neo4jImportSummary(actors, documents, relations, files);
    }

    /// <summary>
    /// Handles and attributes as the JSON strings the online store keeps, with quotes written <c>\u0022</c>: Neo4j 3.x's
    /// importer reads <c>\"</c> as an escaped quote, which would cut the field short.
    /// </summary>
    private static string? Map(IReadOnlyDictionary<string, string> map) =>
        map.Count == 0 ? null : JsonConvert.SerializeObject(new SortedDictionary<string, string>(map.ToDictionary()),
            new JsonSerializerSettings { StringEscapeHandling = StringEscapeHandling.EscapeHtml });

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>One CSV line: every value quoted, a null one left empty.</summary>
    private static string Row(params string?[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) line.Append(',');
            if (fields[i] is { } field) line.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
        }
        return line.ToString();
    }

    /// <summary>
    /// The importer command for the Neo4j found in NEO4J_HOME (its kernel jar names the version). The database must be
    /// new and the server stopped; after the first start, ActorGraph applies its schema (cypher/schema/) on first use.
    /// </summary>
    private const string ImportScript = """
        #!/usr/bin/env bash
        # Loads the CSV files beside this script into a NEW, EMPTY Neo4j database with Neo4j's offline importer.
        # Stop the server first. Usage: ./import.sh NEO4J_HOME [DATABASE]   (default database: graph.db for 3.x, neo4j after)
        # Then start Neo4j and point ActorGraph at it (--store neo4j --neo4j-url http://localhost:7474): it applies its
        # schema (constraints on Actor.id, Document.id) on first use.
        set -euo pipefail
        here="$(cd "$(dirname "$0")" && pwd)"
        home="${1:?usage: import.sh NEO4J_HOME [DATABASE]}"
        kernel="$(ls "$home"/lib/neo4j-kernel-*.jar 2>/dev/null | head -n 1 || true)"
        [ -n "$kernel" ] || { echo "import.sh: no lib/neo4j-kernel-*.jar in $home: is it a Neo4j installation?" >&2; exit 2; }
        version="${kernel##*/neo4j-kernel-}"; version="${version%.jar}"
        major="${version%%.*}"; minor="${version#*.}"; minor="${minor%%.*}"
        if [ "$major" -le 3 ]; then database="${2:-graph.db}"; else database="${2:-neo4j}"; fi
        if [ "$major" -le 3 ] && java -version 2>&1 | grep -Eq 'version "(9|[1-9][0-9])'; then
          # Neo4j 3.x was built for Java 8; on a newer Java its importer needs these packages opened.
          opens=""
          for p in java.lang java.nio sun.nio.ch java.util java.lang.reflect java.io java.util.concurrent jdk.internal.misc sun.nio.fs java.net jdk.internal.ref; do
            opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
          done
          export JAVA_OPTS="${JAVA_OPTS:-}$opens"
        fi
        nodes=("$here/nodes-actors.csv" "$here/nodes-documents.csv" "$here/nodes-meta.csv")
        relationships=("$here/relationships-actors.csv" "$here/relationships-signed.csv")
        echo "Neo4j $version: importing into database $database"
        if [ "$major" -le 3 ] && [ "$minor" -le 3 ]; then
          # 3.0-3.3: neo4j-admin import has no --multiline-fields there; the older neo4j-import has.
          args=(--into "$home/data/databases/$database" --multiline-fields=true)
          for f in "${nodes[@]}"; do args+=(--nodes "$f"); done
          for f in "${relationships[@]}"; do args+=(--relationships "$f"); done
          bash "$home/bin/neo4j-import" "${args[@]}"
        elif [ "$major" -le 4 ]; then
          args=(import --mode=csv --database="$database" --multiline-fields=true)
          for f in "${nodes[@]}"; do args+=(--nodes="$f"); done
          for f in "${relationships[@]}"; do args+=(--relationships="$f"); done
          bash "$home/bin/neo4j-admin" "${args[@]}"
        else
          args=(database import full --multiline-fields=true)
          for f in "${nodes[@]}"; do args+=(--nodes="$f"); done
          for f in "${relationships[@]}"; do args+=(--relationships="$f"); done
          bash "$home/bin/neo4j-admin" "${args[@]}" "$database"
        fi

        """;
}
