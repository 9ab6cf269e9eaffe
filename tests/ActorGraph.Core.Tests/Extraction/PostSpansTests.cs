using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// How far a post reaches and what in it names an actor (issue 13, TAGGED on real reporting): German reported speech
/// that goes on after the quotation or leads into it, hashtags, a name quoted alone as what was linked — and what in
/// or beside a post names no one: a reporter's bracketed party, a common word that looks like a name, a party adjective.
/// Invented German and English passages.
/// </summary>
public sealed class PostSpansTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", []),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", []),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("gruene", "Die Grünen", "party", null, ["Grüne", "Grünen"]),
        new KnownActor("labour", "Labour Party", "party", null, ["Labour"]),
        new KnownActor("democrats", "Democratic Party", "party", null, ["Democratic", "Democrats"]),
        new KnownActor("sz", "Süddeutsche Zeitung", "media", null, ["Süddeutschen Zeitung"]),
        new KnownActor("stern", "stern", "media", null, []),
        new KnownActor("time", "TIME", "media", null, []),
        new KnownActor("kenya", "Kenya", "state", null, []),
        new KnownActor("oesterreich", "Österreich", "state", null, []),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    // Reported speech (Konjunktiv I) in the sentence after the post goes on with it.
    [InlineData("de", "„Das war ein schwacher Auftritt“, schrieb Anna Berger auf Twitter. Markus Hahn müsse endlich reagieren.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Lea Krüger schrieb auf X, der Antrag sei gescheitert. Nun habe Anna Berger das Wort.", "lea-krueger TAGGED anna-berger")]
    // … and reported speech the quotation completes, before it in the same sentence.
    [InlineData("de", "Der von Hahn geteilte Beitrag sei „widerlich und falsch“, twitterte Lea Krüger.", "lea-krueger TAGGED markus-hahn")]
    // A hashtag names the actor.
    [InlineData("de", "„Heute im Landtag: alle gegen #Grüne“, twitterte Markus Hahn.", "markus-hahn TAGGED gruene")]
    [InlineData("en", "Tom Baker tweeted: “Proud of #Labour tonight.”", "tom-baker TAGGED labour")]
    // A name the quotation marks hold alone is named: what a post linked.
    [InlineData("de", "Markus Hahn twitterte am Montag und verlinkte dazu einen Artikel der „Süddeutschen Zeitung“.", "markus-hahn TAGGED sz")]
    // Thanks and wishes are posts when the platform comes in the sentence after.
    [InlineData("en", "Mary Collins congratulated Tom Baker on his election. Hours later she deleted the tweet.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "In a tweet, Tom Baker wished Mary Collins good luck.", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Anna Berger dankte Markus Hahn für seine Arbeit. Der Facebook-Post wurde später gelöscht.", "anna-berger TAGGED markus-hahn")]
    // A tweet directed or aimed at someone: its owner tagged them, whoever the clause's subject is.
    [InlineData("en", "Peter Quinn hit back at Tom Baker after his critical tweets directed at Mary Collins were quoted.", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker apologised for a tweet aimed at Mary Collins.", "tom-baker TAGGED mary-collins")]
    // The verb after the quotation ends its clause: its subject stands before the quotation.
    [InlineData("de", "Anna Berger bekam viele Likes für einen Tweet, in dem sie auf X mit „Wir sehen uns vor Gericht, Herr Hahn!“ antwortete.", "anna-berger TAGGED markus-hahn")]
    // A roundup of posts: "handle: text" with the author's name and state on the line under it.
    [InlineData("en", "Here is what members posted this week.\n\nmcollins: Great to see Tom Baker at the town hall tonight.\nSen. Mary Collins, OH.\n\npquinn: Busy day.\nRep. Peter Quinn, TX.", "mary-collins TAGGED tom-baker")]
    // "a tweet directed at him from X": the post's author after it.
    [InlineData("en", "Tom Baker posted a tweet directed at him from Peter Quinn.", "peter-quinn TAGGED tom-baker")]
    // An honorific and a role address the one person the text gave that role before the post.
    [InlineData("de", "Familienministerin Anna Berger stellte am Montag ihren Plan vor. „Frau Ministerin, treten Sie zurück!“, twitterte Markus Hahn.", "markus-hahn TAGGED anna-berger")]
    [InlineData("en", "Senator Peter Quinn presented his plan on Monday. “Mr Senator, you should resign!” Tom Baker tweeted.", "tom-baker TAGGED peter-quinn")]
    // An embedded post of several lines runs back from its tail to the line that introduces it with a colon.
    [InlineData("de", "Die Reaktionen:\n#2:\nPräsident Markus Hahn gab geheime Infos an die Presse weiter.\nBei Lea Krüger wäre das anders.— Anna Berger (@annaberger) September 13, 2018", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Here is what she posted:\nMarkus Hahn has leaked the report again.\nThat is no way to lead.— Anna Berger (@annaberger) September 13, 2018", "anna-berger TAGGED markus-hahn")]
    // … and from a tail standing alone after a blank line, to the last line with text before it.
    [InlineData("en", "The feud went on.\n\nI would vote for Peter Quinn before Tom Baker. https://t.co/abc\n\n— Mary Collins (@marycollins) January 8, 2019", "mary-collins TAGGED peter-quinn")]
    // A quotation inside the post, opened by the same mark, does not end it: the attribution stands after the post's own closing mark.
    [InlineData("en", "“I am dismayed by the “unfollowing” of our leaders by Tom Baker. I urge the ministry to take note,” tweeted Mary Collins.", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "„Ich bin bestürzt über das „Entfolgen“ durch Markus Hahn. Das Ministerium soll das prüfen“, twitterte Anna Berger.", "anna-berger TAGGED markus-hahn")]
    // A first name alone, of a person the text named before the post, names that person.
    [InlineData("de", "Markus Hahn verlor am Sonntag die Wahl. Anna Berger twitterte: „Heute hat Markus einen Brief bekommen.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Tom Baker spoke on Monday. Mary Collins tweeted: “Nobody believes Tom’s story about the budget.”", "mary-collins TAGGED tom-baker")]
    // A state tagged with its hashtag.
    [InlineData("en", "Tom Baker tweeted: “#Kenya deserves better than this budget.”", "tom-baker TAGGED kenya")]
    [InlineData("de", "Markus Hahn twitterte: „Finger weg von den Gesprächen. #Österreich“", "markus-hahn TAGGED oesterreich")]
    public void Finds_what_a_post_names(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));

    [Theory]
    // Another source, a sentence of its own verb, or a new paragraph end the post.
    [InlineData("de", "„Das war ein schwacher Auftritt“, schrieb Anna Berger auf X. Laut Markus Hahn sei das falsch.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "„Das war ein schwacher Auftritt“, schrieb Anna Berger auf X. Markus Hahn reagierte nicht.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "„Das war ein schwacher Auftritt“, schrieb Anna Berger auf X.\n\nMarkus Hahn sei nicht zu erreichen gewesen.", "anna-berger TAGGED markus-hahn")]
    // The reporter's bracketed party after a name is no name in the post.
    [InlineData("de", "„Das war ein schwacher Auftritt“, schrieb Anna Berger auf X. Minister Markus Hahn (Grüne) müsse nun handeln.", "anna-berger TAGGED gruene")]
    // A common word that looks like a name: lower case where the actor never is, a German noun after an indefinite article.
    [InlineData("en", "Tom Baker tweeted: “It is the second time this week that Mary Collins is late.”", "tom-baker TAGGED time")]
    [InlineData("de", "Markus Hahn schrieb auf Facebook: „Trolle vergeben hier immer nur einen Stern.“", "markus-hahn TAGGED stern")]
    // A party adjective before an office names the office holder's party, not the party as an actor.
    [InlineData("en", "Tom Baker tweeted: “Kentucky has a Democratic Governor now. Calm down.”", "tom-baker TAGGED democrats")]
    // A quotation that is spoken, not posted, names no one even when it holds only a name.
    [InlineData("de", "Anna Berger sagte im Interview: „Markus Hahn“.", "anna-berger TAGGED markus-hahn")]
    // … not when no sentence near names one.
    [InlineData("en", "Mary Collins congratulated Tom Baker on his election. The vote was close.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Peter Quinn hit back at Tom Baker after his critical tweets directed at Mary Collins were quoted.", "peter-quinn TAGGED mary-collins")]
    // "aimed at" after a post someone liked, or after no post at all, tags no one.
    [InlineData("en", "Mary Collins insists liking a tweet aimed at Tom Baker was an accident. She deleted the like.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "On Twitter, Peter Quinn criticised the rhetoric aimed at Mary Collins.", "peter-quinn TAGGED mary-collins")]
    // A role vocative whose honorific does not fit the role's holder, or a role two persons were given, addresses no one known.
    [InlineData("en", "Senator Mary Collins presented her plan on Monday. “Mr Senator, you should resign!” Tom Baker tweeted.", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Ministerin Anna Berger und Ministerin Lea Krüger stellten ihren Plan vor. „Frau Ministerin, treten Sie zurück!“, twitterte Markus Hahn.", "markus-hahn TAGGED anna-berger")]
    // Accusations in another paragraph than the one naming a platform are no posts.
    [InlineData("en", "Mary Collins accused Tom Baker of lying.\n\nHer tweets were deleted.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Here is what members posted this week.\n\nmcollins: Great to see Tom Baker at the town hall tonight.\nSen. Mary Collins, OH.\n\npquinn: Busy day.\nRep. Peter Quinn, TX.", "peter-quinn TAGGED tom-baker")]
    // Square brackets in a quoted post hold the reporter's words.
    [InlineData("en", "Tom Baker tweeted: “He [Peter Quinn] has gone.”", "tom-baker TAGGED peter-quinn")]
    // "mentions" counted is a noun, no act.
    [InlineData("en", "On Twitter, Tom Baker has two times more mentions than Mary Collins.", "tom-baker TAGGED mary-collins")]
    // A few quoted words inside a sentence are a term it uses, not a post.
    [InlineData("de", "Die als „neue Anna Berger“ gehandelte Lea Krüger antwortete auf X mit den Worten: „Könnten wir das drosseln?“", "lea-krueger TAGGED anna-berger")]
    // Without a line that introduces it, the line before an embed's line is the article's, not the post's.
    [InlineData("de", "Die Reaktionen kamen schnell.\nPräsident Markus Hahn gab geheime Infos an die Presse weiter.\nBei Lea Krüger wäre das anders.— Anna Berger (@annaberger) September 13, 2018", "anna-berger TAGGED markus-hahn")]
    // The post with a quotation inside ends at its own closing mark: the reporter's words after it are not in it.
    [InlineData("en", "Mary Collins tweeted: “Vote for the “green deal” now!” Tom Baker disagreed in an interview.", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Anna Berger twitterte: „Stimmt für den „grünen Plan“ jetzt!“ Markus Hahn widersprach im Interview.", "anna-berger TAGGED markus-hahn")]
    // A first name alone of a person the text did not name before, or with another name after it, names no one known.
    [InlineData("en", "Mary Collins tweeted: “Nobody believes Tom’s story about the budget.”", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Tom Baker spoke on Monday. Mary Collins tweeted: “Nobody believes Tom Jones about the budget.”", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Markus Hahn verlor am Sonntag die Wahl. Anna Berger twitterte: „Heute hat Markus Vogel einen Brief bekommen.“", "anna-berger TAGGED markus-hahn")]
    // … nor one after a noun of family or friends: someone of the poster's own.
    [InlineData("en", "Tom Baker spoke on Monday. Mary Collins tweeted: “A quiet dinner with my husband Tom tonight.”", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Markus Hahn verlor am Sonntag die Wahl. Anna Berger twitterte: „Ein ruhiger Abend mit meinem Mann Markus.“", "anna-berger TAGGED markus-hahn")]
    // A state named by its name in a post is a place.
    [InlineData("en", "Tom Baker tweeted: “Great to be back in Kenya this week.”", "tom-baker TAGGED kenya")]
    [InlineData("de", "Markus Hahn twitterte: „Schön, wieder in Österreich zu sein.“", "markus-hahn TAGGED oesterreich")]
    public void Tags_no_one_beyond_the_post(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));
}
