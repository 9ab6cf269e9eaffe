using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// A picture or video someone posted of an actor names that actor (TAGGED from the poster), in English and German; who
/// stands with the poster in it, a picture that is another's, a negated post and a relative clause's poster do not.
/// Invented sentences.
/// </summary>
public sealed class PostedPicturesTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@TomBakerMP"]),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", []),
        new KnownActor("anna-berger", "Anna Berger", "person", "f", []),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("green-party", "Green Party", "party", null, []),
        new KnownActor("spd", "SPD", "party", null, []),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    [InlineData("en", "Tom Baker posted a photo of Mary Collins on Instagram.", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "On Sunday Tom Baker tweeted an old picture of Mary Collins with the caption 'fish of the day'.", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "The Green Party shared a video of Mary Collins singing at the conference.", "green-party TAGGED mary-collins")]
    // A relative clause says what the picture shows; "Bild von", a genitive and a compound noun ("Nahaufnahmen") name it too.
    [InlineData("de", "Markus Hahn teilte auf Instagram ein Foto, das Anna Berger beim Wandern zeigt.", "markus-hahn TAGGED anna-berger")]
    [InlineData("de", "Dort verbreitete die SPD ein Bild von Markus Hahn aus dem Flugzeug.", "spd TAGGED markus-hahn")]
    [InlineData("de", "Anna Berger postete zwei Nahaufnahmen des erkrankten Markus Hahn aus dem Plenarsaal.", "anna-berger TAGGED markus-hahn")]
    public void A_picture_posted_of_an_actor_tags_them(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));

    [Theory]
    // Company in the picture: it is about the poster.
    [InlineData("en", "Tom Baker posted a selfie with Mary Collins.", "TAGGED mary-collins")]
    [InlineData("de", "Markus Hahn teilte ein Selfie mit Anna Berger.", "TAGGED anna-berger")]
    // Another's picture: its author is no one shown.
    [InlineData("en", "Tom Baker shared a photo by Mary Collins.", "TAGGED mary-collins")]
    [InlineData("en", "Tom Baker shared Mary Collins's photo of the harbour.", "TAGGED mary-collins")]
    [InlineData("en", "Tom Baker shared a picture of Mary Collins with a sign, posted by the Green Party.", "TAGGED mary-collins")]
    [InlineData("de", "Markus Hahn teilte ein Bild von Anna Berger, gepostet von der SPD.", "markus-hahn TAGGED anna-berger")]
    // Negated; the poster is the relative clause's antecedent, not the sentence's subject.
    [InlineData("en", "Tom Baker did not post a photo of Mary Collins.", "TAGGED mary-collins")]
    [InlineData("en", "Tom Baker criticised an account that posted a photo of Mary Collins.", "TAGGED mary-collins")]
    [InlineData("de", "Markus Hahn kritisierte den Account, der ein Foto von Anna Berger teilte.", "TAGGED anna-berger")]
    public void A_picture_that_is_not_about_an_actor_the_poster_chose_tags_no_one(string language, string text, string absent) =>
        Assert.DoesNotContain(Triples(text, language), t => t.EndsWith(absent, StringComparison.Ordinal));
}
