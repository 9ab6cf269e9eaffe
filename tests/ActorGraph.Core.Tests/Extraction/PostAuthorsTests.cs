using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Who wrote a post when reporting names its author outside the quotation's own clause (issue 13, TAGGED recall on real
/// reporting): a statement posted on a platform, an attribution split off after "!”", an infinitive's subject, "Und weiter:"
/// after a post, a post named without author after a sentence about someone, a reply paragraph opening with @handles, the one
/// a post addresses ("Liebe Anna Berger, …") as no author. Each
/// class has a negative twin. Invented German and English passages.
/// </summary>
public sealed class PostAuthorsTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", []),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@marycollins"]),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        // Actors files list possessives as aliases too.
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", ["Ellis's"]),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    // A statement posted on a platform is a post, and so is the quotation that goes on after it.
    [InlineData("en", "“We have always been great,” Mary Collins said in a statement posted on Twitter. “Tom Baker owes the nation an apology.”", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "„Das geht zu weit“, sagte Anna Berger in einer auf Facebook verbreiteten Mitteilung. „Markus Hahn muss sich entschuldigen.“", "anna-berger TAGGED markus-hahn")]
    // A quotation ending on "!" or "?" ends its sentence; the attribution is the next one.
    [InlineData("en", "Mary Collins focused on the vote. “Tom Baker goes full circle on taxes!!” Mary Collins posted.", "mary-collins TAGGED tom-baker")]
    // "prompted X to post": the infinitive's subject wrote it.
    [InlineData("en", "A claim about the vote prompted Rep. Peter Quinn (D-CA) to post, “Without @tombaker, you would be nothing.”", "peter-quinn TAGGED tom-baker")]
    // "Und weiter:" goes on with the post just before.
    [InlineData("de", "Dort hatte Anna Berger auf Facebook geschrieben: „Die Neutralität hört hier auf.“ Und weiter: „Herr Hahn, Sie sind gemeint.“", "anna-berger TAGGED markus-hahn")]
    // A post named without its author is by the one the sentence before is about.
    [InlineData("en", "Mary Collins also follows Tom Baker on Twitter. Then there was this tweet from July 21: “.@tombaker was right, the sandwich is delicious.”", "mary-collins TAGGED tom-baker")]
    // A reply printed as its own paragraph after a paragraph that tells of posting: by the actor before the colon, or of the clause that names the posting.
    [InlineData("en", "The scrap was on, and Mary Collins hit back on Twitter with this: If you are so great, where are your ships?\n\n@tombaker remind me again of the number of ships you planned?", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Anna Berger antwortete prompt auf Twitter, wie so oft in diesen Tagen.\n\n@MarkusHahn Oh nein, ich habe es gewagt, Lea Krüger zu kritisieren.", "anna-berger TAGGED lea-krueger")]
    // … or after a paragraph that ends on a reply verb; a dot before the opening handle (".@tombaker") makes the reply public.
    [InlineData("en", "Tom Baker tweeted about the game.\n\nMary Collins responded.\n\n.@tombaker Sorry, Peter Quinn is my pick.", "mary-collins TAGGED peter-quinn")]
    [InlineData("en", "Tom Baker tweeted about the game.\n\nMary Collins replied.\n\n@tombaker Sorry bud, as long as the Greens are still in, they are my team.", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Markus Hahn schrieb über das Spiel.\n\nAnna Berger antwortete prompt.\n\n.@marycollins Sorry, das ist mein Team.", "anna-berger TAGGED mary-collins")]
    // A post or account that "reads" or "lautet" the words: its owner wrote them (a genitive, "from", "von", a possessive).
    [InlineData("en", "The tweet from Tom Baker's account read: \"I support and agree with Mary Collins.\"", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "\"I support and agree with Mary Collins,\" the tweet from Tom Baker's account read before it was deleted.", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "The tweet from Tom Baker read: \"Welcome to Twitter, Mary Collins!\"", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Der Post von Markus Hahn lautete: „Danke, Anna Berger!“", "markus-hahn TAGGED anna-berger")]
    [InlineData("de", "Markus Hahn meldete sich zu Wort. „Danke, Anna Berger!“, lautete sein Post.", "markus-hahn TAGGED anna-berger")]
    [InlineData("de", "Auf dem Account von Markus Hahn heißt es: „Anna Berger ist eine Heldin.“", "markus-hahn TAGGED anna-berger")]
    // The one a post opens by addressing did not write it: the other actor of the attribution did, or whom the reply came from.
    [InlineData("de", "Auf diesen Fehler machte Anna Berger der Abgeordnete Markus Hahn aufmerksam – öffentlich auf X: «Liebe Anna Berger, nein, heute haben wir nicht gewählt. Herzliche Grüsse, Markus».", "markus-hahn TAGGED anna-berger")]
    [InlineData("en", "On Twitter, Mary Collins got a reply from Tom Baker: “Dear Mary Collins, you are wrong. Best wishes, Tom”", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker tweeted: “Dear Mary Collins, you are wrong.”", "tom-baker TAGGED mary-collins")]
    // A quotation over paragraphs that each open with a mark, short ones too ("Shame!"); a relative clause's verb without a comma ("from Baker who fired off").
    [InlineData("en", "Mary Collins fired off a series of tweets saying: \"For goodness sake!\n\n\"We are the party of working people.\n\n\"Stick to your lemons @tombaker, it is more your level.\"", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Mary Collins wrote on Twitter: \"Shame!\n\n\"It is no secret.\n\n\"Tom Baker should apologise.\"", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Anna Berger schrieb auf X: „Unfassbar!\n\n„Das ist kein Geheimnis.\n\n„Markus Hahn muss sich entschuldigen.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "This brought a sharp retort from Tom Baker who fired off a series of tweets saying: \"Stick to the lemons @marycollins, it is more your level.\"", "tom-baker TAGGED mary-collins")]
    // A paragraph that is one quotation, right after a paragraph that ended with a post, goes on with that post.
    [InlineData("en", "“Taxes are too high,” Mary Collins wrote on Twitter.\n\n“Tom Baker should spend more time on trains.”", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "„Die Steuern sind zu hoch“, schrieb Anna Berger auf X.\n\n„Markus Hahn sollte sich um die Bahn kümmern.“", "anna-berger TAGGED markus-hahn")]
    // A quotation that is a paragraph of its own, after a paragraph that ends telling of taking to a platform, is what its subject posted there.
    [InlineData("en", "Mary Collins took to social media to question the plan.\n\n“Tom Baker is promoting a failure. Is his party planning to lose?”", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Anna Berger meldete sich auf Instagram zu Wort.\n\n„Markus Hahn hat keine Ahnung.“", "anna-berger TAGGED markus-hahn")]
    // A quotation said by a pronoun, opening the paragraph after one that ends telling of the post, gives that post's words; the paragraph after goes on with it.
    [InlineData("en", "It started with Mary Collins's tweet on Monday about grocery prices.\n\n“Have you ever seen Tom Baker take on the grocers?” she said.\n\n“While you struggle, Peter Quinn takes their money.”", "mary-collins TAGGED peter-quinn")]
    [InlineData("de", "Die Debatte begann mit einem Tweet von Anna Berger am Montag.\n\n„Hat jemand Markus Hahn bei den Bauern gesehen?“, sagte sie.", "anna-berger TAGGED markus-hahn")]
    // A pronoun that attributes a post stands for the one named before a sentence that names no person.
    [InlineData("de", "Markus Hahn reagierte verärgert über die Aussage. Diese sei „unwürdig“. „Ich weiß, was über Anna Berger gesagt wird. Aber ich beleidige keine Kollegen“, schrieb er auf Twitter.", "markus-hahn TAGGED anna-berger")]
    [InlineData("en", "Tom Baker was angry about the remark. It was “unworthy” of the office. “I know what is said about Mary Collins. But I insult no colleagues,” he wrote on Twitter.", "tom-baker TAGGED mary-collins")]
    // A colon after a sentence that puts the subject's words in their own post ("In ihrem Posting", "In her post") introduces the post.
    [InlineData("de", "In ihrem Posting hatte Anna Berger gefragt: „Hätte das verhindert werden können? Markus Hahn war überfordert.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "In her post, Mary Collins had one question for the minister: “Where was Tom Baker when it mattered?”", "mary-collins TAGGED tom-baker")]
    // "was quick to post": an infinitive of a posting verb tells of a post, and the paragraph quotation said by a pronoun after it is that post.
    [InlineData("en", "Mary Collins was quick to post another video in response.\n\n\"The lesson here for you, Tom Baker, is that I have been here for twelve years,\" she said.", "mary-collins TAGGED tom-baker")]
    // German verbs of accusing and fuming attribute a quotation as "schrieb" does ("warf … vor", "polterte … los"): on a platform, a post.
    [InlineData("de", "Der Streit wurde auf Twitter ausgetragen.\n\n„Markus Hahn taucht unter und schweigt!“, warf Anna Berger dem Kanzler vor.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Der Streit wurde auf Twitter ausgetragen.\n\n„Markus Hahn will die Uhr zurückdrehen“, polterte Anna Berger los.", "anna-berger TAGGED markus-hahn")]
    // ", which tagged …" after a post: the post's owner tagged, else the one who wrote it.
    [InlineData("en", "Tom Baker simply said “disgraceful” in his post, which also tagged Mary Collins.", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker wrote a post on Twitter, which tagged Mary Collins.", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker criticised Peter Quinn's post, which tagged Mary Collins.", "peter-quinn TAGGED mary-collins")]
    // A German post phrase fronted before the verb ("In seinem Tweet kritisiert …") is where the subject after the verb said it; the possessive is that subject's.
    [InlineData("de", "In seinem Tweet kritisiert Markus Hahn die Ministerin Anna Berger.", "markus-hahn TAGGED anna-berger")]
    [InlineData("de", "Mit ihrem gestrigen Post griff Lea Krüger Markus Hahn scharf an.", "lea-krueger TAGGED markus-hahn")]
    // "the first tweet read" comes back to the post the sentence before named with its owner ("His first tweet"): the owner wrote it.
    [InlineData("en", "Peter Quinn hit back. His first tweet said that Mary Collins was weak.\n\n“It is not easy to sack Tom Baker,” the first tweet read.", "peter-quinn TAGGED tom-baker")]
    [InlineData("de", "Markus Hahn schlug zurück. Sein erster Tweet nannte Anna Berger schwach.\n\n„Es ist nicht leicht, Lea Krüger zu entlassen“, lautete der erste Tweet.", "markus-hahn TAGGED lea-krueger")]
    // "in response to Ellis's tweet which read:": the post that reads the words is its owner's, not the sentence subject's.
    [InlineData("en", "“We will win,” Peter Quinn tweeted.\n\nHis tweet was in response to Ellis's tweet which read: “Tom Baker should be banned from Twitter!”", "ruth-ellis TAGGED tom-baker")]
    // A long quotation over paragraphs (each opens with a mark, only the last closes) is said by whoever the last paragraph's attribution names.
    [InlineData("en", "Peter Quinn answered on Twitter within the hour.\n\n“Tom Baker sat on the board for years and said nothing.\n\n“Now he wants our votes,” wrote Mary Collins.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "The exchange went on.\n\n“Tom Baker sat on the board for years and said nothing.\n\n“Now he wants our votes. Ask @marycollins,” wrote Peter Quinn.", "peter-quinn TAGGED tom-baker")]
    [InlineData("de", "Markus Hahn meldete sich auf Facebook.\n\n„Anna Berger hat jahrelang geschwiegen.\n\n„Jetzt will sie unsere Stimmen“, schrieb Lea Krüger.", "lea-krueger TAGGED anna-berger")]
    // The author's handle in brackets between the quotation and its verb.
    [InlineData("en", "“Check the numbers with Tom Baker,” Mary Collins (@marycollins) had said in her tweet on Monday.", "mary-collins TAGGED tom-baker")]
    // A quotation a colon introduces, right after a sentence that names the platform: an exchange of posts printed as "Name: “…”".
    [InlineData("en", "The two traded barbs on Twitter on Sunday.\n\nQuinn: “Tom Baker has no plan for the town.”", "peter-quinn TAGGED tom-baker")]
    [InlineData("de", "Der Streit ging auf X weiter.\n\nKrüger: „Markus Hahn hat keine Ahnung.“", "lea-krueger TAGGED markus-hahn")]
    public void Finds_the_author_beside_the_post(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));

    [Theory]
    // Words said in a statement to reporters are no post.
    [InlineData("en", "“We have always been great,” Mary Collins said in a statement to reporters. “Tom Baker owes the nation an apology.”", "mary-collins TAGGED tom-baker")]
    // The sentence after "!”" that names someone who did not post or write it is no attribution.
    [InlineData("en", "“Tom Baker goes full circle on taxes!!” Mary Collins frowned at the screen.", "mary-collins TAGGED tom-baker")]
    // "Und weiter:" after a paragraph break or two sentences later is no continuation.
    [InlineData("de", "Dort hatte Anna Berger auf Facebook geschrieben: „Die Neutralität hört hier auf.“ Das Gericht sah das anders. Der Fall ging weiter. Und weiter: „Herr Hahn, Sie sind gemeint.“", "anna-berger TAGGED markus-hahn")]
    // A post named without its author after a sentence about a post someone liked: that post is another's.
    [InlineData("en", "Mary Collins liked a post on Twitter. Then there was this tweet from July 21: “.@tombaker was right, the sandwich is delicious.”", "mary-collins TAGGED tom-baker")]
    // A paragraph opening with an @handle after one that tells of no posting is no reply of its subject's.
    [InlineData("en", "The scrap was on, and Mary Collins hit back with this: If you are so great, where are your ships?\n\n@tombaker remind me again of the number of ships you planned?", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Ein Politiker der Grünen kontert auf Twitter, ob man jetzt Leute ohne Helm suchen sollte.\n\n@MarkusHahn Oh nein, ich habe es gewagt, Lea Krüger zu kritisieren.", "gruene TAGGED lea-krueger")]
    // … nor after one whose reply verb goes on to other words.
    [InlineData("en", "Tom Baker tweeted about the game.\n\nMary Collins responded to the minister in the chamber on Tuesday.\n\n@tombaker Sorry, Peter Quinn is my pick.", "mary-collins TAGGED peter-quinn")]
    // Saying something of a post is no post ("said of the tweet": English reads a post named after the verb as its object).
    [InlineData("en", "\"Mary Collins is right,\" Tom Baker said of the tweet.", "tom-baker TAGGED mary-collins")]
    // … and is not its author, even as the subject of the attributing clause.
    [InlineData("de", "Auf diesen Fehler machte Anna Berger der Abgeordnete Markus Hahn aufmerksam – öffentlich auf X: «Liebe Anna Berger, nein, heute haben wir nicht gewählt. Herzliche Grüsse, Markus».", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "On Twitter, Mary Collins got a reply from Tom Baker: “Dear Mary Collins, you are wrong. Best wishes, Tom”", "mary-collins TAGGED tom-baker")]
    // A closed short quotation, or a paragraph that opens without a mark, ends the post; a relative clause with its own subject is not the antecedent's.
    [InlineData("en", "Mary Collins wrote on Twitter: \"Shame!\"\n\nIn an interview, Tom Baker said: \"Peter Quinn is right.\"", "mary-collins TAGGED peter-quinn")]
    [InlineData("en", "Mary Collins wrote on Twitter: \"Shame!\n\nTom Baker later told reporters that Peter Quinn was right.", "mary-collins TAGGED peter-quinn")]
    [InlineData("en", "This brought a sharp retort from Tom Baker who Mary Collins quoted in a tweet saying: \"Stick to the lemons @peterquinn.\"", "tom-baker TAGGED mary-collins")]
    // A paragraph quotation goes on only with a post (not words said in an interview), and only from the paragraph right after it.
    [InlineData("en", "“Taxes are too high,” Mary Collins said in an interview.\n\n“Tom Baker should spend more time on trains.”", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "“Taxes are too high,” Mary Collins wrote on Twitter.\n\nThe debate went on for days.\n\n“Tom Baker should spend more time on trains.”", "mary-collins TAGGED tom-baker")]
    // A paragraph before that only talks of a post, or says the words were told to reporters, makes the next paragraph's quotation no post of its subject.
    [InlineData("en", "His tweet drew the attention of Mary Collins.\n\n“Tom Baker has no idea.”", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Mary Collins, who has many Twitter followers, told reporters after the vote.\n\n“Tom Baker has no idea.”", "mary-collins TAGGED tom-baker")]
    // A speaker named anew after a paragraph about someone's post may be reacting anywhere; a post answered is another's.
    [InlineData("en", "It started with Mary Collins's tweet on Monday about grocery prices.\n\n“Have you ever seen Tom Baker take on the grocers?” Peter Quinn said.", "peter-quinn TAGGED tom-baker")]
    [InlineData("en", "Mary Collins responded to the tweet on Monday.\n\n“Have you ever seen Tom Baker take on the grocers?” she said.", "mary-collins TAGGED tom-baker")]
    // A pronoun that does not fit the one named two sentences back, or a person named in between, leaves the post to no one or that person.
    [InlineData("en", "Tom Baker was angry about the remark. It was “unworthy” of the office. “I know what is said about Mary Collins,” she wrote on Twitter.", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Markus Hahn reagierte verärgert. Peter Quinn nannte das „unwürdig“. „Ich weiß, was über Anna Berger gesagt wird“, schrieb er auf Twitter.", "markus-hahn TAGGED anna-berger")]
    // … nor one after a post a name owns.
    [InlineData("en", "Tom Baker minced no words as far as Mary Collins's tweet was concerned: “Peter Quinn is right.”", "tom-baker TAGGED peter-quinn")]
    // A colon after a post answered introduces no post of the subject's; one after a word that names a title introduces the title, however long.
    [InlineData("en", "Responding to the post, Mary Collins had one question for the minister: “Where was Tom Baker when it mattered?”", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Auf den Post hin hatte Anna Berger nur eine Frage: „Wo war Markus Hahn, als es darauf ankam?“", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "In his tweet, Tom Baker attached a screenshot of an article titled: “Be patient with us, Mary Collins pleads with voters over the plan”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "In seinem Tweet verlinkte Markus Hahn einen Artikel mit der Überschrift: „Anna Berger bittet die Wähler um Geduld bei der Reform der Rente“", "markus-hahn TAGGED anna-berger")]
    // "to post" after a verb of replying is the post answered.
    [InlineData("en", "Mary Collins was quick to respond to post after post from the minister.\n\n\"The lesson here for you, Tom Baker, is that I have been here for twelve years,\" she said.", "mary-collins TAGGED tom-baker")]
    // … elsewhere, or said in an interview, no post.
    [InlineData("de", "Der Streit wurde im Landtag ausgetragen.\n\n„Markus Hahn taucht unter und schweigt!“, warf Anna Berger dem Kanzler vor.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Der Streit wurde auf Twitter ausgetragen.\n\n„Markus Hahn taucht unter und schweigt!“, warf Anna Berger ihm im Interview vor.", "anna-berger TAGGED markus-hahn")]
    // … not the one who liked or answered it.
    [InlineData("en", "Tom Baker liked a post on Twitter, which tagged Mary Collins.", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker replied to a post on Twitter, which tagged Mary Collins.", "tom-baker TAGGED mary-collins")]
    // … and a person named in the sentence before is not that post's author.
    [InlineData("de", "Lea Krüger war auch im Saal. In ihrem Tweet kritisiert Anna Berger Markus Hahn.", "lea-krueger TAGGED markus-hahn")]
    // … not the one that post talks about.
    [InlineData("en", "Peter Quinn hit back. His first tweet said that Mary Collins was weak.\n\n“It is not easy to sack Tom Baker,” the first tweet read.", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Markus Hahn schlug zurück. Sein erster Tweet nannte Anna Berger schwach.\n\n„Es ist nicht leicht, Lea Krüger zu entlassen“, lautete der erste Tweet.", "anna-berger TAGGED lea-krueger")]
    [InlineData("en", "“We will win,” Peter Quinn tweeted.\n\nHis tweet was in response to Ellis's tweet which read: “Tom Baker should be banned from Twitter!”", "peter-quinn TAGGED tom-baker")]
    // A paragraph quoted without attribution, followed by a paragraph that starts anew (not with a quotation mark), stays unattributed.
    [InlineData("en", "Peter Quinn answered on Twitter within the hour.\n\n“Tom Baker sat on the board for years and said nothing.\n\nMary Collins wrote on Twitter: “Now he wants our votes.”", "mary-collins TAGGED tom-baker")]
    // … and so does one whose next paragraph's quotation is told to reporters.
    [InlineData("en", "Peter Quinn answered on Twitter within the hour.\n\n“Tom Baker sat on the board for years and said nothing.\n\n“Now he wants our votes,” Mary Collins told reporters.", "mary-collins TAGGED tom-baker")]
    // More than the handle between the quotation and the verb: a clause of its own.
    [InlineData("en", "“Check the numbers with Tom Baker,” Mary Collins (@marycollins), who chairs the panel and rarely posts, said.", "mary-collins TAGGED tom-baker")]
    // A colon quotation with no platform in its sentence or the one before is no post.
    [InlineData("en", "The two traded barbs at the town hall on Sunday.\n\nQuinn: “Tom Baker has no plan for the town.”", "peter-quinn TAGGED tom-baker")]
    [InlineData("en", "The two traded barbs on Twitter on Sunday. Then they met at the town hall. The crowd was loud.\n\nQuinn: “Tom Baker has no plan for the town.”", "peter-quinn TAGGED tom-baker")]
    public void No_author_where_none_is_told(string language, string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Triples(text, language));
}
