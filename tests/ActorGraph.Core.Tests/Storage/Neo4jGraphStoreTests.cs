using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Storage;

/// <summary>The store contract against a real Neo4j (see <see cref="Neo4jServer"/>), plus what only Neo4j does.</summary>
[Collection("neo4j")]
public sealed class Neo4jGraphStoreTests(Neo4jServerFixture server) : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        await server.ClearAsync();
        // Small batches, so that the contract's 2,500-row failing ingest has sent batches before it fails.
        var store = new Neo4jGraphStore(server.Settings) { BatchSize = 1_000 };
        await store.InitializeAsync();
        return store;
    }

    private Neo4jGraphStore Neo4j => (Neo4jGraphStore)Store;

    protected override Task StoreForeignRelationAsync(string type) =>
        Neo4j.Client.RunAsync(new Neo4jStatement($"MATCH (a:Actor {{id: 'a'}}), (b:Actor {{id: 'b'}}) CREATE (a)-[:{type}]->(b)"));

    [Fact]
    public async Task Schema_is_applied_again_without_error()
    {
        await using var second = new Neo4jGraphStore(server.Settings);
        await second.InitializeAsync();
        await IngestAsync(new Actor("spd", "SPD", ActorKinds.Party));
        Assert.Equal(1, (await second.GetStatsAsync()).Actors);
    }

    [Fact]
    public async Task Uniqueness_constraint_rejects_a_second_actor_with_the_same_id()
    {
        await IngestAsync(new Actor("spd", "SPD", ActorKinds.Party));

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Neo4j.Client.RunAsync(new Neo4jStatement("CREATE (:Actor {id: 'spd'})")));
        Assert.Contains("ConstraintValidationFailed", error.Code);
    }

    [Fact]
    public async Task Relations_are_stored_as_typed_relationships_with_evidence_properties()
    {
        await IngestAsync(Relation("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", "tweet-1", quote: "Gern"));

        var row = Assert.Single((await Neo4j.Client.RunAsync(new Neo4jStatement(
            "MATCH (a:Actor)-[r:REPLIED_TO]->(b:Actor) RETURN a.id, b.id, r.sourceId, r.quote, toString(r.confidence), toString(r.weight)"))).Rows);
        // Whole numbers among the reals (weight 1, confidence 1) are stored as floats, as every other weight is.
        Assert.Equal("saskia-esken|ashton-kutcher|tweet-1|Gern|1.0|1.0", string.Join('|', row.Select(v => v.ToString())));
    }

    [Fact]
    public async Task Batches_of_several_types_store_each_relation_with_its_type_and_evidence_once()
    {
        // 3 rows per batch, so batches hold several types (one UNWIND statement each) and the types span batches.
        await using var store = new Neo4jGraphStore(server.Settings) { BatchSize = 3 };
        var at = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var sent = RelationTypes.Observed.Select((type, i) => new Relation($"actor-{i % 3}", type, type == RelationType.Signed ? "decl" : $"actor-{(i + 1) % 3}",
            at.AddHours(i), 1 + i, new Evidence($"obs-{i}", $"https://example.org/{i}?a=1&b=\"2\"", $"Zeile 1\nZeile \"2\", {{json}} \\ 🙂 中文 {i}",
                i % 2 == 0 ? "doc-1" : null, 0.5, "test"))).ToArray();
        var elements = sent.Concat(sent.Take(2)).Select((r, i) => At(r, i + 2)).ToAsyncEnumerable();

        var first = await store.IngestAsync(elements, new IngestOptions());
        var again = await store.IngestAsync(sent.Select((r, i) => At(r, i + 2)).ToAsyncEnumerable(), new IngestOptions());

        Assert.Equal((8, 2), (first.RelationsAdded, first.RelationsAlreadyStored));
        Assert.Equal((0, 8), (again.RelationsAdded, again.RelationsAlreadyStored));
        var stored = await store.ReadRelationsAsync(RelationFilter.All).ToListAsync();
        Assert.Equal(sent.OrderBy(r => r.Evidence.SourceId), stored.OrderBy(r => r.Evidence.SourceId));
    }

    [Fact]
    public async Task New_observations_between_stored_actors_are_added_and_stored_ones_recognised()
    {
        // 200 stored relations between 10 actors; then a few repeats and new ones between the same actors, which the
        // store checks pair by pair (few pairs against many stored relations).
        var stored = Enumerable.Range(0, 200).Select(i => Relation($"a{i % 10}", RelationType.Tagged, $"a{i * 7 % 10}", $"s{i}")).ToArray();
        await IngestAsync(stored);
        IGraphElement[] next =
        [
            stored[0], stored[13], stored[13],                                            // stored, and stored twice in the input
            Relation("a0", RelationType.Tagged, "a0", "new-1"),                           // same pair as s0, another observation
            Relation(stored[0].Source, RelationType.RepliedTo, stored[0].Target, "s0"),   // same observation id, another type
            Relation(stored[1].Target, RelationType.Tagged, stored[1].Source, "s1"),      // same id, the other direction
            Relation("a3", RelationType.Liked, "a4", "new-2"), Relation("a3", RelationType.Liked, "a4", "new-2"),
        ];

        var result = await IngestAsync(next);

        Assert.Equal((4, 4), (result.RelationsAdded, result.RelationsAlreadyStored));
        var stats = await Store.GetStatsAsync();
        Assert.Equal((204L, 202L, 1L, 1L), (stats.Relations, stats.RelationsByType["TAGGED"], stats.RelationsByType["REPLIED_TO"], stats.RelationsByType["LIKED"]));
    }

    [Fact]
    public async Task A_new_observation_between_stored_actors_repeated_in_a_later_batch_is_added_once()
    {
        // The store asks which observations are stored outside its own transaction (beside its writes), so what an
        // earlier batch of the same ingest wrote is not among the answers: the ingest's own keys must catch the repeat.
        var stored = Enumerable.Range(0, 200).Select(i => Relation($"a{i % 10}", RelationType.Tagged, $"a{i * 7 % 10}", $"s{i}")).ToArray();
        await IngestAsync(stored);
        await using var store = new Neo4jGraphStore(server.Settings) { BatchSize = 2 };
        var fresh = Relation("a1", RelationType.Liked, "a2", "new-1");
        IGraphElement[] next = [fresh, stored[5], stored[6], stored[7], fresh, stored[8], fresh];

        var result = await store.IngestAsync(next.Select((r, i) => At(r, i + 2)).ToAsyncEnumerable(), new IngestOptions());

        Assert.Equal((1, 6), (result.RelationsAdded, result.RelationsAlreadyStored));
        var stats = await Store.GetStatsAsync();
        Assert.Equal((201L, 1L), (stats.Relations, stats.RelationsByType["LIKED"]));
    }

    [Fact]
    public async Task An_actor_deleted_by_someone_else_during_an_ingest_fails_it_and_stores_nothing()
    {
        // The ingest finds the ends of new relationships by the node ids it read at the start; one that vanished since
        // must not be skipped silently.
        var stored = Enumerable.Range(0, 200).Select(i => Relation($"a{i % 9}", RelationType.Tagged, $"a{i * 7 % 9}", $"s{i}")).ToArray();
        await IngestAsync([.. stored, new Actor("loner", "Loner", ActorKinds.Person)]);
        await using var store = new Neo4jGraphStore(server.Settings) { BatchSize = 10 };
        async IAsyncEnumerable<SourcedElement> DeletingMidway()
        {
            for (var i = 0; i < 30; i++) yield return At(Relation($"a{i % 9}", RelationType.Liked, $"a{(i + 1) % 9}", $"new-{i}"), i + 2);
            await Neo4j.Client.RunAsync(new Neo4jStatement("MATCH (a:Actor {id: 'loner'}) DELETE a"));
            yield return At(Relation("a0", RelationType.Liked, "loner", "new-loner"), 32);
        }

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.IngestAsync(DeletingMidway(), new IngestOptions()));

        Assert.Contains("deleted while this ingest ran", error.Message);
        var stats = await Store.GetStatsAsync();
        Assert.Equal((200L, 0L), (stats.Relations, stats.RelationsByType.GetValueOrDefault("LIKED")));
    }

    [Fact]
    public async Task A_store_without_documents_finds_actors_by_node_id_and_documents_by_their_id()
    {
        // Neo4j 3.1 plans a lookup by node id as a scan while a label has no or few nodes (here: no document, 2,000
        // actors); relations between actors must still be created by node id, SIGNED ones through the index, and both
        // stored right in one ingest.
        await IngestAsync([Relation("a", RelationType.Tagged, "b", "s1"), .. Enumerable.Range(0, 2_000).Select(i => Relation($"a{i}", RelationType.Tagged, $"a{(i + 1) % 2_000}", $"ring-{i}"))]);
        await using (var transaction = await Neo4j.Client.BeginAsync())
            Assert.Equal((true, false), await Neo4jGraphStore.NodeIdSeeksPlannedAsync(transaction));

        var result = await IngestAsync(Relation("a", RelationType.Liked, "b", "s2"), Relation("b", RelationType.Signed, "decl", "s3"),
            Relation("a", RelationType.Tagged, "b", "s1"), Relation("a", RelationType.Signed, "decl", "s4"));

        Assert.Equal((3, 1), (result.RelationsAdded, result.RelationsAlreadyStored));
        var stored = await Store.ReadRelationsAsync(RelationFilter.All).Select(r => $"{r.Source} {r.Type.ToName()} {r.Target} {r.Evidence.SourceId}").ToListAsync();
        Assert.Equal(["a LIKED b s2", "a SIGNED decl s4", "a TAGGED b s1", "b SIGNED decl s3"], stored.Where(r => !r.Contains("ring-")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_large_file_loaded_again_adds_nothing_when_the_store_switches_to_reading_every_stored_identity()
    {
        // Batches of 10 relations: after a few batches the pairs asked about outweigh the 300 stored relations and the
        // store reads every stored identity once; the answer must be the same as when asking pair by pair. Source ids
        // with spaces, and a relationship someone else stored without one, must not confuse that read.
        await using var store = new Neo4jGraphStore(server.Settings) { BatchSize = 10 };
        var relations = Enumerable.Range(0, 300).Select(i => Relation($"a{i % 30}", RelationType.Tagged, $"a{i * 11 % 29}", $"s {i} 7")).ToArray();
        var extra = Enumerable.Range(0, 30).Select(i => Relation($"a{i}", RelationType.Quoted, $"a{(i + 1) % 30}", $"q{i}")).ToArray();
        await store.IngestAsync(relations.Select((r, i) => At(r, i + 2)).ToAsyncEnumerable(), new IngestOptions());
        await Neo4j.Client.RunAsync(new Neo4jStatement("MATCH (a:Actor {id: 'a0'}), (b:Actor {id: 'a1'}) CREATE (a)-[:TAGGED]->(b)"));

        var again = await store.IngestAsync(relations.Concat(extra).Reverse().Select((r, i) => At(r, i + 2)).ToAsyncEnumerable(), new IngestOptions());

        Assert.Equal((30, 300), (again.RelationsAdded, again.RelationsAlreadyStored));
        Assert.Equal(331, (await store.GetStatsAsync()).Relations);
    }

    [Fact]
    public async Task A_file_large_against_the_store_is_checked_against_every_stored_identity_from_its_first_batch()
    {
        // The share of the input read says the first batch of 10 is 1/33 of the file: 330 pairs expected against 300
        // stored relations, so the store reads every stored identity before writing anything. Stored repeats, new
        // observations between stored actors and repeats within the input must all come out as when asking pair by pair.
        await using var store = new Neo4jGraphStore(server.Settings) { BatchSize = 10 };
        var relations = Enumerable.Range(0, 300).Select(i => Relation($"a{i % 30}", RelationType.Tagged, $"a{i * 11 % 29}", $"s{i}")).ToArray();
        await store.IngestAsync(relations.Select((r, i) => At(r, i + 2)).ToAsyncEnumerable(), new IngestOptions());
        var fresh = Enumerable.Range(0, 30).Select(i => Relation($"a{i}", RelationType.Quoted, $"a{(i + 1) % 30}", $"q{i}")).ToArray();
        IGraphElement[] input = [.. relations.Take(5), fresh[0], fresh[0], .. relations.Skip(5), .. fresh.Skip(1)];
        var read = 0;
        async IAsyncEnumerable<SourcedElement> Counted()
        {
            foreach (var element in input)
            {
                read++;
                yield return At(element, read + 1);
            }
            await Task.CompletedTask;
        }

        var again = await store.IngestAsync(Counted(), new IngestOptions(ShareRead: () => (double)read / input.Length));

        Assert.Equal((30, 301), (again.RelationsAdded, again.RelationsAlreadyStored));
        var stats = await store.GetStatsAsync();
        Assert.Equal((330L, 30L), (stats.Relations, stats.RelationsByType["QUOTED"]));
    }

    [Fact]
    public async Task Write_back_replaces_a_property_on_every_actor()
    {
        await IngestAsync(Relation("a", RelationType.Tagged, "b", "1"), Relation("b", RelationType.Tagged, "c", "2"));
        await Neo4j.WritePropertiesAsync("pagerank", new Dictionary<string, double> { ["a"] = 0.2, ["b"] = 0.3, ["c"] = 0.5 });
        var versionBefore = await Store.GetVersionAsync();

        var written = await Neo4j.WritePropertiesAsync("pagerank", new Dictionary<string, double> { ["a"] = 0.6, ["b"] = 0.4 });
        await Neo4j.WritePropertiesAsync("community", new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 2 });

        Assert.Equal(2, written);
        var rows = (await Neo4j.Client.RunAsync(new Neo4jStatement("MATCH (a:Actor) RETURN a.id, a.pagerank, a.community ORDER BY a.id"))).Rows;
        Assert.Equal(["a 0.6 1", "b 0.4 1", "c  2"], rows.Select(r => $"{r[0]} {r[1]} {r[2]}"));
        Assert.Equal(versionBefore, await Store.GetVersionAsync());
    }

    [Theory]
    [InlineData("name")]
    [InlineData("id")]
    [InlineData("page rank")]
    [InlineData("x}) DETACH DELETE (n")]
    public async Task Write_back_refuses_model_properties_and_odd_names(string property)
    {
        await IngestAsync(new Actor("spd", "SPD", ActorKinds.Party));

        await Assert.ThrowsAsync<BadInputException>(() => Neo4j.WritePropertiesAsync(property, new Dictionary<string, double> { ["spd"] = 1 }));
        Assert.Equal("SPD", (await Store.GetActorAsync("spd"))!.Name);
    }

    [Fact]
    public async Task Unreachable_server_is_reported_as_store_unavailable_naming_the_address()
    {
        await using var store = new Neo4jGraphStore(new Neo4jSettings(new Uri("http://127.0.0.1:9")));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetVersionAsync());
        Assert.Contains("http://127.0.0.1:9", error.Message);
    }
}
