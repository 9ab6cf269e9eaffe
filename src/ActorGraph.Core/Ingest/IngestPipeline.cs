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
    // alias -> the actor it names (stored before, or applied in this ingest).
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);

    /// <summary>Tells the pipeline an actor the store holds already (call for each before <see cref="RunAsync"/>).</summary>
    public void StoredActor(string id) => _actors[id] = true;

    /// <summary>Tells the pipeline an alias the store applied in an earlier ingest: relations naming it are read as naming the actor.</summary>
    public void StoredAlias(string alias, string actor) => _aliases[alias] = actor;

    public void StoredDocument(string id) => _documents[id] = true;

    /// <param name="write">Persists one batch and returns how many of its relations were new (the rest were stored already).</param>
    /// <exception cref="IngestException">A relation names an unknown actor or document with <see cref="IngestOptions.Strict"/>.</exception>
    public async Task<IngestResult> RunAsync(
        IAsyncEnumerable<SourcedElement> elements, Func<IngestBatch, CancellationToken, ValueTask<long>> write, int batchSize, CancellationToken ct)
    {
        var batch = new IngestBatch();
        var named = new List<ActorAlias>();
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
                    if (_aliases.Count > 0) relation = Named(relation);
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
                case ActorAlias alias:
                    var to = _aliases.GetValueOrDefault(alias.To, alias.To);
                    // Only an alias that names an actor of the store or of this ingest changes anything; most name nobody.
                    if (to == alias.From || !_actors.ContainsKey(alias.From)) break;
                    if (Ensure(_actors, batch.PlaceholderActors, to, item, "alias", "actor").Placeholder) actors++;
                    _actors.Remove(alias.From);
                    foreach (var (from, actor) in _aliases.Where(a => a.Value == alias.From).ToList()) _aliases[from] = to;
                    _aliases[alias.From] = to;
                    named.Add(new ActorAlias(alias.From, to));
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
        // Aliases last: relations read before an alias under its old id are stored by then, and are re-pointed with the rest.
        batch.Aliases.AddRange(named);
        if (batch.Count > 0 || batch.Aliases.Count > 0) added += await write(batch, ct);
        options.Progress?.Report(read);
        return new IngestResult(actors, documents, added, relations - added) { Named = named.Count == 0 ? Array.Empty<ActorAlias>() : named };
    }

    private Relation Named(Relation relation)
    {
        var source = _aliases.GetValueOrDefault(relation.Source, relation.Source);
        var target = relation.Type == RelationType.Signed ? relation.Target : _aliases.GetValueOrDefault(relation.Target, relation.Target);
        return ReferenceEquals(source, relation.Source) && ReferenceEquals(target, relation.Target) ? relation : relation with { Source = source, Target = target };
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
/// type, source, target, sourceId), then, in the last batch of an ingest, the aliases it applies (see <see cref="ActorAlias"/>).
/// </summary>
public sealed class IngestBatch
{
    public List<Actor> Actors { get; } = [];
    public List<Document> Documents { get; } = [];
    public List<string> PlaceholderActors { get; } = [];
    public List<string> PlaceholderDocuments { get; } = [];
    public List<CheckedRelation> Relations { get; } = [];

    /// <summary>Aliases to apply after everything else: each names an actor id stored or placed in this ingest.</summary>
    public List<ActorAlias> Aliases { get; } = [];

    public int Count => Actors.Count + Documents.Count + Relations.Count;
}
