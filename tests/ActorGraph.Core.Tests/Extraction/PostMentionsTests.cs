using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Posts the reporting reproduces or retells, and who wrote them (issue 13, TAGGED on real reporting): invented
/// German and English passages in the shapes reporting uses — the platform named once and posts quoted after it,
/// quotations over several paragraphs, single quotation marks, pronoun authors — and quotations that are no posts.
/// </summary>
public sealed class PostMentionsTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger", "die Ministerin"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", ["@mhahn"]),
        new KnownActor("jonas-vogt", "Jonas Vogt", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["the senator"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", []),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("gruene", "Die Grünen", "party", null, ["Grüne", "Grünen"]),
        new KnownActor("canada", "Canada", "state", null, []),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    // The platform is named sentences before the post, which a plain writing verb attributes.
    [InlineData("de", "Anna Berger ist seit Montag auf X aktiv. Sie mag kurze Sätze. „Gute Reise, Jonas Vogt!“, schreibt Berger.", "anna-berger TAGGED jonas-vogt")]
    [InlineData("de", "Markus Hahn sorgte oft mit Twitter-Kommentaren für Ärger. „Lea Krüger hat keinen Plan!“, hatte Hahn geschrieben.", "markus-hahn TAGGED lea-krueger")]
    [InlineData("en", "Ruth Ellis took to Twitter on Monday. She was angry. “Peter Quinn never reads the bills,” Ellis quipped.", "ruth-ellis TAGGED peter-quinn")]
    // A pronoun author after a quotation of several sentences: it refers back past the quotation.
    [InlineData("de", "Jonas Vogt reagierte verärgert. „Ich weiß, was über Frau Krüger gesagt wird. Aber ich beleidige niemanden“, schrieb er auf Twitter.", "jonas-vogt TAGGED lea-krueger")]
    // Single quotation marks (British papers).
    [InlineData("en", "Mary Collins tweeted her support on Sunday.\n\nShe wrote: 'Proud to stand with Tom Baker today, and I'm not alone.'", "mary-collins TAGGED tom-baker")]
    // A quotation over two paragraphs: the first is left open, the second goes on.
    [InlineData("en", "Tom Baker tweeted: “We all know what Ruth Ellis wants.\n\n“But Peter Quinn is the one to watch.”", "tom-baker TAGGED ruth-ellis", "tom-baker TAGGED peter-quinn")]
    // A quotation whose closing mark was lost ends with its paragraph.
    [InlineData("en", "Tom Baker had tweeted “People are hungry and Mary Collins went home\n\nThe post was deleted later.", "tom-baker TAGGED mary-collins")]
    // One post after another: the second with a plain "said".
    [InlineData("en", "Peter Quinn posted: “Ruth Ellis is right.”\n\nAnd Tom Baker said: “Great to see Mary Collins here.”", "tom-baker TAGGED mary-collins")]
    // German retells a post in reported speech, before or after the verb that posts it.
    [InlineData("de", "Mit ihrem Post helfe sie nur den Grünen, schrieb Markus Hahn auf Twitter.", "markus-hahn TAGGED gruene")]
    [InlineData("de", "Jonas Vogt schrieb auf Twitter, Lea Krüger sage die Unwahrheit.", "jonas-vogt TAGGED lea-krueger")]
    [InlineData("de", "Markus Hahn hatte auf X geschrieben, die Beziehungen zu Anna Berger seien zu wichtig.", "markus-hahn TAGGED anna-berger")]
    // Thanking, congratulating, accusing someone on a platform.
    [InlineData("de", "Anna Berger dankte Markus Hahn auf Instagram für seine Arbeit.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Hahn warf Krüger auf X vor, das Interview nicht gelesen zu haben.", "markus-hahn TAGGED lea-krueger")]
    [InlineData("en", "Mary Collins congratulated Tom Baker on Twitter after the vote.", "mary-collins TAGGED tom-baker")]
    // A post noun right before the quotation: "sent a tweet declaring “…”".
    [InlineData("en", "Less than a day later, Tom Baker sent a tweet declaring “I support the deal reached by Ruth Ellis.”", "tom-baker TAGGED ruth-ellis")]
    public void Finds_who_a_post_names(string language, string text, params string[] expected) =>
        Assert.Superset(expected.ToHashSet(), Triples(text, language));

    [Theory]
    // Posts one after another, each with its pronoun: the third goes on as the second did.
    [InlineData("en", "Peter Quinn tweeted: “Mary Collins failing again.”\n\nHe then said: “Oh dear Tom Baker getting shouty.”\n\nHe added: “Ruth Ellis rattled, the house is falling.”", "peter-quinn TAGGED ruth-ellis")]
    // Told to followers, whatever the verb.
    [InlineData("en", "Peter Quinn was busy on Monday. Mr Quinn also told followers: “Imagine the outrage if Mary Collins had done so.”", "peter-quinn TAGGED mary-collins")]
    public void Posts_in_a_row_and_words_told_to_followers_tag_whom_they_name(string language, string text, params string[] expected) =>
        Assert.Superset(expected.ToHashSet(), Triples(text, language));

    [Theory]
    // Followers in a description of the speaker, who told reporters; a pronoun that does not fit the poster.
    [InlineData("en", "Peter Quinn, who has many Twitter followers, told reporters: “Tom Baker is wrong.”", "peter-quinn TAGGED tom-baker")]
    [InlineData("en", "Peter Quinn tweeted: “Mary Collins failing again.”\n\nHe then said: “Oh dear Tom Baker getting shouty.”\n\nShe added: “Ruth Ellis rattled, the house is falling.”", "peter-quinn TAGGED ruth-ellis")]
    public void Followers_that_describe_the_speaker_or_a_pronoun_unfit_for_the_poster_make_no_post(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));

    [Theory]
    // Saying something about someone where the clause itself puts it on a platform or in a post names them.
    [InlineData("en", "Mary Collins attacked Tom Baker on social media.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Ruth Ellis threw shade at Peter Quinn on Twitter on Tuesday.", "ruth-ellis TAGGED peter-quinn")]
    [InlineData("en", "In a series of posts on X, Tom Baker hit out at Ruth Ellis and Peter Quinn.", "tom-baker TAGGED ruth-ellis", "tom-baker TAGGED peter-quinn")]
    [InlineData("en", "Mary Collins attacked Tom Baker on Twitter over his deal with Ruth Ellis.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Peter Quinn authored a tweet attacking Mary Collins.", "peter-quinn TAGGED mary-collins")]
    [InlineData("en", "Tom Baker sent a tweet on Monday, in which he mocked Ruth Ellis.", "tom-baker TAGGED ruth-ellis")]
    [InlineData("de", "Anna Berger hat Markus Hahn auf Instagram scharf kritisiert.", "anna-berger TAGGED markus-hahn")]
    [InlineData("de", "Markus Hahn (Grüne) hat Lea Krüger bei Twitter kritisiert.", "markus-hahn TAGGED lea-krueger")]
    [InlineData("de", "Jonas Vogt schießt via X gegen Lea Krüger.", "jonas-vogt TAGGED lea-krueger")]
    [InlineData("de", "Markus Hahn erregte mit einem Tweet Aufsehen, in dem er Anna Berger als Märchentante bezeichnete.", "markus-hahn TAGGED anna-berger")]
    [InlineData("de", "Lea Krüger ist von Jonas Vogt auf Twitter attackiert worden.", "jonas-vogt TAGGED lea-krueger")]
    // Demanding something of someone, where the clause puts it on a platform.
    [InlineData("de", "Anna Berger forderte Markus Hahn auf Instagram auf, zurückzutreten.", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Mary Collins urged Tom Baker on Twitter to resign.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "On Facebook, Ruth Ellis called on Peter Quinn to apologise.", "ruth-ellis TAGGED peter-quinn")]
    public void Saying_something_about_someone_in_a_post_tags_them(string language, string text, params string[] expected) =>
        Assert.Superset(expected.ToHashSet(), Triples(text, language));

    [Theory]
    // The platform is not the clause's: a relative clause about the speaker, an interview about it, another's act reported there.
    [InlineData("en", "Mary Collins, who is popular on Twitter, attacked Tom Baker in a speech.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Mary Collins criticised Tom Baker in an interview about her Twitter habits.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Tom Baker wrote on Twitter that Ruth Ellis had attacked Peter Quinn.", "ruth-ellis TAGGED peter-quinn")]
    [InlineData("en", "Tom Baker said he was angry at the trolls who kept attacking Ruth Ellis on Twitter.", "tom-baker TAGGED ruth-ellis")]
    // Not the one a deal, an affiliation, a topic or an owner is about.
    [InlineData("en", "Mary Collins attacked Tom Baker on Twitter over his deal with Ruth Ellis.", "mary-collins TAGGED ruth-ellis")]
    [InlineData("de", "Markus Hahn (Grüne) hat Lea Krüger bei Twitter kritisiert.", "markus-hahn TAGGED gruene")]
    [InlineData("de", "Anna Berger kritisiert auf X den Wahlkampf der Grünen und die Attacke auf Markus Hahn.", "anna-berger TAGGED gruene")]
    [InlineData("de", "Anna Berger kritisiert auf X den Wahlkampf der Grünen und die Attacke auf Markus Hahn.", "anna-berger TAGGED markus-hahn")]
    // A post someone liked, the like in scare quotes and a headline's capitals.
    [InlineData("en", "Why Did Tom Baker 'Like' This Tweet Mocking Peter Quinn?", "tom-baker TAGGED peter-quinn")]
    // An aside that says what someone is called.
    [InlineData("de", "Lea Krüger, häufig als deutsche Anna Berger bezeichnet, und Markus Hahn streiten auf Twitter.", "lea-krueger TAGGED anna-berger")]
    [InlineData("en", "Ruth Ellis, often described as the new Tom Baker, and Peter Quinn clashed on Twitter.", "ruth-ellis TAGGED tom-baker")]
    // Demanding something of someone with no platform or post.
    [InlineData("de", "Anna Berger forderte Markus Hahn im Landtag auf, zurückzutreten.", "anna-berger TAGGED markus-hahn")]
    [InlineData("en", "Mary Collins urged Tom Baker to resign.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Ruth Ellis called on Peter Quinn to apologise.", "ruth-ellis TAGGED peter-quinn")]
    public void Saying_something_about_someone_off_a_post_tags_no_one(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));

    [Theory]
    // The sentence right after a post goes on with its author's words: saying something about someone there is the post's.
    [InlineData("en", "Mary Collins tweeted: “The vote was a disgrace.”\n\nShe criticised Tom Baker for staying away.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Ruth Ellis wrote on X that the budget was a scandal. She then mocked Peter Quinn for defending it.", "ruth-ellis TAGGED peter-quinn")]
    [InlineData("de", "Markus Hahn schrieb am Abend auf Instagram, die Lage sei ernst. Er forderte Lea Krüger auf, endlich zu handeln.", "markus-hahn TAGGED lea-krueger")]
    [InlineData("de", "Jonas Vogt twitterte am Morgen über die Bahn. Dann verspottete er die Ministerin.", "jonas-vogt TAGGED anna-berger")]
    public void Saying_something_about_someone_right_after_their_post_tags_them(string language, string text, params string[] expected) =>
        Assert.Superset(expected.ToHashSet(), Triples(text, language));

    [Theory]
    // Another speaker, an act before the post (pluperfect), words told elsewhere, or a sentence between that is not the poster's words.
    [InlineData("en", "Mary Collins tweeted: “The vote was a disgrace.”\n\nTom Baker criticised Ruth Ellis for staying away.", "tom-baker TAGGED ruth-ellis")]
    [InlineData("en", "Mary Collins tweeted: “The vote was a disgrace.”\n\nTom Baker criticised Ruth Ellis for staying away.", "mary-collins TAGGED ruth-ellis")]
    [InlineData("en", "Mary Collins tweeted: “The vote was a disgrace.”\n\nShe had criticised Tom Baker before the vote.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Mary Collins tweeted: “The vote was a disgrace.”\n\nShe criticised Tom Baker in an interview later.", "mary-collins TAGGED tom-baker")]
    [InlineData("en", "Ruth Ellis wrote on X that the budget was a scandal. The vote is on Friday. She mocked Peter Quinn.", "ruth-ellis TAGGED peter-quinn")]
    [InlineData("de", "Markus Hahn schrieb am Abend auf Instagram, die Lage sei ernst. Anna Berger forderte Lea Krüger auf, zu handeln.", "anna-berger TAGGED lea-krueger")]
    [InlineData("de", "Markus Hahn schrieb am Abend auf Instagram, die Lage sei ernst. Anna Berger forderte Lea Krüger auf, zu handeln.", "markus-hahn TAGGED lea-krueger")]
    public void Saying_something_about_someone_after_a_post_but_not_as_its_author_tags_no_one(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));

    [Theory]
    // Beside a reply the sentence reports the reply: the poster's verb of saying there ("a step she described as …") is no cue and leaves the reply as it was.
    [InlineData("en", "Tom Baker has been attacked on social media by the senator.\n\nMary Collins said she felt \"let down\" by a step she described as \"petty\" but Mr Baker stood firm and countered by blaming her team.", "tom-baker REPLIED_TO mary-collins")]
    public void A_posters_verb_beside_a_reply_leaves_the_reply(string language, string text, params string[] expected) =>
        Assert.Superset(expected.ToHashSet(), Triples(text, language));

    [Theory]
    // A negation in what is said of someone ("of not reading") negates neither the act nor whom it names.
    [InlineData("en", "Tom Baker wrote on Twitter that the plan was bad. He accused Ruth Ellis of not reading it.", "tom-baker TAGGED ruth-ellis")]
    public void A_negation_in_what_is_said_of_someone_keeps_them(string language, string text, params string[] expected) =>
        Assert.Superset(expected.ToHashSet(), Triples(text, language));

    [Theory]
    // What an accusation reports ("of merely copying rules from Canada") names no one the accuser addressed; an adverb may stand before the gerund.
    [InlineData("en", "Tom Baker accused Ruth Ellis on Twitter of merely copying rules from Canada.", "tom-baker TAGGED canada")]
    public void An_actor_in_what_an_accusation_reports_is_not_tagged(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));

    [Theory]
    // Said about a tweet, to reporters: no post, and none to follow on from.
    [InlineData("en", "“I did not see it,” Tom Baker said of Mary Collins's tweet. “I don't read Twitter.”\n“I won't comment on Ruth Ellis,” said Peter Quinn.", "peter-quinn TAGGED ruth-ellis")]
    // A platform nearby, but the words were spoken in an interview.
    [InlineData("de", "Jonas Vogt ist auf Twitter sehr aktiv. „Lea Krüger hat recht“, sagte Vogt im Interview.", "jonas-vogt TAGGED lea-krueger")]
    // A press release after posting: what the release says is no post.
    [InlineData("en", "Mary Collins posted about the vote on Twitter.\n\nLater she issued a press release:\n“Tom Baker must apologise.”", "mary-collins TAGGED tom-baker")]
    // An apostrophe opens no quotation.
    [InlineData("en", "Peter Quinn tweeted on Monday. He said it's Ruth Ellis' fault, and that's Tom Baker's view too.", "peter-quinn TAGGED tom-baker")]
    // Reported speech that is no post's content: a relative clause, a press release, an English apposition.
    [InlineData("de", "Jonas Vogt schrieb auf Twitter, wo ihm Lea Krüger widersprach.", "jonas-vogt TAGGED lea-krueger")]
    [InlineData("de", "Jonas Vogt, der auf Twitter oft streitet, schrieb in einer Pressemitteilung, Lea Krüger sei gescheitert.", "jonas-vogt TAGGED lea-krueger")]
    [InlineData("en", "Tom Baker tweeted, a reference to Mary Collins's plan for the railways.", "tom-baker TAGGED mary-collins")]
    // Thanks with no platform near are no post.
    [InlineData("de", "Anna Berger dankte Markus Hahn am Abend für seine Arbeit.", "anna-berger TAGGED markus-hahn")]
    // A blog post is no post.
    [InlineData("en", "Peter Quinn collected the reactions in a blog post titled “Ruth Ellis and the railways.”", "peter-quinn TAGGED ruth-ellis")]
    public void A_quotation_that_is_no_post_tags_no_one(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));

    [Theory]
    // A sentence wholly in quotation marks, with no attribution of its own, while the text goes on with someone's post: the post's words.
    [InlineData("de", "Jonas Vogt postete am Abend auf Instagram ein Foto vom Parteitag. Die Stimmung sei gut gewesen, schreibt er. „Danke an Lea Krüger für die Organisation.“", "jonas-vogt TAGGED lea-krueger")]
    [InlineData("en", "Tom Baker hit back on Twitter on Monday. He wrote that the plan was dead.\n\n“Peter Quinn should resign today.”", "tom-baker TAGGED peter-quinn")]
    // A few words that name no one lead in to it: "it" is the post the sentence before told of.
    [InlineData("en", "The row started after Tom Baker shared a tweet from Peter Quinn.\nIt read: “Nobody ever voted for Ruth Ellis.”", "peter-quinn TAGGED ruth-ellis")]
    [InlineData("de", "Jonas Vogt postete am Abend einen langen Beitrag auf Facebook. Darin heißt es: „Lea Krüger hat die Wahl verloren.“", "jonas-vogt TAGGED lea-krueger")]
    public void A_quoted_sentence_while_the_text_tells_a_post_is_its_words(string language, string text, params string[] expected) =>
        Assert.Superset(expected.ToHashSet(), Triples(text, language));

    [Theory]
    // A quoted line with no sentence's end is a heading; words that name the poster answer them; words after a sentence about reporters or
    // an interview are no post's.
    [InlineData("en", "Tom Baker hit back on Twitter on Monday. He wrote that the plan was dead.\n“Thanks, Peter Quinn”\nThe vote is on Friday.", "tom-baker TAGGED peter-quinn")]
    [InlineData("en", "Tom Baker hit back on Twitter on Monday. He wrote that the plan was dead. “But Tom Baker, you voted for it, and Ruth Ellis knows.”", "tom-baker TAGGED ruth-ellis")]
    [InlineData("en", "Tom Baker spoke to reporters on Monday. He said that the plan was dead. “Peter Quinn should resign today.”", "tom-baker TAGGED peter-quinn")]
    [InlineData("de", "Jonas Vogt postete am Abend auf Instagram ein Foto vom Parteitag. Die Stimmung sei gut gewesen, sagte er im Interview. „Danke an Lea Krüger für die Organisation.“", "jonas-vogt TAGGED lea-krueger")]
    // A lead-in that names a speaker, or says more than a few words, is no post's.
    [InlineData("en", "The row started after Tom Baker shared a tweet from Peter Quinn.\nThe senator said: “Nobody ever voted for Ruth Ellis.”", "peter-quinn TAGGED ruth-ellis")]
    [InlineData("en", "The row started after Tom Baker shared a tweet from Peter Quinn.\nHours later, at the rally, the crowd said: “Nobody ever voted for Ruth Ellis.”", "peter-quinn TAGGED ruth-ellis")]
    public void A_quoted_sentence_that_is_not_the_posts_words_tags_no_one(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));

    [Theory]
    // Words quoted in a sentence that goes on with the post (its author says them): the post's words.
    [InlineData("en", "Tom Baker wrote on X that the budget was a scandal. He said the plan was “a gift to Peter Quinn”.", "tom-baker TAGGED peter-quinn")]
    [InlineData("de", "Markus Hahn schrieb am Abend auf Instagram, die Lage sei ernst. Er kritisierte den Plan als „Geschenk für Lea Krüger“.", "markus-hahn TAGGED lea-krueger")]
    public void Words_quoted_while_the_author_goes_on_are_the_posts(string language, string text, params string[] expected) =>
        Assert.Superset(expected.ToHashSet(), Triples(text, language));

    [Theory]
    // Another speaker's words, or the author's in an interview.
    [InlineData("en", "Tom Baker wrote on X that the budget was a scandal. Ruth Ellis said the plan was “a gift to Peter Quinn”.", "tom-baker TAGGED peter-quinn")]
    [InlineData("en", "Tom Baker wrote on X that the budget was a scandal. He said in an interview the plan was “a gift to Peter Quinn”.", "tom-baker TAGGED peter-quinn")]
    public void Words_quoted_by_someone_else_or_elsewhere_are_no_posts(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));
}
