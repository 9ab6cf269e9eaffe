using ActorGraph.Extraction;
using Xunit.Abstractions;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// The three seed articles (third-party text in ../shared/seeds, read at test time, never copied here) and the facts
/// they report, as listed in issue 8.
/// </summary>
public sealed class SeedArticleTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<ExtractedRelation>> Found = new(() =>
    {
        var extractor = new RuleExtractor(ExtractionData.Actors("seed-actors.tsv"));
        return SeedArticles.Texts.SelectMany(t => extractor.Extract(t)).ToList();
    });

    private static HashSet<string> Triples => Found.Value.Select(r => $"{r.Source} {r.Relation.ToString()} {r.Target}").ToHashSet();

    [Theory]
    [InlineData("ashton-kutcher Tagged saskia-esken")]
    [InlineData("ashton-kutcher Tagged birgit-sippel")]
    [InlineData("ashton-kutcher Tagged norbert-walter-borjans")]
    [InlineData("saskia-esken RepliedTo ashton-kutcher")]
    [InlineData("saskia-esken Follows ashton-kutcher")]
    [InlineData("birgit-sippel RepliedTo ashton-kutcher")]
    [InlineData("ashton-kutcher Liked saskia-esken")]
    [InlineData("deutschland Signed global-alliance-against-child-sexual-abuse-online")]
    [InlineData("vereinigte-staaten Signed global-alliance-against-child-sexual-abuse-online")]
    [InlineData("suedkorea Signed global-alliance-against-child-sexual-abuse-online")]
    [InlineData("schweiz Signed global-alliance-against-child-sexual-abuse-online")]
    [InlineData("thailand Signed global-alliance-against-child-sexual-abuse-online")]
    [InlineData("tuerkei Signed global-alliance-against-child-sexual-abuse-online")]
    public void Finds_what_the_articles_report(string triple)
    {
        foreach (var r in Found.Value) output.WriteLine($"{r.Source} {r.Relation} {r.Target} {r.Confidence} | {r.Explanation} | {r.Evidence}");
        Assert.Contains(triple, Triples);
    }

    [Theory]
    [InlineData("norbert-walter-borjans RepliedTo ashton-kutcher")]
    [InlineData("china Signed global-alliance-against-child-sexual-abuse-online")]
    public void Does_not_claim_what_did_not_happen(string triple) => Assert.DoesNotContain(triple, Triples);

    [Fact]
    public void Walter_Borjans_is_source_of_nothing() => Assert.DoesNotContain(Found.Value, r => r.Source == "norbert-walter-borjans");
}
