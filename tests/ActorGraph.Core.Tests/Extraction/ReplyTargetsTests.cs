using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Whom a reply or repost answers when the reporting names that actor in an earlier sentence or only through a pronoun:
/// the one who posted or spoke just before (also as "he tweeted"), past words after the reply that are not its object
/// (", saying … listened to", "auf Englisch"), and a pronoun subject that is not the owner of the post it answers ("Den
/// Tweet von Vogt kommentierte er"). Invented sentences, German and English, several of each class.
/// </summary>
public sealed class ReplyTargetsTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", ["@mhahn"]),
        new KnownActor("jonas-vogt", "Jonas Vogt", "person", "m", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", []),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", []),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("rail-council", "Rail Council", "organisation", null, ["der Rail Council"]),
        new KnownActor("courier", "Daily Courier", "media", null, ["Kurier"]),
    ]));

    private static HashSet<string> Triples(string text, string language) =>
        Extractor.Extract(text, language).Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}").ToHashSet();

    [Theory]
    // The one who posted just before is named by a pronoun only.
    [InlineData("en", "Mary Collins criticised the plan on Monday. \"It is a disgrace,\" she tweeted. Tom Baker replied: \"Read it first.\"", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Tom Baker opened the row. \"You never turned up,\" he wrote on Twitter. Ruth Ellis responded: \"I was ill.\"", "ruth-ellis REPLIED_TO tom-baker")]
    [InlineData("en", "Peter Quinn raised the issue again. He tweeted that the bill was dead. In response, Ruth Ellis posted a video of the vote.", "ruth-ellis REPLIED_TO peter-quinn")]
    [InlineData("de", "Markus Hahn legte am Montag nach. „Das ist absurd“, schrieb er auf Twitter. Anna Berger antwortete: „Ist es nicht.“", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "Anna Berger meldete sich am Abend. Sie twitterte: „Wir bleiben dabei.“ Markus Hahn konterte prompt: „Wie immer.“", "markus-hahn REPLIED_TO anna-berger")]
    // Words after the reply that are its content or its manner, not what it answers.
    [InlineData("en", "Mary Collins tweeted that the hospitals were full. Tom Baker fired back, saying his team had listened to the doctors.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins wrote on Twitter that the plan had failed. Tom Baker hit back, adding that he had talked to the nurses.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins posted a long thread about the strike. Tom Baker responded at length: \"You are wrong.\"", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "„Weiß die Öffentlichkeit davon?“, schrieb Markus Hahn auf X. Der Rail Council reagierte prompt und antwortete auf Englisch: „Ja.“", "rail-council REPLIED_TO markus-hahn")]
    [InlineData("de", "Anna Berger twitterte am Morgen: „Wo bleibt der Plan?“ Markus Hahn antwortete auf Deutsch und Englisch: „Er kommt.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger postete ein Video vom Parteitag. Markus Hahn konterte, er habe an dem Tag auf die Basis gehört.", "markus-hahn REPLIED_TO anna-berger")]
    // A pronoun subject of a reply or repost is not the owner of the post it answers, named before it in the clause.
    [InlineData("de", "Markus Hahn meldete sich am Abend. Den Tweet von Jonas Vogt kommentierte er mit den Worten: „Peinlich.“", "markus-hahn REPLIED_TO jonas-vogt")]
    [InlineData("de", "Markus Hahn war empört. Auf den Post von Jonas Vogt reagierte er noch am Abend.", "markus-hahn REPLIED_TO jonas-vogt")]
    [InlineData("de", "Markus Hahn schwieg nicht lange. Den Beitrag von Jonas Vogt teilte er kommentarlos.", "markus-hahn RETWEETED jonas-vogt")]
    [InlineData("en", "Tom Baker was furious. Responding to Peter Quinn's post, he wrote: \"Shame.\"", "tom-baker REPLIED_TO peter-quinn")]
    // A post the text spoke of before is the last poster's.
    [InlineData("en", "Mary Collins tweeted about the strike. Tom Baker retweeted the post.", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Mary Collins tagged Tom Baker in a post. Tom Baker responded by tweeting a photo of the vote.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "In response to Mary Collins's tweet, Tom Baker wrote that the plan had failed.", "tom-baker REPLIED_TO mary-collins")]
    // "auf ihrem Twitter-Kanal", "auf der Social-Media-Plattform": where the reply stands, not what it answers.
    [InlineData("de", "Markus Hahn postete ein Foto vom Parteitag. Anna Berger konterte auf ihrem Twitter-Kanal: „Schwach.“", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "Markus Hahn postete ein Foto vom Parteitag. Anna Berger antwortete auf der Social-Media-Plattform: „Schwach.“", "anna-berger REPLIED_TO markus-hahn")]
    // A quotation after a colon is what the subject of the clause before it said.
    [InlineData("de", "Kaum hatte Jonas Vogt gesprochen, eröffnete Anna Berger die Schlammschlacht: «Wir werden nicht still zuschauen.» Markus Hahn reagierte postwendend.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Mary Collins opened the row with a blunt message: “We will not stand by.” Tom Baker hit back within minutes.", "tom-baker REPLIED_TO mary-collins")]
    // One named as an example right after the posting verb ("postete etwa X") posted.
    [InlineData("de", "So postete etwa Anna Berger, der Plan sei gescheitert. Markus Hahn antwortete: „Falsch.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "So postete etwa der Rail Council ein Foto der Baustelle. Markus Hahn reagierte prompt: „Schön.“", "markus-hahn REPLIED_TO rail-council")]
    // The post the text is telling of: its author was named since, no one posted in reach, and the reply is on a platform.
    [InlineData("en", "Mary Collins tweeted a photo of the picket line on Monday. The strike had begun a week earlier. Collins has backed the union since May. Talks with the council broke down on Friday. The union wants a pay rise. Tom Baker hit back on Twitter: “Wrong picture.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Anna Berger postete am Montag ein Foto vom Streik. Der Streik hatte eine Woche zuvor begonnen. Berger unterstützt die Gewerkschaft seit Mai. Die Gespräche scheiterten am Freitag. Die Gewerkschaft will mehr Lohn. Markus Hahn konterte auf X: „Falsches Bild.“", "markus-hahn REPLIED_TO anna-berger")]
    // The account the text spoke of is where the posts told of stand.
    [InlineData("de", "Markus Hahn wollte mehr Reichweite. Denn sein Instagram-Kanal erzielte kaum Aufmerksamkeit. Die Zahlen stiegen erst im Januar. Viele neue Fans kamen aus Asien. Die Nutzerin Anna Berger schrieb unter einem Foto: „Wunderschön!“", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("en", "Tom Baker wanted more reach. His Instagram account drew little attention. In January the numbers rose. Many new fans came from abroad. Ruth Ellis commented under a photo: “Lovely!”", "ruth-ellis REPLIED_TO tom-baker")]
    // "it"/"es" right after a share is the post the sentence before spoke of; with a comment it is a quote.
    [InlineData("en", "Mary Collins tweeted a photo of the rally. Tom Baker shared it.", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Mary Collins tweeted a photo of the rally. Tom Baker shared it with the comment: “Great.”", "tom-baker QUOTED mary-collins")]
    [InlineData("de", "Markus Hahn postete ein Foto vom Parteitag. Anna Berger teilte es.", "anna-berger RETWEETED markus-hahn")]
    [InlineData("de", "Markus Hahn postete ein Foto vom Parteitag. Anna Berger teilte es mit dem Kommentar: „Toll.“", "anna-berger QUOTED markus-hahn")]
    // After "with", the actor before a gerund acts ("with X tweeting … in response").
    [InlineData("en", "Mary Collins posted a video of the vote. The clip did not go unnoticed, with Tom Baker tweeting a gif of a crying child in response.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins wrote that the strike was illegal. The post drew criticism, with union leader Tom Baker posting a photo of the picket line in reply.", "tom-baker REPLIED_TO mary-collins")]
    // "in reaction to" is a reply like "in response to"; "reshared", "quote tweeting" are reposts and quotes.
    [InlineData("en", "Mary Collins tweeted about the strike. Tom Baker wrote in reaction to the tweet: \"Nonsense.\"", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "In reaction to Mary Collins's post, Tom Baker called the plan a disgrace.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins's post has been reshared by Tom Baker and Ruth Ellis.", "ruth-ellis RETWEETED mary-collins")]
    [InlineData("en", "Tom Baker re-shared a tweet by Mary Collins on Sunday.", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Tom Baker quote tweeted Mary Collins's post with a single word.", "tom-baker QUOTED mary-collins")]
    [InlineData("en", "Mary Collins posted about the strike. Tom Baker came under fire after quote tweeting the post to his followers.", "tom-baker QUOTED mary-collins")]
    [InlineData("en", "Tom Baker posted a quote tweet of Mary Collins's post.", "tom-baker QUOTED mary-collins")]
    [InlineData("en", "Tom Baker wrote a post in response to Mary Collins's callout on Twitter.", "tom-baker REPLIED_TO mary-collins")]
    // "after/before/while" and a gerund share the main clause's subject.
    [InlineData("en", "Peter Quinn tweeted about the strike. Tom Baker apologised after replying to the post.", "tom-baker REPLIED_TO peter-quinn")]
    [InlineData("en", "Mary Collins posted a video. Tom Baker was criticised for weeks after retweeting it.", "tom-baker RETWEETED mary-collins")]
    // "the like" the text spoke of is the act of the one who liked.
    [InlineData("en", "Mary Collins posted a video of her band. Tom Baker liked a tweet about the video. Collins responded to the like with a laugh.", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("de", "Anna Berger postete ein Video. Markus Hahn likte einen Tweet über das Video. Berger reagierte auf das Like mit Spott.", "anna-berger REPLIED_TO markus-hahn")]
    // A reply to several named together answers each.
    [InlineData("en", "Tom Baker hit back at Mary Collins and Ruth Ellis on Twitter.", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("de", "Anna Berger antwortete Markus Hahn und Jonas Vogt auf X.", "anna-berger REPLIED_TO jonas-vogt")]
    // "the post", "diesen Tweet": the post the text spoke of, still the last one posted when a few sentences on other things stand between.
    [InlineData("de", "Anna Berger postete am Sonntag ein Meme. Darauf zu sehen ist ein Paar. Das Bild ging um die Welt. Die Zeitungen berichteten. Viele lachten. Markus Hahn kommentierte den Post mit den Worten: „Peinlich.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger postete am Sonntag ein Meme. Darauf zu sehen ist ein Paar. Das Bild ging um die Welt. Die Zeitungen berichteten. Viele lachten. Markus Hahn reagierte auf diesen Tweet am Abend.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Mary Collins tweeted a photo of the picket line on Sunday. It showed six nurses. The union shared it. Newspapers printed it. Many readers wrote in. Tom Baker responded to the tweet: “Brave.”", "tom-baker REPLIED_TO mary-collins")]
    // After a comma right after the reply comes what it said: a preposition there ("an der Lage", "to the unions") names nothing answered.
    [InlineData("de", "Markus Hahn sagte, er bleibe bei seiner Linie. Anna Berger entgegnete, die Partei sei an der Lage selbst schuld.", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "Markus Hahn sagte, er bleibe bei seiner Linie. Anna Berger konterte, die Partei habe auf die Basis nicht gehört.", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("en", "Mary Collins said the plan had failed. Tom Baker countered, the nurses had been talking to the unions for weeks.", "tom-baker REPLIED_TO mary-collins")]
    // Who stressed or warned spoke as much as who said.
    [InlineData("de", "Markus Hahn betonte, er bleibe bei seiner Linie. Anna Berger entgegnete: „Das ist falsch.“", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("en", "Mary Collins warned that the plan would fail. Tom Baker hit back: “Nonsense.”", "tom-baker REPLIED_TO mary-collins")]
    // An embedded post's author posted; the embed's tail ("— Name (@handle) date") is no sentence of the report's.
    [InlineData("en", "Tom Baker criticised the plan on Monday.\nRead it before you vote, Mary Collins. https://t.co/abc\n— Tom Baker (@tbaker) May 4, 2020\nThe post drew attention.\nMany found it rude.\nCollins replied: “I did read it.”", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("de", "Markus Hahn meldete sich am Abend.\nLies es erst, Anna Berger. https://t.co/abc\n— Markus Hahn (@mhahn) 4. Mai 2020\nDer Post sorgte für Aufsehen.\nViele fanden ihn unhöflich.\nBerger antwortete: „Habe ich.“", "anna-berger REPLIED_TO markus-hahn")]
    // "That prompted a response from X": the event a demonstrative stands for is what the one who posted or spoke just before said.
    [InlineData("en", "Mary Collins tweeted that the strike was illegal. That prompted a sharp response from Tom Baker.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Ruth Ellis said the trains were late again. This brought a swift retort from Peter Quinn.", "peter-quinn REPLIED_TO ruth-ellis")]
    [InlineData("de", "Anna Berger twitterte am Morgen ein Foto vom Streik. Dies provozierte eine Antwort von Markus Hahn.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Markus Hahn schrieb auf X, der Plan sei gescheitert. Das brachte ihm eine scharfe Replik von Anna Berger ein.", "anna-berger REPLIED_TO markus-hahn")]
    // A posting verb after a comma or "and" shares the subject of the verb before: that one posted.
    [InlineData("en", "Tom Baker left the meeting early and tweeted a photo of the crowd. Mary Collins replied: “Nice try.”", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("de", "Markus Hahn griff das Thema am Samstag auf, postete ein Selfie mit dem Kommentar „Los!“. Anna Berger reagierte prompt: „Wie jetzt?“", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("en", "Tom Baker, who chairs the Rail Council, tweeted a photo of the crowd. Mary Collins replied: “Nice try.”", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "Tom Baker, who chairs the Rail Council, tweeted a photo of the crowd. Mary Collins liked the tweet.", "mary-collins LIKED tom-baker")]
    [InlineData("en", "Mary Collins, who chairs the Rail Council, tweeted: “Shame on them”, to which Tom Baker replied: “Nonsense.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Ruth Ellis tagged Tom Baker in a post. Mary Collins, who chairs the Rail Council, tweeted: “Shame on them”, to which Tom Baker replied: “Nonsense.”", "tom-baker REPLIED_TO mary-collins")]
    // German reported speech without "dass": the comma after the saying verb opens a clause with a subject of its own, who replied.
    [InlineData("de", "Markus Hahn hatte behauptet, Anna Berger habe auf den Tweet von Jonas Vogt geantwortet.", "anna-berger REPLIED_TO jonas-vogt")]
    [InlineData("de", "Dazu sagte Markus Hahn, Anna Berger habe Jonas Vogt auf X geantwortet.", "anna-berger REPLIED_TO jonas-vogt")]
    // English puts the speaker right after a reply verb that follows a quotation.
    [InlineData("en", "“You never turned up,” retorted Senator Mary Collins to Tom Baker.", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "Tom Baker tweeted a photo of the vote. “Read the bill,” replied Mary Collins.", "mary-collins REPLIED_TO tom-baker")]
    // After a sentence about the reactions someone drew, who is quoted posting or saying something answers that one; the reactions go on
    // from the last one quoted.
    [InlineData("en", "Mary Collins faced a backlash on Twitter over the post. Tom Baker wrote: “Shameful.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins faced a barrage of criticism online. Tom Baker wrote: “Shameful.” The vote was on Friday. Ruth Ellis added: “Resign.”", "ruth-ellis REPLIED_TO mary-collins")]
    [InlineData("de", "Der Vorschlag von Markus Hahn hat zu heftigen Reaktionen geführt. „Unsinn“, twitterte Anna Berger.", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "Markus Hahn sorgte mit dem Video für Empörung. Anna Berger schrieb: „Peinlich.“", "anna-berger REPLIED_TO markus-hahn")]
    // A screenshot of a post, posted or shared, quotes it; "des Posts" is a post the text spoke of.
    [InlineData("en", "Tom Baker tweeted a screenshot of Mary Collins's post.", "tom-baker QUOTED mary-collins")]
    [InlineData("de", "Markus Hahn postete einen Screenshot eines Tweets von Anna Berger.", "markus-hahn QUOTED anna-berger")]
    [InlineData("de", "Anna Berger schrieb auf Facebook einen Satz. Markus Hahn stellte einen Screenshot des Posts auf seine Seite.", "markus-hahn QUOTED anna-berger")]
    // Telling an outlet what the reply said is no press statement when the outlet only reports it.
    [InlineData("de", "Markus Hahn twitterte ein Foto. Anna Berger reagierte umgehend, wie der Kurier berichtet: „Falsch.“", "anna-berger REPLIED_TO markus-hahn")]
    // Who replied to, quoted or reposted a post posted after its author: a reply in the next sentence answers them.
    [InlineData("en", "Tom Baker replied to Mary Collins's tweet: “Nonsense.” Ruth Ellis responded: “Not at all.”", "ruth-ellis REPLIED_TO tom-baker")]
    [InlineData("en", "Tom Baker quote-tweeted Mary Collins's post, adding: “Shame.” Ruth Ellis hit back: “Hypocrite.”", "ruth-ellis REPLIED_TO tom-baker")]
    [InlineData("de", "Markus Hahn antwortete auf den Post von Jonas Vogt: „Falsch.“ Anna Berger konterte: „Richtig.“", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("de", "Markus Hahn war empört. Den Tweet von Jonas Vogt kommentierte er mit den Worten: „Peinlich.“ Anna Berger antwortete umgehend: „Selber.“", "anna-berger REPLIED_TO markus-hahn")]
    public void Finds_whom_the_reply_answers(string language, string text, string expected) =>
        Assert.Contains(expected, Triples(text, language));

    [Theory]
    // The reply names what it answers after all, or the one before addressed no one who could be answered.
    [InlineData("en", "Mary Collins tweeted about the plan. Tom Baker hit back, saying that he had replied to the Rail Council.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Anna Berger twitterte: „Wo bleibt der Plan?“ Markus Hahn antwortete auf die Kritik der Opposition.", "markus-hahn REPLIED_TO anna-berger")]
    // A response by an act that says nothing is no reply.
    [InlineData("en", "Mary Collins tagged Tom Baker in a post. Tom Baker responded by unfollowing everyone.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins tagged Tom Baker in a post. Tom Baker responded by blocking her.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Anna Berger markierte Markus Hahn in einem Post. Markus Hahn reagierte mit einer Sperre.", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger markierte Markus Hahn in einem Post. Hahn reagierte darauf mit der Blockade ihres Accounts.", "markus-hahn REPLIED_TO anna-berger")]
    // A post the text has not spoken of, described by what it says, is not the last poster's.
    [InlineData("en", "Mary Collins tweeted about the strike. Tom Baker re-tweeted a post that called the strike illegal.", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Mary Collins tweeted about the strike. Later Tom Baker liked a tweet which mocked the union.", "tom-baker LIKED mary-collins")]
    [InlineData("de", "Anna Berger twitterte zum Streik. Markus Hahn teilte einen Beitrag, der den Streik verurteilte.", "markus-hahn RETWEETED anna-berger")]
    // In English the subject after the comma opens the main clause; one inside a later subordinate clause did not reply.
    [InlineData("en", "Ruth Ellis's tweet was in response to an article Mary Collins wrote, comparing Tom Baker's budget to the plans he made when he was mayor.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Her post came in response to a speech by Mary Collins, after which he had left the room, Tom Baker said.", "tom-baker REPLIED_TO mary-collins")]
    // A relative clause's verb is the antecedent's act; sharing something that is no post is no repost.
    [InlineData("en", "Mary Collins released two songs. Tom Baker liked a tweet from a fan who shared her appreciation for the songs.", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "Tom Baker replied to a voter who retweeted Mary Collins.", "tom-baker RETWEETED mary-collins")]
    [InlineData("en", "On Sunday, Tom Baker shared a wooden bridge with a signpost stating that it was built by Mary Collins.", "tom-baker RETWEETED mary-collins")]
    // A post the text brings in as new, several posts, or no post at all: a few sentences back is too far for whom it answers.
    [InlineData("en", "Mary Collins tweeted a photo of the picket line on Sunday. It showed six nurses. The union shared it. Newspapers printed it. Many readers wrote in. Tom Baker responded to a tweet: “Brave.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins tweeted a photo of the picket line on Sunday. It showed six nurses. The union shared it. Newspapers printed it. Many readers wrote in. Tom Baker responded to the criticism: “Brave.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Anna Berger postete am Sonntag ein Meme. Darauf zu sehen ist ein Paar. Das Bild ging um die Welt. Die Zeitungen berichteten. Viele lachten. Markus Hahn reagierte auf die Tweets am Abend.", "markus-hahn REPLIED_TO anna-berger")]
    // Seven sentences on is too far even for "the tweet".
    [InlineData("en", "Mary Collins tweeted a photo of the picket line on Sunday. It showed six nurses. The union shared it. Newspapers printed it. Many readers wrote in. Some were moved. Others were not. Tom Baker responded to the tweet: “Brave.”", "tom-baker REPLIED_TO mary-collins")]
    // A like brought in as new, several likes, or a like four sentences back: no one's in particular.
    [InlineData("en", "Mary Collins posted a video of her band. Tom Baker liked a tweet about the video. Ruth Ellis responded to a like with a laugh.", "ruth-ellis REPLIED_TO tom-baker")]
    [InlineData("en", "Mary Collins posted a video of her band. Tom Baker liked a tweet about the video. Ruth Ellis responded to the likes with a laugh.", "ruth-ellis REPLIED_TO tom-baker")]
    [InlineData("en", "Tom Baker liked a tweet about the video. The vote was on Friday. The plan passed. Many were surprised. Collins responded to the like with a laugh.", "mary-collins REPLIED_TO tom-baker")]
    // A name after "and" that opens the next clause is no second one answered.
    [InlineData("en", "Tom Baker replied to Mary Collins and Ruth Ellis said nothing.", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("de", "Anna Berger antwortete Markus Hahn und Jonas Vogt schwieg.", "anna-berger REPLIED_TO jonas-vogt")]
    // Who is named in what the reply said was not answered.
    [InlineData("en", "Mary Collins tweeted about the strike. Tom Baker replied, saying that Ruth Ellis had never answered him.", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("de", "Anna Berger twitterte zum Streik. Markus Hahn antwortete, Jonas Vogt habe ihm nie geantwortet.", "markus-hahn REPLIED_TO jonas-vogt")]
    // An embedded post four sentences of the report back is too far to be what a reply answers.
    [InlineData("en", "Read it before you vote, Mary Collins. https://t.co/abc\n— Tom Baker (@tbaker) May 4, 2020\nThe post drew attention.\nMany found it rude.\nThe vote was on Friday.\nThe plan passed.\nCollins replied: “I did read it.”", "mary-collins REPLIED_TO tom-baker")]
    // A demonstrative that is no subject of its own, or a report three sentences back, names no one who got the response.
    [InlineData("en", "Mary Collins tweeted that the strike was illegal. After that prompted a debate, a response came from Tom Baker.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins tweeted that the strike was illegal. The vote was on Friday. The plan passed. That prompted a response from Tom Baker.", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Anna Berger twitterte am Morgen ein Foto. Das Wetter war schlecht. Der Zug kam spät. Dies provozierte eine Antwort von Markus Hahn.", "markus-hahn REPLIED_TO anna-berger")]
    // The first actor of a sentence does not share a posting verb past another actor or a subordinate clause; the object right
    // before the comma did not post either.
    [InlineData("en", "After Mary Collins left the room, Tom Baker stood up and tweeted a photo. Ruth Ellis replied: “Nice try.”", "ruth-ellis REPLIED_TO mary-collins")]
    [InlineData("de", "Markus Hahn traf Jonas Vogt am Samstag, postete ein Selfie. Anna Berger reagierte prompt: „Wie jetzt?“", "anna-berger REPLIED_TO jonas-vogt")]
    [InlineData("de", "Als Jonas Vogt ging, postete Markus Hahn ein Selfie. Anna Berger reagierte prompt: „Wie jetzt?“", "anna-berger REPLIED_TO jonas-vogt")]
    // Who addressed the one replying four sentences back or more is not whom the reply answers: the report has moved on.
    [InlineData("en", "Ruth Ellis tagged Tom Baker in a post. The vote was on Friday. The plan passed. Many were surprised. Tom Baker responded with a shrug.", "tom-baker REPLIED_TO ruth-ellis")]
    [InlineData("de", "Anna Berger antwortete Markus Hahn auf X. Die Abstimmung war am Freitag. Der Plan ging durch. Viele waren überrascht. Markus Hahn reagierte gelassen.", "markus-hahn REPLIED_TO anna-berger")]
    // Who claims or says that another replied did not reply.
    [InlineData("de", "Markus Hahn hatte behauptet, Anna Berger habe auf den Tweet von Jonas Vogt geantwortet.", "markus-hahn REPLIED_TO jonas-vogt")]
    [InlineData("de", "Jonas Vogt twitterte ein Foto. Markus Hahn behauptete, Anna Berger habe darauf geantwortet.", "markus-hahn REPLIED_TO anna-berger")]
    // After a quotation, the one the speaker speaks for is no speaker.
    [InlineData("en", "“You never turned up,” retorted a spokesman for Mary Collins to Tom Baker.", "mary-collins REPLIED_TO tom-baker")]
    // Criticism given is no reaction drawn; a post that names the one who drew the reactions tags them; four sentences on, the reactions are over.
    [InlineData("en", "Mary Collins live-tweeted criticism of the committee. Tom Baker wrote: “Shameful.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("en", "Mary Collins faced a backlash on Twitter. Tom Baker wrote: “Mary Collins should resign.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Der Vorschlag von Markus Hahn hat zu heftigen Reaktionen geführt. Die Abstimmung war am Freitag. Der Plan ging durch. Viele waren überrascht. „Unsinn“, twitterte Anna Berger.", "anna-berger REPLIED_TO markus-hahn")]
    // A screenshot of an article or a profile quotes no post; a shared screenshot of a post is no plain repost.
    [InlineData("en", "Tom Baker shared a screenshot of an article about Mary Collins.", "tom-baker QUOTED mary-collins")]
    [InlineData("de", "Markus Hahn teilte einen Screenshot des Profils von Anna Berger.", "markus-hahn QUOTED anna-berger")]
    [InlineData("en", "Tom Baker shared a screenshot of Mary Collins's post.", "tom-baker RETWEETED mary-collins")]
    // A reaction told to an outlet is a statement to the press, no answer to the last one who posted.
    [InlineData("de", "Markus Hahn twitterte ein Foto. Anna Berger reagierte umgehend: Sie habe das geprüft, wie sie dem Kurier versicherte.", "anna-berger REPLIED_TO markus-hahn")]
    [InlineData("en", "Tom Baker tweeted a photo. Mary Collins responded quickly, telling the Daily Courier that she had checked it.", "mary-collins REPLIED_TO tom-baker")]
    // After "auf" and an article, what is answered unless it is a platform.
    [InlineData("de", "Markus Hahn postete ein Foto vom Parteitag. Anna Berger antwortete auf die Kritik der Partei.", "anna-berger REPLIED_TO markus-hahn")]
    // Not when a posting verb before the colon says who spoke: the actor right before the colon is only spoken of.
    [InlineData("de", "Auf einem Foto twitterte Anna Berger mit Blick auf den Kandidaten, Jonas Vogt: „Willkommen.“ Markus Hahn reagierte prompt.", "markus-hahn REPLIED_TO jonas-vogt")]
    // A fronted reply noun that names what it answers, or a reply given in an interview.
    [InlineData("en", "Tom Baker tweeted a photo of the rally. In her reply to the critics, Mary Collins wrote: “Empty hall.”", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("en", "Tom Baker tweeted a photo of the rally. In her reply, Mary Collins said in an interview that the hall was empty.", "mary-collins REPLIED_TO tom-baker")]
    [InlineData("de", "Markus Hahn postete ein Foto vom Parteitag. In ihrer Antwort auf die Kritik schrieb Anna Berger, der Saal sei voll gewesen.", "anna-berger REPLIED_TO markus-hahn")]
    // "it" that opens a clause, or after no post, is not the post shared.
    [InlineData("en", "Mary Collins tweeted a photo of the rally. Tom Baker shared it was a good day.", "tom-baker RETWEETED mary-collins")]
    [InlineData("de", "Markus Hahn sprach auf dem Parteitag. Anna Berger teilte es.", "anna-berger RETWEETED markus-hahn")]
    // The post told of is over: a paragraph on an interview, a heading on others, an unknown poster; a reply not on a platform answers something else.
    [InlineData("en", "Mary Collins tweeted a photo of the picket line on Monday. Collins has backed the union since May.\n\nIn an interview on Friday, the union leader spoke about the talks. Collins was not there. The talks broke down. Tom Baker hit back on Twitter: “Wrong.”", "tom-baker REPLIED_TO mary-collins")]
    [InlineData("de", "Anna Berger postete am Montag ein Foto vom Streik. Berger unterstützt die Gewerkschaft seit Mai.\n\nJonas Vogt und die Gewerkschaft\n\nBerger war nicht dabei. Die Gespräche scheiterten. Die Gewerkschaft will mehr Lohn. Markus Hahn konterte auf X: „Falsch.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("de", "Anna Berger postete am Montag ein Foto vom Streik. Ein Nutzer postete darunter ein Video. Berger unterstützt die Gewerkschaft seit Mai. Die Gespräche scheiterten. Die Gewerkschaft will mehr Lohn. Markus Hahn konterte auf X: „Falsch.“", "markus-hahn REPLIED_TO anna-berger")]
    [InlineData("en", "Mary Collins tweeted a photo of the picket line on Monday. The strike had begun a week earlier. Collins has backed the union since May. Talks with the council broke down on Friday. The union wants a pay rise. Tom Baker reacted calmly.", "tom-baker REPLIED_TO mary-collins")]
    // The author of the post replied to or reposted is not whom the next reply answers.
    [InlineData("en", "Tom Baker replied to Mary Collins's tweet: “Nonsense.” Ruth Ellis responded: “Not at all.”", "ruth-ellis REPLIED_TO mary-collins")]
    [InlineData("de", "Markus Hahn antwortete auf den Post von Jonas Vogt: „Falsch.“ Anna Berger konterte: „Richtig.“", "anna-berger REPLIED_TO jonas-vogt")]
    public void Implies_no_target_where_the_reply_names_another(string language, string text, string wrong) =>
        Assert.DoesNotContain(wrong, Triples(text, language));
}
