using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using ActorGraph.Ingest;
using ActorGraph.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ActorGraph.Storage;

/// <summary>
/// The graph in Neo4j (3.x, 4.4 or 5.x) over the HTTP transactional API: <c>(:Actor {id})</c>, <c>(:Document {id})</c>,
/// one relationship per observation with the evidence as properties (<c>sourceId</c>, <c>at</c>, <c>weight</c>,
/// <c>url</c>, <c>quote</c>, <c>documentId</c>, <c>confidence</c>, <c>extractor</c>, and <c>seq</c>, the ingest order).
/// Times are UTC ISO strings (3.x has no temporal types); handles and attributes are JSON strings. A node
/// <c>(:ActorGraphMeta {key: 'graph'})</c> holds the version and the sequence counter. Every statement is a file in
/// <c>cypher/</c> (see <see cref="CypherFiles"/>).
/// </summary>
public sealed partial class Neo4jGraphStore(Neo4jHttpClient client) : IGraphStore, ICypherQueries, IMeasureWriteBack
{
    /// <summary>Rows per request during ingest: large enough to amortise a round trip, small enough to stream.</summary>
    public int BatchSize { get; init; } = 10_000;

    private readonly SemaphoreSlim _initialize = new(1, 1);
    private bool _initialized;

    public Neo4jGraphStore(Neo4jSettings settings) : this(new Neo4jHttpClient(settings)) { }

    public string Kind => "neo4j";

    internal Neo4jHttpClient Client { get; } = client;

