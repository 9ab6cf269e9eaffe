using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// How news reporting phrases the relations (issue 13.2), one sentence each, written for these tests with invented
/// people: signatory lists, following, likes, tags, replies and quotes, and who is meant.
/// </summary>
public sealed class ReportingPhrasingTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger", "die Ministerin"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", ["@mhahn", "der Grünen-Chef"]),
        new KnownActor("jonas-vogt", "Jonas Vogt", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("gruene", "Die Grünen", "party", null, ["Grüne", "Grünen"]),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@SenCollinsFict", "the senator"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", ["Ruthie"]),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("letter", "Open letter on rail funding", "document", null, ["Brief", "offenen Brief", "offenen Briefes", "Briefes", "Erklärung", "letter", "the letter", "joint statement"]),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    [InlineData("de", "Den offenen Brief unterzeichneten die Abgeordneten Anna Berger, Markus Hahn und Jonas Vogt.", "anna-berger SIGNED letter", "markus-hahn SIGNED letter", "jonas-vogt SIGNED letter")]
    [InlineData("de", "Zu den Unterzeichnern des Briefes gehören Anna Berger (Grüne) und Jonas Vogt MdB.", "anna-berger SIGNED letter", "jonas-vogt SIGNED letter")]
    [InlineData("de", "Der Brief ist unterzeichnet von Lea Krüger und Markus Hahn.", "lea-krueger SIGNED letter", "markus-hahn SIGNED letter")]
    [InlineData("de", "Erstunterzeichner des Briefes ist Jonas Vogt.", "jonas-vogt SIGNED letter")]
    [InlineData("de", "In einer gemeinsamen Erklärung der Abgeordneten Lea Krüger und Jonas Vogt heißt es, die Bahn brauche Geld.", "lea-krueger SIGNED letter", "jonas-vogt SIGNED letter")]
    [InlineData("en", "Sens. Mary Collins, Tom Baker (R-Ohio) and Ruth Ellis signed the letter on Monday.", "mary-collins SIGNED letter", "tom-baker SIGNED letter", "ruth-ellis SIGNED letter")]
    [InlineData("en", "The letter was signed by Rep. Tom Baker, Rep. Ruth Ellis and Rep. Peter Quinn.", "tom-baker SIGNED letter", "ruth-ellis SIGNED letter", "peter-quinn SIGNED letter")]
    [InlineData("en", "The letter, led by Mary Collins and joined by Peter Quinn, asks for more trains.", "mary-collins SIGNED letter", "peter-quinn SIGNED letter")]
    [InlineData("en", "Tom Baker and Ruth Ellis co-sponsored the letter.", "tom-baker SIGNED letter", "ruth-ellis SIGNED letter")]
    [InlineData("de", "Anna Berger folgt Markus Hahn auf Twitter.", "anna-berger FOLLOWS markus-hahn")]
    [InlineData("de", "Anna Berger folgt Markus Hahn seit Montag auf Instagram. Hahn folgte ihr zurück.", "markus-hahn FOLLOWS anna-berger")]
    [InlineData("de", "Anna Berger hat auf X viele Follower. Zu ihren Followern gehört auch Jonas Vogt.", "jonas-vogt FOLLOWS anna-berger")]
    [InlineData("en", "Tom Baker started following Mary Collins on Twitter last week.", "tom-baker FOLLOWS mary-collins")]
    [InlineData("en", "Mary Collins followed Tom Baker on Twitter, and he followed back.", "tom-baker FOLLOWS mary-collins")]
    [InlineData("en", "Tom Baker follows only 40 accounts on Twitter, including Mary Collins and Ruth Ellis.", "tom-baker FOLLOWS mary-collins", "tom-baker FOLLOWS ruth-ellis")]
    [InlineData("en", "Peter Quinn has 700 followers on Twitter, including Mary Collins.", "mary-collins FOLLOWS peter-quinn")]
    [InlineData("de", "Zu den Followern von Markus Hahn gehören Anna Berger und Jonas Vogt.", "anna-berger FOLLOWS markus-hahn", "jonas-vogt FOLLOWS markus-hahn")]
    [InlineData("de", "Lea Krüger ist Followerin von Jonas Vogt.", "lea-krueger FOLLOWS jonas-vogt")]
    [InlineData("en", "On Twitter, @tombaker, an account followed by Mary Collins, posts about trains.", "mary-collins FOLLOWS tom-baker")]
    [InlineData("de", "Anna Berger likte einen Tweet von Markus Hahn.", "anna-berger LIKED markus-hahn")]
    [InlineData("de", "Der Post von Jonas Vogt wurde von Lea Krüger gelikt.", "lea-krueger LIKED jonas-vogt")]
    [InlineData("de", "Anna Berger versah den Beitrag von Jonas Vogt mit einem Herz.", "anna-berger LIKED jonas-vogt")]
    [InlineData("de", "Lea Krüger hatte den Post von Markus Hahn mit einer Gefällt-mir-Angabe versehen.", "lea-krueger LIKED markus-hahn")]
    [InlineData("de", "Jonas Vogt favorisierte einen Tweet von Anna Berger.", "jonas-vogt LIKED anna-berger")]
    [InlineData("en", "Mary Collins liked a tweet by Tom Baker on Sunday.", "mary-collins LIKED tom-baker")]
    [InlineData("en", "Ruth Ellis hearted a post from Peter Quinn.", "ruth-ellis LIKED peter-quinn")]
    [InlineData("en", "Tom Baker favorited Ruth Ellis's tweet about the budget.", "tom-baker LIKED ruth-ellis")]
    [InlineData("de", "„Danke für die Unterstützung, @mhahn!“, twitterte Anna Berger am Abend.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Anna Berger markierte Jonas Vogt in einem Foto vom Parteitag.", "anna-berger TAGGED jonas-vogt")]
    [InlineData("de", "Dazu verlinkte Lea Krüger den Grünen-Chef.", "lea-krueger TAGGED markus-hahn")]
    [InlineData("de", "Jonas Vogt erwähnte Lea Krüger in einem Tweet.", "jonas-vogt TAGGED lea-krueger")]
    [InlineData("de", "Anna Berger adressierte Markus Hahn direkt.", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Mary Collins tagged Tom Baker in a photo from the rally.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Peter Quinn mentioned Ruth Ellis in a tweet.", "peter-quinn TAGGED ruth-ellis")]
    [InlineData("en", "In a tweet directed at Tom Baker, Mary Collins wrote that the trains are late.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Trains are late again, @tombaker. — Mary Collins (@SenCollinsFict) May 9, 2019", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Markus Hahn antwortete Anna Berger auf Twitter.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger markierte Markus Hahn. Hahn konterte: „Das stimmt nicht.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Jonas Vogt reagierte auf Bergers Tweet mit einem Bild.", "jonas-vogt REPLIED_TO anna-berger")]
    [InlineData("de", "Lea Krüger kommentierte den Beitrag von Markus Hahn.", "lea-krueger REPLIED_TO markus-hahn")]
    [InlineData("de", "Jonas Vogt schrieb unter Krügers Post: „Sehr gut.“", "jonas-vogt REPLIED_TO lea-krueger")]
    [InlineData("de", "Lea Krüger zitierte den Tweet von Jonas Vogt.", "lea-krueger QUOTED jonas-vogt")]
    [InlineData("en", "Tom Baker replied to Mary Collins within minutes.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins tweeted that the trains were late again.\n\nTom Baker replied: “They are not.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Anna Berger schrieb am Montag auf X: „Die Bahn ist zu spät.“ Markus Hahn konterte: „Stimmt nicht.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Mary Collins liked a tweet on Sunday. It read: “Trains are late.” The tweet had been posted by Tom Baker.", "mary-collins LIKED tom-baker")]
    [InlineData("en", "Peter Quinn posted a photo of the station. Ruth Ellis liked the post within minutes.", "ruth-ellis LIKED peter-quinn")]
    [InlineData("en", "Mary Collins tweeted that trains were late. Tom Baker fired back within minutes. Ruth Ellis also responded.", "tom-baker REPLIED_TO mary-collins", "ruth-ellis REPLIED_TO mary-collins")]
    [InlineData("en", "Tom Baker was responding to a suggestion made by Mary Collins on Twitter.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Peter Quinn reacted angrily to Ruth Ellis liking a tweet by Tom Baker.", "ruth-ellis LIKED tom-baker")]
    [InlineData("de", "Und zu Anna Berger schrieb Markus Hahn auf X: „Frag doch Lea Krüger.“", "markus-hahn TAGGED lea-krueger")]
    [InlineData("en", "Ruth Ellis fired back at Peter Quinn on Twitter.", "ruth-ellis REPLIED_TO peter-quinn")]
    [InlineData("en", "Tom Baker hit back at Ruth Ellis on Twitter.", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("en", "Peter Quinn responded to Mary Collins's tweet on Friday.", "peter-quinn REPLIED_TO mary-collins")]
    [InlineData("en", "Ruth Ellis retweeted Tom Baker's post with the comment “Exactly.”", "ruth-ellis QUOTED tom-baker")]
    [InlineData("en", "Ruth Ellis retweeted Peter Quinn on Monday.", "ruth-ellis RETWEETED peter-quinn")]
    [InlineData("de", "Die Ministerin antwortete Markus Hahn noch am selben Tag.", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "Jonas Vogt schrieb Anna Berger an. Sie antwortete ihm sofort.", "anna-berger REPLIED_TO jonas-vogt")]
    [InlineData("en", "Tom Baker replied to the senator on Twitter.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Ruthie replied to Tom J. Baker on Twitter.", "ruth-ellis REPLIED_TO tom-baker")]
    [InlineData("de", "Gestern antwortete Anna Ber-\nger auf Twitter Markus Hahn.", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "Anna Berger reagierte prompt:\n\n„@mhahn Das stimmt so nicht.“", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Der Grünen-Chef antwortete heftig:\n\n@annaberger @tombaker Eure Frage zeigt nur Ahnungslosigkeit.", "markus-hahn TAGGED anna-berger", "markus-hahn TAGGED tom-baker")]
    [InlineData("de", "Die Grünen gaben Markus Hahn auf Twitter Kontra: „Lieber Jonas Vogt, wer hat das begonnen?“", "gruene TAGGED jonas-vogt")]
    [InlineData("en", "“Trains are late again, Ruthie,” Tom Baker tweeted.", "tom-baker TAGGED ruth-ellis")]
    [InlineData("en", "“Trains are late again,” the senator tweeted. “Ask @tombaker.”", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Peter Quinn hit back at Ruth Ellis on Twitter. He wrote, “Ask @tombaker about the budget.”", "peter-quinn TAGGED tom-baker")]
    [InlineData("en", "Following a tweet by Ruth Ellis, Mary Collins pushed back, saying: “Ruthie, you are wrong.”", "mary-collins TAGGED ruth-ellis")]
    [InlineData("en", "Tom Baker responded to Peter Quinn, tweeting, “Mary Collins knows the numbers.”", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Zudem folgt Anna Berger auf X den Accounts der Grünen sowie Politikern wie Jonas Vogt und ihrem Kollegen Markus Hahn.", "anna-berger FOLLOWS gruene", "anna-berger FOLLOWS jonas-vogt", "anna-berger FOLLOWS markus-hahn")]
    [InlineData("en", "Peter Quinn also follows Ruth Ellis's Twitter account.", "peter-quinn FOLLOWS ruth-ellis")]
    [InlineData("en", "Tom Baker tweeted that Mary Collins had missed the vote.", "tom-baker TAGGED mary-collins")]
    [InlineData("de", "Jonas Vogt twitterte, dass Lea Krüger gelogen habe.", "jonas-vogt TAGGED lea-krueger")]
    [InlineData("de", "Anna Berger schrieb auf X: „Die Bahn ist zu spät. Der Zug fehlt. Wieder einmal. Es reicht.“ Auch Jonas Vogt antwortete mit einem Tweet.", "jonas-vogt REPLIED_TO anna-berger")]
    [InlineData("en", "Tom Baker responded to Peter Quinn, tweeting, “Mary Collins knows the numbers.” Ruth Ellis replied within minutes.", "ruth-ellis REPLIED_TO tom-baker")]
    [InlineData("de", "Anna Berger versah den Post von Markus Hahn mit einem Like.", "anna-berger LIKED markus-hahn")]
    [InlineData("en", "In a tweet addressed to Tom Baker, Mary Collins wrote that the trains are late.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Tom Baker wasted no time hitting back at Ruth Ellis on Twitter.", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("en", "“Trains matter,” Mary Collins wrote, above Tom Baker's tweet.", "mary-collins QUOTED tom-baker")]
    [InlineData("en", "Ruth Ellis fired off a quote-tweet of Peter Quinn's post.", "ruth-ellis QUOTED peter-quinn")]
    [InlineData("de", "„Alle sind willkommen hier, Lea“, twitterte Anna Berger.", "anna-berger TAGGED lea-krueger")]
    [InlineData("de", "Markus Hahn meldete sich auf X zu Wort und stichelte zurück. „Sehr schwach, Lea. Frag doch @annaberger.“", "markus-hahn TAGGED lea-krueger", "markus-hahn TAGGED anna-berger")]
    public void Finds_the_relation_as_reporting_phrases_it(string language, string text, params string[] expected)
    {
        var found = Triples(text, language);
        Assert.All(expected, triple => Assert.Contains(triple, found));
    }

    [Theory]
    [InlineData("de", "Markus Hahn entfolgte Anna Berger auf Twitter.")]
    [InlineData("de", "Jonas Vogt hat Lea Krüger auf X blockiert.")]
    [InlineData("en", "Tom Baker unfollowed Mary Collins on Twitter.")]
    [InlineData("en", "Ruth Ellis blocked Peter Quinn on Twitter.")]
    [InlineData("en", "Tom Baker did not reply to Mary Collins.")]
    [InlineData("en", "Mary Collins refused to sign the letter.")]
    [InlineData("de", "„Ich folge Markus Hahn nicht mehr“, sagte Anna Berger.")]
    [InlineData("en", "Peter Quinn criticised Ruth Ellis in an interview.")]
    [InlineData("en", "The letter was sent to Mary Collins and Tom Baker.")]
    [InlineData("en", "Ruth Ellis liked a tweet about Peter Quinn.")]
    [InlineData("en", "Ruth Ellis liked a tweet mocking Peter Quinn's plan.")]
    [InlineData("en", "Mary Collins spoke first on Twitter, followed by Tom Baker.")]
    [InlineData("de", "Der offene Brief ist adressiert an Anna Berger und Markus Hahn.")]
    [InlineData("en", "Mary Collins tweeted about trains. Asked by reporters, Tom Baker replied to the question at once.")]
    [InlineData("de", "Anna Berger twitterte über die Bahn. „Das ist schwer erträglich“, kommentierte Markus Hahn.")]
    [InlineData("en", "Tom Baker was asked about the tweets.\n“Ruth Ellis is wrong,” Baker said.")]
    [InlineData("en", "Tom Baker tweeted a picture of a poster which read “Vote Peter Quinn”.")]
    [InlineData("de", "Markus Hahn nimmt kein Blatt vor den Mund, was Bergers Tweet angeht: „Jonas Vogt hat recht.“")]
    [InlineData("de", "„Lea hat recht“, twitterte Anna Berger.")]
    [InlineData("en", "Mary Collins tweeted about the budget. Ruth Ellis quoted a song in her response to the decision.")]
    public void States_nothing_that_did_not_happen(string language, string text) => Assert.Empty(Triples(text, language));

    [Theory]
    [InlineData("en", "Tom Baker attacked Peter Quinn on Twitter on Monday, writing: “Ruthie agrees with me.”", "tom-baker TAGGED ruth-ellis", "peter-quinn TAGGED ruth-ellis")]
    [InlineData("de", "Auf X schrieb Anna Berger an die Adresse von Jonas Vogt: „Frag doch @mhahn.“", "anna-berger TAGGED markus-hahn", "jonas-vogt TAGGED markus-hahn")]
    public void A_quoted_post_is_written_by_the_subject_not_the_object(string language, string text, string expected, string wrong)
    {
        var found = Triples(text, language);
        Assert.Contains(expected, found);
        Assert.DoesNotContain(wrong, found);
    }

    [Fact]
    public void Evidence_is_the_sentence_as_written()
    {
        const string text = "Vorher war Ruhe.\nAnna Berger markierte Markus Hahn am Montag. Danach nichts.";
        var relation = Assert.Single(Extractor.Extract(text, "de"));
        Assert.Equal("Anna Berger markierte Markus Hahn am Montag.", relation.Evidence);
        Assert.Contains(relation.Evidence, text);
    }

    [Fact]
    public void Confidence_follows_from_what_was_inferred()
    {
        var direct = Assert.Single(Extractor.Extract("Markus Hahn antwortete Anna Berger.", "de"));
        var pronoun = Assert.Single(Extractor.Extract("Markus Hahn schrieb über die Bahn. Er antwortete Anna Berger.", "de"), r => r.Relation == RelationType.RepliedTo);
        Assert.Equal(Inference.None, direct.Inferences);
        Assert.Equal(Inference.PronounFromPreviousSentence, pronoun.Inferences);
        Assert.Equal(RuleExtractor.Confidence(direct.Confidence, Inference.PronounFromPreviousSentence), pronoun.Confidence);
    }
}
