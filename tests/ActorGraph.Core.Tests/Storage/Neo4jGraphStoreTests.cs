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
            "MATCH (a:Actor)-[r:REPLIED_TO]->(b:Actor) RETURN a.id, b.id, r.sourceId, r.quote, r.confidence"))).Rows);
        Assert.Equal("saskia-esken|ashton-kutcher|tweet-1|Gern|1", string.Join('|', row.Select(v => v.ToString())));
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
