using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Precision on reporting: phrasings in which a social-media cue word appears but the relation is not stated (or not
/// between these two), one invented sentence each, beside the phrasing that does state it.
/// </summary>
public sealed class ReportingGuardsTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", ["@mhahn"]),
        new KnownActor("jonas-vogt", "Jonas Vogt", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@SenCollinsFict", "the senator"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", []),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("daily-courier", "Daily Courier", "media", null, ["the Courier"]),
        new KnownActor("rail-council", "Rail Council", "organisation", null, []),
        new KnownActor("twitter", "Twitter", "organisation", null, []),
        new KnownActor("congress", "Congress", "organisation", null, []),
        new KnownActor("labour", "Labour Party", "party", null, ["Labour"]),
        new KnownActor("letter", "Open letter on rail funding", "document", null, ["letter", "the letter", "This letter", "offenen Brief"]),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    // A sentence about anyone: the actors are examples.
    [InlineData("de", "Wer vorher Anna Berger auf Twitter folgte, folgt nun Markus Hahn.")]
    [InlineData("en", "Whoever followed Tom Baker on Twitter now follows Mary Collins.")]
    // Following without a platform is a sequence or a time.
    [InlineData("de", "Anna Berger postete auf X ein Video. Im Saal sprach sie zuerst. Dann folgte Markus Hahn, dann Jonas Vogt.")]
    [InlineData("en", "Mary Collins posted first. She was followed minutes later by Tom Baker, who posted a photo.")]
    // Only a link makes someone a follower: here an outlet explains whom the followers follow.
    [InlineData("de", "So erklärt der Rail Council die Follower von Anna Berger.")]
    // Sharing a photo with someone, or sharing news, is no repost of their post.
    [InlineData("de", "Jonas Vogt teilte auf Instagram ein Selfie mit Anna Berger.")]
    [InlineData("de", "Anna Berger teilte am Montag auf X mit, dass Markus Hahn zurücktritt.")]
    // What a post is against is not whose post it is.
    [InlineData("en", "The Rail Council apologised for accidentally retweeting an anti-Tom Baker tweet.")]
    // Who receives a reply did not give it.
    [InlineData("de", "Markus Hahn erhielt auf Twitter eine Antwort auf sein Video von Anna Berger.")]
    [InlineData("en", "The Daily Courier got this response to the tweet from Tom Baker.")]
    // A reply that is itself the object of a repost: who replied is not said.
    [InlineData("en", "The Rail Council accidentally retweeted a reply to Tom Baker's post.")]
    // Prevented, so it did not happen.
    [InlineData("en", "The aides kept Tom Baker from responding to Mary Collins on Twitter.")]
    // What a reply says, not whom it answers.
    [InlineData("de", "Der Rail Council war in Rage und konterte auf Twitter mit Kritik an Anna Berger.")]
    [InlineData("en", "Tom Baker pushed back on Twitter against claims she insulted Mary Collins.")]
    [InlineData("en", "On Twitter, Tom Baker pushed back in Mary Collins's defence.")]
    [InlineData("en", "Tom Baker responded on Twitter that Mary Collins had left.")]
    // Someone who did the same is no target.
    [InlineData("en", "Ruth Ellis retweeted it, as did her chief of staff Tom Baker.")]
    // An inserted reporting clause names no subject of the sentence.
    [InlineData("de", "Am Montag, so entdeckte der Student Jonas Vogt per Twitter, hat die Ministerin auf die Kritik reagiert.")]
    // Everyday verbs with no platform near: contacting for comment, addressing a text.
    [InlineData("en", "The Daily Courier has reached out to Tom Baker for comment.")]
    [InlineData("de", "Ihren Text richtet Anna Berger an den Sänger Jonas Vogt.")]
    // A tag names the ones it was addressed to, not the rest of the sentence; an owner's criticism is no tag.
    [InlineData("en", "On Twitter, Tom Baker addressed Peter Quinn's criticism of the plan.")]
    // A journalist who asked is no one a reply answers; a group of someone's supporters is not them.
    [InlineData("en", "The Daily Courier asked Tom Baker on Twitter about the plan. He replied: “No comment.”")]
    [InlineData("en", "Tom Baker tweeted in response to a Ruth Ellis supporter.")]
    // A page is followed, not a post liked; a post someone meant to repost is someone else's; a statement is no post.
    [InlineData("en", "Tom Baker was caught liking an Instagram page calling to oust Mary Collins.")]
    [InlineData("en", "An aide said Tom Baker had intended to repost a Twitter message stating: “Hey @SenCollinsFict, why now?”")]
    [InlineData("en", "On Twitter the row grew. Tom Baker issued a statement demanding an apology: “@SenCollinsFict must resign.”")]
    // A demand is no event.
    [InlineData("de", "Anna Berger müsse auf Twitter endlich reagieren und Markus Hahn antworten.")]
    // A quoted name is a name, not a post.
    [InlineData("de", "Jonas Vogt postete auf X ein Foto mit dem Verein „Rail Council“.")]
    // A relative clause after the one answered is no subject of the reply.
    [InlineData("en", "His reply on Twitter was in response to the Daily Courier's front page, which criticised Tom Baker.")]
    // Phrasal verbs and successions are no following; what is denied, or done by no one named, states no act.
    [InlineData("en", "Tom Baker followed up on Twitter with a link to a report about Mary Collins.")]
    [InlineData("en", "Mary Collins followed suit on Twitter after Tom Baker deleted his account.")]
    [InlineData("en", "Mary Collins followed Tom Baker as party leader, she wrote on Twitter.")]
    [InlineData("de", "Anna Berger folgt auf Markus Hahn, der auf X seinen Rücktritt verkündete.")]
    [InlineData("en", "Tom Baker denied having retweeted Mary Collins.")]
    [InlineData("de", "Anna Berger bestritt, Markus Hahn retweetet zu haben.")]
    [InlineData("en", "Tom Baker's post was retweeted thousands of times, Mary Collins said on Twitter.")]
    [InlineData("de", "Markus Hahns Tweet wurde auf X tausendfach geteilt, berichtete Anna Berger.")]
    // A post that is the subject only opens a sentence: "when a tweet gets more replies than likes" is no act.
    [InlineData("en", "Tom Baker tweeted a photo. Mary Collins's tweet was ratioed, which happens when a tweet gets more replies than likes.")]
    // An English subject pronoun after the cue is no target.
    [InlineData("en", "Mary Collins posted a photo. Tom Baker replied to a tweet something which he later regretted.")]
    // A German verb's subject stands before the first comma after it.
    [InlineData("de", "Anna Berger schrieb auf X: „Treten Sie zurück.“ Dieser konterte lediglich, so lange Jonas Vogt schweige, werde er nichts sagen.")]
    // The object followed, liked or reposted is a thing; the actor stands in what is said about it (a preposition, a gerund, a genitive).
    [InlineData("en", "Tom Baker retweeted a link to an article about the Daily Courier's rail plan.")]
    [InlineData("en", "Tom Baker retweeted an article criticising Mary Collins.")]
    [InlineData("en", "Tom Baker retweeted a meme mocking Mary Collins.")]
    [InlineData("en", "Mary Collins followed the debate on Twitter, where Tom Baker posted a photo.")]
    [InlineData("en", "Tom Baker followed Mary Collins's advice and deleted his Twitter account.")]
    [InlineData("de", "Anna Berger folgte auf Twitter dem Aufruf von Markus Hahn.")]
    [InlineData("de", "Auf Twitter folgte Anna Berger der Empfehlung der Rail Council.")]
    [InlineData("de", "Anna Berger folgte Markus Hahns Beispiel und löschte ihren Twitter-Account.")]
    [InlineData("de", "Anna Berger likte ein Foto von Markus Hahn auf Instagram.")]
    [InlineData("en", "Tom Baker likes Mary Collins's policies, he tweeted.")]
    // Who reports the act after a comma neither did it nor is its target.
    [InlineData("en", "Tom Baker followed the rules on Twitter, Mary Collins said.")]
    [InlineData("en", "The tweet followed Mary Collins's speech in Leeds, Tom Baker said.")]
    // An owner before the agent's noun did not act; a German "werden" passive with no actor as agent has no source.
    [InlineData("en", "Mary Collins's tweet was retweeted by Tom Baker's critics.")]
    [InlineData("de", "Anna Berger wird auf Twitter von mehr Menschen gefolgt als Markus Hahn.")]
    // Succession in an office; a German negation after the inverted subject.
    [InlineData("de", "Anna Berger folgte Markus Hahn im Amt, wie sie auf X schrieb.")]
    [InlineData("de", "Auf Nachfrage reagierte Anna Berger nicht auf den Tweet von Markus Hahn.")]
    // An organisation one stands for is no subject; who reports past a comma is no target; an English agent stands after the verb.
    [InlineData("en", "Candidates for the right-wing Rail Council have been found to have liked racist content on social media, a Daily Courier investigation has revealed.")]
    [InlineData("en", "Other candidates for the Rail Council, led by Tom Baker as honorary president, were also found to have liked racist posts.")]
    // A bare "In response," answers what was reported just before, not someone who spoke three sentences back.
    [InlineData("en", "Tom Baker said on Twitter that the trains were late. Ruth Ellis posted a photo. The Daily Courier asked about it. In response, Mary Collins said the line was closed.")]
    // Asking someone to respond is a request; a reply noun after an owner ("His reply was") is no verb.
    [InlineData("en", "Mary Collins took to Twitter, asking Ruth Ellis to respond to Tom Baker.")]
    [InlineData("en", "Tom Baker tweeted about the line. His reply was swift: Mary Collins had lied.")]
    // A reply noun about something else, one from an outlet, or one that is only awaited.
    [InlineData("en", "Tom Baker tweeted about the line on Monday. Mary Collins's response to the crisis was criticised.")]
    [InlineData("en", "Tom Baker tweeted about the line on Monday. The response from the Daily Courier was swift.")]
    [InlineData("de", "Markus Hahn twitterte am Montag gegen die Grünen. Eine Antwort von Anna Berger gab es bis heute nicht.")]
    // An impostor's account acts for no one named.
    [InlineData("en", "An account pretending to be Tom Baker retweeted Mary Collins's resignation post, saying: “Lazy.”")]
    [InlineData("en", "A parody account of Tom Baker replied to Mary Collins on Twitter.")]
    // A reply to an event (a resignation, an election, a death) answers no one; nor does an answer to a question off the platforms:
    // a journalist's, one in an interview or in parliament.
    [InlineData("de", "Anna Berger reagierte auf den Rücktritt von Markus Hahn.")]
    [InlineData("de", "Anna Berger reagierte auf Twitter auf die Wahl von Markus Hahn.")]
    [InlineData("en", "Mary Collins reacted to Tom Baker's resignation on Twitter.")]
    [InlineData("en", "Mary Collins responded to Tom Baker's election with a statement.")]
    [InlineData("de", "Auf die Frage des Daily Courier, ob Markus Hahn zurücktreten solle, antwortete Anna Berger: „Nein.“")]
    [InlineData("de", "Auf Anfrage des Daily Courier antwortete Anna Berger, Markus Hahn habe recht.")]
    [InlineData("de", "Im Bundestag antwortete Anna Berger auf eine Frage von Markus Hahn.")]
    [InlineData("en", "Tom Baker replied to a question from Mary Collins in the House of Commons.")]
    [InlineData("en", "In the chamber, Tom Baker answered Mary Collins's question on rail funding.")]
    [InlineData("en", "Tom Baker answered the Daily Courier's questions about Mary Collins by email.")]
    [InlineData("en", "Responding to a question from the Daily Courier, Mary Collins said Tom Baker was wrong.")]
    [InlineData("en", "Tom Baker tweeted about the budget. Mary Collins, asked by the Daily Courier, responded that the budget was fine.")]
    // Past the post a reply answers, only its author is answered; a noun's preposition names what it is about; an outlet in an interview asks.
    [InlineData("en", "Mary Collins replied to a tweet mentioning Tom Baker.")]
    [InlineData("de", "Anna Berger reagierte auf Kritik an Markus Hahn.")]
    [InlineData("de", "Im Interview mit dem Daily Courier antwortete Anna Berger auf Kritik an Markus Hahn ausweichend.")]
    // A reply that an outlet gets is an answer to its request; replies to the posts of many answer no one; "liked tweets" is any posts.
    [InlineData("en", "The Daily Courier got a response from Mary Collins.")]
    [InlineData("en", "Several Rail Council members tweeted the same words. Responding to the posts, Tom Baker tweeted: “Convincing.”")]
    // Received from no one who posted; "um … zu" after no post is a purpose of something else; nothing received.
    [InlineData("en", "It got a like from Tom Baker within minutes.")]
    [InlineData("en", "Mary Collins announced a plan for the railway. Tom Baker liked it.")]
    [InlineData("de", "Anna Berger fuhr nach Berlin, um Markus Hahn zu treffen und ihm zu antworten.")]
    [InlineData("en", "Tom Baker did not get a follow back from Mary Collins on Twitter.")]
    // Where something happened, someone's act, or what a fronted post was about is not whom a reply answers.
    [InlineData("de", "Am Samstag schrieb Anna Berger auf X als Antwort auf den Eklat im Rail Council: „Peinlich.“")]
    [InlineData("en", "The Rail Council has reacted angrily to Tom Baker liking a Twitter post critical of Mary Collins.")]
    [InlineData("de", "Auf einen ihrer Tweets zu den Gesprächen zwischen Markus Hahn und Jonas Vogt reagierte auch Lea Krüger.")]
    // A plan is no reply yet; English "liked" with no post near is fondness; a comparison of follower numbers names no follower.
    [InlineData("de", "Anna Berger will Markus Hahn noch heute antworten.")]
    [InlineData("en", "Tom Baker said he liked Mary Collins.")]
    [InlineData("de", "Anna Berger hat fast so viele Follower auf X wie Markus Hahn.")]
    [InlineData("en", "Tom Baker has more followers on Twitter than Mary Collins.")]
    public void States_nothing_between_these_actors(string language, string text)
    {
        var found = Triples(text, language);
        Assert.DoesNotContain(found, t => !t.Contains(" SIGNED "));
    }

    [Theory]
    // Recall: an apposition inside a separable verb, a quote answered with "keilte zurück", a retort, an @handle as the platform.
    [InlineData("de", "Auf X schrieb Markus Hahn an Anna Berger: „Unsinn.“ Darauf schrieb Jonas Vogt, ehemaliger Grünen-Chef, zurück.", "jonas-vogt REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO jonas-vogt")]
    [InlineData("de", "Anna Berger twitterte: „Die Bahn ist zu spät.“ „Das stimmt nicht“, keilte Markus Hahn zurück.", "markus-hahn REPLIED_TO anna-berger", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("en", "Tom Baker issued a retort to comments made by Mary Collins.", "tom-baker REPLIED_TO mary-collins", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "Tom Baker also follows @SenCollinsFict.", "tom-baker FOLLOWS mary-collins", "mary-collins FOLLOWS tom-baker")]
    [InlineData("en", "On Twitter, Ruth Ellis is one of the 45 accounts Tom Baker follows.", "tom-baker FOLLOWS ruth-ellis", "ruth-ellis FOLLOWS tom-baker")]
    [InlineData("de", "Jonas Vogt hat auf X viele Fans. Manche wunderten sich, wen er in seinem Tweet markierte: Anna Berger und Lea Krüger, zwei Ministerinnen.", "jonas-vogt TAGGED lea-krueger", "lea-krueger TAGGED anna-berger")]
    [InlineData("en", "Tom Baker tweeted at Mary Collins on Tuesday to vote on Peter Quinn's nomination, pending since Ruth Ellis proposed it.", "tom-baker TAGGED mary-collins", "tom-baker TAGGED peter-quinn")]
    [InlineData("en", "Tom Baker and Mary Collins were both tagged in a tweet by the Rail Council that showed its report: this was about Ruth Ellis.", "rail-council TAGGED tom-baker", "rail-council TAGGED ruth-ellis")]
    [InlineData("de", "Anna Berger teilte auf Facebook einen Beitrag von Markus Hahn.", "anna-berger RETWEETED markus-hahn", "anna-berger RETWEETED lea-krueger")]
    [InlineData("en", "Tom Baker was responding to an earlier tweet of Mary Collins's about the budget.", "tom-baker REPLIED_TO mary-collins", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("de", "Markus Hahn hat auf X viele Follower, darunter Jonas Vogt.", "jonas-vogt FOLLOWS markus-hahn", "markus-hahn FOLLOWS jonas-vogt")]
    // Who is meant across sentences: a subject pronoun carries its referent on; a possessive of what was said; "ebenfalls" in the sentence before.
    [InlineData("en", "Mary Collins tweeted: “Trains are late again.” She also alleged that Tom Baker and his wife, Ruth Ellis, earn too much. Tom Baker replied to her tweet with “You are grim.”",
        "tom-baker REPLIED_TO mary-collins", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("en", "Tom Baker defended the rail plan on TV. Mary Collins responded to his comments on Twitter.", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Jonas Vogt antwortete Markus Hahn auf X. Anna Berger sprang ebenfalls auf das Thema auf. Sie reagierte mit einem Gif.", "anna-berger REPLIED_TO markus-hahn", "anna-berger REPLIED_TO jonas-vogt")]
    // A reply whose target posted just before: "daraufhin", a question in the present tense, "Richtung X".
    [InlineData("de", "Markus Hahn twitterte am Montag ein Foto. Jonas Vogt schrieb daraufhin auf X: „Schönes Bild.“", "jonas-vogt REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO jonas-vogt")]
    [InlineData("de", "Markus Hahn fragt auf X, wie Lea Krüger abgestimmt habe. Anna Berger reagiert heftig: „Keine Ahnung.“", "anna-berger REPLIED_TO markus-hahn", "anna-berger REPLIED_TO lea-krueger")]
    [InlineData("de", "Anna Berger sprang Markus Hahn zur Seite und schrieb auf X Richtung Jonas Vogt: „Unsinn.“", "anna-berger REPLIED_TO jonas-vogt", "anna-berger REPLIED_TO markus-hahn")]
    // The post answered is named in the reply's own sentence.
    [InlineData("en", "Following Mary Collins's tweet on Monday, Tom Baker pushed back in Peter Quinn's defence, saying he was right.", "tom-baker REPLIED_TO mary-collins", "tom-baker REPLIED_TO peter-quinn")]
    [InlineData("en", "Tom Baker Fires Back after Mary Collins's Twitter Attack", "tom-baker REPLIED_TO mary-collins", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "Right below Tom Baker's tweet, Ruth Ellis added: “Not true.”", "ruth-ellis REPLIED_TO tom-baker", "tom-baker REPLIED_TO ruth-ellis")]
    // An account stands for its owner.
    [InlineData("en", "The official Twitter account of the Rail Council fired off a quote-tweet of a post from Tom Baker's account.", "rail-council QUOTED tom-baker", "tom-baker QUOTED rail-council")]
    [InlineData("en", "The Twitter account belonging to Tom Baker has been caught liking a tweet by Mary Collins.", "tom-baker LIKED mary-collins", "mary-collins LIKED tom-baker")]
    // Following that goes on, and the object of a relative clause.
    [InlineData("en", "Ruth Ellis quit the party in 2015, but Tom Baker continues to follow her on Twitter.", "tom-baker FOLLOWS ruth-ellis", "ruth-ellis FOLLOWS tom-baker")]
    [InlineData("en", "Officials cited Mary Collins and Ruth Ellis, who Tom Baker follows on Twitter.", "tom-baker FOLLOWS mary-collins", "mary-collins FOLLOWS tom-baker")]
    [InlineData("en", "Officials cited Mary Collins and Ruth Ellis, who Tom Baker follows on Twitter.", "tom-baker FOLLOWS ruth-ellis", "ruth-ellis FOLLOWS tom-baker")]
    [InlineData("de", "Gemeint sind Jonas Vogt und Lea Krüger, denen Markus Hahn auf X folgt.", "markus-hahn FOLLOWS lea-krueger", "lea-krueger FOLLOWS markus-hahn")]
    // ", was X konterte" answers what the clause before said, so its subject; the one before did not answer X.
    [InlineData("de", "Anna Berger hatte Lea Krüger kritisiert, was Markus Hahn auf Twitter konterte.", "markus-hahn REPLIED_TO anna-berger", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "Anna Berger hatte Lea Krüger kritisiert, was Markus Hahn auf Twitter konterte.", "markus-hahn REPLIED_TO anna-berger", "markus-hahn REPLIED_TO lea-krueger")]
    // A post as the subject is its author's act; "according to" names no one answered; "countered".
    [InlineData("en", "Ruth Ellis tweeted a photo of the flooded line. The post was a response to a comment made by Tom Baker.", "ruth-ellis REPLIED_TO tom-baker", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("en", "Tom Baker tweeted: “Trains are fine.” Mary Collins responded with a photo, according to a report in the Daily Courier.", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins tweeted that the line is closed. Tom Baker countered by accusing her of scaremongering.", "tom-baker REPLIED_TO mary-collins", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "Mary Collins tweeted that the line is closed. Tom Baker countered by accusing the Rail Council of lying.", "tom-baker REPLIED_TO mary-collins", "tom-baker REPLIED_TO rail-council")]
    // A repost its sharer comments on in the same sentence is a quote; an inclusion lists everyone reposted.
    [InlineData("de", "Jonas Vogt teilte auf X einen Screenshot von einem Tweet von Markus Hahn: „Der Minister, meine Damen und Herren.“", "jonas-vogt QUOTED markus-hahn", "jonas-vogt RETWEETED markus-hahn")]
    [InlineData("en", "Tom Baker retweeted a post by Mary Collins and wrote: “Well said.”", "tom-baker QUOTED mary-collins", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Tom Baker shared Mary Collins's statement on Twitter with an apology.", "tom-baker QUOTED mary-collins", "mary-collins QUOTED tom-baker")]
    [InlineData("en", "Most of his posts were retweets, with Tom Baker retweeting accounts like the Rail Council, Mary Collins and Ruth Ellis.", "tom-baker RETWEETED ruth-ellis", "ruth-ellis RETWEETED tom-baker")]
    // The author of the post reposted, the owner of the account followed, a member of the group, a copy of a post.
    [InlineData("en", "Tom Baker retweeted a post by Ruth Ellis attacking Mary Collins.", "tom-baker RETWEETED ruth-ellis", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Tom Baker follows the official Twitter account of Mary Collins and a blog about Ruth Ellis.", "tom-baker FOLLOWS mary-collins", "tom-baker FOLLOWS ruth-ellis")]
    [InlineData("en", "On Twitter, Tom Baker follows a small number of people, including Mary Collins.", "tom-baker FOLLOWS mary-collins", "mary-collins FOLLOWS tom-baker")]
    // (A screenshot of a post shared is a quote of it, as the corpus annotates it.)
    [InlineData("de", "Jonas Vogt teilte auf X einen Screenshot von Anna Bergers Tweet, dazu ein Video über Markus Hahn.", "jonas-vogt QUOTED anna-berger", "jonas-vogt QUOTED markus-hahn")]
    [InlineData("de", "Anna Berger hat auf X den Tweet von Markus Hahn geteilt, nicht aber Jonas Vogt.", "anna-berger RETWEETED markus-hahn", "anna-berger RETWEETED jonas-vogt")]
    [InlineData("de", "Anna Berger antwortete Markus Hahn auf X und nicht Jonas Vogt.", "anna-berger REPLIED_TO markus-hahn", "anna-berger REPLIED_TO jonas-vogt")]
    [InlineData("en", "Tom Baker tweeted that the trains were late. In response, Mary Collins said the line was closed.", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    // What one turned to a platform to do happened; striking back is a reply.
    [InlineData("en", "Mary Collins took to Twitter to respond to Tom Baker.", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Anna Berger nutzte Instagram, um auf Markus Hahn zu reagieren.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Markus Hahn twitterte am Montag gegen die Grünen. Doch ausgerechnet Anna Berger schlägt auf Twitter zurück.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    // A reply named as a noun with its author opening the sentence answers whom it names, else who posted just before.
    [InlineData("en", "Mary Collins's reply to Tom Baker was short.", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Tom Baker tweeted about the line on Monday. The response from Mary Collins was swift.", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Tom Baker tweeted about the line on Monday. Mary Collins was quick. Her reply: “Nonsense.”", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Markus Hahn twitterte am Montag gegen die Grünen. Anna Bergers Antwort kam prompt.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Die Antwort von Anna Berger auf den Tweet von Markus Hahn kam prompt.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    // Fronted before its author ("In her reply, X wrote", "In ihrer Antwort schrieb X"), as a reply verb with no target.
    [InlineData("en", "Tom Baker tweeted a photo of the rally. In her reply, Mary Collins wrote: “Empty hall.”", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Markus Hahn postete ein Foto vom Parteitag. In ihrer Antwort schrieb Anna Berger: „Schwach.“", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Markus Hahn postete ein Foto vom Parteitag. In einer Reaktion spottete Anna Berger über den leeren Saal.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Tom Baker retweeted both of Mary Collins’s messages about Ruth Ellis.", "tom-baker RETWEETED mary-collins", "tom-baker RETWEETED ruth-ellis")]
    [InlineData("en", "Tom Baker's account has liked the senator’s posts nine times, Ruth Ellis said.", "tom-baker LIKED mary-collins", "tom-baker LIKED ruth-ellis")]
    // A question posted on a platform is answered there; a post or an act on a platform is answerable, also in a German compound.
    [InlineData("en", "On Twitter, Mary Collins replied to a question from Tom Baker.", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Anna Berger reagierte auf die Kurznachricht von Markus Hahn.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger kommentierte den Twitter-Ausstieg von Markus Hahn.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Responding to Tom Baker's salvo, Mary Collins tweeted a photo.", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    // A fronted clause closed by its comma: the verb after it is the main clause's, its subject follows; names joined by commas alone are no list.
    [InlineData("de", "Auf die Frage, ob sie zurücktrete, antwortete Anna Berger Markus Hahn auf X: „Nein.“", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    // A German relative clause between the subject and its verb is an aside: the actor before it acted, not one inside it.
    [InlineData("de", "Markus Hahn postete am Abend einen Tweet. Anna Berger, die sich oft Anfeindungen ausgesetzt sieht, antwortete: „So weit sind wir.“", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger, die seit Jahren im Landtag sitzt, folgt Markus Hahn auf Instagram.", "anna-berger FOLLOWS markus-hahn", "markus-hahn FOLLOWS anna-berger")]
    [InlineData("de", "Anna Berger, die Markus Hahn seit Jahren kennt, antwortete Jonas Vogt auf X.", "anna-berger REPLIED_TO jonas-vogt", "markus-hahn REPLIED_TO jonas-vogt")]
    [InlineData("en", "Mary Collins, Ruth Ellis and two colleagues replied to Tom Baker on Twitter.", "ruth-ellis REPLIED_TO tom-baker", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("de", "Markus Hahn hat auf X mehr als 5000 Follower, darunter Jonas Vogt.", "jonas-vogt FOLLOWS markus-hahn", "markus-hahn FOLLOWS jonas-vogt")]
    // The author right after the post answered; the subject of an English relative clause; members included after a group agent.
    [InlineData("de", "Anna Berger antwortete auf den Beitrag Markus Hahns: „Nein.“", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Tom Baker wrote a tweet in reply to a post Mary Collins shared criticising Ruth Ellis.", "tom-baker REPLIED_TO mary-collins", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("en", "Tom Baker, who follows Mary Collins on Twitter, declined to comment.", "tom-baker FOLLOWS mary-collins", "mary-collins FOLLOWS tom-baker")]
    [InlineData("en", "Mary Collins is followed on Twitter by 3 million people, including Tom Baker.", "tom-baker FOLLOWS mary-collins", "mary-collins FOLLOWS tom-baker")]
    // Joined across the sentence: a reply received "from X" answers the receiver (or the owner of the post that got it); the post
    // or statement a reply or like takes up with "the"/"diesen" is the one posted just before; a pronoun before a gerund acts.
    [InlineData("en", "Tom Baker's post drew a reply from Mary Collins within minutes.", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Tom Baker tweeted about the trains. His post quickly got a response from Mary Collins.", "mary-collins REPLIED_TO tom-baker", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Markus Hahn erhielt auf X prompt eine Antwort von Anna Berger.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Markus Hahn twitterte ein Foto. Anna Berger reagierte auf diesen Tweet mit Spott.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Ruth Ellis tweeted a photo. Tom Baker commented on it. Mary Collins replied to the tweet with a laugh.", "mary-collins REPLIED_TO ruth-ellis", "ruth-ellis REPLIED_TO mary-collins")]
    [InlineData("en", "Tom Baker tweeted a photo. His aides later found screenshots of him responding to the Rail Council.", "tom-baker REPLIED_TO rail-council", "rail-council REPLIED_TO tom-baker")]
    [InlineData("en", "Mary Collins hit back at Tom Baker by saying that she usually liked tweets she wanted to read later.", "mary-collins REPLIED_TO tom-baker", "mary-collins LIKED tom-baker")]
    // "Among the people who liked X's post was Y": the member after the copula liked it.
    [InlineData("en", "Among the eight people who liked Ruth Ellis's tweet was Tom Baker.", "tom-baker LIKED ruth-ellis", "ruth-ellis LIKED tom-baker")]
    [InlineData("en", "Among those who liked the post by Ruth Ellis were Tom Baker and Peter Quinn.", "peter-quinn LIKED ruth-ellis", "ruth-ellis LIKED peter-quinn")]
    // A like or a follow received "from X"; "it" after a repost or like is the post just spoken of; a comment after ", adding";
    // a German purpose clause after a post says whom it answered.
    [InlineData("en", "Mary Collins posted a photo of the line. It got a like from Tom Baker.", "tom-baker LIKED mary-collins", "mary-collins LIKED tom-baker")]
    [InlineData("en", "Mary Collins's post drew a “like” from Tom Baker.", "tom-baker LIKED mary-collins", "mary-collins LIKED tom-baker")]
    [InlineData("en", "Tom Baker got a follow back from Mary Collins on Twitter.", "mary-collins FOLLOWS tom-baker", "tom-baker FOLLOWS mary-collins")]
    [InlineData("en", "Ruth Ellis tweeted a photo of the flood. Tom Baker retweeted it.", "tom-baker RETWEETED ruth-ellis", "ruth-ellis RETWEETED tom-baker")]
    [InlineData("en", "Ruth Ellis posted a photo of the line. Among those who liked it: Tom Baker and Peter Quinn.", "peter-quinn LIKED ruth-ellis", "ruth-ellis LIKED peter-quinn")]
    [InlineData("en", "Tom Baker retweeted Mary Collins's post, adding that she was right.", "tom-baker QUOTED mary-collins", "tom-baker RETWEETED mary-collins")]
    [InlineData("de", "Anna Berger meldete sich auf X zu Wort, um Markus Hahn zu antworten.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Auf Markus Hahns Tweet antwortete Anna Berger prompt.", "anna-berger REPLIED_TO markus-hahn", "markus-hahn REPLIED_TO anna-berger")]
    public void Keeps_the_relation_and_drops_the_wrong_one(string language, string text, string expected, string wrong)
    {
        var found = Triples(text, language);
        Assert.Contains(expected, found);
        Assert.DoesNotContain(wrong, found);
    }

    [Theory]
    [InlineData("en", "Tom Baker has 45 accounts that he follows on Twitter. Mary Collins and Ruth Ellis are on the list, as is Peter Quinn. So is the Rail Council.")]
    [InlineData("en", "On Twitter, Tom Baker follows only a few dozen accounts. Examples include Mary Collins, Peter Quinn and Ruth Ellis, who chairs the Rail Council.")]
    public void A_follow_that_names_no_one_opens_a_list_the_next_sentences_name(string language, string text)
    {
        var follows = Triples(text, language).Where(t => t.Contains(" FOLLOWS ", StringComparison.Ordinal)).ToList();
        Assert.Contains("tom-baker FOLLOWS mary-collins", follows);
        Assert.Contains("tom-baker FOLLOWS peter-quinn", follows);
        Assert.Contains("tom-baker FOLLOWS ruth-ellis", follows);
        // The Rail Council is on the first list; in the second it is what Ellis chairs.
        Assert.Equal(text.Contains("So is", StringComparison.Ordinal), follows.Contains("tom-baker FOLLOWS rail-council"));
    }

    [Fact]
    public void A_list_is_named_only_right_after_the_follow_and_not_after_a_follow_that_names_its_target()
    {
        Assert.DoesNotContain(Triples("Tom Baker follows Ruth Ellis on Twitter. Mary Collins and Peter Quinn are on the list of speakers.", "en"), t => t.StartsWith("tom-baker FOLLOWS mary", StringComparison.Ordinal));
        Assert.DoesNotContain(Triples("On Twitter, Tom Baker follows only a few dozen accounts. He likes trains. He spoke in Leeds. Examples include Mary Collins.", "en"),
            t => t.Contains(" FOLLOWS mary-collins", StringComparison.Ordinal));
    }

    [Fact]
    public void A_platform_or_a_place_named_in_a_post_is_not_tagged_but_a_handle_is()
    {
        var found = Triples("Tom Baker tweeted: “Twitter hides my posts again. Proud to stand with @SenCollinsFict in Congress.”", "en");
        Assert.Contains("tom-baker TAGGED mary-collins", found);
        Assert.DoesNotContain("tom-baker TAGGED twitter", found);
        Assert.DoesNotContain("tom-baker TAGGED congress", found);
    }

    [Fact]
    public void A_party_after_at_in_a_post_is_addressed_not_a_place()
    {
        // A party is no place where something happens (as Congress is above): "anger at Labour" names it.
        Assert.Contains("tom-baker TAGGED labour", Triples("Tom Baker tweeted: “So much anger at Labour tonight.”", "en"));
    }

    [Fact]
    public void A_quotation_from_a_letter_is_no_post_and_an_embed_tail_is_no_post_text()
    {
        Assert.DoesNotContain(Triples("This letter from @tombaker to @SenCollinsFict was posted on Twitter: “No wonder Ruth Ellis is running against you.”", "en"),
            t => t.StartsWith("letter ", StringComparison.Ordinal));
        var embeds = Triples("Great news for trains.\n— Peter Quinn (@mhahn) April 2, 2020\n— Ruth Ellis (@annaberger) April 2, 2020\n", "en");
        Assert.DoesNotContain("ruth-ellis TAGGED peter-quinn", embeds);
        Assert.DoesNotContain("ruth-ellis TAGGED markus-hahn", embeds);
    }

    [Theory]
    // A picture credit after "|", in brackets or opening the sentence names who took the picture, not a signer beside the signers.
    [InlineData("de", "Von links: Anna Berger und Markus Hahn unterschreiben einen offenen Brief.  | Foto: Rail Council", "rail-council SIGNED letter")]
    [InlineData("de", "Anna Berger und Markus Hahn unterschreiben einen offenen Brief (Foto: Rail Council).", "rail-council SIGNED letter")]
    public void A_picture_credit_names_no_one_who_acts(string language, string text, string wrong)
    {
        var found = Triples(text, language);
        Assert.Contains("markus-hahn SIGNED letter", found);
        Assert.DoesNotContain(wrong, found);
    }

    [Fact]
    public void A_signer_named_before_a_picture_credit_stays_a_signer() =>
        Assert.Contains("rail-council SIGNED letter", Triples("Anna Berger, Markus Hahn und der Rail Council unterschreiben einen offenen Brief. | Foto: Ruth Ellis", "de"));

    [Theory]
    // A verb of issuing whose object is a post issued the post, not the letter the sentence names elsewhere.
    [InlineData("en", "Tom Baker issued an angry tweet on Sunday night, angered by how Mary Collins posted her questions in an open letter to the media.")]
    [InlineData("en", "Tom Baker sent a tweet about the letter on Sunday.")]
    [InlineData("de", "Markus Hahn veröffentlichte ein Video zu dem offenen Brief.")]
    public void Issuing_a_post_signs_no_letter(string language, string text) =>
        Assert.DoesNotContain(Triples(text, language), t => t.EndsWith(" SIGNED letter", StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "Tom Baker issued an open letter to the media on Sunday night.", "tom-baker SIGNED letter")]
    [InlineData("de", "Markus Hahn veröffentlichte den offenen Brief am Sonntag.", "markus-hahn SIGNED letter")]
    public void Issuing_the_letter_signs_it(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));
}