    /// <summary>Finds the server's version and applies the matching schema file (idempotent). Called by every operation.</summary>
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (_initialized) return;
        await _initialize.WaitAsync(ct);
        try
        {
            if (_initialized) return;
            var server = await Client.DiscoverAsync(ct);
            if (server.Major is 4 && !server.Version.StartsWith("4.4", StringComparison.Ordinal) || server.Major is < 3)
                throw new StoreUnavailableException($"Neo4j {server.Version} is not supported: use 3.x, 4.4 or 5.x.");
            // Schema statements cannot share a transaction with each other or with data writes, so one request each.
            foreach (var statement in CypherFiles.Schema(server.Major)) await Client.RunAsync(new Neo4jStatement(statement), ct);
            _initialized = true;
        }
        finally
        {
            _initialize.Release();
        }
    }

    public async Task<IngestResult> IngestAsync(IAsyncEnumerable<SourcedElement> elements, IngestOptions options, CancellationToken ct = default)
    {
        await InitializeAsync(ct);
        // The transaction is rolled back when anything below throws, the input's own errors included.
        await using var transaction = await Client.BeginAsync(ct);
        var begin = await transaction.RunAsync([Statement("ingest/begin"), Statement("ingest/relation-count")], ct);
        var writer = new BatchWriter(Client, transaction, begin[0].Rows[0][0]!.Value<long>(), begin[1].Rows[0][0]!.Value<long>(), options.ShareRead);
        var storedActors = 0;
        var pipeline = new IngestPipeline(options);
        await foreach (var row in transaction.StreamAsync(Statement("ingest/known-actors"), ct: ct))
        {
            var id = row[0]!.Value<string>()!;
            pipeline.StoredActor(id);
            writer.StoredActor(id, row[1]!.Value<long>());
            storedActors++;
        }
        await foreach (var row in transaction.StreamAsync(Statement("ingest/known-documents"), ct: ct))
        {
            var id = row[0]!.Value<string>()!;
            pipeline.StoredDocument(id);
            writer.StoredDocument(id, row[1]!.Value<long>());
        }
        await foreach (var row in transaction.StreamAsync(Statement("ingest/known-aliases"), ct: ct)) pipeline.StoredAlias(row[0]!.Value<string>()!, row[1]!.Value<string>()!);
        // Neo4j 3.x plans a node-id MATCH as a label scan while the label holds no or few nodes (its statistics say a
        // scan costs next to nothing), which would scan every actor per row; so the ingest asks for the plans first.
        if (storedActors > 0) writer.Using = BatchWriter.Statements.For(await NodeIdSeeksPlannedAsync(transaction, ct));
        try
        {
            var result = await pipeline.RunAsync(elements, writer.WriteAsync, BatchSize, ct);
            await writer.FinishAsync(result, ct);
            await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            // A batch may still be on its way when the input fails: the rollback must wait for it.
            await writer.DrainAsync();
        }
    }

    public async Task<long> GetVersionAsync(CancellationToken ct = default)
    {
        await InitializeAsync(ct);
        return (await Client.RunAsync(Statement("read/version"), ct)).Rows[0][0]!.Value<long>();
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
    {
        await InitializeAsync(ct);
        var results = await Client.RunAsync([Statement("read/counts"), Statement("read/relations-by-type")], ct);
        var counts = results[0].Rows[0];
        var byType = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in results[1].Rows) byType[row[0]!.Value<string>()!] = row[1]!.Value<long>();
        return new GraphStats(counts[0]!.Value<long>(), counts[1]!.Value<long>(), byType.Values.Sum(), byType);
    }

    public async Task<Actor?> GetActorAsync(string id, CancellationToken ct = default)
    {
        await InitializeAsync(ct);
        var rows = (await Client.RunAsync(Statement("read/actor", ("id", id)), ct)).Rows;
        return rows.Count == 0 ? null : ReadActor(rows[0]);
    }

    public async Task<IReadOnlyList<Actor>> FindActorsAsync(string? search, int limit, CancellationToken ct = default)
    {
        await InitializeAsync(ct);
        var q = string.IsNullOrWhiteSpace(search) ? null : SearchKeys.Of(search);
        var rows = (await Client.RunAsync(Statement("read/find-actors", ("q", q), ("limit", limit)), ct)).Rows;
        return rows.Select(ReadActor).ToArray();
    }

    public async IAsyncEnumerable<Actor> ReadActorsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await InitializeAsync(ct);
        await foreach (var row in Client.StreamAsync(Statement("read/actors"), ct)) yield return ReadActor(row);
    }

    public async IAsyncEnumerable<Document> ReadDocumentsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await InitializeAsync(ct);
        await foreach (var row in Client.StreamAsync(Statement("read/documents"), ct))
        {
            var date = row[4]!.Value<string>();
            yield return new Document(row[0]!.Value<string>()!, row[1]!.Value<string>()!, row[2]!.Value<string>()!, row[3]!.Value<string>(),
                StoredValues.ReadDate(date), row[5]!.Value<string>());
        }
    }

    public async IAsyncEnumerable<Relation> ReadRelationsAsync(RelationFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await InitializeAsync(ct);
        var statement = Statement("read/relations", [.. FilterParameters(filter), ("actor", filter.Actor)]);
        await foreach (var row in Client.StreamAsync(statement, ct)) yield return ReadRelation(row);
    }

    public async Task<IReadOnlyDictionary<long, Relation>> ReadRelationsAsync(IReadOnlyCollection<long> keys, CancellationToken ct = default)
    {
        await InitializeAsync(ct);
        var found = new Dictionary<long, Relation>();
        if (keys.Count == 0) return found;
        await foreach (var row in Client.StreamAsync(Statement("read/relations-by-id", ("ids", keys.Distinct().ToArray())), ct))
            found[row[11]!.Value<long>()] = ReadRelation(row);
        return found;
    }

    /// <summary>Two streamed queries: the nodes (n rows with their ids and names), then the relationships as numbers only
    /// (and their type and time, which Neo4j 3.x stores as text).</summary>
    public async Task<RelationTopology> ReadTopologyAsync(RelationFilter filter, CancellationToken ct = default)
    {
        await InitializeAsync(ct);
        var topology = new RelationTopologyBuilder();
        var nodes = new Dictionary<long, int>();
        var documents = filter.Types is null || filter.Types.Contains(RelationType.Signed);
        await foreach (var row in Client.StreamAsync(Statement("read/topology-nodes", ("documents", documents)), ct))
        {
            var (id, name) = (row[1]!.Value<string>()!, row[2]!.Value<string>() ?? row[1]!.Value<string>()!);
            if (row[3]!.Value<bool>()) topology.Actor(id, name); else topology.Document(id, name);
            nodes[row[0]!.Value<long>()] = topology.Node(id.AsSpan());
        }
        await foreach (var row in Client.StreamAsync(Statement("read/topology", FilterParameters(filter)), ct))
        {
            var type = StoredValues.RelationType(row[3]!.Value<string>(), "neo4j");
            var at = row[5]!.Value<string>();
            topology.Relation(row[2]!.Value<long>(), Node(row[0]!), Node(row[1]!), type, row[4]!.Value<double>(),
                at is null ? RelationTopology.Undated : Timestamps.Parse(at).UtcTicks, row[6]!.Value<double>());
        }
        return topology.Build();

        int Node(JToken id) => nodes.TryGetValue(id.Value<long>(), out var node)
            ? node
            : throw new InvalidDataException($"A relationship of the Neo4j store ends at node {id}, which is neither an actor nor a document.");
    }

    private static (string, object?)[] FilterParameters(RelationFilter filter) =>
    [
        ("types", filter.Types?.Select(t => t.ToName()).Order(StringComparer.Ordinal).ToArray()),
        ("from", filter.From is { } from ? Timestamps.Format(from) : null),
        ("to", filter.To is { } to ? Timestamps.Format(to) : null),
        ("minWeight", filter.MinWeight),
        ("minConfidence", filter.MinConfidence),
    ];

    private static Relation ReadRelation(JArray row)
    {
        var at = row[3]!.Value<string>();
        return new Relation(
            row[0]!.Value<string>()!, StoredValues.RelationType(row[1]!.Value<string>(), "neo4j"), row[2]!.Value<string>()!, at is null ? null : Timestamps.Parse(at), row[4]!.Value<double>(),
            new Evidence(row[5]!.Value<string>()!, row[6]!.Value<string>(), row[7]!.Value<string>(), row[8]!.Value<string>(),
                row[9]!.Value<double>(), row[10]!.Value<string>()));
    }

    public Task<long> WritePropertiesAsync(string property, IReadOnlyDictionary<string, double> values, CancellationToken ct = default) =>
        WriteBackAsync(property, values.Select(p => (p.Key, (object)p.Value)), ct);

    public Task<long> WritePropertiesAsync(string property, IReadOnlyDictionary<string, int> values, CancellationToken ct = default) =>
        WriteBackAsync(property, values.Select(p => (p.Key, (object)p.Value)), ct);

    public async Task<CypherResult> QueryReadOnlyAsync(string query, IReadOnlyDictionary<string, object?>? parameters, int maxRows,
        TimeSpan timeout, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new BadInputException("query: expected a Cypher query, got nothing.");
        await InitializeAsync(ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        await using var transaction = await Client.BeginAsync(ct);
        var rows = new List<JArray>();
        IReadOnlyList<string> columns = [];
        var truncated = false;
        var wrote = false;
        try
        {
            await foreach (var row in transaction.StreamAsync(new Neo4jStatement(query, parameters, IncludeStats: true),
                               start => columns = start, end => wrote = end.ContainsUpdates, limit.Token))
            {
                if (rows.Count == maxRows)
                {
                    truncated = true;
                    break;
                }
                rows.Add(row);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new BadInputException($"The query ran longer than {timeout.TotalSeconds:0} s and was stopped; narrow it (LIMIT, a shorter path length).");
        }
        catch (Neo4jException e) when (e.IsClientError)
        {
            throw new BadInputException($"{e.Code}: {e.Neo4jMessage}");
        }
        if (wrote)
            throw new BadInputException("Cypher through ActorGraph is read-only: this query changes data, so it was rolled back and nothing was changed.");
        return new CypherResult(columns, rows.Select(r => r.Select(CypherResult.ToPlain).ToArray()).ToArray(), truncated);
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        _initialize.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<long> WriteBackAsync(string property, IEnumerable<(string Id, object Value)> values, CancellationToken ct)
    {
        if (!PropertyName().IsMatch(property) || ReservedProperties.Contains(property))
            throw new BadInputException($"property: expected a name like pagerank (letters, digits, _), not one of {string.Join(", ", ReservedProperties)}; got '{property}'.");
        await InitializeAsync(ct);
        await using var transaction = await Client.BeginAsync(ct);
        await transaction.RunAsync(Statement("write-back/clear-property", ("clear", new Dictionary<string, object?> { [property] = null })), ct);
        long written = 0;
        foreach (var chunk in values.Chunk(BatchSize))
        {
            var rows = chunk.Select(v => new Dictionary<string, object?> { ["id"] = v.Id, ["props"] = new Dictionary<string, object> { [property] = v.Value } }).ToArray();
            written += (await transaction.RunAsync(Statement("write-back/set-properties", ("rows", rows)), ct)).Rows[0][0]!.Value<long>();
        }
        await transaction.CommitAsync(ct);
        return written;
    }

    private static readonly string[] ReservedProperties = ["id", "name", "kind", "party", "country", "handles", "attributes", "searchKey"];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex PropertyName();

    /// <summary>
    /// Whether Neo4j plans the node-id statements as id seeks, asked with EXPLAIN (which also caches the plans): for
    /// relations between actors, and for SIGNED (actor to document), each on its own, since a store without documents
    /// plans every document lookup as a scan and that must not send the actors' statements through the index too.
    /// </summary>
    internal static async Task<(bool Relations, bool Signed)> NodeIdSeeksPlannedAsync(Neo4jTransaction transaction, CancellationToken ct = default)
    {
        var nodeIds = BatchWriter.Statements.For((true, true));
        var signed = (int)RelationType.Signed;
        return (await SeeksAsync([.. nodeIds.Create.Where((_, type) => type != signed)], nodeIds.StoredRelations),
            await SeeksAsync([nodeIds.Create[signed]], nodeIds.StoredSigned));

        async Task<bool> SeeksAsync(string[] creates, string stored)
        {
            var statements = creates.Select(text => (Text: text, Parameter: "rows")).Append((Text: stored, Parameter: "pairs"))
                .Select(s => new Neo4jStatement($"EXPLAIN {s.Text}", new Dictionary<string, object?> { [s.Parameter] = Array.Empty<object>() }));
            // One request each: Neo4j 3.1 breaks its answer to several EXPLAINs when one carries notifications (an unknown
            // relationship type, e.g. SIGNED in a store without any).
            foreach (var statement in statements)
            {
                var plan = await transaction.RunAsync(statement, ct);
                if (!plan.PlanOperators().Any() || plan.PlanOperators().Any(op => op.EndsWith("Scan", StringComparison.Ordinal))) return false;
            }
            return true;
        }
    }

    private static Neo4jStatement Statement(string file, params (string Name, object? Value)[] parameters) =>
        new(CypherFiles.Get(file), parameters.Length == 0 ? null : parameters.ToDictionary(p => p.Name, p => p.Value));

    private static Actor ReadActor(JArray row) =>
        new(row[0]!.Value<string>()!, row[1]!.Value<string>()!, row[2]!.Value<string>()!, row[3]!.Value<string>(), row[4]!.Value<string>())
        {
            Handles = StoredValues.ReadMap(row[5]!.Value<string>()),
            Attributes = StoredValues.ReadMap(row[6]!.Value<string>()),
        };

    /// <summary>
    /// Persists the pipeline's checked batches. Every node the batch names is found by its node id: stored ones were read
    /// with their ids when the ingest began, the batch's own are written first (one request, which answers with their
    /// ids), so relationships are created without a lookup in the id index. If either end of a relation is new in this
    /// ingest, no relationship can exist yet and it is simply created. For relations between two previously stored
    /// nodes, the batch first asks which observations are stored between those pairs (one query per batch, checking only
    /// the relationships between each pair), so repeats are recognised here and the server only ever CREATEs;
    /// duplicates within the input are caught by the keys this ingest wrote. Asking about a pair costs the server more
    /// than reading one stored identity, the more so the denser the store; so once the pairs this ingest will ask about
    /// (those asked so far, or as many as the share of the input read projects for the whole input) would cost more than
    /// reading every stored identity (a large file, or a file loaded again), they are read once instead and nothing more
    /// is asked. These reads go outside the ingest's transaction, on a second connection, so the
    /// server checks batch k+1 while it creates batch k: what is committed is all that is stored, since the ingest's
    /// first statement holds the lock every ingest takes (see begin.cypher), and what this ingest wrote is in its keys.
    /// Relations go out as one UNWIND statement per type (a type cannot be a parameter), whose text is the same in every
    /// batch, so Neo4j plans it once. A batch's relations are sent while the next batch is read and written out (one
    /// request in flight in the transaction at a time, as a transaction takes one request at a time).
    /// </summary>
    private sealed class BatchWriter(Neo4jHttpClient client, Neo4jTransaction transaction, long seq, long storedRelations, Func<double>? shareRead)
    {
        /// <summary>How the ends of relationships are found: by node id (see create-relations.cypher) or through the id indexes.</summary>
        public Statements Using { get; set; } = Statements.For((false, false));

        private readonly Dictionary<string, long> _actorNodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _documentNodes = new(StringComparer.Ordinal);
        // Observation keys (see Observation.Key): those this ingest wrote, and every stored one once read.
        private readonly HashSet<UInt128> _written = [];
        private HashSet<UInt128>? _everyStored;
        private long _pairsAsked, _storedNodes;
        private Task? _inFlight;
        private long _seq = seq;

        /// <summary>An actor stored before this ingest, with its node id.</summary>
        public void StoredActor(string id, long node)
        {
            _actorNodes[id] = node;
            _storedNodes++;
        }

        public void StoredDocument(string id, long node)
        {
            _documentNodes[id] = node;
            _storedNodes++;
        }

        /// <summary>Sends the batch (after the previous one has been answered); returns how many of its relations are new.</summary>
        public async ValueTask<long> WriteAsync(IngestBatch batch, CancellationToken ct)
        {
            await WriteNodesAsync(batch, ct);
            var stored = await StoredAsync(batch.Relations, ct);
            var byType = new List<object>?[Using.Create.Length];
            var added = 0;
            foreach (var (relation, _, _) in batch.Relations)
            {
                var (source, target) = Nodes(relation);
                var key = new Observation(relation.Evidence.SourceId, relation.Type, source, target).Key;
                if (stored.Contains(key) || !_written.Add(key)) continue;
                (byType[(int)relation.Type] ??= []).Add(Row(relation.Type, relation.Source, source, relation.Target, target, Properties(relation)));
                added++;
            }
            // Written out before waiting for the previous batch, so the client's serialising overlaps the server's work.
            var creates = Creates(byType);
            await CollectAsync();
            _inFlight = CreateAsync(creates, ct);
            foreach (var alias in batch.Aliases) await ApplyAsync(alias, ct);
            return added;
        }

        /// <summary>Upserts (before placeholders: a placeholder never overwrites) and notes the node ids Neo4j answers with.</summary>
        private async Task WriteNodesAsync(IngestBatch batch, CancellationToken ct)
        {
            var statements = new List<(Neo4jStatement Statement, Dictionary<string, long> Nodes)>();
            void Add<T>(string file, string parameter, IReadOnlyCollection<T> rows, Dictionary<string, long> nodes)
            {
                if (rows.Count > 0) statements.Add((Statement(file, (parameter, rows)), nodes));
            }
            Add("ingest/upsert-actors", "rows", batch.Actors.Select(ActorRow).ToList(), _actorNodes);
            Add("ingest/upsert-documents", "rows", batch.Documents.Select(DocumentRow).ToList(), _documentNodes);
            Add("ingest/placeholder-actors", "rows", batch.PlaceholderActors.Select(node => new Dictionary<string, object> { ["id"] = node.Id, ["searchKey"] = SearchKeys.Of(node.Id) }).ToList(), _actorNodes);
            Add("ingest/placeholder-documents", "ids", batch.PlaceholderDocuments.Select(node => node.Id).ToList(), _documentNodes);
            if (statements.Count == 0) return;
            await CollectAsync();
            var results = await transaction.RunAsync(statements.Select(s => s.Statement).ToArray(), ct);
            for (var i = 0; i < results.Count; i++)
                foreach (var row in results[i].Rows) statements[i].Nodes[row[0]!.Value<string>()!] = row[1]!.Value<long>();
        }

        /// <summary>One CREATE statement per type that has rows, as one request.</summary>
        private (Neo4jRequest Request, (List<object>? Rows, int Type)[] Sent) Creates(List<object>?[] byType)
        {
            var sent = byType.Select((rows, type) => (Rows: rows, Type: type)).Where(t => t.Rows is not null).ToArray();
            return (new Neo4jRequest(sent.Select(t => new Neo4jStatement(Using.Create[t.Type], new Dictionary<string, object?> { ["rows"] = t.Rows })).ToArray()), sent);
        }

        /// <summary>Sends the CREATE statements; each must create exactly as many relationships as it has rows.</summary>
        private async Task CreateAsync((Neo4jRequest Request, (List<object>? Rows, int Type)[] Sent) creates, CancellationToken ct)
        {
            var (request, sent) = creates;
            if (sent.Length == 0) return;
            var results = await transaction.RunAsync(request, ct);
            for (var i = 0; i < sent.Length; i++)
            {
                var created = results[i].Rows[0][0]!.Value<long>();
                if (created != sent[i].Rows!.Count)
                    throw new StoreUnavailableException(
                        $"Neo4j created {created:N0} of {sent[i].Rows!.Count:N0} {((RelationType)sent[i].Type).ToName()} relationships: an actor or document " +
                        "was deleted while this ingest ran. Nothing was stored; run the ingest again.");
            }
        }

        /// <summary>
        /// Re-creates the relationships of <see cref="ActorAlias.From"/> at <see cref="ActorAlias.To"/> (relationship
        /// types cannot change in place) unless <see cref="ActorAlias.To"/> has that observation already or it would link
        /// the actor to itself, then drops the alias's node and records the alias.
        /// </summary>
        private async Task ApplyAsync(ActorAlias alias, CancellationToken ct)
        {
            await CollectAsync();
            var (from, to) = (_actorNodes[alias.From], _actorNodes[alias.To]);
            var atTo = new HashSet<UInt128>();
            await foreach (var row in transaction.StreamAsync(Statement("ingest/actor-relations", ("id", alias.To)), ct: ct))
                atTo.Add(Identity(row).Key);
            var byType = new List<object>?[Using.Create.Length];
            await foreach (var row in transaction.StreamAsync(Statement("ingest/actor-relations", ("id", alias.From)), ct: ct))
            {
                var old = Identity(row);
                _written.Remove(old.Key);
                var (source, sourceNode) = old.Source == from ? (alias.To, to) : (row[1]!.Value<string>()!, old.Source);
                var (target, targetNode) = old.Target == from ? (alias.To, to) : (row[2]!.Value<string>()!, old.Target);
                var moved = old with { Source = sourceNode, Target = targetNode };
                // Kept among the keys this ingest wrote, so that a later row repeating the observation under alias.To is recognised.
                if (moved.Source == moved.Target || atTo.Contains(moved.Key) || !_written.Add(moved.Key)) continue;
                (byType[(int)moved.Type] ??= []).Add(Row(moved.Type, source, sourceNode, target, targetNode, row[5]!));
            }
            await CreateAsync(Creates(byType), ct);
            await transaction.RunAsync(Statement("ingest/apply-alias", ("from", alias.From), ("to", alias.To)), ct);
            _actorNodes.Remove(alias.From);
        }

        private static Observation Identity(JArray row) =>
            new(row[5]!.Value<string>("sourceId")!, StoredValues.RelationType(row[0]!.Value<string>(), "neo4j"), row[3]!.Value<long>(), row[4]!.Value<long>());

        /// <summary>The node ids of a relation's ends (a SIGNED relation ends at a document).</summary>
        private (long Source, long Target) Nodes(Relation relation) =>
            (_actorNodes[relation.Source], relation.Type == RelationType.Signed ? _documentNodes[relation.Target] : _actorNodes[relation.Target]);

        /// <summary>One row of a statement: its ends as the statements in use find them, then the rest (the properties).</summary>
        private object[] Row(RelationType type, string source, long sourceNode, string target, long targetNode, params object[] rest) =>
            Using.ByNodeId(type) ? [sourceNode, targetNode, .. rest] : [source, target, .. rest];

        /// <summary>Waits for the last batch, then records the new version (when anything changed) and the sequence counter.</summary>
        public async Task FinishAsync(IngestResult result, CancellationToken ct)
        {
            await CollectAsync();
            await transaction.RunAsync(Statement("ingest/finish", ("bump", result.ChangedAnything ? 1 : 0), ("seq", _seq)), ct);
        }

        /// <summary>The identities of the stored observations between the pairs of previously stored nodes this batch links
        /// (none asked for when every relation has a new end, as in a first load).</summary>
        private async Task<IReadOnlySet<UInt128>> StoredAsync(List<CheckedRelation> relations, CancellationToken ct)
        {
            // Per pair: its ends, its index, and the source ids the batch has for it (only those are looked for).
            Dictionary<(long Source, long Target), object[]> pairs = [], signedPairs = [];
            foreach (var checkedRelation in relations)
            {
                if (!checkedRelation.EndsStoredBefore) continue;
                var relation = checkedRelation.Relation;
                var signed = relation.Type == RelationType.Signed;
                var those = signed ? signedPairs : pairs;
                var (source, target) = Nodes(relation);
                if (!those.TryGetValue((source, target), out var pair))
                    those[(source, target)] = pair = Row(relation.Type, relation.Source, source, relation.Target, target, those.Count, new List<string>());
                ((List<string>)pair[3]).Add(relation.Evidence.SourceId);
            }
            if (pairs.Count + signedPairs.Count == 0 || _everyStored is not null) return _everyStored ?? [];
            _pairsAsked += pairs.Count + signedPairs.Count;
            if (ReadingEveryStoredIsCheaper()) return _everyStored = await EveryStoredAsync(ct);

            var asked = new[] { (Text: Using.StoredRelations, Pairs: pairs), (Text: Using.StoredSigned, Pairs: signedPairs) }
                .Where(a => a.Pairs.Count > 0).ToArray();
            var statements = asked.Select(a => new Neo4jStatement(a.Text, new Dictionary<string, object?> { ["pairs"] = a.Pairs.Values.ToArray() })).ToArray();
            var results = await client.RunAsync(statements, ct);
            var stored = new HashSet<UInt128>();
            for (var i = 0; i < asked.Length; i++)
            {
                var byIndex = asked[i].Pairs.Keys.ToArray();
                foreach (var row in results[i].Rows)
                {
                    var (source, target) = byIndex[row[0]!.Value<int>()];
                    foreach (var found in (JArray)row[1]!)
                        stored.Add(new Observation(found[1]!.Value<string>()!, StoredValues.RelationType(found[0]!.Value<string>(), "neo4j"), source, target).Key);
                }
            }
            return stored;
        }

        /// <summary>Whether reading every stored identity once costs the server less than asking about the pairs this ingest
        /// will ask about: those asked so far, or, where the share of the input read is known, as many as it projects.</summary>
        private bool ReadingEveryStoredIsCheaper()
        {
            // Asking about a pair walks the relationships of one end (Expand(Into)): measured on 3.1, about 1 + (stored
            // relationships per stored node) / 7 times the cost of reading one stored identity.
            var pairCost = 1 + storedRelations / (7.0 * Math.Max(1, _storedNodes));
            var pairs = _pairsAsked / Math.Clamp(shareRead?.Invoke() ?? 1, 0.001, 1);
            return pairs * pairCost >= storedRelations;
        }

        private async Task<HashSet<UInt128>> EveryStoredAsync(CancellationToken ct)
        {
            var stored = new HashSet<UInt128>();
            await foreach (var row in client.StreamAsync(Statement("ingest/known-relations"), ct))
            {
                var source = row[0]!.Value<long>();
                foreach (var relation in (JArray)row[1]!)
                {
                    // "TYPE endNodeId sourceId"; null for a relationship without a source id, which no observation matches.
                    if (relation.Value<string>() is not { } text) continue;
                    var typeEnd = text.IndexOf(' ');
                    var targetEnd = text.IndexOf(' ', typeEnd + 1);
                    stored.Add(new Observation(text[(targetEnd + 1)..], StoredValues.RelationType(text[..typeEnd], "neo4j"), source,
                        long.Parse(text.AsSpan(typeEnd + 1, targetEnd - typeEnd - 1), CultureInfo.InvariantCulture)).Key);
                }
            }
            return stored;
        }

        private static Dictionary<string, object?> ActorRow(Actor actor) => new()
        {
            ["id"] = actor.Id, ["name"] = actor.Name, ["kind"] = actor.Kind, ["party"] = actor.Party, ["country"] = actor.Country,
            ["handles"] = StoredValues.Map(actor.Handles), ["attributes"] = StoredValues.Map(actor.Attributes),
            ["searchKey"] = SearchKeys.Of($"{actor.Id} {actor.Name}"),
        };

        private static Dictionary<string, object?> DocumentRow(Document document) => new()
        {
            ["id"] = document.Id, ["title"] = document.Title, ["kind"] = document.Kind, ["url"] = document.Url,
            ["date"] = StoredValues.Date(document.Date), ["outlet"] = document.Outlet,
        };

        private Dictionary<string, object> Properties(Relation relation)
        {
            var e = relation.Evidence;
            var props = new Dictionary<string, object>(10) { ["sourceId"] = e.SourceId, ["weight"] = relation.Weight, ["confidence"] = e.Confidence, ["seq"] = ++_seq };
            if (relation.At is { } at) props["at"] = Timestamps.Format(at);
            if (e.Url is not null) props["url"] = e.Url;
            if (e.Quote is not null) props["quote"] = e.Quote;
            if (e.DocumentId is not null) props["documentId"] = e.DocumentId;
            if (e.Extractor is not null) props["extractor"] = e.Extractor;
            return props;
        }

        private async Task CollectAsync()
        {
            if (_inFlight is null) return;
            await _inFlight;
            _inFlight = null;
        }

        /// <summary>An observation's identity: its source id, type and the node ids of its ends.</summary>
        private readonly record struct Observation(string SourceId, RelationType Type, long Source, long Target)
        {
            /// <summary>
            /// The identity in 16 bytes (XxHash128 of the source id's characters, then type and ends at fixed width, so
            /// no two identities share an input): what the ingest keeps per written or stored observation, instead of
            /// the source id's string. Two different observations colliding is about n²/2¹²⁹ likely (10⁻²³ for 100
            /// million), far below a disk's error rate.
            /// </summary>
            public UInt128 Key
            {
                get
                {
                    var length = SourceId.Length * sizeof(char) + 20;
                    Span<byte> bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
                    MemoryMarshal.AsBytes(SourceId.AsSpan()).CopyTo(bytes);
                    BinaryPrimitives.WriteInt32LittleEndian(bytes[^20..], (int)Type);
                    BinaryPrimitives.WriteInt64LittleEndian(bytes[^16..], Source);
                    BinaryPrimitives.WriteInt64LittleEndian(bytes[^8..], Target);
                    return XxHash128.HashToUInt128(bytes);
                }
            }
        }

        /// <summary>The statements of an ingest, CREATE per relation type and the lookups, those of relations between actors
        /// and those of SIGNED each finding the ends by node id or through the id indexes.</summary>
        internal sealed record Statements(string[] Create, string StoredRelations, string StoredSigned, (bool Relations, bool Signed) NodeIds)
        {
            public static Statements For((bool Relations, bool Signed) nodeIds)
            {
                string Get(string file, bool byNodeId) => CypherFiles.Get(byNodeId ? $"ingest/{file}" : $"ingest/{file}-by-key");
                return new(
                    Enum.GetValues<RelationType>()
                        .Select(type => type == RelationType.Signed
                            ? Get("create-signed", nodeIds.Signed)
                            : Get("create-relations", nodeIds.Relations).Replace("`RELATION_TYPE`", type.ToName(), StringComparison.Ordinal))
                        .ToArray(),
                    Get("stored-relations", nodeIds.Relations), Get("stored-signed", nodeIds.Signed), nodeIds);
            }

            public bool ByNodeId(RelationType type) => type == RelationType.Signed ? NodeIds.Signed : NodeIds.Relations;
        }

        /// <summary>Waits for the batch in flight, if any, ignoring its outcome (used before a rollback).</summary>
        public async Task DrainAsync()
        {
            if (_inFlight is null) return;
            try { await _inFlight; }
            catch (Exception) { /* the transaction is rolled back anyway; the first error is the one reported */ }
            _inFlight = null;
        }
    }
}
