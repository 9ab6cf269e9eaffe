using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Who is meant: the names, handles, roles and pronouns a text uses for known actors, and whom they resolve to
/// (invented German and English sentences, one class each).
/// </summary>
public sealed class MentionResolutionTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@SenCollinsFict"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
        new KnownActor("rail-council", "Rail Council", "organisation", null, []),
    ]));

    [Fact]
    public void Mentions_lists_each_sentence_with_its_names_resolved_pronouns_and_cues()
    {
        const string text = "Mary Collins met Tom Baker on Monday. She replied to him on Twitter. They did not say more.";

        var sentences = Extractor.Mentions(text, "en");

        Assert.Equal(3, sentences.Count);
        Assert.Equal(["Mary Collins=mary-collins", "Tom Baker=tom-baker"], sentences[0].Mentions.Select(m => $"{m.Text}={m.Actor}"));
        var reply = sentences[1];
        Assert.Equal(text.IndexOf("She", StringComparison.Ordinal), reply.Mentions[0].Start);
        Assert.Equal(["She=mary-collins", "him=tom-baker"], reply.Mentions.Select(m => $"{m.Text}={m.Actor}"));
        Assert.Contains("previous sentence", reply.Mentions[0].Via);
        Assert.Equal(["REPLIED_TO: replied"], reply.Cues);
        Assert.Equal("to", reply.Mentions[1].Mark);
    }

    [Fact]
    public void Mentions_shows_names_inside_a_quotation_apart_and_leaves_a_pronoun_without_antecedent_unresolved()
    {
        var sentences = Extractor.Mentions("Er schrieb auf X: „Danke, Anna Berger!“", "de");

        var mentions = sentences.Single().Mentions;
        Assert.Null(mentions[0].Actor);
        Assert.Equal("unresolved", mentions[0].Via);
        Assert.Equal(("Anna Berger", "anna-berger", "quoted"), (mentions[1].Text, mentions[1].Actor, mentions[1].Via));
    }

    [Fact]
    public void Mentions_reads_dieser_after_a_preposition_as_a_determiner_not_as_the_one_named_last()
    {
        var sentences = Extractor.Mentions("Anna Berger markierte Markus Hahn. Nach dieser - durchaus harten - Kritik antwortete Tom Baker auf X.", "de");

        Assert.DoesNotContain(sentences[1].Mentions, m => m.Text == "dieser");
        Assert.Contains(sentences[1].Mentions, m => m.Actor == "tom-baker");
    }

    private static readonly RuleExtractor WithArticles = new(new ActorLexicon([
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("blitz", "Blitz.at", "organisation", null, ["der Sender Blitz.at", "des Portals Blitz.at", "der Plattform Blitz.at"]),
    ]));

    [Theory]
    // An alias that opens with a genitive article ("des …", "der …" right after a noun) owns the noun before it: the founder acted, not the platform.
    [InlineData("Markus Hahn twitterte ein Foto. Der Gründer der Plattform Blitz.at reagierte mit Humor.", "blitz REPLIED_TO markus-hahn", false)]
    [InlineData("Der Gründer des Portals Blitz.at antwortete Markus Hahn auf X.", "blitz REPLIED_TO markus-hahn", false)]
    // "der" after a verb, after a name, or opening the sentence, is the subject's article.
    [InlineData("Markus Hahn twitterte ein Foto. Sofort reagierte der Sender Blitz.at auf X.", "blitz REPLIED_TO markus-hahn", true)]
    [InlineData("Der Sender Blitz.at antwortete Markus Hahn auf X.", "blitz REPLIED_TO markus-hahn", true)]
    [InlineData("Markus Hahn twitterte ein Foto. Am Abend reagierte in Wien der Sender Blitz.at mit Spott.", "blitz REPLIED_TO markus-hahn", true)]
    public void An_alias_with_its_article_is_a_genitive_only_after_a_noun(string text, string triple, bool stated) =>
        Assert.Equal(stated, WithArticles.Extract(text, "de").Any(r => $"{r.Source} {r.Relation.ToName()} {r.Target}" == triple));

    private static readonly RuleExtractor People = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger", "Bundeskanzlerin"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", ["Innenminister Markus Hahn"]),
        new KnownActor("lena-von-hagen", "Lena von Hagen", "person", "f", []),
        new KnownActor("lea-krueger-hansen", "Lea Krüger-Hansen", "person", "f", []),
        new KnownActor("lea-klein", "Lea Klein", "person", "f", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@SenCollinsFict"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["President Tom Baker"]),
        new KnownActor("ruth-baker", "Ruth Baker", "person", "f", ["@FirstLadyFict"]),
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", []),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("george-bush", "George Bush", "person", "m", []),
        new KnownActor("spd", "SPD", "party", null, []),
        new KnownActor("stern", "Stern", "media", null, []),
        new KnownActor("eu-kommission", "Europäische Kommission", "organisation", null, []),
        new KnownActor("bmi", "Bundesministerium des Innern", "ministry", null, []),
        new KnownActor("green-party", "Green Party", "party", null, []),
        new KnownActor("carl-ramsey-jr", "Carl A. Ramsey Jr.", "person", "m", []),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        People.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    // A role the text gave a person before ("Familienministerin Anna Berger", "Sen. Mary Collins") stands for that person.
    [InlineData("de", "Familienministerin Lena von Hagen sprach in Berlin. Markus Hahn antwortete der Ministerin auf X.", "markus-hahn REPLIED_TO lena-von-hagen")]
    [InlineData("en", "Sen. Mary Collins posted a video. Peter Quinn replied to the senator on Twitter.", "peter-quinn REPLIED_TO mary-collins")]
    [InlineData("en", "Campaign manager Ruth Ellis posted a video. Peter Quinn replied to the former campaign manager on Twitter.", "peter-quinn REPLIED_TO ruth-ellis")]
    // A role the actors file gives: a one-word alias ("Bundeskanzlerin", also as the head "Kanzlerin"), the words before a name ("President Tom Baker").
    [InlineData("de", "Markus Hahn antwortete der Kanzlerin auf X.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Peter Quinn replied to the president on Twitter.", "peter-quinn REPLIED_TO tom-baker")]
    // A role in the genitive: the owner of the post.
    [InlineData("de", "Kanzler Markus Hahn sprach in Berlin. Lea Klein teilte einen Post des Kanzlers.", "lea-klein RETWEETED markus-hahn")]
    // "Dieser", "the latter": the one named last, not the subject before.
    [InlineData("de", "Anna Berger markierte Markus Hahn in einem Tweet. Dieser antwortete prompt.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Mary Collins tagged Peter Quinn in a tweet. The latter replied within minutes.", "peter-quinn REPLIED_TO mary-collins")]
    // A subject pronoun for a person the previous sentence does not name: the last one it fits, further back.
    [InlineData("de", "Markus Hahn postete ein Video. Es zeigt eine Brücke. Die Stadt plant sie seit Jahren. Er markierte darin Anna Berger.", "markus-hahn TAGGED anna-berger")]
    [InlineData("en", "Mary Collins posted a video. It shows a bridge. The city has planned it for years. She tagged Peter Quinn in it.", "mary-collins TAGGED peter-quinn")]
    // An object pronoun is not the subject of its own clause: "Peter Quinn … tweeted at him" is someone named before.
    [InlineData("en", "Tom Baker posted a photo of the chamber. It was removed an hour later. Peter Quinn, a reporter, tweeted at him.", "peter-quinn TAGGED tom-baker")]
    // A last name two persons share: the honorific's gender, or the only one of them named so far.
    [InlineData("en", "Mrs Baker replied to Mary Collins on Twitter.", "ruth-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Ruth Baker postete ein Foto. Später markierte Baker Anna Berger.", "ruth-baker TAGGED anna-berger")]
    [InlineData("en", "Tom Baker and Ruth Baker posted a photo. Tom Baker tweeted first. Baker then tagged Mary Collins.", "tom-baker TAGGED mary-collins")]
    // ... the one a title was given to ("Sen. Baker"), the one named last, an abbreviated honorific ("Mrs.").
    [InlineData("en", "Sen. Ruth Baker and Tom Baker posted a photo. Sen. Baker then tagged Mary Collins.", "ruth-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker posted a photo. Ruth Baker posted a video. Baker then tagged Mary Collins.", "ruth-baker TAGGED mary-collins")]
    [InlineData("en", "Mrs. Baker replied to Mary Collins on Twitter.", "ruth-baker REPLIED_TO mary-collins")]
    // ... the one the text last called by that name: a handle named since is no "Baker".
    [InlineData("en", "President Tom Baker joined Twitter. The White House already follows @FirstLadyFict. Baker then tagged Mary Collins.", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Tom Baker joined Twitter on Monday. @FirstLadyFict welcomed him. On Tuesday Baker's account replied to Mary Collins.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Tom Baker postete ein Foto. Kurz darauf meldete sich auch @FirstLadyFict. Später markierte Baker Anna Berger.", "tom-baker TAGGED anna-berger")]
    [InlineData("de", "Präsident Tom Baker ist seit Montag auf X. @FirstLadyFict begrüßte ihn. Am Dienstag antwortete Baker Anna Berger auf X.", "tom-baker REPLIED_TO anna-berger")]
    // A role the actors file gives, addressed with an honorific ("Mr. President", "Herr Innenminister").
    [InlineData("en", "Mary Collins tweeted: \"Well done, Mr. President!\"", "mary-collins TAGGED tom-baker")]
    [InlineData("de", "Anna Berger schrieb auf X: „Danke, Herr Innenminister!“", "anna-berger TAGGED markus-hahn")]
    // An acronym without a vowel written in lower case ("spd") is still the acronym.
    [InlineData("de", "Anna Berger schrieb auf X: „Glückwunsch an die spd!“", "anna-berger TAGGED spd")]
    // An acronym written with periods ("S.P.D.", as "F.D.P." often is) is the acronym.
    [InlineData("de", "Anna Berger schrieb auf X: „Die S.P.D. hat verloren.“", "anna-berger TAGGED spd")]
    [InlineData("de", "Die S.P.D. antwortete Markus Hahn auf X.", "spd REPLIED_TO markus-hahn")]
    [InlineData("en", "The S.P.D. replied to Mary Collins on Twitter.", "spd REPLIED_TO mary-collins")]
    // A name before a post noun in a German compound owns the post.
    [InlineData("de", "Lea Klein antwortete auf den Hahn-Tweet.", "lea-klein REPLIED_TO markus-hahn")]
    // The last name before a generational suffix ("Carl A. Ramsey Jr." is "Ramsey").
    [InlineData("en", "Ramsey replied to Mary Collins on Twitter.", "carl-ramsey-jr REPLIED_TO mary-collins")]
    // A middle initial; a particle that belongs to the last name, no preposition.
    [InlineData("en", "Tom J. Baker replied to Mary Collins on Twitter.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Von Hagen antwortete Anna Berger auf X.", "lena-von-hagen REPLIED_TO anna-berger")]
    // A handle glued to a compound, a handle written without "@", a hashtag.
    [InlineData("de", "Markus Hahn antwortete auf den @annaberger-Tweet.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Peter Quinn replied to SenCollinsFict on Twitter.", "peter-quinn REPLIED_TO mary-collins")]
    [InlineData("de", "Markus Hahn markierte die #SPD in einem Tweet.", "markus-hahn TAGGED spd")]
    // A name glued to the word before, a name hyphenated where a line broke.
    [InlineData("en", "Peter Quinn tagged Mary Collins andRuth Baker in a tweet.", "peter-quinn TAGGED ruth-baker")]
    [InlineData("de", "Anna Berger markierte Lea Krüger-Han- sen auf X.", "anna-berger TAGGED lea-krueger-hansen")]
    // German case endings inside an organisation's name.
    [InlineData("de", "Anna Berger antwortete der Europäischen Kommission auf X.", "anna-berger REPLIED_TO eu-kommission")]
    [InlineData("de", "Markus Hahn teilte einen Post des Bundesministeriums des Innern.", "markus-hahn RETWEETED bmi")]
    // A noun of an actor's kind for the one actor of that kind named before ("the party", "der Partei", "des Ministeriums").
    [InlineData("en", "The Green Party posted a video. The party then tagged Mary Collins in a tweet.", "green-party TAGGED mary-collins")]
    [InlineData("de", "Die SPD veröffentlichte ein Video. Lea Klein antwortete der Partei auf X.", "lea-klein REPLIED_TO spd")]
    [InlineData("de", "Das Bundesministerium des Innern veröffentlichte ein Video. Lea Klein teilte einen Post des Ministeriums.", "lea-klein RETWEETED bmi")]
    // A German article that opens the sentence (or what a colon introduces) right before a finite verb is a demonstrative subject
    // for the one named last, whatever its kind ("der Rat", "die Partei"); "während" before a genitive is a preposition.
    [InlineData("de", "Wirbel um die Green Party: Die hat während des Kongresses einen Tweet von Markus Hahn geteilt.", "green-party RETWEETED markus-hahn")]
    [InlineData("de", "Wirbel um die SPD: Die hat einen Tweet von Markus Hahn geteilt.", "spd RETWEETED markus-hahn")]
    [InlineData("de", "Den Anfang machte Markus Hahn: Der teilte einen Tweet von Anna Berger.", "markus-hahn RETWEETED anna-berger")]
    [InlineData("de", "Markus Hahn war schnell. Der antwortete Anna Berger auf X.", "markus-hahn REPLIED_TO anna-berger")]
    public void Who_is_meant_is_found_in_the_same_classes_written_differently(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));

    [Theory]
    // A role two persons were given says nothing about which one is meant.
    [InlineData("en", "Sen. Mary Collins and Sen. Ruth Ellis posted a video. Peter Quinn replied to the senator on Twitter.", "peter-quinn REPLIED_TO")]
    // A plural role is a group, no person.
    [InlineData("en", "Sen. Mary Collins posted a video. Peter Quinn replied to the senators on Twitter.", "peter-quinn REPLIED_TO")]
    // A last name two persons share, both named as often before, is nobody in particular.
    [InlineData("en", "Tom Baker and Ruth Baker posted a photo. Baker then tagged Mary Collins.", "TAGGED mary-collins")]
    // "einen Stern", "ein Link": a one-word name after an indefinite article is the common noun.
    [InlineData("de", "Anna Berger markierte Markus Hahn und einen Stern auf X.", "stern")]
    // A first name alone is no one.
    [InlineData("en", "Peter Quinn replied to Mary on Twitter.", "peter-quinn REPLIED_TO")]
    // Words that are also last names, written as words.
    [InlineData("en", "Peter Quinn tagged Mary Collins in a photo of a bush.", "george-bush")]
    [InlineData("de", "Anna Berger markierte Markus Hahn in einem klein geschnittenen Video.", "lea-klein")]
    // An object pronoun whose person is in its own sentence (as the source) is not someone named sentences before.
    [InlineData("en", "Mary Collins posted a video. It shows a bridge. When Peter Quinn saw the tweet, the reporter showed him on Twitter.", "mary-collins")]
    // "Dieser Tweet" is a determiner before a noun, no pronoun.
    [InlineData("de", "Anna Berger markierte Markus Hahn. Dieser Tweet wurde am Abend von Lea Klein beantwortet.", "markus-hahn REPLIED_TO")]
    // An honorific the person's gender does not fit is no address of them.
    [InlineData("de", "Anna Berger schrieb auf X: „Danke, Frau Innenminister!“", "markus-hahn")]
    // A compound whose head is no post ("die Hahn-Affäre") names no owner.
    [InlineData("de", "Lea Klein antwortete auf die Hahn-Affäre.", "markus-hahn")]
    // "the party" when two parties were named; "the party leaders" (a compound, not the party acting).
    [InlineData("en", "The Green Party and the SPD met. The party tagged Mary Collins in a tweet.", "TAGGED mary-collins")]
    [InlineData("en", "The Green Party met on Monday. The party leaders tagged Mary Collins in a tweet.", "green-party")]
    // One of a group is not the group; a count that does not fit the list; "both tweets" counts posts.
    [InlineData("de", "Anna Berger und Markus Hahn sprachen in Berlin. Einer der beiden Politiker antwortete Lea Klein auf X.", "REPLIED_TO lea-klein")]
    [InlineData("en", "Mary Collins and Tom Baker spoke on Monday. One of the senators replied to Peter Quinn on Twitter.", "REPLIED_TO peter-quinn")]
    [InlineData("en", "Mary Collins, Tom Baker and Ruth Ellis spoke on Monday. The two senators replied to Peter Quinn on Twitter.", "REPLIED_TO peter-quinn")]
    [InlineData("en", "Mary Collins and Tom Baker spoke on Monday. Both tweets tagged Peter Quinn.", "TAGGED peter-quinn")]
    // "they" after a list that was no subject is no group.
    [InlineData("en", "Peter Quinn met Mary Collins and Tom Baker. They replied to Ruth Ellis on Twitter.", "tom-baker REPLIED_TO")]
    // An article before an adjective, or inside the sentence, is no demonstrative; "der" as a demonstrative is no woman.
    [InlineData("de", "Anna Berger sprach mit Lea Klein. Die oft kritisierten Sender teilten einen Tweet von Markus Hahn.", "RETWEETED markus-hahn")]
    [InlineData("de", "Anna Berger war schnell: Der teilte einen Tweet von Markus Hahn.", "anna-berger RETWEETED")]
    public void Who_is_meant_stays_open_where_the_text_does_not_single_one_out(string language, string text, string absent) =>
        Assert.DoesNotContain(Triples(text, language), t => t.Contains(absent, StringComparison.Ordinal));

    [Theory]
    // A plural role, a count or "they" after a list: each actor of the list the text named last.
    [InlineData("en", "Sen. Mary Collins and Sen. Tom Baker wrote to the governor. The senators later replied to Peter Quinn on Twitter.", "{0} REPLIED_TO peter-quinn", "mary-collins")]
    [InlineData("en", "Mary Collins and Tom Baker spoke on Monday. Both tagged Peter Quinn in a tweet.", "{0} TAGGED peter-quinn", "mary-collins")]
    [InlineData("en", "Mary Collins and Tom Baker spoke on Monday. The two veteran senators followed Peter Quinn on Twitter.", "{0} FOLLOWS peter-quinn", "mary-collins")]
    [InlineData("en", "Mary Collins and Tom Baker spoke on Monday. They replied to Peter Quinn on Twitter.", "{0} REPLIED_TO peter-quinn", "mary-collins")]
    [InlineData("en", "Mary Collins and Tom Baker spoke on Monday. Peter Quinn replied to both on Twitter.", "peter-quinn REPLIED_TO {0}", "mary-collins")]
    [InlineData("de", "Markus Hahn und Tom Baker sprachen in Berlin. Beide antworteten Lea Klein auf X.", "{0} REPLIED_TO lea-klein", "markus-hahn")]
    [InlineData("de", "Markus Hahn und Tom Baker sprachen in Berlin. Die beiden Abgeordneten markierten Lea Klein auf X.", "{0} TAGGED lea-klein", "markus-hahn")]
    [InlineData("de", "Markus Hahn und Tom Baker sprachen in Berlin. Sie antworteten Lea Klein auf X.", "{0} REPLIED_TO lea-klein", "markus-hahn")]
    public void Group_words_stand_for_each_actor_of_the_list_before(string language, string text, string expected, string other)
    {
        var triples = Triples(text, language);

        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, "tom-baker"), triples);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, other), triples);
    }
}
