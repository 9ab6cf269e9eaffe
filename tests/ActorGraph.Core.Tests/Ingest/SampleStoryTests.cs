using ActorGraph.Core.Tests.Storage;
using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class SampleStoryTests : IAsyncLifetime
{
    private TemporarySqliteStore _temporary = null!;
    private SqliteGraphStore _store = null!;
    private IngestResult _loaded = null!;
    private List<Relation> _relations = null!;

    public async Task InitializeAsync()
    {
        _temporary = await TemporarySqliteStore.CreateAsync();
        _store = _temporary.Store;
        // Strict: every actor and document a relation names must be declared in the sample's own files.
        _loaded = await SampleStory.LoadAsync(_store);
        _relations = await _store.ReadRelationsAsync(RelationFilter.All).ToListAsync();
    }

    public async Task DisposeAsync() => await _temporary.DisposeAsync();

    private bool Has(string source, RelationType type, string target) =>
        _relations.Any(r => r.Source == source && r.Type == type && r.Target == target);

    [Fact]
    public void Kutcher_tagged_the_three_spd_politicians()
    {
        Assert.True(Has("ashton-kutcher", RelationType.Tagged, "saskia-esken"));
        Assert.True(Has("ashton-kutcher", RelationType.Tagged, "birgit-sippel"));
        Assert.True(Has("ashton-kutcher", RelationType.Tagged, "norbert-walter-borjans"));
    }

    [Fact]
    public void Esken_replied_and_followed_back_Sippel_replied_Kutcher_liked_Eskens_reply()
    {
        Assert.True(Has("saskia-esken", RelationType.RepliedTo, "ashton-kutcher"));
        Assert.True(Has("saskia-esken", RelationType.Follows, "ashton-kutcher"));
        Assert.True(Has("birgit-sippel", RelationType.RepliedTo, "ashton-kutcher"));
        Assert.True(Has("ashton-kutcher", RelationType.Liked, "saskia-esken"));
    }

    [Fact]
    public void Walter_Borjans_never_answered()
    {
        Assert.DoesNotContain(_relations, r => r.Source == "norbert-walter-borjans" && r.Type is RelationType.RepliedTo or RelationType.Follows);
    }

    [Fact]
    public void Forty_eight_distinct_states_signed_the_2012_alliance()
    {
        var signatories = _relations.Where(r => r.Type == RelationType.Signed && r.Target == "global-alliance-2012").Select(r => r.Source).Distinct().ToList();
        Assert.Equal(48, signatories.Count);
        Assert.All(signatories, id => Assert.StartsWith("state:", id));
    }

    [Fact]
    public async Task Every_observed_relation_cites_an_article_with_title_and_outlet()
    {
        var documents = (await _store.ReadDocumentsAsync().ToListAsync()).ToDictionary(d => d.Id);
        foreach (var relation in _relations.Where(r => r.Type != RelationType.Signed))
        {
            Assert.False(string.IsNullOrWhiteSpace(relation.Evidence.Quote), $"{relation.Evidence.SourceId} has no evidence note");
            Assert.True(relation.Evidence.DocumentId is { } id && documents.ContainsKey(id), $"{relation.Evidence.SourceId} cites no known document");
            var article = documents[relation.Evidence.DocumentId!];
            Assert.False(string.IsNullOrWhiteSpace(article.Title));
            Assert.False(string.IsNullOrWhiteSpace(article.Outlet), $"{article.Id} names no outlet");
        }
    }

    [Fact]
    public async Task Loading_again_adds_nothing()
    {
        var again = await SampleStory.LoadAsync(_store);
        Assert.Equal(0, again.RelationsAdded);
        Assert.Equal(_loaded.RelationsAdded, again.RelationsAlreadyStored);
    }

    [Fact]
    public async Task Load_if_empty_leaves_a_store_with_actors_alone()
    {
        Assert.False(await SampleStory.LoadIfEmptyAsync(_store));
    }
}
