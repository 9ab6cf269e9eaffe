using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Ingest;

/// <summary>
/// The part of an ingest every store shares: it walks the elements, applies the strict/placeholder rules with their
/// messages, counts, reports progress and hands the store checked batches. A store only persists those batches, inside
/// the one transaction it opened for the ingest. One pipeline per ingest.
/// </summary>
public sealed class IngestPipeline(IngestOptions options)
{
    // id -> whether it was stored before this ingest began.
    private readonly Dictionary<string, bool> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _documents = new(StringComparer.Ordinal);

    /// <summary>Tells the pipeline an actor the store holds already (call for each before <see cref="RunAsync"/>).</summary>
    public void StoredActor(string id) => _actors[id] = true;

    public void StoredDocument(string id) => _documents[id] = true;

    /// <param name="write">Persists one batch and returns how many of its relations were new (the rest were stored already).</param>
    /// <exception cref="IngestException">A relation names an unknown actor or document with <see cref="IngestOptions.Strict"/>.</exception>
    public async Task<IngestResult> RunAsync(
        IAsyncEnumerable<SourcedElement> elements, Func<IngestBatch, CancellationToken, ValueTask<long>> write, int batchSize, CancellationToken ct)
    {
        var batch = new IngestBatch();
        long read = 0, actors = 0, documents = 0, relations = 0, added = 0;
        await foreach (var item in elements.WithCancellation(ct))
        {
            switch (item.Element)
            {
                case Actor actor:
                    batch.Actors.Add(actor);
                    _actors.TryAdd(actor.Id, false);
                    actors++;
                    break;
                case Document document:
                    batch.Documents.Add(document);
                    _documents.TryAdd(document.Id, false);
                    documents++;
                    break;
                case Relation relation:
                    var signed = relation.Type == RelationType.Signed;
                    var (sourceStored, sourceNew) = Ensure(_actors, batch.PlaceholderActors, relation.Source, item, "source", "actor");
                    var (targetStored, targetNew) = signed
                        ? Ensure(_documents, batch.PlaceholderDocuments, relation.Target, item, "document", "document")
                        : Ensure(_actors, batch.PlaceholderActors, relation.Target, item, "target", "actor");
                    if (sourceNew) actors++;
                    if (targetNew && signed) documents++;
                    else if (targetNew) actors++;
                    batch.Relations.Add(new CheckedRelation(relation, sourceStored && targetStored));
                    relations++;
                    break;
                default:
                    throw new ArgumentException($"Unknown element {item.Element.GetType().Name}");
            }
            if (++read % 10_000 == 0) options.Progress?.Report(read);
            if (batch.Count >= batchSize)
            {
                added += await write(batch, ct);
                batch = new IngestBatch();
            }
        }
        if (batch.Count > 0) added += await write(batch, ct);
        options.Progress?.Report(read);
        return new IngestResult(actors, documents, added, relations - added);
    }

    /// <summary>Whether the id was stored before this ingest, and whether this call added a placeholder for it.</summary>
    private (bool StoredBefore, bool Placeholder) Ensure(
        Dictionary<string, bool> known, List<string> placeholders, string id, SourcedElement origin, string field, string what)
    {
        if (known.TryGetValue(id, out var storedBefore)) return (storedBefore, false);
        if (options.Strict) throw new IngestException(origin.File, origin.Line, field, $"a known {what} id (--strict), got '{id}'");
        known[id] = false;
        placeholders.Add(id);
        return (false, true);
    }
}

/// <param name="EndsStoredBefore">Both ends were stored before this ingest; otherwise the observation cannot be stored yet.</param>
public readonly record struct CheckedRelation(Relation Relation, bool EndsStoredBefore);

/// <summary>
/// Checked elements for a store to persist, in this order: actors and documents (upserts), placeholders for ids that
/// relations name but nobody declared (never overwriting a stored node), then relations (idempotent on
/// type, source, target, sourceId).
/// </summary>
public sealed class IngestBatch
{
    public List<Actor> Actors { get; } = [];
    public List<Document> Documents { get; } = [];
    public List<string> PlaceholderActors { get; } = [];
    public List<string> PlaceholderDocuments { get; } = [];
    public List<CheckedRelation> Relations { get; } = [];

    public int Count => Actors.Count + Documents.Count + Relations.Count;
}
