using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// The breadth of the cue lexicon: how reporters phrase each relation besides the words the corpus happened to use, in
/// forms the lexicon now generates from lemmas. Each cue has sentences written for these tests with invented people that
/// it must fire on, and sentences with the same word in its everyday sense that must give nothing.
/// </summary>
public sealed class ReportingVerbsTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", ["@mhahn"]),
        new KnownActor("jonas-vogt", "Jonas Vogt", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@SenCollinsFict"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", []),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("letter", "Open letter on rail funding", "document", null, ["Brief", "offenen Brief", "letter", "the letter"]),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    // Forms of lemmas the lexicon used to list only in part.
    [InlineData("de", "Jonas Vogt taggt Lea Krüger auf Instagram in jedem Foto.", "jonas-vogt TAGGED lea-krueger")]
    [InlineData("de", "Anna Berger likt den Post von Markus Hahn.", "anna-berger LIKED markus-hahn")]
    [InlineData("de", "Anna Berger folgt Markus Hahn auf Instagram. Es dauerte, bis Markus Hahn ihr zurückfolgte.", "markus-hahn FOLLOWS anna-berger")]
    [InlineData("de", "Markus Hahn twitterte, die Bahn sei pünktlich. Lea Krüger schießt auf X zurück.", "lea-krueger REPLIED_TO markus-hahn")]
    [InlineData("de", "Jonas Vogt hat Anna Berger auf Twitter geantwortet.", "jonas-vogt REPLIED_TO anna-berger")]
    [InlineData("en", "Tom Baker snaps back at Mary Collins on Twitter.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Ruth Ellis answers Peter Quinn on Twitter.", "ruth-ellis REPLIED_TO peter-quinn")]
    [InlineData("en", "Mary Collins reacts to Tom Baker's tweet about trains.", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "Ruth Ellis faves every tweet by Peter Quinn.", "ruth-ellis LIKED peter-quinn")]
    // Words of the phenomenon the lexicon did not have.
    [InlineData("de", "Markus Hahn entgegnete Anna Berger auf Twitter: „Das stimmt nicht.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Jonas Vogt replizierte auf Lea Krügers Tweet.", "jonas-vogt REPLIED_TO lea-krueger")]
    [InlineData("de", "Markus Hahn twitterte, die Bahn sei pünktlich. Anna Berger hielt auf Twitter dagegen.", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "Markus Hahn gab Anna Berger auf X Kontra.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger hat Markus Hahn auf Twitter angetweetet.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Auf Twitter sprach Lea Krüger Jonas Vogt direkt an.", "lea-krueger TAGGED jonas-vogt")]
    [InlineData("de", "Anna Berger fragte auf Twitter bei Markus Hahn nach.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Jonas Vogt followt Lea Krüger auf Instagram.", "jonas-vogt FOLLOWS lea-krueger")]
    [InlineData("de", "Anna Berger gab dem Tweet von Jonas Vogt ein Like.", "anna-berger LIKED jonas-vogt")]
    [InlineData("de", "Jonas Vogt verbreitete den Tweet von Anna Berger weiter.", "jonas-vogt RETWEETED anna-berger")]
    [InlineData("de", "Lea Krüger teilte den Tweet von Markus Hahn mit den Worten: „Genau so.“", "lea-krueger QUOTED markus-hahn")]
    [InlineData("en", "Tom Baker rebutted Mary Collins on Twitter within the hour.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Peter Quinn returned fire at Tom Baker on Twitter.", "peter-quinn REPLIED_TO tom-baker")]
    [InlineData("en", "Ruth Ellis tweeted back at Peter Quinn.", "ruth-ellis REPLIED_TO peter-quinn")]
    [InlineData("en", "Mary Collins called out Tom Baker on Twitter.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Tom Baker singled out Ruth Ellis in a tweet.", "tom-baker TAGGED ruth-ellis")]
    [InlineData("en", "Peter Quinn namechecked Mary Collins in an Instagram post.", "peter-quinn TAGGED mary-collins")]
    [InlineData("en", "Mary Collins tweeted her support for Ruth Ellis.", "mary-collins TAGGED ruth-ellis")]
    [InlineData("en", "Tom Baker tweeted congratulations to Peter Quinn.", "tom-baker TAGGED peter-quinn")]
    [InlineData("en", "Ruth Ellis hit like on a tweet by Tom Baker.", "ruth-ellis LIKED tom-baker")]
    [InlineData("en", "Mary Collins amplified a post by Peter Quinn.", "mary-collins RETWEETED peter-quinn")]
    [InlineData("en", "Tom Baker re-tweeted Ruth Ellis on Sunday.", "tom-baker RETWEETED ruth-ellis")]
    [InlineData("en", "Peter Quinn boosted a post by Mary Collins on Mastodon.", "peter-quinn RETWEETED mary-collins")]
    [InlineData("de", "Anna Berger setzte unter den Post von Markus Hahn ein Herz.", "anna-berger LIKED markus-hahn")]
    [InlineData("de", "Markus Hahn drückte beim Post von Lea Krüger auf den Like-Button.", "markus-hahn LIKED lea-krueger")]
    [InlineData("de", "Anna Berger und Jonas Vogt ersuchten in einem offenen Brief die Regierung um Hilfe.", "anna-berger SIGNED letter", "jonas-vogt SIGNED letter")]
    [InlineData("en", "Tom Baker and Ruth Ellis lead the letter, which asks for more trains.", "tom-baker SIGNED letter", "ruth-ellis SIGNED letter")]
    [InlineData("en", "Tom Baker and Ruth Ellis send the letter to the minister.", "tom-baker SIGNED letter", "ruth-ellis SIGNED letter")]
    [InlineData("en", "Ruth Ellis has also written a letter.", "ruth-ellis SIGNED letter")]
    [InlineData("en", "Ruth Ellis cosigns the letter.", "ruth-ellis SIGNED letter")]
    // Writing under or about someone's post, commenting on it: a public reply to its author.
    [InlineData("de", "Markus Hahn schreibt unter den Post von Anna Berger: „Immer dasselbe.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Markus Hahn schrieb auf X zu Bergers Post: „Immer dasselbe.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Markus Hahn twitterte zum Beitrag von Anna Berger nur ein Wort.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Tom Baker commented on Mary Collins's post: “Same as ever.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Peter Quinn commented on a photo Ruth Ellis posted on Instagram.", "peter-quinn REPLIED_TO ruth-ellis")]
    // Saying something against someone in a post, in the words reporters use besides "attacked" and "kritisierte".
    [InlineData("de", "Markus Hahn ist bekannt für scharfe Worte. In seinem Tweet zieht er über Anna Berger und Lea Krüger her.", "markus-hahn TAGGED anna-berger", "markus-hahn TAGGED lea-krueger")]
    [InlineData("de", "Jonas Vogt spottete auf Twitter über Lea Krüger.", "jonas-vogt TAGGED lea-krueger")]
    [InlineData("de", "Auf Facebook rechnete Anna Berger mit Markus Hahn ab.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Lea Krüger keilte auf X gegen Jonas Vogt.", "lea-krueger TAGGED jonas-vogt")]
    [InlineData("en", "Mary Collins took a swipe at Tom Baker on Twitter.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "In a tweet, Ruth Ellis poked fun at Peter Quinn.", "ruth-ellis TAGGED peter-quinn")]
    [InlineData("en", "Tom Baker ripped into Mary Collins on X.", "tom-baker TAGGED mary-collins")]
    [InlineData("en", "Ruth Ellis berated Peter Quinn in a post on Instagram.", "ruth-ellis TAGGED peter-quinn")]
    // Where a reply stands: under a post (also fronted, or with an adverb between), underneath it, in its comments or replies.
    [InlineData("de", "Unter dem Post von Anna Berger schrieb Markus Hahn: „Immer dasselbe.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Markus Hahn schrieb etwa unter einem Foto von Anna Berger: „Immer dasselbe.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger postete ein Foto vom Streik. Darunter schrieb Markus Hahn: „Immer dasselbe.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger postete ein Foto vom Streik. Markus Hahn schrieb darunter: „Immer dasselbe.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger postete ein Foto vom Streik. In den Kommentaren schrieb Markus Hahn: „Immer dasselbe.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Mary Collins posted a photo of the strike. In the replies, Tom Baker wrote: “Same as ever.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins posted a photo of the strike. Tom Baker wrote in the comments: “Same as ever.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins posted a photo of the strike. Tom Baker commented underneath: “Same as ever.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Tom Baker commented under Mary Collins's video that the strike was over.", "tom-baker REPLIED_TO mary-collins")]
    // German verbs of sneering with "zurück" answer as "schlug zurück" does; "was first to reply" happened (no passive).
    [InlineData("de", "Anna Berger twitterte, der Plan sei gescheitert. Markus Hahn giftete zurück: „Wie immer.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger twitterte, der Plan sei gescheitert. Markus Hahn ätzte prompt zurück.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Mary Collins tweeted that the plan had failed. Tom Baker was first to respond.", "tom-baker REPLIED_TO mary-collins")]
    // Verbs of striking back, as "fired back" and "hit back" are.
    [InlineData("en", "Mary Collins tweeted that the plan had failed. Tom Baker lashed back at her on Twitter.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins tweeted that the plan had failed. Tom Baker bit back: “Says you.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Tom Baker swiped back at Mary Collins on X.", "tom-baker REPLIED_TO mary-collins")]
    // Sharing a post "with the words …" adds the sharer's own words: a quote.
    [InlineData("en", "Tom Baker shared Mary Collins's tweet with the words “What a joke”.", "tom-baker QUOTED mary-collins")]
    // German reports in the present: "teilt" a post is a repost, with words after it a quote; a screenshot taken of a post quotes it.
    [InlineData("de", "Markus Hahn teilt den Post von Anna Berger.", "markus-hahn RETWEETED anna-berger")]
    [InlineData("de", "Markus Hahn teilt Bergers Video und spottet: „Wie immer.“", "markus-hahn QUOTED anna-berger")]
    [InlineData("en", "Tom Baker screenshotted Mary Collins's tweet and posted it with a laughing emoji.", "tom-baker QUOTED mary-collins")]
    [InlineData("en", "Mary Collins replied to Tom Baker. Ruth Ellis screenshotted her reply.", "ruth-ellis QUOTED mary-collins")]
    public void A_cue_fires_on_how_reporters_phrase_the_relation(string language, string text, params string[] expected)
    {
        var found = Triples(text, language);
        Assert.All(expected, e => Assert.Contains(e, found));
    }

    [Theory]
    [InlineData("de", "Die Folgen des Tweets von Anna Berger für Markus Hahn waren groß.")]
    [InlineData("de", "Anna Berger teilt die Meinung von Markus Hahn.")]
    [InlineData("de", "Markus Hahn verbreitete weiter Falschmeldungen über Anna Berger.")]
    [InlineData("de", "Anna Berger fragte Markus Hahn im Bundestag nach den Kosten.")]
    [InlineData("de", "Jonas Vogt sprach auf dem Parteitag Lea Krüger an.")]
    [InlineData("de", "Auf Instagram sprach Anna Berger an einem Abend über Markus Hahn.")]
    [InlineData("de", "Die Polizei leitete die Anzeige von Jonas Vogt an die Staatsanwaltschaft weiter.")]
    [InlineData("de", "Der Verein gab Lea Krüger ein Herz aus Schokolade.")]
    [InlineData("en", "Tom Baker called out the names of the winners, including Mary Collins.")]
    [InlineData("en", "Tom Baker singled out Ruth Ellis for praise at the rally.")]
    [InlineData("en", "Mary Collins hit the road like Tom Baker did.")]
    [InlineData("en", "Mary Collins boosted funding for Tom Baker's district.")]
    [InlineData("en", "Peter Quinn tweeted support for the bill on Monday.")]
    [InlineData("en", "Tom Baker was leading in the polls, the letter said.")]
    [InlineData("en", "Tom Baker discussed the release of the letter with reporters.")]
    [InlineData("de", "Anna Berger bat Jonas Vogt im Bundestag um Hilfe.")]
    // A contrast between a cue's words starts another clause ("commented on … but … the post").
    [InlineData("en", "Tom Baker quoted a man who had commented on the issue but Mary Collins slammed the post.")]
    // A post about someone or a photo of someone is not theirs; commenting on a decision is no reply.
    [InlineData("en", "Tom Baker commented on a photo of Mary Collins at the rally.")]
    [InlineData("en", "Tom Baker commented on a post about Mary Collins.")]
    [InlineData("en", "Tom Baker commented on Mary Collins's decision to resign.")]
    [InlineData("de", "Markus Hahn schrieb zu dem Post über Anna Berger einen langen Satz.")]
    // The same verbs off a platform: in a speech, an interview, the chamber.
    [InlineData("de", "Im Bundestag zog Markus Hahn über Anna Berger her.")]
    [InlineData("de", "In ihrer Rede rechnete Anna Berger mit Markus Hahn ab.")]
    [InlineData("de", "Im Interview spottete Jonas Vogt über Anna Berger.")]
    [InlineData("en", "In the chamber, Mary Collins took a swipe at Tom Baker.")]
    [InlineData("en", "Speaking to reporters, Tom Baker ripped into Mary Collins.")]
    // "unter anderem", "darunter" as "among them", "unter den Followern", a photo of someone, the comments someone made; who is
    // acted on after a fronted reply phrase.
    [InlineData("de", "Anna Berger schrieb unter anderem, Markus Hahn habe den Plan verfehlt.")]
    [InlineData("de", "Viele Abgeordnete, darunter Anna Berger, kritisierten Markus Hahn im Bundestag.")]
    [InlineData("de", "Unter dem Video von Anna Berger fanden sich zahlreiche Beleidigungen gegen Markus Hahn.")]
    [InlineData("en", "Tom Baker commented under a photo of Mary Collins at the rally.")]
    [InlineData("en", "Mary Collins stood by her comments. In the comments, made on Tuesday, Tom Baker was not named.")]
    [InlineData("en", "Mary Collins posted a photo of the strike. In the replies, Tom Baker was mocked.")]
    [InlineData("en", "Mary Collins posted a photo of the strike. In response, Tom Baker was criticised.")]
    // "teilt mit" announces, "teilt die Sorge" agrees, "teilt ein Foto mit" shares no one's post; a screenshot of no post quotes none.
    [InlineData("de", "Markus Hahn teilt mit, er habe mit Anna Berger gesprochen.")]
    [InlineData("de", "Markus Hahn teilt die Sorge von Anna Berger.")]
    [InlineData("de", "Markus Hahn teilt ein Foto mit Anna Berger.")]
    [InlineData("en", "Tom Baker screenshotted the profile of Mary Collins.")]
    [InlineData("en", "Tom Baker bit back his anger when Mary Collins spoke at the rally.")]
    public void The_same_word_in_its_everyday_sense_gives_nothing(string language, string text) =>
        Assert.Empty(Triples(text, language));

    [Theory]
    // A second participle after "und" and an adverb shares the auxiliary and the subject of the first; the name before it is its object.
    [InlineData("de", "Markus Hahn hatte zuvor in einem Post Anna Berger verteidigt und dabei Jonas Vogt markiert.", "markus-hahn TAGGED jonas-vogt")]
    public void A_second_participle_after_und_shares_the_subject(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));

    [Theory]
    // A clause with its own auxiliary has a subject of its own.
    [InlineData("de", "Markus Hahn hat Anna Berger auf Twitter kritisiert und Jonas Vogt hat geantwortet.", "markus-hahn REPLIED_TO jonas-vogt")]
    [InlineData("de", "Markus Hahn hatte zuvor in einem Post Anna Berger verteidigt und dabei Jonas Vogt markiert.", "jonas-vogt TAGGED anna-berger")]
    public void A_clause_after_und_with_a_subject_of_its_own_keeps_it(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));
}
