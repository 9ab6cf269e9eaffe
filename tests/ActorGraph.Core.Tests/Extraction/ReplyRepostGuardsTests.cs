using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Replies, reposts and quotes on reporting: a reply or repost cue and two actors in one sentence where no reply or repost
/// between them is stated (a demand, a condition, an allegation, counts compared, a third party inside a relative clause),
/// beside the phrasings that do state one. Invented sentences, German and English, several of each class.
/// </summary>
public sealed class ReplyRepostGuardsTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", ["@mhahn"]),
        new KnownActor("jonas-vogt", "Jonas Vogt", "person", "m", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@SenCollinsFict"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", []),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("green-party", "Green Party", "party", null, ["the Greens"]),
        new KnownActor("rail-council", "Rail Council", "organisation", null, []),
        new KnownActor("daily-courier", "Daily Courier", "media", null, ["the Courier"]),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    private static readonly string[] Acts = [" REPLIED_TO ", " RETWEETED ", " QUOTED "];

    [Theory]
    // A demand or request: the infinitive "to reply" is asked for, and the one asked is not the one who asks.
    [InlineData("en", "Tom Baker had called on Mary Collins to reply to the Rail Council.", "tom-baker REPLIED_TO rail-council")]
    [InlineData("en", "Peter Quinn asked Ruth Ellis to reply to Tom Baker on Twitter.", "ruth-ellis REPLIED_TO tom-baker")]
    [InlineData("en", "Tom Baker urged the Greens to respond to Mary Collins's tweet.", "tom-baker REPLIED_TO mary-collins")]
    // An inverted condition supposes what did not happen.
    [InlineData("en", "Had Tom Baker replied to Mary Collins on Twitter, the row would have ended.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Had Tom Baker retweeted the post by Mary Collins, he would have been fired.", "tom-baker RETWEETED mary-collins")]
    [InlineData("de", "Hätte Markus Hahn auf Anna Berger geantwortet, wäre der Streit beendet gewesen.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Hätte Markus Hahn den Tweet von Anna Berger geteilt, wäre er entlassen worden.", "markus-hahn RETWEETED anna-berger")]
    [InlineData("de", "Wäre Markus Hahn auf den Post von Anna Berger eingegangen und hätte er ihr geantwortet, gäbe es keinen Streit.", "markus-hahn REPLIED_TO anna-berger")]
    // An allegation is not stated as fact.
    [InlineData("en", "Tom Baker was accused of retweeting a post by Mary Collins.", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Mary Collins accused Tom Baker of having retweeted Ruth Ellis.", "tom-baker RETWEETED ruth-ellis")]
    [InlineData("en", "Tom Baker allegedly retweeted Mary Collins's post.", "tom-baker RETWEETED mary-collins")]
    [InlineData("de", "Markus Hahn wurde vorgeworfen, einen Beitrag von Anna Berger geteilt zu haben.", "markus-hahn RETWEETED anna-berger")]
    [InlineData("de", "Anna Berger warf Markus Hahn vor, den Tweet von Jonas Vogt retweetet zu haben.", "markus-hahn RETWEETED jonas-vogt")]
    [InlineData("de", "Markus Hahn hat angeblich den Tweet von Anna Berger retweetet.", "markus-hahn RETWEETED anna-berger")]
    // Counts compared: who stands after "than"/"als" reposted nothing.
    [InlineData("en", "Mary Collins's post got more retweets than any tweet by Tom Baker.", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Mary Collins's tweet was shared more often than any post by Tom Baker.", "tom-baker RETWEETED mary-collins")]
    [InlineData("de", "Der Tweet von Anna Berger wurde 5000 Mal geteilt, öfter als jeder Tweet von Markus Hahn.", "markus-hahn RETWEETED anna-berger")]
    [InlineData("de", "Der Post von Anna Berger wurde häufiger geteilt als jeder Beitrag von Markus Hahn.", "markus-hahn RETWEETED anna-berger")]
    // Inside a relative clause on a third party, the clause's object is not whom the reply or repost is of.
    [InlineData("en", "Tom Baker replied to users who had criticised Mary Collins.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Tom Baker responded to a voter who had attacked Mary Collins on Twitter.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Tom Baker retweeted a fan who had praised Mary Collins.", "tom-baker RETWEETED mary-collins")]
    [InlineData("de", "Markus Hahn antwortete auf einen Tweet, in dem Jonas Vogt Anna Berger angriff.", "markus-hahn REPLIED_TO anna-berger")]
    // After a modal, "reply" is a verb: who may reply is no one's act.
    [InlineData("en", "Mary Collins posted a photo. Tom Baker shared her post and wondered why only chosen people can reply to the post.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins tweeted about the plan. Tom Baker retweeted it and complained that only her allies can reply to the tweet.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins posted a video. Tom Baker retweeted it and criticised a setting under which only friends could reply to the post.", "tom-baker REPLIED_TO mary-collins")]
    // The object of a participle is not the subject of the reply.
    [InlineData("en", "Tom Baker tweeted about the plan. The tweet, from a user mocking former minister Mary Collins, was posted in response to Tom Baker's message.", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "A post by an account praising Ruth Ellis was written in response to Tom Baker's tweet.", "ruth-ellis REPLIED_TO tom-baker")]
    [InlineData("en", "A video showing Mary Collins was retweeted by an account supporting Ruth Ellis.", "ruth-ellis RETWEETED mary-collins")]
    // A reply that names what it answers as its object implies no one.
    [InlineData("en", "Mary Collins tagged Tom Baker in a post. Later he also answered his detractors on the radio.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Ruth Ellis wrote to Tom Baker on Twitter. Tom Baker countered the claims in an interview.", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("en", "Mary Collins tweeted about the plan. Tom Baker answered the critics of the plan in a long statement.", "tom-baker REPLIED_TO mary-collins")]
    // An outlet after another verb is told, not answered.
    [InlineData("en", "Tom Baker responded on Twitter and told the Daily Courier that he would stay.", "tom-baker REPLIED_TO daily-courier")]
    [InlineData("en", "Tom Baker hit back and assured the Courier that the plan was safe.", "tom-baker REPLIED_TO daily-courier")]
    [InlineData("de", "Markus Hahn hatte auf die Vorwürfe reagiert und ließ den Daily Courier wissen, er bleibe.", "markus-hahn REPLIED_TO daily-courier")]
    [InlineData("de", "Markus Hahn konterte prompt und sagte dem Daily Courier, er bleibe im Amt.", "markus-hahn REPLIED_TO daily-courier")]
    // A reply given in an interview, a statement or a chamber, with no platform or post named, is no reply on a platform.
    [InlineData("en", "Mary Collins responded to Tom Baker in an interview with the Courier.", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "In a statement, Mary Collins hit back at Tom Baker.", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "Mary Collins replied to Tom Baker in parliament on Tuesday.", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("de", "Anna Berger antwortete Markus Hahn im Bundestag.", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "Im Interview reagierte Anna Berger auf Markus Hahn.", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "In einer Pressemitteilung konterte Anna Berger die Vorwürfe von Markus Hahn.", "anna-berger REPLIED_TO markus-hahn")]
    public void States_no_reply_repost_or_quote_between_these_actors(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));

    [Theory]
    // A count with the reposters included, the one answered before the relative clause, the post's author in its own relative clause.
    [InlineData("en", "Mary Collins's tweet was retweeted more than 5,000 times, including by Tom Baker.", "tom-baker RETWEETED mary-collins", "")]
    [InlineData("de", "Der Tweet von Anna Berger wurde mehr als 5000 Mal geteilt, auch von Markus Hahn.", "markus-hahn RETWEETED anna-berger", "")]
    [InlineData("en", "Tom Baker replied to Ruth Ellis, who had criticised Mary Collins on Twitter.", "tom-baker REPLIED_TO ruth-ellis", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Markus Hahn antwortete Jonas Vogt, der Anna Berger auf Twitter kritisiert hatte.", "markus-hahn REPLIED_TO jonas-vogt", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Markus Hahn teilte einen Beitrag von Jonas Vogt, in dem dieser Anna Berger kritisierte.", "markus-hahn RETWEETED jonas-vogt", "markus-hahn RETWEETED anna-berger")]
    // "shared X's post", "quoted X's tweet": a repost and a quote in English reporting.
    [InlineData("en", "Tom Baker shared Mary Collins's post on Facebook.", "tom-baker RETWEETED mary-collins", "")]
    [InlineData("en", "Tom Baker shared the post by Mary Collins.", "tom-baker RETWEETED mary-collins", "")]
    [InlineData("en", "Tom Baker shared a tweet by Mary Collins that attacked Ruth Ellis.", "tom-baker RETWEETED mary-collins", "tom-baker RETWEETED ruth-ellis")]
    [InlineData("en", "Tom Baker retweeted posts by Mary Collins describing Ruth Ellis as a hero.", "tom-baker RETWEETED mary-collins", "tom-baker RETWEETED ruth-ellis")]
    [InlineData("de", "Markus Hahn teilte Beiträge von Anna Berger über Jonas Vogt.", "markus-hahn RETWEETED anna-berger", "markus-hahn RETWEETED jonas-vogt")]
    // A German object article after a place or time named before starts the verb's object afresh.
    [InlineData("de", "Markus Hahn hat nach der Rede in Berlin einen Tweet von Anna Berger geteilt.", "markus-hahn RETWEETED anna-berger", "")]
    // The ones counted after a repost are named after a dash.
    [InlineData("en", "On Twitter, the Green Party retweeted two of its MPs – Mary Collins and a councillor.", "green-party RETWEETED mary-collins", "")]
    [InlineData("de", "Der Rail Council hat während des Kongresses in Bonn einen Beitrag von Jonas Vogt geteilt.", "rail-council RETWEETED jonas-vogt", "")]
    [InlineData("en", "Tom Baker quoted a tweet by Mary Collins, adding: \"Shame.\"", "tom-baker QUOTED mary-collins", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Tom Baker quoted Mary Collins's tweet, writing that Ruth Ellis was right.", "tom-baker QUOTED mary-collins", "tom-baker QUOTED ruth-ellis")]
    // A caption or "and said:" after a repost introduces the sharer's own words: the handles in them are the sharer's tags.
    [InlineData("en", "Tom Baker reposted the tweet with the caption: \"Wow. Is this acceptable @SenCollinsFict?\"", "tom-baker TAGGED mary-collins", "")]
    [InlineData("en", "Tom Baker shared a screenshot of the tweet and said: \"Is this acceptable @SenCollinsFict?\"", "tom-baker TAGGED mary-collins", "")]
    [InlineData("de", "Markus Hahn teilte den Tweet mit dem Kommentar: „Ist das akzeptabel, @annaberger?“", "markus-hahn TAGGED anna-berger", "")]
    // The sharer's own words quoted right after the repost comment on it: a quote, not a plain repost.
    [InlineData("en", "On Tuesday, Tom Baker shared a tweet by Mary Collins about the plan. “Finally someone says it,” Baker wrote about her tweet.", "tom-baker QUOTED mary-collins", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Tom Baker retweeted Mary Collins. He wrote: “She is right.”", "tom-baker QUOTED mary-collins", "tom-baker RETWEETED mary-collins")]
    [InlineData("de", "Markus Hahn teilte am Montag den Tweet von Anna Berger. „Endlich sagt es jemand“, schrieb Hahn dazu.", "markus-hahn QUOTED anna-berger", "markus-hahn RETWEETED anna-berger")]
    [InlineData("de", "Markus Hahn retweetete Anna Berger. Dazu schrieb er: „Genau so.“", "markus-hahn QUOTED anna-berger", "markus-hahn RETWEETED anna-berger")]
    [InlineData("en", "Mary Collins posted a photo. Tom Baker shared her post and questioned why she had hidden the replies.", "tom-baker QUOTED mary-collins", "tom-baker RETWEETED mary-collins")]
    [InlineData("de", "Markus Hahn teilte den Tweet von Anna Berger und wunderte sich, warum sie die Antworten verborgen habe.", "markus-hahn QUOTED anna-berger", "markus-hahn RETWEETED anna-berger")]
    // Words of the post's author after it are the post, not a comment; a new paragraph is a new post.
    [InlineData("en", "Tom Baker retweeted Mary Collins. “We will win,” Collins wrote.", "tom-baker RETWEETED mary-collins", "tom-baker QUOTED mary-collins")]
    [InlineData("de", "Markus Hahn teilte den Tweet von Anna Berger.\n\nSpäter schrieb Hahn: „Wir gewinnen.“", "markus-hahn RETWEETED anna-berger", "markus-hahn QUOTED anna-berger")]
    // A reply with no named target answers whom its own sentence shows: the one its words address by first name, else a post quoted before it.
    [InlineData("en", "Peter Quinn tweeted about the plan. Tom Baker replied: “No, it isn't true, Mary.”", "tom-baker REPLIED_TO mary-collins", "tom-baker REPLIED_TO peter-quinn")]
    [InlineData("en", "Peter Quinn posted a video. Tom Baker hit back: “Mary, you know that is wrong.”", "tom-baker REPLIED_TO mary-collins", "tom-baker REPLIED_TO peter-quinn")]
    [InlineData("de", "Jonas Vogt postete ein Video. Markus Hahn antwortete: „Nein, Anna, das stimmt nicht.“", "markus-hahn REPLIED_TO anna-berger", "markus-hahn REPLIED_TO jonas-vogt")]
    [InlineData("en", "Mary Collins tagged Tom Baker in a post. Ruth Ellis, who chairs the council, tweeted: “A shameful plan”, to which Tom Baker replied: “Nonsense.”", "tom-baker REPLIED_TO ruth-ellis", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Jonas Vogt markierte Markus Hahn in einem Post. Anna Berger, die den Rat leitet, twitterte: „Ein schändlicher Plan“, worauf Markus Hahn antwortete: „Unsinn.“", "markus-hahn REPLIED_TO anna-berger", "markus-hahn REPLIED_TO jonas-vogt")]
    // The owner of the post that is the subject replied: "His tweet was in response to Y's tweet".
    [InlineData("en", "Tom Baker was angry on Monday. His tweet was in response to Mary Collins's post about the plan.", "tom-baker REPLIED_TO mary-collins", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "Ruth Ellis's post was a reply to Tom Baker's tweet.", "ruth-ellis REPLIED_TO tom-baker", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("en", "Mary Collins's tweet was in response to a video by Peter Quinn.", "mary-collins REPLIED_TO peter-quinn", "")]
    // Where the words answered were said is no place of the reply; a platform named makes it one.
    [InlineData("en", "Mary Collins responded to comments Tom Baker made in an interview.", "mary-collins REPLIED_TO tom-baker", "")]
    [InlineData("en", "In a tweet, Mary Collins hit back at Tom Baker's speech in parliament.", "mary-collins REPLIED_TO tom-baker", "")]
    [InlineData("de", "Anna Berger antwortete Markus Hahn auf X, nachdem er im Bundestag gesprochen hatte.", "anna-berger REPLIED_TO markus-hahn", "")]
    public void Keeps_the_act_between_the_right_actors(string language, string text, string expected, string wrong)
    {
        var found = Triples(text, language);
        Assert.Contains(expected, found);
        if (wrong.Length > 0) Assert.DoesNotContain(wrong, found);
    }

    [Theory]
    // Sharing a view, an article about someone or a video showing them is no repost of their post.
    [InlineData("en", "Tom Baker shared Mary Collins's view that the plan would fail.")]
    [InlineData("en", "Tom Baker shared an article about Mary Collins on Twitter.")]
    [InlineData("en", "Tom Baker shared a video showing Mary Collins at the rally.")]
    [InlineData("en", "Tom Baker quoted Mary Collins in his speech.")]
    // Posts named without an article are things too: who the participle or preposition after them names is their content, not their author.
    [InlineData("en", "Tom Baker retweeted posts describing Mary Collins as a hero.")]
    [InlineData("en", "Tom Baker retweeted tweets praising Mary Collins on Sunday.")]
    [InlineData("de", "Markus Hahn teilte Beiträge über Anna Berger.")]
    [InlineData("de", "Markus Hahn retweetete Tweets gegen Anna Berger.")]
    [InlineData("de", "Markus Hahn teilte ein Foto mit einem Zitat von Anna Berger.")]
    // What one posts "of" someone shows them; a post "of" something is its topic; German "ein Video von" may show them too.
    [InlineData("en", "Tom Baker retweeted a photo of Mary Collins.")]
    [InlineData("en", "Tom Baker retweeted a tweet of support for Mary Collins.")]
    [InlineData("de", "Markus Hahn teilte ein Video von Anna Berger auf Facebook.")]
    // A comment after the dash that follows a count names no one reposted.
    [InlineData("en", "On Twitter, Tom Baker retweeted two posts – a decision Mary Collins mocked.")]
    public void Sharing_or_quoting_something_else_is_no_repost_or_quote(string language, string text) =>
        Assert.DoesNotContain(Triples(text, language), t => Acts.Any(a => t.Contains(a, StringComparison.Ordinal)));
    [Theory]
    // "Of" after a post noun, and "by" after what one posts (a video, a photo), name whose post was reposted or liked (German
    // "von" after a post noun did so before).
    [InlineData("en", "Tom Baker retweeted the tweet of Mary Collins.", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Tom Baker liked the post of Mary Collins on Facebook.", "tom-baker LIKED mary-collins")]
    [InlineData("en", "Tom Baker reposted a video by Mary Collins.", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Tom Baker retweeted a photo by Mary Collins.", "tom-baker RETWEETED mary-collins")]
    public void The_post_s_author_is_named_after_of_or_by(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));
}
