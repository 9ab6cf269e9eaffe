using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Storage;

public sealed class ActorIndexTests
{
    private static readonly Actor[] Actors =
    [
        new("kevin-kuehnert", "Kevin Kühnert"), new("saskia-esken", "Saskia Esken"), new("spd", "SPD", ActorKinds.Party),
        new("esken-fan", "esken fan club"), new("b", "Ärzte ohne Grenzen"), new("a", "Ärzte ohne Grenzen"), new("z", "zebra"), new("Z2", "Zebra"),
    ];

    [Theory]
    [InlineData(null, 100)]
    [InlineData("", 3)]
    [InlineData("esk", 100)]
    [InlineData("ESK", 1)]
    [InlineData("KÜHN", 10)]
    [InlineData("ärzte", 10)]
    [InlineData("zebra", 10)]
    [InlineData("nobody", 10)]
    public async Task Finds_what_the_store_finds_in_the_same_order(string? search, int limit)
    {
        await using var temporary = await TemporarySqliteStore.CreateAsync();
        await temporary.Store.IngestAsync(Actors.Select((a, i) => new SourcedElement(a, "actors.csv", i + 2)).ToAsyncEnumerable(), new IngestOptions());
        var index = await ActorIndex.LoadAsync(temporary.Store);

        var expected = (await temporary.Store.FindActorsAsync(search, limit)).Select(a => a.Id).ToList();

        Assert.Equal(expected, index.Find(search, limit).Select(a => a.Id));
    }
}
