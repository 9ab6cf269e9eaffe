using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// A news article someone posts or shares names its outlet (TAGGED from the poster, issue 13's convention "by a linked article
/// of an outlet"): the outlet before the article noun ("a BBC story", "the Guardian's report") or after it ("an article from
/// the Guardian", "einen Artikel der Zeitung"). An article about an outlet, an outlet off a post, and a relative clause's
/// poster give nothing. Invented sentences.
/// </summary>
public sealed class PostedArticlesTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", []),
        new KnownActor("anna-berger", "Anna Berger", "person", "f", []),
        new KnownActor("daily-courier", "Daily Courier", "media", null, ["Courier"]),
        new KnownActor("morgenblatt", "Morgenblatt", "media", null, ["Morgenblatts"]),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    [InlineData("en", "Tom Baker shared a Daily Courier story on Twitter.", "tom-baker TAGGED daily-courier")]
    [InlineData("en", "Mary Collins posted the Courier's report on Facebook.", "mary-collins TAGGED daily-courier")]
    [InlineData("en", "Tom Baker tweeted an article from the Daily Courier about the strike.", "tom-baker TAGGED daily-courier")]
    [InlineData("en", "Sharing a Daily Courier story headlined “Trains late again”, Mary Collins wrote: “Shame.”", "mary-collins TAGGED daily-courier")]
    [InlineData("de", "Anna Berger teilte auf Facebook einen Artikel des Morgenblatts.", "anna-berger TAGGED morgenblatt")]
    [InlineData("en", "Tom Baker retweeted a link to a Daily Courier article about the rail plan.", "tom-baker TAGGED daily-courier")]
    public void An_article_posted_names_its_outlet(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));

    [Theory]
    // An article about the outlet, or one the outlet printed about someone, is not the outlet's link.
    [InlineData("en", "Tom Baker shared a story about the Daily Courier on Twitter.", "tom-baker TAGGED daily-courier")]
    // Not posted: read aloud, written for the outlet, or posted by someone a relative clause names.
    [InlineData("en", "Tom Baker read a Daily Courier story to the chamber.", "tom-baker TAGGED daily-courier")]
    [InlineData("en", "Tom Baker wrote an article for the Daily Courier.", "tom-baker TAGGED daily-courier")]
    [InlineData("en", "Mary Collins, who shared a Daily Courier story, spoke to Tom Baker.", "tom-baker TAGGED daily-courier")]
    [InlineData("de", "Anna Berger hat keinen Artikel des Morgenblatts geteilt.", "anna-berger TAGGED morgenblatt")]
    // The article's link is no repost of the outlet's post.
    [InlineData("en", "Tom Baker retweeted a link to a Daily Courier article about the rail plan.", "tom-baker RETWEETED daily-courier")]
    public void No_outlet_where_no_article_of_it_was_posted(string language, string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Triples(text, language));
}
