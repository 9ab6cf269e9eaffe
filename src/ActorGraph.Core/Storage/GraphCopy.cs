using System.Runtime.CompilerServices;
using ActorGraph.Model;

namespace ActorGraph.Storage;

/// <summary>Copies one store into another through the store contract (<c>neo4j sync</c>); safe to repeat, since ingest is idempotent.</summary>
public static class GraphCopy
{
    /// <param name="name">Names the source in error messages (e.g. the database file).</param>
    public static Task<IngestResult> CopyAsync(IGraphStore from, IGraphStore to, string name, CancellationToken ct = default) =>
        to.IngestAsync(Elements(from, name, ct), new IngestOptions(), ct);

    /// <summary>Everything in the store as one ingest stream: actors and documents first, so no placeholder replaces them.</summary>
    private static async IAsyncEnumerable<SourcedElement> Elements(IGraphStore store, string name, [EnumeratorCancellation] CancellationToken ct)
    {
        long line = 0;
        await foreach (var actor in store.ReadActorsAsync(ct)) yield return new SourcedElement(actor, name, ++line);
        await foreach (var document in store.ReadDocumentsAsync(ct)) yield return new SourcedElement(document, name, ++line);
        await foreach (var relation in store.ReadRelationsAsync(RelationFilter.All, ct)) yield return new SourcedElement(relation, name, ++line);
    }
}
