using ActorGraph.Analysis;
using ActorGraph.Core.Tests.Storage;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Analysis;

/// <summary>Snapshots taken from a real store holding a story shaped like the seed story.</summary>
public sealed class GraphSnapshotTests : IAsyncLifetime
{
    private TemporarySqliteStore temporary = null!;
    private SqliteGraphStore store = null!;

    private static readonly DateTimeOffset Day1 = new(2023, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly string[] States = Enumerable.Range(1, 48).Select(i => $"state-{i:00}").ToArray();

    public async Task InitializeAsync()
    {
        temporary = await TemporarySqliteStore.CreateAsync();
        store = temporary.Store;
        var elements = new List<IGraphElement>
        {
            new Document("global-alliance-2012", "Declaration on launching the Global Alliance against child sexual abuse online"),
            new Document("other-declaration", "Another declaration"),
            new Actor("ashton-kutcher", "Ashton Kutcher"),
            new Actor("saskia-esken", "Saskia Esken", Party: "SPD"),
            new Actor("birgit-sippel", "Birgit Sippel", Party: "SPD"),
            new Actor("norbert-walter-borjans", "Norbert Walter-Borjans", Party: "SPD"),
            new Actor("nobody", "An actor without relations"),
            Rel("ashton-kutcher", RelationType.Tagged, "saskia-esken", "t1", Day1),
            Rel("ashton-kutcher", RelationType.Tagged, "birgit-sippel", "t1", Day1),
            Rel("ashton-kutcher", RelationType.Tagged, "norbert-walter-borjans", "t1", Day1),
            Rel("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", "t2", Day2, quote: "Esken answers Kutcher."),
            Rel("saskia-esken", RelationType.RepliedTo, "ashton-kutcher", "t3", Day2, weight: 2),
            Rel("saskia-esken", RelationType.Follows, "ashton-kutcher", "f1", null),
            Rel("ashton-kutcher", RelationType.Liked, "saskia-esken", "l1", Day2),
            Rel("birgit-sippel", RelationType.RepliedTo, "ashton-kutcher", "t4", Day2, confidence: 0.5),
        };
        elements.AddRange(States.Select(s => new Actor(s, s, ActorKinds.State)));
        elements.AddRange(States.Select(s => Rel(s, RelationType.Signed, "global-alliance-2012", $"sig-{s}", null)));
        elements.AddRange(States.Take(2).Select(s => Rel(s, RelationType.Signed, "other-declaration", $"sig2-{s}", null)));
        await store.IngestAsync(elements.Select((e, i) => new SourcedElement(e, "test.csv", i + 2)).ToAsyncEnumerable(), new IngestOptions());
    }

    public async Task DisposeAsync() => await temporary.DisposeAsync();

    private static Relation Rel(string source, RelationType type, string target, string id, DateTimeOffset? at,
        double weight = 1, double confidence = 1, string? quote = null) =>
        new(source, type, target, at, weight, new Evidence(id, null, quote, null, confidence, "test"));

    private static SnapshotOptions Types(params RelationType[] types) => new(types.ToHashSet());

    [Fact]
    public async Task Esken_and_Sippel_reach_Kutcher_with_the_evidence_of_their_replies()
    {
        var g = await GraphSnapshot.LoadAsync(store, Types(RelationType.RepliedTo));
        var kutcher = g.RequireIndex("ashton-kutcher");
        foreach (var id in new[] { "saskia-esken", "birgit-sippel" })
        {
            var path = Paths.Shortest(g, g.RequireIndex(id), kutcher)!;
            Assert.Equal(1, path.Length);
            Assert.All(g.RelationsOf(path.Edges[0]).ToArray(), r => Assert.Equal(RelationType.RepliedTo, g.Topology.Types[r]));
        }
        var esken = Paths.Shortest(g, g.RequireIndex("saskia-esken"), kutcher)!;
        var evidence = await g.ReadRelationsAsync(store, g.RelationsOf(esken.Edges[0]).ToArray());
        Assert.Equal(["t2", "t3"], evidence.Values.Select(r => r.Evidence.SourceId).Order());
        Assert.Equal(3.0, g.EdgeWeight[esken.Edges[0]]);
        Assert.Equal(-1, g.IndexOf("norbert-walter-borjans"));
    }

    [Fact]
    public async Task The_signatories_form_one_co_signed_clique_weighted_by_shared_documents()
    {
        var g = await GraphSnapshot.LoadAsync(store, new SnapshotOptions(new HashSet<RelationType> { RelationType.CoSigned }, Directed: false));
        Assert.Equal(48, g.NodeCount);
        Assert.Equal(48 * 47 / 2, g.EdgeCount);
        Assert.All(Enumerable.Range(0, 48), u => Assert.Equal(47, g.OutDegree(u)));
        Assert.All(Clustering.Compute(g), c => Assert.Equal(1.0, c));
        var (a, b) = (g.RequireIndex(States[0]), g.RequireIndex(States[1]));
        var edge = Paths.Shortest(g, a, b)!.Edges.Single();
        Assert.Equal(2.0, g.EdgeWeight[edge]);
        Assert.Equal(4, g.RelationsOf(edge).Length);
        Assert.All(g.RelationsOf(edge).ToArray(), r => Assert.Equal(RelationType.Signed, g.Topology.Types[r]));
    }

    [Fact]
    public async Task Co_signed_in_the_directed_view_points_both_ways()
    {
        var g = await GraphSnapshot.LoadAsync(store, Types(RelationType.CoSigned));
        Assert.Equal(48 * 47, g.EdgeCount);
    }

    [Fact]
    public async Task Signed_relations_make_documents_nodes_named_by_title()
    {
        var g = await GraphSnapshot.LoadAsync(store, Types(RelationType.Signed));
        var doc = g.RequireIndex("global-alliance-2012");
        Assert.StartsWith("Declaration on launching", g.Names[doc]);
        Assert.Equal(48, g.InDegree(doc));
    }

    [Fact]
    public async Task Time_window_leaves_out_undated_and_outside_relations()
    {
        var g = await GraphSnapshot.LoadAsync(store, new SnapshotOptions(From: Day2, To: Day2));
        var types = Enumerable.Range(0, g.EdgeCount).SelectMany(e => g.RelationsOf(e).ToArray()).Select(r => g.Topology.Types[r]).Distinct().Order();
        Assert.Equal([RelationType.RepliedTo, RelationType.Liked], types);
    }

    [Fact]
    public async Task Minimum_confidence_and_weight_filter_relations()
    {
        var confident = await GraphSnapshot.LoadAsync(store, new SnapshotOptions(new HashSet<RelationType> { RelationType.RepliedTo }, MinConfidence: 0.9));
        Assert.Equal(-1, confident.IndexOf("birgit-sippel"));
        var heavy = await GraphSnapshot.LoadAsync(store, new SnapshotOptions(new HashSet<RelationType> { RelationType.RepliedTo }, MinWeight: 2));
        Assert.Equal(1, heavy.EdgeCount);
        Assert.Equal(2.0, heavy.EdgeWeight[0]);
    }

    [Theory]
    [InlineData(RelationType.RepliedTo, RelationType.Liked)]
    [InlineData(RelationType.CoSigned, RelationType.Tagged)]
    public async Task A_snapshot_reread_undirected_equals_loading_it_undirected(RelationType first, RelationType second)
    {
        var directed = new SnapshotOptions(new HashSet<RelationType> { first, second });
        var loaded = await GraphSnapshot.LoadAsync(store, directed with { Directed = false });
        var reread = (await GraphSnapshot.LoadAsync(store, directed)).Reread(directed with { Directed = false });

        Assert.False(reread.Directed);
        Assert.Equal(loaded.Ids, reread.Ids);
        Assert.Equal(loaded.Names, reread.Names);
        Assert.Equal(loaded.EdgeSource, reread.EdgeSource);
        Assert.Equal(loaded.EdgeTarget, reread.EdgeTarget);
        Assert.Equal(loaded.EdgeWeight, reread.EdgeWeight);
        Assert.Equal(Enumerable.Range(0, loaded.EdgeCount).Select(e => loaded.RelationsOf(e).ToArray()),
            Enumerable.Range(0, reread.EdgeCount).Select(e => reread.RelationsOf(e).ToArray()));
    }

    [Fact]
    public async Task Undirected_view_merges_both_directions_into_one_edge()
    {
        var types = new HashSet<RelationType> { RelationType.RepliedTo, RelationType.Liked };
        var directed = await GraphSnapshot.LoadAsync(store, new SnapshotOptions(types));
        var undirected = await GraphSnapshot.LoadAsync(store, new SnapshotOptions(types, Directed: false));
        Assert.Equal(3, directed.EdgeCount);
        Assert.Equal(2, undirected.EdgeCount);
        var esken = undirected.RequireIndex("saskia-esken");
        var edge = Paths.Shortest(undirected, esken, undirected.RequireIndex("ashton-kutcher"))!.Edges.Single();
        Assert.Equal(4.0, undirected.EdgeWeight[edge]);
        Assert.Equal(3, undirected.RelationsOf(edge).Length);
    }

    [Fact]
    public async Task Isolated_actors_are_included_only_when_asked()
    {
        Assert.Equal(-1, (await GraphSnapshot.LoadAsync(store, SnapshotOptions.Default)).IndexOf("nobody"));
        var all = await GraphSnapshot.LoadAsync(store, new SnapshotOptions(IncludeIsolated: true));
        Assert.Equal(0, all.OutDegree(all.RequireIndex("nobody")));
    }

    [Fact]
    public void Endpoints_without_a_stored_record_are_actors_and_the_targets_of_signed_are_documents()
    {
        var source = new SnapshotSource(
        [
            new Relation("letter-signer", RelationType.Signed, "open-letter", null, 1, new Evidence("s1")),
            new Relation("anna", RelationType.Tagged, "ben", null, 1, new Evidence("t1")),
        ], new Dictionary<string, string>(), []);

        var g = GraphSnapshot.FromRelations(source, SnapshotOptions.Default);

        Assert.Equal(["letter-signer", "anna", "ben"], Enumerable.Range(0, g.NodeCount).Where(u => !g.IsDocument(u)).Select(u => g.Ids[u]));
        Assert.Equal(["open-letter"], Enumerable.Range(0, g.NodeCount).Where(g.IsDocument).Select(u => g.Ids[u]));
    }

    [Fact]
    public void Snapshot_options_are_equal_when_their_types_are_the_same_set_so_they_can_key_a_cache()
    {
        var a = new SnapshotOptions(new HashSet<RelationType> { RelationType.Tagged, RelationType.RepliedTo }, From: Day1);
        var b = new SnapshotOptions(new HashSet<RelationType> { RelationType.RepliedTo, RelationType.Tagged }, From: Day1);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Types = new HashSet<RelationType> { RelationType.Tagged } });
        Assert.NotEqual(a, b with { Types = null });
        Assert.NotEqual(a, b with { Directed = false });
    }
}
