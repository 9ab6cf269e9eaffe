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
    // id -> the node for it (which knows whether it was stored before this ingest began).
    private readonly Dictionary<string, IngestNode> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IngestNode> _documents = new(StringComparer.Ordinal);
    // alias -> the actor it names (stored before, or applied in this ingest).
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    // Aliases stored by earlier ingests, and those of them this ingest's relations used.
    private readonly HashSet<string> _storedAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _usedStoredAliases = new(StringComparer.Ordinal);

    /// <summary>Tells the pipeline an actor the store holds already (call for each before <see cref="RunAsync"/>),
    /// with the store's own key for it if it has one (see <see cref="IngestNode.StoreKey"/>).</summary>
    public void StoredActor(string id, long storeKey = IngestNode.NoKey) => _actors[id] = new IngestNode(id, true) { StoreKey = storeKey };

    /// <summary>Tells the pipeline an alias the store applied in an earlier ingest: relations naming it are read as naming the actor.</summary>
    public void StoredAlias(string alias, string actor)
    {
        _aliases[alias] = actor;
        _storedAliases.Add(alias);
    }

    public void StoredDocument(string id, long storeKey = IngestNode.NoKey) => _documents[id] = new IngestNode(id, true) { StoreKey = storeKey };

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
                    _actors.TryAdd(actor.Id, new IngestNode(actor.Id, false));
                    actors++;
                    break;
                case Document document:
                    batch.Documents.Add(document);
                    _documents.TryAdd(document.Id, new IngestNode(document.Id, false));
                    documents++;
                    break;
                case Relation relation:
                    if (_aliases.Count > 0) relation = Named(relation);
                    var signed = relation.Type == RelationType.Signed;
                    var (source, sourceNew) = Ensure(_actors, batch.PlaceholderActors, relation.Source, item, "source", "actor");
                    var (target, targetNew) = signed
                        ? Ensure(_documents, batch.PlaceholderDocuments, relation.Target, item, "document", "document")
                        : Ensure(_actors, batch.PlaceholderActors, relation.Target, item, "target", "actor");
                    if (sourceNew) actors++;
                    if (targetNew && signed) documents++;
                    else if (targetNew) actors++;
                    batch.Relations.Add(new CheckedRelation(relation, source, target));
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
        return new IngestResult(actors, documents, added, relations - added)
        {
            Named = named.Count == 0 ? Array.Empty<ActorAlias>() : named,
            NamedEarlier = _usedStoredAliases.Count == 0 ? Array.Empty<ActorAlias>() : [.. _usedStoredAliases.Select(a => new ActorAlias(a.Key, a.Value))],
        };
    }

    private Relation Named(Relation relation)
    {
        var source = Alias(relation.Source);
        var target = relation.Type == RelationType.Signed ? relation.Target : Alias(relation.Target);
        return ReferenceEquals(source, relation.Source) && ReferenceEquals(target, relation.Target) ? relation : relation with { Source = source, Target = target };
    }

    /// <summary>The actor an id names through an alias (noting an alias an earlier ingest stored), else the id.</summary>
    private string Alias(string id)
    {
        if (!_aliases.TryGetValue(id, out var actor)) return id;
        if (_storedAliases.Contains(id)) _usedStoredAliases.TryAdd(id, actor);
        return actor;
    }

    /// <summary>The id's node, and whether this call added a placeholder for it.</summary>
    private (IngestNode Node, bool Placeholder) Ensure(
        Dictionary<string, IngestNode> known, List<IngestNode> placeholders, string id, SourcedElement origin, string field, string what)
    {
        if (known.TryGetValue(id, out var node)) return (node, false);
        if (options.Strict) throw new IngestException(origin.File, origin.Line, field, $"a known {what} id (--strict), got '{id}'");
        known[id] = node = new IngestNode(id, false);
        placeholders.Add(node);
        return (node, true);
    }
}

/// <summary>
/// An actor or document id as one ingest knows it: the pipeline hands the same node to the store with every relation
/// naming the id, so the store can keep what it needs per id on it instead of looking the id up again.
/// </summary>
public sealed class IngestNode(string id, bool storedBefore)
{
    public const long NoKey = -1;

    public string Id { get; } = id;

    /// <summary>Stored before this ingest began.</summary>
    public bool StoredBefore { get; } = storedBefore;

    /// <summary>The store's own key for the id once it knows it (SQLite: the row key), else <see cref="NoKey"/>.
    /// Only the store's writer reads and sets it.</summary>
    public long StoreKey { get; set; } = NoKey;
}

/// <param name="Source">The source actor's node.</param>
/// <param name="Target">The target actor's node, or the document's for SIGNED.</param>
public readonly record struct CheckedRelation(Relation Relation, IngestNode Source, IngestNode Target)
{
    /// <summary>Both ends were stored before this ingest; otherwise the observation cannot be stored yet.</summary>
    public bool EndsStoredBefore => Source.StoredBefore && Target.StoredBefore;
}

/// <summary>
/// Checked elements for a store to persist, in this order: actors and documents (upserts), placeholders for ids that
/// relations name but nobody declared (never overwriting a stored node), then relations (idempotent on
/// type, source, target, sourceId), then, in the last batch of an ingest, the aliases it applies (see <see cref="ActorAlias"/>).
/// </summary>
public sealed class IngestBatch
{
    public List<Actor> Actors { get; } = [];
    public List<Document> Documents { get; } = [];
    public List<IngestNode> PlaceholderActors { get; } = [];
    public List<IngestNode> PlaceholderDocuments { get; } = [];
    public List<CheckedRelation> Relations { get; } = [];

    /// <summary>Aliases to apply after everything else: each names an actor id stored or placed in this ingest.</summary>
    public List<ActorAlias> Aliases { get; } = [];

    public int Count => Actors.Count + Documents.Count + Relations.Count;
}
