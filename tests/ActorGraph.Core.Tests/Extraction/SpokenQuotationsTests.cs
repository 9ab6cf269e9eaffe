using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Quotations that are no post (issue 13, TAGGED precision on unseen reporting): words written in or told to a newspaper whose
/// name ends in "Post", spoken by someone whose description names a platform, spoken after a post was answered, spoken about a
/// post or at a venue, titles of shows, slogans and headlines, quotations from an article a relative clause names, comments someone
/// “liked”, a spokesperson's words, a platform that is only the topic of what was said. Each class has positive twins, so a guard cannot drop the class.
/// Invented German and English sentences.
/// </summary>
public sealed class SpokenQuotationsTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", []),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("anna-berger", "Anna Berger", "person", "f", []),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("wapo", "The Washington Post", "media", null, ["Washington Post"]),
        new KnownActor("labour", "Labour Party", "party", null, ["Labour"]),
        new KnownActor("spd", "SPD", "party", null, []),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    // An outlet named "Post" is no post: what someone wrote in or told the Washington Post is no post.
    [InlineData("en", "Tom Baker wrote in the Washington Post: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "In an op-ed for The Washington Post, Tom Baker wrote: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger sagte der Washington Post: „Markus Hahn irrt sich.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "In einem Gastbeitrag für die Washington Post schrieb Anna Berger: „Markus Hahn irrt sich.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "„Markus Hahn irrt sich“, sagte Anna Berger der Washington Post.", "anna-berger TAGGED markus-hahn")]
    // A platform or posting verb in the speaker's description is not where the words were said.
    [InlineData("en", "Tom Baker, who often tweets, said: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker, who has many Twitter followers, told reporters: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    // After a post answered, a quotation the text says was spoken (to a broadcaster, in an interview) is no post.
    [InlineData("en", "Tom Baker replied to a tweet by Mary Collins. “Peter Quinn is right,” he told the BBC.", "tom-baker TAGGED peter-quinn")]
    [InlineData("de", "Anna Berger antwortete auf den Tweet von Lea Krüger. „Markus Hahn hat recht“, sagte sie im Interview.", "anna-berger TAGGED markus-hahn")]
    // A short quotation after a noun with a title (show, Sendung, slogan, Motto) is that title.
    [InlineData("en", "Tom Baker discussed the tweet on the show “Mary Collins Tonight”.", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger sprach über den Tweet in der Sendung „Markus Hahn live“.", "anna-berger TAGGED markus-hahn")]
    // A post only talked about or answered; a post defended at a venue: the quotation is spoken.
    [InlineData("de", "Auf den Tweet angesprochen sagte Anna Berger: „Markus Hahn irrt sich.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Responding to the tweet, Tom Baker said: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger verteidigte ihren Tweet im Interview: „Markus Hahn irrt sich.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Tom Baker defended his tweet at a press conference: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    // (title nouns again, in a sentence of their own after a post)
    [InlineData("en", "Tom Baker’s tweet went viral. His slogan “Stop Mary Collins” was everywhere.", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger hat auf Instagram ein Video gepostet. Das Motto „Weg mit Markus Hahn“ stand darunter.", "anna-berger TAGGED markus-hahn")]
    // A headline or title after "headlined", "titled", "mit der Überschrift", "überschrieben mit" is no post.
    [InlineData("en", "Sharing a BBC story headlined “Mary Collins quits after two weeks”, Tom Baker wrote on Twitter: “Farcical.”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker posted a link to an article titled “Why Mary Collins is wrong”.", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger teilte auf X einen Artikel mit der Überschrift „Markus Hahn tritt zurück“.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Anna Berger verlinkte auf Facebook einen Text, überschrieben mit „Markus Hahn tritt zurück“.", "anna-berger TAGGED markus-hahn")]
    // The verb stands in a relative clause about an article or interview ("in which", ", in dem"): the quotation is from there.
    [InlineData("en", "The Twitter row began after Tom Baker referred to an article in which Peter Quinn commented: “Mary Collins must go.”", "peter-quinn TAGGED mary-collins")]
    [InlineData("en", "Tom Baker tweeted a link to an interview in which Peter Quinn said: “Mary Collins must go.”", "peter-quinn TAGGED mary-collins")]
    [InlineData("de", "Anna Berger teilte auf X ein Interview, in dem Lea Krüger sagte: „Markus Hahn muss weg.“", "lea-krueger TAGGED markus-hahn")]
    [InlineData("de", "Anna Berger verlinkte auf Twitter einen Artikel, in dem Lea Krüger schrieb: „Markus Hahn muss weg.“", "lea-krueger TAGGED markus-hahn")]
    // A comment someone “liked” (the cue in scare quotes) is another's post.
    [InlineData("en", "A blogger was the first to notice that Tom Baker had “liked” the comment: “Mary Collins should be locked up.”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger hatte den Kommentar „geliked“: „Markus Hahn gehört eingesperrt.“", "anna-berger TAGGED markus-hahn")]
    // A spokesperson speaks to the press, and press releases are no posts, even after a post.
    [InlineData("en", "The post has since been deleted, and Tom Baker said: “I retweeted it in error.”\n\nA Labour Party spokesperson added: “Tom Baker apologised to Peter Quinn.”", "labour TAGGED peter-quinn")]
    [InlineData("de", "Der Beitrag wurde inzwischen gelöscht, und Anna Berger sagte: „Ich habe ihn aus Versehen geteilt.“\n\nEin Sprecher der SPD ergänzte: „Anna Berger hat sich bei Markus Hahn entschuldigt.“", "spd TAGGED markus-hahn")]
    [InlineData("de", "Pressemitteilungen der SPD zum Rückzug von Anna Berger von X:\n„Markus Hahn übernimmt das Amt, auch auf Twitter.“", "spd TAGGED markus-hahn")]
    // After the verb, a platform without a preposition is what was spoken about ("accusations of buying Facebook support").
    [InlineData("en", "Tom Baker responded to accusations of buying Facebook support by saying, “There were some ads for Mary Collins.”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker said the new account will “serve as a way for Mary Collins to engage with voters.”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger reagierte auf Vorwürfe, Facebook-Unterstützung gekauft zu haben, und sagte: „Es gab Anzeigen für Markus Hahn.“", "anna-berger TAGGED markus-hahn")]
    public void A_quotation_that_was_no_post_tags_no_one(string language, string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Triples(text, language));

    [Theory]
    // The twins: written on a platform, posted in a reply, introduced by the post itself.
    [InlineData("en", "Tom Baker wrote on Twitter: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker posted on Facebook: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger schrieb auf X: „Markus Hahn irrt sich.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Tom Baker, who often tweets, wrote on Twitter: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker replied to a tweet by Mary Collins. “Peter Quinn is right,” he tweeted.", "tom-baker TAGGED peter-quinn")]
    [InlineData("de", "Anna Berger antwortete auf den Tweet von Lea Krüger. „Markus Hahn hat recht“, twitterte sie.", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Tom Baker sent a tweet saying: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger setzte einen Tweet ab: „Markus Hahn irrt sich.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "In einem Facebook-Post schrieb Anna Berger: „Markus Hahn irrt sich.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "In a Facebook post, Tom Baker wrote: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker defended his tweet on Twitter: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger verteidigte ihren Tweet auf X: „Markus Hahn irrt sich.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Tom Baker, in a reply to a tweet by Peter Quinn, said: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "In einer Antwort auf den Tweet von Lea Krüger sagte Anna Berger: „Markus Hahn irrt sich.“", "anna-berger TAGGED markus-hahn")]
    // Twins: posted by the subject itself; a comment or video posted, described by a relative clause.
    [InlineData("en", "Tom Baker posted an article on Twitter: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker referred to an article and tweeted: “Mary Collins must go.”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger verbreitete auf Twitter einen Kommentar, in dem kein Wort des Mitleids stand: „Markus Hahn ist schuld!“", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Tom Baker posted a video on Facebook in which he said: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    // Twins: a spokesperson on a platform; a platform after a preposition, or before the verb.
    [InlineData("en", "The post has since been deleted, and Tom Baker said: “I retweeted it in error.”\n\nA Labour Party spokesperson added on Twitter: “Tom Baker apologised to Peter Quinn.”", "labour TAGGED peter-quinn")]
    [InlineData("de", "Der Beitrag wurde inzwischen gelöscht, und Anna Berger sagte: „Ich habe ihn aus Versehen geteilt.“\n\nEin Sprecher der SPD ergänzte auf X: „Anna Berger hat sich bei Markus Hahn entschuldigt.“", "spd TAGGED markus-hahn")]
    [InlineData("en", "Tom Baker responded to the accusations on Facebook by saying, “There were some ads for Mary Collins.”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "On Twitter, Tom Baker said: “Mary Collins is wrong.”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "The Labour Twitter account said: “Mary Collins is wrong.”", "labour TAGGED mary-collins")]
    [InlineData("de", "Anna Berger sagte auf Instagram: „Markus Hahn irrt sich.“", "anna-berger TAGGED markus-hahn")]
    public void A_quotation_posted_tags_whom_it_names(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));
}
