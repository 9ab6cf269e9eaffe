using ActorGraph.Analysis;
using ActorGraph.Core.Tests.Storage;
using ActorGraph.Export;
using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Analysis;

/// <summary>The shipped sample story, analysed.</summary>
public sealed class SeedStoryTests : IAsyncLifetime
{
    private TemporarySqliteStore temporary = null!;
    private SqliteGraphStore store = null!;

    public async Task InitializeAsync()
    {
        temporary = await TemporarySqliteStore.CreateAsync();
        store = temporary.Store;
        await SampleStory.LoadAsync(store);
    }

    public async Task DisposeAsync() => await temporary.DisposeAsync();

    [Fact]
    public async Task Esken_and_Sippel_reach_Kutcher_by_replies_with_evidence()
    {
        var g = await GraphSnapshot.LoadAsync(store, new SnapshotOptions(new HashSet<RelationType> { RelationType.RepliedTo }));
        foreach (var id in new[] { "saskia-esken", "birgit-sippel" })
        {
            var path = (await Paths.DescribeAsync(store, g, [Paths.Shortest(g, g.RequireIndex(id), g.RequireIndex("ashton-kutcher"))!])).Single();
            Assert.Equal([id, "ashton-kutcher"], path.Actors.Select(a => a.Id));
            Assert.All(path.Steps.Single().Relations, r => Assert.False(string.IsNullOrEmpty(r.Evidence.Quote ?? r.Evidence.Url)));
        }
    }

    [Fact]
    public async Task The_signatories_form_one_co_signed_clique()
    {
        var signers = (await store.ReadRelationsAsync(new RelationFilter(new HashSet<RelationType> { RelationType.Signed })).ToListAsync())
            .Select(r => r.Source).Distinct().Count();
        var g = await GraphSnapshot.LoadAsync(store, new SnapshotOptions(new HashSet<RelationType> { RelationType.CoSigned }, Directed: false));
        Assert.Equal(48, signers);
        Assert.Equal(signers, g.NodeCount);
        Assert.Equal(signers * (signers - 1) / 2, g.EdgeCount);
        Assert.Equal(1, Components.Weak(g).Count);
        Assert.All(KCore.Compute(g), k => Assert.Equal(signers - 1, k));
    }

    [Fact]
    public async Task Export_measures_cover_every_node_with_pagerank_summing_to_one()
    {
        var measures = await ExportMeasures.ComputeAsync(store, RelationFilter.All);
        Assert.Contains("ashton-kutcher", measures.ByNode.Keys);
        Assert.Equal(1.0, measures.ByNode.Values.Sum(m => m.PageRank), 1e-9);
        Assert.True(measures.ByNode["ashton-kutcher"].Relations >= 8);
    }
}
