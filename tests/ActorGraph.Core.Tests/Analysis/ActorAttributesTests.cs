using ActorGraph.Analysis;
using ActorGraph.Core.Tests.Storage;
using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Analysis;

/// <summary>Which stored attributes become numbers or categories, and what a snapshot's actors hold of them.</summary>
public sealed class ActorAttributesTests : IAsyncLifetime
{
    private TemporarySqliteStore _store = null!;

    public async Task InitializeAsync() => _store = await TemporarySqliteStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private static Actor With(string id, params (string Name, string Value)[] attributes) =>
        new(id, id.ToUpperInvariant()) { Attributes = attributes.ToDictionary(a => a.Name, a => a.Value) };

    private async Task<(ActorAttributes Attributes, GraphSnapshot Graph)> LoadAsync(params Actor[] actors)
    {
        // Each actor tags the next, so all are in the snapshot.
        var relations = actors.Zip(actors.Skip(1), (a, b) => new Relation(a.Id, RelationType.Tagged, b.Id, null, 1,
            new Evidence($"t-{a.Id}", null, null, null, 1, "test")));
        IEnumerable<IGraphElement> elements = [.. actors, .. relations];
        await _store.Store.IngestAsync(elements.Select((e, i) => new SourcedElement(e, "test", i + 1)).ToAsyncEnumerable(), new IngestOptions());
        var g = await GraphSnapshot.LoadAsync(_store.Store, SnapshotOptions.Default);
        return (await ActorAttributes.LoadAsync(_store.Store), g);
    }

    [Fact]
    public async Task Numbers_categories_and_free_text_are_told_apart_by_their_values()
    {
        var (attributes, g) = await LoadAsync(
            With("a", ("followers_count", "10"), ("score", "0.5"), ("verified_type", "blue"), ("description", "first"), ("x_id", "1"), ("mixed", "3")),
            With("b", ("followers_count", "2000000000000"), ("score", "-1e3"), ("verified_type", "blue"), ("description", "second"), ("x_id", "2"), ("mixed", "many")),
            With("c", ("verified_type", "government"), ("description", "third"), ("x_id", "3"), ("mixed", "many")));

        var described = attributes.Describe(g).ToDictionary(a => a.Name);

        Assert.Equal(["followers_count", "mixed", "score", "verified_type"], described.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((AttributeKinds.Number, 2, 10.0, 2e12), (described["followers_count"].Kind, described["followers_count"].Actors, described["followers_count"].Min, described["followers_count"].Max));
        Assert.Equal((-1000.0, 0.5), (described["score"].Min, described["score"].Max));
        // A column with one text among numbers is a category, as long as its values repeat.
        Assert.Equal(AttributeKinds.Category, described["mixed"].Kind);
        Assert.Equal([("blue", 2), ("government", 1)], described["verified_type"].Values!.Select(v => (v.Value, v.Actors)));
    }

    [Fact]
    public async Task Too_many_distinct_or_too_long_values_are_text_not_a_category()
    {
        var many = Enumerable.Range(0, ActorAttributes.MaxCategories + 1)
            .Select(i => With($"m{i:00}", ("city", $"city {i % (ActorAttributes.MaxCategories + 1)}"), ("bio", new string('x', ActorAttributes.MaxCategoryLength + 1)), ("tier", i % 2 == 0 ? "gold" : "silver")))
            .ToArray();
        var (attributes, g) = await LoadAsync(many);

        Assert.Equal(["tier"], attributes.Describe(g).Select(a => a.Name));
    }

    [Fact]
    public async Task Values_list_only_the_snapshot_actors_holding_the_attribute_highest_first()
    {
        var (attributes, g) = await LoadAsync(With("low", ("followers_count", "5")), With("none"), With("high", ("followers_count", "900")), With("mid", ("followers_count", "40")));

        Assert.Equal([("high", 900.0), ("mid", 40.0), ("low", 5.0)], attributes.Values(g, "followers_count").Select(v => (v.Id, v.Value!.Value)));
        Assert.Equal(["high"], attributes.Values(g, "followers_count", top: 1).Select(v => v.Id));
        // An actor outside the snapshot is not listed (the first relation alone: "low" and "none").
        var first = GraphSnapshot.FromEdges(["low", "none"], [(0, 1, 1.0)], directed: true);
        Assert.Equal(["low"], attributes.Values(first, "followers_count").Select(v => v.Id));
        var e = Assert.Throws<BadInputException>(() => attributes.Values(g, "following_count"));
        Assert.Contains("followers_count", e.Message);
    }
}
