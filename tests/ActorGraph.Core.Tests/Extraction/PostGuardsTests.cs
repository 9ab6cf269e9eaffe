using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// When a quotation or a report is no post of the one it seems to be (issue 13, TAGGED precision on unseen reporting): words
/// from a press release, a sentence in which someone else speaks after a post, a post the text only talks about before a
/// quotation, a page named in a relative clause beside the speaker, posts someone liked, a platform in a neighbouring
/// sentence that tells of another's post. Each row also has its positive twin, so the guard cannot simply drop the class.
/// Invented German and English passages.
/// </summary>
public sealed class PostGuardsTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", []),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", []),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("spd-nord", "SPD Nord", "party", null, []),
        new KnownActor("heimat-page", "Heimat First", "organisation", null, []),
        new KnownActor("labour", "Labour Party", "party", null, ["Labour"]),
        new KnownActor("daily-post", "The Daily Herald", "media", null, ["the newspaper"]),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    // A statement from a press release is no post, even next to a posting.
    [InlineData("de", "„Das ist peinlich“, schrieb Lea Krüger auf Facebook. Anna Berger entschuldigte sich in einer Aussendung: „Ich entschuldige mich bei Markus Hahn.“", "anna-berger TAGGED markus-hahn")]
    // After a post, a sentence in which another subject asks or says something is theirs, even when it ends in reported speech.
    [InlineData("de", "„Das hat Seltenheitswert!“, schrieb Anna Berger auf Facebook. Ein Nutzer stellte sofort die Frage, was denn mit Markus Hahn los sei.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "„Das hat Seltenheitswert!“, schrieb Anna Berger auf Facebook. Eine Leserin wollte wissen, ob Markus Hahn krank sei.", "anna-berger TAGGED markus-hahn")]
    // A post the text has already spoken of ("den Beitrag", "the tweet") is someone else's: the quotation after it may be said anywhere.
    [InlineData("de", "Lea Krüger nahm den Beitrag zum Anlass, die Kollegin zu kritisieren. „Markus Hahn sagt, was Berger denkt.“", "lea-krueger TAGGED markus-hahn")]
    [InlineData("en", "Tom Baker read the tweet aloud at the meeting. “Mary Collins should resign today.”", "tom-baker TAGGED mary-collins")]
    // A page or group named in a relative clause beside an unknown speaker did not write what the speaker said.
    [InlineData("en", "Mr Smith, who is also part of Facebook page Heimat First, said: ‘Tom Baker should apologise to all the people he has offended.’", "heimat-page TAGGED tom-baker")]
    // … and a platform in the speaker's relative clause is not where the words were said.
    [InlineData("en", "Peter Quinn, who is also part of Facebook page Heimat First, said: ‘Tom Baker should apologise to all the people he has offended.’", "peter-quinn TAGGED tom-baker")]
    // Posts someone liked that mention someone are not their posts.
    [InlineData("en", "Tom Baker has “liked” tweets that mention him meeting Mary Collins.", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker liked tweets that praised Mary Collins.", "tom-baker TAGGED mary-collins")]
    // An everyday verb is an act on a platform only when the neighbouring sentence that names the platform is about the same actors.
    [InlineData("en", "Another member, Peter Quinn, posted a defense of the policy. Labour accused the newspaper of running a smear.", "labour TAGGED daily-post")]
    [InlineData("en", "Mary Collins accused Tom Baker of lying. Later she had a Twitter row with Peter Quinn.", "mary-collins TAGGED tom-baker")]
    // A platform in what an accusation reports ("of taking control of the Twitter account", "warf ihm vor, den Twitter-Account …") is its topic, not where it was made.
    [InlineData("en", "Labour MP Mary Collins accused Tom Baker of taking control of the party’s Twitter account.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Mary Collins accused Tom Baker of lying, citing it as the reason why he deleted his tweets.", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Anna Berger warf Markus Hahn vor, den Twitter-Account der Partei zu kontrollieren.", "anna-berger TAGGED markus-hahn")]
    // Who stands in what a tag cue reports is not addressed; a subject pronoun opening the cue's clause wishes or thanks, it is not wished.
    [InlineData("de", "Markus Hahn traf am Montag Anna Berger. Lea Krüger twitterte, sie wünsche Markus Hahn viel Glück.", "lea-krueger TAGGED anna-berger")]
    [InlineData("de", "Markus Hahn traf am Montag Anna Berger. Lea Krüger schrieb auf X, sie danke Markus Hahn für die Hilfe.", "lea-krueger TAGGED anna-berger")]
    [InlineData("en", "Tom Baker met Peter Quinn on Monday. Mary Collins tweeted that he thanked Peter Quinn for the help.", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Anna Berger wirft den Gemeinderäten in ihrem Facebook-Beitrag vor, Markus Hahn zu unterstützen.", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "On Twitter, Mary Collins accused the council of supporting Tom Baker.", "mary-collins TAGGED tom-baker")]
    // Accusing is said anywhere (in the chamber, to reporters): like attacking, it is a post only where its own clause puts it on a
    // platform, not because a neighbouring sentence tells of someone else's post about the same person.
    [InlineData("en", "Mary Collins accused Tom Baker of heckling her during question period. Peter Quinn later mocked Tom Baker on Twitter.", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Anna Berger warf Markus Hahn vor, im Landtag gelogen zu haben. Lea Krüger verteidigte Markus Hahn auf Twitter.", "anna-berger TAGGED markus-hahn")]
    // A press-service dateline ("St. Pölten (OTS) -") opens a press release: the quotation it attributes is a statement, not a post.
    [InlineData("de", "Partei in Facebook-Skandal verwickelt\n\nSt. Pölten (OTS) - „Ist Markus Hahn der Drahtzieher der geheimen Facebook-Gruppe?“, fragt Anna Berger, Vorsitzende der Jugend.", "anna-berger TAGGED markus-hahn")]
    // A post with its article opening what someone says ("claimed the tweet suggested “…”", "said the tweet was “…”") is what they
    // talk about: the quotation is their words about someone's post, said anywhere.
    [InlineData("en", "Mary Collins claimed the tweet suggested “Tom Baker is more dangerous than Peter Quinn”.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Mary Collins said the tweet was “a sign that Tom Baker is more dangerous than Peter Quinn”.", "mary-collins TAGGED tom-baker")]
    public void No_post_of_theirs_names_anyone(string language, string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Triples(text, language));

    [Theory]
    // The twins: the post itself, reported speech of the post's own, a new post by the speaker, the speaker as author, their own tweets, the same actors.
    [InlineData("de", "„Das ist peinlich“, schrieb Lea Krüger auf Facebook. Anna Berger schrieb dazu: „Ich entschuldige mich bei Markus Hahn.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "„Das hat Seltenheitswert!“, schrieb Anna Berger auf Facebook. Markus Hahn sei wohl krank, was sie bedauere.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Lea Krüger reagierte mit einem eigenen Beitrag. „Markus Hahn sagt, was Berger denkt.“", "lea-krueger TAGGED markus-hahn")]
    [InlineData("en", "Peter Quinn, who chairs the Heimat First group, tweeted: ‘Tom Baker should apologise to all the people he has offended.’", "peter-quinn TAGGED tom-baker")]
    [InlineData("en", "Peter Quinn, who is also part of the Heimat First group, said on Facebook: ‘Tom Baker should apologise to all the people he has offended.’", "peter-quinn TAGGED tom-baker")]
    [InlineData("en", "Tom Baker tweeted that he had met Mary Collins.", "tom-baker TAGGED mary-collins")]
    // An accusation after the accuser's own post goes on with that post.
    [InlineData("en", "Mary Collins posted a long thread on Twitter. She accused Tom Baker of lying.", "mary-collins TAGGED tom-baker")]
    // … but "on Twitter" before the complement, or "in a tweet" inside it, puts the accusation there.
    [InlineData("en", "Mary Collins accused Tom Baker on Twitter of lying.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Mary Collins accused Tom Baker of lying in a tweet on Monday.", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Anna Berger warf Markus Hahn auf Twitter vor, die Partei zu spalten.", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Tom Baker wrote to Mary Collins on Twitter, demanding an apology.", "tom-baker TAGGED mary-collins")]
    // … the one wished, the object before the reported clause, a list after "bei", a genitive "of" are addressed.
    [InlineData("de", "Markus Hahn traf am Montag Anna Berger. Lea Krüger twitterte, sie wünsche Markus Hahn viel Glück.", "lea-krueger TAGGED markus-hahn")]
    [InlineData("de", "Anna Berger warf Markus Hahn auf Facebook vor, die Partei zu spalten.", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "On Twitter, Mary Collins accused Tom Baker of supporting the council.", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Anna Berger bedankte sich auf X bei Markus Hahn, Lea Krüger und der SPD.", "anna-berger TAGGED lea-krueger")]
    [InlineData("en", "Mary Collins congratulated the leader of Labour, Tom Baker, on Twitter.", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Partei in Facebook-Skandal verwickelt\n\nSt. Pölten - „Ist Markus Hahn der Drahtzieher der geheimen Facebook-Gruppe?“, fragt Anna Berger auf Facebook.", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "In the tweet, Mary Collins said “Tom Baker is more dangerous than Peter Quinn”.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Mary Collins posted a tweet saying “Tom Baker is more dangerous than Peter Quinn”.", "mary-collins TAGGED tom-baker")]
    public void Their_own_post_still_names_them(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));
}
