using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Storage;

/// <summary>
/// What every store must do. Each store's test class derives from this and only says how to create an empty store,
/// so SQLite and Neo4j are held to the same behaviour.
/// </summary>
public abstract class GraphStoreContract : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;

    /// <summary>A new, empty, initialised store.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>Stores a relation of a type ActorGraph does not know between two actors, as another tool could.</summary>
    protected abstract Task StoreForeignRelationAsync(string type);

    public async Task InitializeAsync() => Store = await CreateEmptyStoreAsync();

    public virtual async Task DisposeAsync() => await Store.DisposeAsync();

    protected static SourcedElement At(IGraphElement element, long line = 2) => new(element, "test.csv", line);

    protected static Relation Relation(string source, RelationType type, string target, string sourceId, DateTimeOffset? at = null,
        double weight = 1, double confidence = 1, string? quote = null) =>
        new(source, type, target, at, weight, new Evidence(sourceId, $"https://example.org/{sourceId}", quote, null, confidence, "test"));

    protected Task<IngestResult> IngestAsync(params IGraphElement[] elements) =>
        Store.IngestAsync(elements.Select((e, i) => At(e, i + 2)).ToAsyncEnumerable(), new IngestOptions());

    [Fact]
    public async Task Reading_a_stored_relation_of_an_unknown_type_is_an_error_naming_it_not_a_tagged_relation()
    {
        await IngestAsync(new Actor("a", "A"), new Actor("b", "B"));
        await StoreForeignRelationAsync("KNOWS");

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await Store.ReadRelationsAsync(RelationFilter.All).ToListAsync());
        Assert.Contains("'KNOWS'", error.Message);
    }

    [Fact]
    public async Task Ingest_twice_adds_each_observation_once()
    {
        var reply = Relation("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", "tweet-1");
        var first = await IngestAsync(reply);
        var second = await IngestAsync(reply);

        Assert.Equal(1, first.RelationsAdded);
        Assert.Equal(0, second.RelationsAdded);
        Assert.Equal(1, second.RelationsAlreadyStored);
        Assert.Equal(1, (await Store.GetStatsAsync()).Relations);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_file_repeating_an_observation_stores_it_once_with_the_first_evidence(bool storeHoldsRelations)
    {
        if (storeHoldsRelations) await IngestAsync(Relation("x", RelationType.Follows, "y", "earlier"));
        var result = await IngestAsync(
            Relation("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", "tweet-1", quote: "first"),
            Relation("saskia-esken", RelationType.Tagged, "ashton-kutcher", "tweet-1"),
            Relation("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", "tweet-1", quote: "second"));

        Assert.Equal((2, 1), (result.RelationsAdded, result.RelationsAlreadyStored));
        var replies = await Store.ReadRelationsAsync(new RelationFilter(Types: new HashSet<RelationType> { RelationType.RepliedTo })).ToListAsync();
        Assert.Equal("first", Assert.Single(replies).Evidence.Quote);
    }

    [Fact]
    public async Task Two_replies_between_the_same_pair_are_two_relations()
    {
        await IngestAsync(
            Relation("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", "tweet-1"),
            Relation("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", "tweet-2"));

        var relations = await Store.ReadRelationsAsync(RelationFilter.All).ToListAsync();
        Assert.Equal(["tweet-1", "tweet-2"], relations.Select(r => r.Evidence.SourceId).Order());
    }

    [Fact]
    public async Task Same_source_id_with_another_type_is_another_relation()
    {
        await IngestAsync(
            Relation("ashton-kutcher", RelationType.Tagged, "saskia-esken", "tweet-1"),
            Relation("ashton-kutcher", RelationType.Tagged, "birgit-sippel", "tweet-1"),
            Relation("ashton-kutcher", RelationType.Liked, "saskia-esken", "tweet-1"));

        Assert.Equal(3, (await Store.GetStatsAsync()).Relations);
    }

    [Fact]
    public async Task Ingest_that_fails_midway_leaves_the_store_as_before()
    {
        await IngestAsync(new Actor("spd", "SPD", ActorKinds.Party));
        var versionBefore = await Store.GetVersionAsync();

        async IAsyncEnumerable<SourcedElement> FailingAfterManyRows()
        {
            for (var i = 0; i < 2_500; i++)
            {
                yield return At(Relation($"a{i}", RelationType.Follows, $"b{i}", $"s{i}"), i + 2);
                if (i % 500 == 0) await Task.Yield();
            }
            throw new IngestException("big.csv", 2_502, "weight", "a number");
        }

        await Assert.ThrowsAsync<IngestException>(() => Store.IngestAsync(FailingAfterManyRows(), new IngestOptions()));

        var stats = await Store.GetStatsAsync();
        Assert.Equal(1, stats.Actors);
        Assert.Equal(0, stats.Relations);
        Assert.Equal(versionBefore, await Store.GetVersionAsync());
    }

    [Fact]
    public async Task Strict_ingest_rejects_unknown_actor_naming_file_and_line_and_writes_nothing()
    {
        await IngestAsync(new Actor("saskia-esken", "Saskia Esken"));
        var rows = new[]
        {
            At(new Actor("birgit-sippel", "Birgit Sippel"), 2),
            At(Relation("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", "t1"), 3),
        };

        var error = await Assert.ThrowsAsync<IngestException>(() =>
            Store.IngestAsync(rows.ToAsyncEnumerable(), new IngestOptions(Strict: true)));

        Assert.Equal((3, "target"), (error.Line, error.Field));
        Assert.Contains("ashton-kutcher", error.Message);
        Assert.Null(await Store.GetActorAsync("birgit-sippel"));
    }

    [Fact]
    public async Task Unknown_actors_become_placeholders_named_by_their_id()
    {
        await IngestAsync(Relation("x:eskenja", RelationType.Follows, "x:aplusk", "f1"));

        var actor = await Store.GetActorAsync("x:aplusk");
        Assert.Equal(("x:aplusk", ActorKinds.Unknown), (actor!.Name, actor.Kind));
    }

    [Fact]
    public async Task Placeholder_never_overwrites_a_known_actor()
    {
        await IngestAsync(new Actor("saskia-esken", "Saskia Esken", ActorKinds.Person, "SPD", "DE"));
        await IngestAsync(Relation("ashton-kutcher", RelationType.Tagged, "saskia-esken", "t1"));

        var actor = await Store.GetActorAsync("saskia-esken");
        Assert.Equal(("Saskia Esken", "SPD"), (actor!.Name, actor.Party));
    }

    [Fact]
    public async Task Actor_ingested_again_is_updated()
    {
        await IngestAsync(new Actor("saskia-esken", "saskia-esken", ActorKinds.Unknown));
        await IngestAsync(new Actor("saskia-esken", "Saskia Esken", ActorKinds.Person, "SPD", "DE")
        {
            Handles = new Dictionary<string, string> { ["x"] = "EskenSaskia" },
            Attributes = new Dictionary<string, string> { ["role"] = "party co-leader" },
        });

        var actor = await Store.GetActorAsync("saskia-esken");
        Assert.Equal(("Saskia Esken", ActorKinds.Person, "SPD", "DE"), (actor!.Name, actor.Kind, actor.Party, actor.Country));
        Assert.Equal("EskenSaskia", actor.Handles["x"]);
        Assert.Equal("party co-leader", actor.Attributes["role"]);
    }

    [Fact]
    public async Task Evidence_round_trips_with_every_field()
    {
        var at = new DateTimeOffset(2022, 5, 11, 20, 15, 0, TimeSpan.FromHours(2));
        var quote = "Sie antwortete: \"Gern!\" — <b>&amp;</b> 中文 🙂";
        var sent = new Relation("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", at, 2.5,
            new Evidence("1524782", "https://x.com/EskenSaskia/status/1524782", quote, "article-1", 0.75, "manual"));
        await IngestAsync(new Document("article-1", "Kutcher sucht den Dialog", DocumentKinds.Article, null, new DateOnly(2022, 5, 12), "Some Outlet"), sent);

        var stored = Assert.Single(await Store.ReadRelationsAsync(RelationFilter.All).ToListAsync());
        Assert.Equal(sent with { At = at.ToUniversalTime() }, stored);
        var document = Assert.Single(await Store.ReadDocumentsAsync().ToListAsync());
        Assert.Equal(new DateOnly(2022, 5, 12), document.Date);
        Assert.Equal("Some Outlet", document.Outlet);
    }

    [Fact]
    public async Task Signed_points_at_a_document_created_when_unknown()
    {
        await IngestAsync(Relation("state:de", RelationType.Signed, "global-alliance-2012", "sig-de"));

        var stats = await Store.GetStatsAsync();
        Assert.Equal((1, 1), (stats.Actors, stats.Documents));
        Assert.Null(await Store.GetActorAsync("global-alliance-2012"));
    }

    [Fact]
    public async Task Version_changes_on_a_change_and_not_on_a_repeat()
    {
        var v0 = await Store.GetVersionAsync();
        await IngestAsync(Relation("a", RelationType.Tagged, "b", "t1"));
        var v1 = await Store.GetVersionAsync();
        await IngestAsync(Relation("a", RelationType.Tagged, "b", "t1"));
        var v2 = await Store.GetVersionAsync();

        Assert.NotEqual(v0, v1);
        Assert.Equal(v1, v2);
    }

    [Fact]
    public async Task Stats_count_relations_per_type()
    {
        await IngestAsync(
            Relation("a", RelationType.Tagged, "b", "1"), Relation("a", RelationType.Tagged, "c", "2"),
            Relation("b", RelationType.RepliedTo, "a", "3"), new Document("d", "Declaration"));

        var stats = await Store.GetStatsAsync();
        Assert.Equal((3, 1, 3), (stats.Actors, stats.Documents, stats.Relations));
        Assert.Equal(2, stats.RelationsByType["TAGGED"]);
        Assert.Equal(1, stats.RelationsByType["REPLIED_TO"]);
    }

    [Fact]
    public async Task Search_finds_actors_by_part_of_name_ignoring_case_and_umlauts_case()
    {
        await IngestAsync(new Actor("kevin-kuehnert", "Kevin Kühnert"), new Actor("saskia-esken", "Saskia Esken"), new Actor("spd", "SPD", ActorKinds.Party));

        Assert.Equal(["kevin-kuehnert"], (await Store.FindActorsAsync("KÜHN", 10)).Select(a => a.Id));
        Assert.Equal(["saskia-esken"], (await Store.FindActorsAsync("esk", 10)).Select(a => a.Id));
        Assert.Equal(2, (await Store.FindActorsAsync(null, 2)).Count);
    }

    [Fact]
    public async Task Relations_filter_by_type_time_weight_confidence_and_actor()
    {
        var may = new DateTimeOffset(2022, 5, 11, 0, 0, 0, TimeSpan.Zero);
        await IngestAsync(
            Relation("a", RelationType.Tagged, "b", "1", may, weight: 1, confidence: 1),
            Relation("b", RelationType.RepliedTo, "a", "2", may.AddDays(1), weight: 3, confidence: 0.5),
            Relation("c", RelationType.Follows, "a", "3", null, weight: 2, confidence: 0.9),
            Relation("c", RelationType.Tagged, "d", "4", may.AddDays(30)));

        async Task<string[]> Ids(RelationFilter filter) =>
            (await Store.ReadRelationsAsync(filter).ToListAsync()).Select(r => r.Evidence.SourceId).Order().ToArray();

        Assert.Equal(["1", "4"], await Ids(new RelationFilter(Types: new HashSet<RelationType> { RelationType.Tagged })));
        Assert.Equal(["1", "2"], await Ids(new RelationFilter(From: may, To: may.AddDays(2))));
        Assert.Equal(["2", "3"], await Ids(new RelationFilter(MinWeight: 2)));
        Assert.Equal(["1", "3", "4"], await Ids(new RelationFilter(MinConfidence: 0.8)));
        Assert.Equal(["1", "2", "3"], await Ids(new RelationFilter(Actor: "a")));
    }

    [Fact]
    public async Task Relations_come_undated_first_then_by_time()
    {
        var may = new DateTimeOffset(2022, 5, 11, 0, 0, 0, TimeSpan.Zero);
        await IngestAsync(
            Relation("a", RelationType.Tagged, "b", "late", may.AddDays(3)),
            Relation("a", RelationType.Tagged, "b", "undated"),
            Relation("a", RelationType.Tagged, "b", "early", may));

        var order = (await Store.ReadRelationsAsync(RelationFilter.All).ToListAsync()).Select(r => r.Evidence.SourceId);
        Assert.Equal(["undated", "early", "late"], order);
    }

    [Fact]
    public async Task Topology_holds_the_filtered_relations_as_integers_and_their_keys_fetch_the_evidence()
    {
        var may = new DateTimeOffset(2022, 5, 11, 0, 0, 0, TimeSpan.Zero);
        await IngestAsync(
            new Actor("b", "Birgit"), new Actor("a", "Ashton"),
            Relation("a", RelationType.Tagged, "b", "1", may, weight: 2, quote: "@b look"),
            Relation("b", RelationType.RepliedTo, "a", "2", may.AddDays(1), confidence: 0.5, quote: "thanks"),
            Relation("c", RelationType.Signed, "decl", "3", quote: "signed"));

        var t = await Store.ReadTopologyAsync(new RelationFilter(new HashSet<RelationType> { RelationType.Tagged, RelationType.Signed }));

        // Every stored actor first, in id order (the placeholder c too), then the document.
        Assert.Equal(["a", "b", "c", "decl"], t.Ids);
        Assert.Equal(["Ashton", "Birgit", "c", "decl"], t.Names);
        Assert.Equal(3, t.Actors);
        var edges = Enumerable.Range(0, t.RelationCount).Select(i => (t.Ids[t.Source[i]], t.Types[i], t.Ids[t.Target[i]], t.Weights[i])).Order();
        Assert.Equal([("a", RelationType.Tagged, "b", 2.0), ("c", RelationType.Signed, "decl", 1.0)], edges);
        var evidence = await Store.ReadRelationsAsync(t.Keys);
        Assert.Equal(["@b look", "signed"], t.Keys.Select(k => evidence[k].Evidence.Quote).Order());
        Assert.Equal(0, (await Store.ReadTopologyAsync(new RelationFilter(MinConfidence: 0.9, From: may.AddDays(1)))).RelationCount);
    }

    // Accounts 9006 and 9007 are withheld in the first file (author_id, in_reply_to_user_id only); 9010 too.
    private const string WithheldPage = """
        {"data": [{"id": "101", "author_id": "9006", "created_at": "2021-12-10T10:00:00.000Z", "text": "@juliaweiss_fict Stimmt nicht.", "entities": {"mentions": [{"start": 0, "end": 16, "username": "juliaweiss_fict", "id": "9004"}]}}, {"id": "102", "author_id": "9004", "created_at": "2021-12-10T11:00:00.000Z", "text": "Quelle?", "in_reply_to_user_id": "9007", "referenced_tweets": [{"type": "replied_to", "id": "100"}]}, {"id": "103", "author_id": "9004", "created_at": "2021-12-10T12:00:00.000Z", "text": "Danke", "in_reply_to_user_id": "9006", "referenced_tweets": [{"type": "replied_to", "id": "101"}]}, {"id": "105", "author_id": "9004", "created_at": "2021-12-10T13:00:00.000Z", "text": "Wer?", "in_reply_to_user_id": "9010", "referenced_tweets": [{"type": "replied_to", "id": "99"}]}], "includes": {"users": [{"id": "9004", "username": "juliaweiss_fict", "name": "Julia Weiss (fiktiv)"}]}, "errors": [{"value": "9006", "title": "Forbidden", "resource_type": "user", "resource_id": "9006"}]}
        """;

    // A later collection that includes 9006 and 9007: tweet 101 again, now with its author, and a new tweet 104.
    private const string NamingPage = """
        {"data": [{"id": "101", "author_id": "9006", "created_at": "2021-12-10T10:00:00.000Z", "text": "@juliaweiss_fict Stimmt nicht.", "entities": {"mentions": [{"start": 0, "end": 16, "username": "juliaweiss_fict", "id": "9004"}]}}, {"id": "104", "author_id": "9007", "created_at": "2021-12-11T10:00:00.000Z", "text": "@Ghost6_fict ja", "entities": {"mentions": [{"start": 0, "end": 12, "username": "Ghost6_fict", "id": "9006"}]}}], "includes": {"users": [{"id": "9004", "username": "juliaweiss_fict", "name": "Julia Weiss (fiktiv)"}, {"id": "9006", "username": "Ghost6_fict", "name": "Ghost 6", "public_metrics": {"followers_count": 12}}, {"id": "9007", "username": "ghost7_fict", "name": "Ghost 7"}]}}
        """;

    private Task<IngestResult> IngestTweetsAsync(string page, string map = "handle,actor\n")
    {
        var handles = XHandles.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(map)), "map.csv");
        var elements = new IngestReport().Watch(XTweetsReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(page)), "tweets.jsonl", handles), strict: false);
        return Store.IngestAsync(elements.ToAsyncEnumerable(), new IngestOptions());
    }

    private async Task<List<string>> StoredTriplesAsync() =>
        [.. (await Store.ReadRelationsAsync(RelationFilter.All).ToListAsync()).Select(r => $"{r.Source} {r.Type.ToName()} {r.Target} {r.Evidence.SourceId}").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_later_ingest_that_names_withheld_accounts_moves_their_relations_to_the_named_accounts_and_keeps_each_observation_once()
    {
        await IngestTweetsAsync(WithheldPage);
        Assert.Contains("x:id:9006 TAGGED x:juliaweiss_fict 101", await StoredTriplesAsync());

        var second = await IngestTweetsAsync(NamingPage, "handle,actor\nx:id:9010,max-bauer\n");

        Assert.Equal(
        [
            "x:ghost6_fict TAGGED x:juliaweiss_fict 101",
            "x:ghost7_fict TAGGED x:ghost6_fict 104",
            "x:juliaweiss_fict REPLIED_TO max-bauer 105",
            "x:juliaweiss_fict REPLIED_TO x:ghost6_fict 103",
            "x:juliaweiss_fict REPLIED_TO x:ghost7_fict 102",
        ], await StoredTriplesAsync());
        Assert.Equal(["x:id:9006 x:ghost6_fict", "x:id:9007 x:ghost7_fict", "x:id:9010 max-bauer"],
            second.Named.Select(a => $"{a.From} {a.To}").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(await Store.ReadActorsAsync().ToListAsync(), a => a.Id.StartsWith("x:id:", StringComparison.Ordinal));
        Assert.Equal("12", (await Store.GetActorAsync("x:ghost6_fict"))!.Attributes["followers_count"]);
    }

    [Fact]
    public async Task Ingesting_either_file_again_after_the_naming_adds_nothing_and_names_nothing()
    {
        await IngestTweetsAsync(WithheldPage);
        await IngestTweetsAsync(NamingPage);
        var stored = await StoredTriplesAsync();

        var again = await IngestTweetsAsync(NamingPage);
        var first = await IngestTweetsAsync(WithheldPage);

        Assert.Equal((0, 0), (again.RelationsAdded, again.Named.Count));
        Assert.Equal((0, 0), (first.RelationsAdded, first.Named.Count));
        Assert.Equal(stored, await StoredTriplesAsync());
        Assert.Null(await Store.GetActorAsync("x:id:9006"));
    }

    [Fact]
    public async Task An_account_withheld_early_in_an_ingest_and_included_later_in_it_is_stored_named()
    {
        var handles = XHandles.Empty();
        var elements = new IngestReport().Watch(
            new[] { WithheldPage, NamingPage }.SelectMany((page, i) => XTweetsReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(page)), $"{i}.jsonl", handles)),
            strict: false);

        var result = await Store.IngestAsync(elements.ToAsyncEnumerable(), new IngestOptions());

        Assert.Equal(["x:id:9006 x:ghost6_fict", "x:id:9007 x:ghost7_fict"], result.Named.Select(a => $"{a.From} {a.To}").Order(StringComparer.Ordinal));
        Assert.Equal(
        [
            "x:ghost6_fict TAGGED x:juliaweiss_fict 101",
            "x:ghost7_fict TAGGED x:ghost6_fict 104",
            "x:juliaweiss_fict REPLIED_TO x:ghost6_fict 103",
            "x:juliaweiss_fict REPLIED_TO x:ghost7_fict 102",
            "x:juliaweiss_fict REPLIED_TO x:id:9010 105",
        ], await StoredTriplesAsync());
    }
}
