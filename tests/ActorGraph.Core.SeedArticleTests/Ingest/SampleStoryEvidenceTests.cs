using System.Text.RegularExpressions;
using ActorGraph.Core.Tests.Storage;
using ActorGraph.Ingest;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Ingest;

public sealed partial class SampleStoryEvidenceTests
{
    /// <summary>The evidence notes are the project's own paraphrases: none repeats six words in a row of a seed article.</summary>
    [Fact]
    public async Task Evidence_notes_do_not_copy_the_seed_articles()
    {
        var seedRuns = SeedArticles.Texts.SelectMany(Runs).ToHashSet();
        Assert.NotEmpty(seedRuns);
        await using var temporary = await TemporarySqliteStore.CreateAsync();
        await SampleStory.LoadAsync(temporary.Store);
        var relations = await temporary.Store.ReadRelationsAsync(RelationFilter.All).ToListAsync();
        Assert.NotEmpty(relations);

        foreach (var relation in relations)
        {
            var copied = Runs(relation.Evidence.Quote ?? "").FirstOrDefault(seedRuns.Contains);
            Assert.True(copied is null, $"{relation.Evidence.SourceId} repeats the seed text \"{copied}\"");
        }
    }

    private static IEnumerable<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        for (var i = 0; i + 6 <= words.Length; i++) yield return string.Join(' ', words[i..(i + 6)]);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'-]*|\p{N}+")]
    private static partial Regex Word();
}
