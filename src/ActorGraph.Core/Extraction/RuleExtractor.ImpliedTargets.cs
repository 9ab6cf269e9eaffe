using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Whom a reply, like or retweet with no named target meant: who posted or spoke just before, the author of the post it
/// names, or the one the same act answered before.
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// Whom a cue that named no target meant, with the note for the explanation: whoever last addressed the source, the one
    /// the reply before answered, or the last one who posted or spoke; null if none of these fits.
    /// </summary>
    private (int Actor, string Note)? ImpliedTarget(Parsed s, Hit hit, Clause clause, Resolved source, Discourse discourse)
    {
        // "answered his detractors", "countered the criticism": the reply names what it answers, just not as a known actor.
        if (hit.Cue.Relation is RelationType.RepliedTo && NamesWhatIsAnswered(s, hit)) return null;
        // "to which Flanagan replied", "Ms Long replied: “No, Arlene …”": whom the reply's own sentence shows it answering.
        if (hit.Cue.Relation is RelationType.RepliedTo && AnsweredInSentence(s, hit, discourse, source.Actor) is var (shown, why) && shown >= 0) return (shown, why);
        // "the President had liked a tweet about her show. Rae responded to the like": a like the text spoke of is the liker's act.
        if (hit.Cue.Relation is RelationType.RepliedTo && AnswersTheLike(s, hit) && discourse.LastLike is var (liker, liked)
            && liker != source.Actor && discourse.Narrative - liked <= ReplyReach)
            return (liker, $"target implied: {actors.Actors[liker].Name} gave the like it answers");
        // "Kutcher markierte Esken. Esken reagierte prompt": whom she answered is the one who last tagged or answered her.
        // Only a few sentences back: a report that goes back over the story later has left that exchange ("Özdemir und Bayaz antworten auf
        // die Kritik Söders. … „…“, kommentierte der CSU-Chef die Überlegungen" eight sentences on answers no one of them).
        if (AnswersWhoAddressed(s, hit) && discourse.AddressedBy.TryGetValue(source.Actor, out var addressed) && discourse.Narrative - addressed.Sentence <= ReplyReach
            && addressed.Actor is var asker)
            return (asker, $"target implied: {actors.Actors[asker].Name} addressed {actors.Actors[source.Actor].Name} before");
        // "McAuliffe fired back. Northam also responded.": the same target as the reply before.
        if (hit.Cue.Relation is RelationType.RepliedTo && discourse.LastReply is var (replier, answered) && replier != source.Actor && answered != source.Actor
            && (ClauseHas(s, clause, hit, s.Lexicon.Additives) || AddsToPrevious(discourse, source.Actor, s.Lexicon)))
            return (answered, $"target implied: {actors.Actors[answered].Name}, whom {actors.Actors[replier].Name} answered before");
        // "Montgomerie tweeted: …. Mr Perkins replied: …": a reply to no one named answers the last one who posted or spoke
        // (three sentences back, not counting those of a quoted post); "liked the tweet" the last one who posted.
        // "Following Kuenssberg's tweet, Dorries pushed back": a post its own sentence names comes first.
        // "It was retweeted by Collins and Ellis": the post spoken of before; the agents after "retweeted by" posted nothing here.
        var passiveSubject = PostAsPassiveSubject(s, hit, clause);
        if (!(passiveSubject || AnswersLastPoster(s, hit, clause)) || hit.Cue.Relation is RelationType.RepliedTo && ToldAnOutlet(s)) return null;
        if (!passiveSubject && Posters(s, speakers: false).Where(p => p != source.Actor).DefaultIfEmpty(-1).First() is var here and >= 0)
            return (here, $"target implied: {actors.Actors[here].Name} posted or spoke just before");
        if (NewPost(s, hit)) return null;
        if (ImpliedPoster(discourse, ImpliedReach(s, hit), source.Actor) is var poster and >= 0)
            return (poster, $"target implied: {actors.Actors[poster].Name} posted or spoke just before");
        // "Hahn postete …. [sentences on the post, a new paragraph] Berger konterte": nothing in reach, but the text is still telling of
        // Hahn's post, and the answer goes to its author.
        if (!passiveSubject && OnAPlatform(s) && ThreadAuthor(discourse, source.Actor) is var author and >= 0)
            return (author, $"target implied: the text is telling of {actors.Actors[author].Name}'s post");
        return null;
    }

    /// <summary>The sentence puts what it tells on a platform: it names a platform, a post or posting, or quotes the words.</summary>
    private static bool OnAPlatform(Parsed s) => s.Lexicon.NamesPlatform(s.Sentence)
        || s.Tokens.Any(t => t.Quoted || s.Lexicon.IsPostNoun(t.Lower) || s.Lexicon.PostingVerbs.Contains(t.Lower));

    /// <summary>The author of the post the text is telling of (<see cref="Discourse.Thread"/>) when it is not <paramref name="other"/> and no outlet, else -1.</summary>
    private int ThreadAuthor(Discourse discourse, int other) =>
        discourse.Thread is var author and >= 0 && author != other && actors.Actors[author].Kind != ActorKinds.Media && discourse.Narrative - discourse.ThreadSeen <= ReplyReach ? author : -1;

    /// <summary>
    /// Which post the text is telling of after sentence <paramref name="s"/> (a reply, quote or repost that found whom it answered set it
    /// already): a paragraph that opens on an interview, a statement to the press or a chamber (no platform, no post named) has turned
    /// away from it (<paramref name="opens"/>: the sentence opens a paragraph); a sentence that names a post and who wrote it (a posting
    /// verb, a post noun with its owner, a saying verb beside a platform or post, an embed's tail) makes that post the one told of; one
    /// whose posting verb has no known actor ("schrieb ein User") tells of someone else's.
    /// </summary>
    private void NoteThread(Parsed s, Discourse discourse, bool opens, IEnumerable<int> embedded)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var namesPost = lexicon.NamesPlatform(s.Sentence) || tokens.Any(t => !t.Quoted && lexicon.IsPostNoun(t.Lower));
        if (opens && !namesPost && tokens.Any(t => !t.Quoted && (lexicon.Venues.Contains(t.Lower) || lexicon.Chambers.Contains(t.Lower)))) discourse.Thread = -1;
        // "… und Winter", "Günther griff sofort durch": a heading (a line of its own with no closing punctuation) that names others than
        // the post's author opens a part on them.
        if (opens && discourse.Following is null && s.Sentence.Text.TrimEnd() is [.., var last] && (char.IsLetterOrDigit(last) || last == ')')
            && s.Mentions.Any(m => !m.IsPronoun && !tokens[m.Start].Quoted) && !s.Mentions.Any(m => !m.IsPronoun && m.Actor == discourse.Thread)) discourse.Thread = -1;
        var found = PosterVerbs(s, speakers: namesPost, pronouns: true).ToList();
        var authors = (found.Any(p => !p.Poster.IsPronoun) ? found.Where(p => !p.Poster.IsPronoun) : found)
            .Select(p => Resolve(p.Poster, s.Mentions, discourse.Previous, -1)?.Actor ?? -1)
            .Concat(s.Mentions.Where(m => PossessiveBeforePost(s, m)).Select(m => Resolve(m, s.Mentions, discourse.Previous, -1)?.Actor ?? -1))
            .Concat(embedded).Where(a => a >= 0).ToHashSet();
        var latest = discourse.Posters.TakeWhile(p => p.Sentence == discourse.Narrative).Select(p => p.Actor).FirstOrDefault(authors.Contains, -1);
        if (latest >= 0) discourse.Thread = latest;
        // "Denn sein Instagram-Kanal erzielte …": the account the text speaks of is where the posts told of stand.
        else if (discourse.Account is var (owner, at) && at == discourse.Narrative) discourse.Thread = owner;
        else if (authors.Count == 0 && tokens.Any(t => !t.Quoted && (lexicon.PostingVerbs.Contains(t.Lower) || namesPost && lexicon.SayingVerbs.Contains(t.Lower)))) discourse.Thread = -1;
        if (s.Mentions.Any(m => (m.IsPronoun ? Resolve(m, s.Mentions, discourse.Previous, -1)?.Actor : m.Actor) == discourse.Thread)) discourse.ThreadSeen = discourse.Narrative;
    }

    /// <summary>
    /// How many sentences back what a reply with no stated target answers may stand: a post, a like, an address (a tag, a reply), the
    /// reactions someone drew.
    /// </summary>
    private const int ReplyReach = 3;

    /// <summary>A reply, a like of no post in particular, or a reciprocal act ("followed back") answers whoever addressed the source before.</summary>
    private static bool AnswersWhoAddressed(Parsed s, Hit hit) =>
        hit.Cue.Relation is RelationType.RepliedTo || hit.Cue.Relation is RelationType.Liked && !NamesPostAfter(s, hit) && !AnyPosts(s, hit) || hit.Cue.Reciprocal;

    /// <summary>
    /// A reply that names nothing it answers, attributes no quotation and answers no question; or a like or repost of
    /// "the tweet": it meant the last one who posted.
    /// </summary>
    private static bool AnswersLastPoster(Parsed s, Hit hit, Clause clause) =>
        hit.Cue.Relation is RelationType.RepliedTo && !AddressedInClause(s, hit, clause) && !AttributesQuote(s, hit) && !Asked(s, clause, hit)
        || NamesPostAfter(s, hit);

    /// <summary>
    /// Who posted or spoke in the last <paramref name="reach"/> sentences, other than <paramref name="other"/>, or -1. An outlet
    /// that asked for comment is not answered on a platform.
    /// </summary>
    private int ImpliedPoster(Discourse discourse, int reach, int other) =>
        discourse.RecentPoster(reach, p => p != other && actors.Actors[p].Kind != ActorKinds.Media);

    /// <summary>
    /// Who posted or spoke in the sentence: the subject of a posting or saying verb ("Montgomerie tweeted:", "Delaney
    /// said:", "schrieb Chebli"; with <paramref name="speakers"/> also of a saying or speech verb: "betonte, er werde", "warned that"), the owner of a post ("Trump's tweet",
    /// "a tweet by Heer", "der Post von Kickl").
    /// </summary>
    private IEnumerable<int> Posters(Parsed s, bool speakers) => PosterMentions(s, speakers, pronouns: false).Select(m => m.Actor);

    /// <summary>The mentions <see cref="Posters"/> names; with <paramref name="pronouns"/> also a subject pronoun ("“…,” he tweeted"), still to be resolved.</summary>
    private IEnumerable<Mention> PosterMentions(Parsed s, bool speakers, bool pronouns) => PosterVerbs(s, speakers, pronouns).Select(p => p.Poster);

    /// <summary>The mentions <see cref="PosterMentions"/> names, each with the verb or post noun that makes it a poster.</summary>
    private IEnumerable<(Mention Poster, int Verb)> PosterVerbs(Parsed s, bool speakers, bool pronouns)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var named = s.Mentions.Where(m => (!m.IsPronoun || pronouns && m.Pronoun!.Value.Subject && !m.Latter && m.Group is null) && !IsDocument(m)).ToList();
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Quoted) continue;
            var lower = tokens[j].Lower;
            Mention? poster = null;
            if (lexicon.PostingVerbs.Contains(lower) && j + 1 < tokens.Count && lexicon.PostAuthors.Contains(tokens[j + 1].Lower)) // "posted by"
                poster = named.FirstOrDefault(m => m.Start > j && m.Start - j <= 6 && Enumerable.Range(j + 1, m.Start - j - 1).All(b => tokens[b].IsWord));
            else if (lexicon.PostingVerbs.Contains(lower) || (speakers && (lexicon.SayingVerbs.Contains(lower) || lexicon.SpeechVerbs.Contains(lower))))
            {
                // "So postet etwa Szemeliker", "schrieb unter anderem Vogt": one named as an example after the verb is its subject still.
                var after = named.FirstOrDefault(m => m.Start > j && m.Start - j <= 2 && (!m.Marked || lexicon.IsInclusion(m.Mark!)));
                // A posting verb that opens a clause after a comma or "and": "Als Vogt ging, postete Hahn" inverts; "Hahn griff das Thema auf,
                // postete ein Selfie" shares the subject of the verb before, not the actor right before the comma.
                poster = lexicon.PostingVerbs.Contains(lower) && j > 0 && (tokens[j - 1].Text == "," || lexicon.Conjunctions.Contains(tokens[j - 1].Lower))
                    ? after ?? CoordinatedSubject(s, named, j)
                    : named.LastOrDefault(m => m.End <= j && j - m.End <= 3 && !m.Marked) ?? after;
            }
            // "Funiciello eröffnete die Schlammschlacht: «…»": a quotation after a colon is what the subject of the clause before it said,
            // when no verb of posting or saying before it says who ("twitterte die SPD mit Blick auf Steinmeier: „…“").
            else if (speakers && lower == ":" && Enumerable.Range(j + 1, Math.Min(2, tokens.Count - j - 1)).Any(b => tokens[b].Quoted && tokens[b].IsWord)
                && !Enumerable.Range(0, j).Any(b => !tokens[b].Quoted && (lexicon.PostingVerbs.Contains(tokens[b].Lower) || lexicon.SayingVerbs.Contains(tokens[b].Lower) || lexicon.SpeechVerbs.Contains(tokens[b].Lower))))
            {
                var opens = Enumerable.Range(0, j).LastOrDefault(b => tokens[b].Quoted || tokens[b].Text is "," or ";" or ":" or "–" || lexicon.Subordinators.Contains(tokens[b].Lower), -1);
                poster = named.FirstOrDefault(m => m.Start > opens && m.End <= j && !m.Marked);
            }
            else if (lexicon.IsPostNoun(lower) || (lexicon.Platforms.Contains(lower) && j + 1 < tokens.Count && tokens[j + 1].IsWord)) // "Trump's Twitter attack"
                poster = named.LastOrDefault(m => m.End == j && m.Mark == "'s")
                    ?? named.FirstOrDefault(m => m.Start > j && m.Start - j <= 3 && m.Mark is { } mark && lexicon.PostAuthors.Contains(mark));
            if (poster is not null) yield return (poster, j);
        }
    }

    /// <summary>
    /// "Klingbeil griff das Thema auf, postete ein Selfie", "Baker left the meeting and tweeted a photo": a verb right after a comma or
    /// "and" shares the subject of the verb before, the sentence's first unmarked actor, when no other unmarked actor or subordinate
    /// clause stands between (a relative clause as an aside between commas may); null otherwise.
    /// </summary>
    private static Mention? CoordinatedSubject(Parsed s, List<Mention> named, int verb)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var subject = named.FirstOrDefault(m => m.End <= verb && !m.Marked);
        if (subject is null || s.Mentions.Any(m => m.Start < subject.Start && !m.Marked)) return null;
        // "Slater, who runs the blog Whale Oil, tweeted": a relative clause right after the subject, closed by the comma before the verb, is an aside.
        if (subject.End + 1 < verb && tokens[subject.End].Text == "," && lexicon.Relatives.Contains(tokens[subject.End + 1].Lower) && tokens[verb - 1].Text == ","
            && !Enumerable.Range(subject.End + 1, verb - subject.End - 2).Any(j => tokens[j].Quoted || tokens[j].Text is "," or ":" or ";")) return subject;
        if (named.Any(m => m.Start >= subject.End && m.End <= verb && !m.Marked)) return null;
        return Enumerable.Range(subject.End, verb - subject.End).Any(j => tokens[j].Quoted || tokens[j].Text is ":" or ";" || lexicon.Subordinators.Contains(tokens[j].Lower)
            || lexicon.Relatives.Contains(tokens[j].Lower) && tokens[j - 1].Text == ",") ? null : subject;
    }

    /// <summary>The like, retweet or quote in <paramref name="first"/> was of a post by <paramref name="author"/>, named in <paramref name="later"/>; the evidence runs over both.</summary>
    private ExtractedRelation PostAuthorLater(string text, Parsed first, Hit hit, Resolved source, Parsed later, int author)
    {
        var start = first.Sentence.Start;
        var end = later.Sentence.Start + later.Sentence.Text.Length;
        var merged = new Sentence(first.Sentence.Index, text[start..end], start, Sentences.Tokenize(text[start..end]));
        var mentions = FindMentions(merged.Tokens, first.Lexicon);
        var at = mentions.LastOrDefault(m => m.Actor == author);
        return Row(new Parsed(merged, mentions, [hit], first.Lexicon), hit, source, new Resolved(author, Inference.ImpliedTarget, "", at), source.How | Inference.ImpliedTarget,
            source.Note, $"target implied: {actors.Actors[author].Name} posted it, as the text says after");
    }

    /// <summary>
    /// Whom a reply with no named target answers, as its own sentence shows: the person its quoted words address by first name
    /// ("Ms Long replied: “No, it isn't true, Arlene.”"), else (when the sentence names no poster otherwise) the author of a
    /// post quoted earlier in the sentence ("Gault, who lost his father, tweeted: “…”, to which Mr Flanagan replied: …"). (-1, "") when the sentence shows neither.
    /// </summary>
    private (int Actor, string Why) AnsweredInSentence(Parsed s, Hit hit, Discourse discourse, int source)
    {
        var tokens = s.Tokens;
        var open = Enumerable.Range(hit.Last + 1, Math.Max(0, tokens.Count - hit.Last - 1)).FirstOrDefault(j => tokens[j].Quoted, -1);
        if (open > 0 && Enumerable.Range(hit.Last + 1, open - hit.Last - 1).All(j => !tokens[j].IsWord))
        {
            var close = Enumerable.Range(open, tokens.Count - open).TakeWhile(j => tokens[j].Quoted).Last();
            var addressed = Addressed(s.Sentence.Text, tokens[open].Start, tokens[close].End, s.Lexicon).Select(a => a.Actor).Where(a => a != source).Distinct().ToList();
            if (addressed.Count == 1) return (addressed[0], $"target implied: the reply addresses {actors.Actors[addressed[0]].Name}");
        }
        var cueAt = s.Sentence.Start + tokens[hit.Anchor].Start;
        var author = discourse.QuotedPosts.Where(p => p.Sentence == s.Sentence.Index && p.Start < cueAt && p.Author != source).Select(p => p.Author).DefaultIfEmpty(-1).Last();
        // Only when the sentence names no other post or poster of its own ("Following Kuenssberg's tweet …, Dorries pushed back").
        if (author < 0 || Posters(s, speakers: false).Any(p => p != source && p != author)) return (-1, "");
        return (author, $"target implied: {actors.Actors[author].Name}'s post is quoted before the reply");
    }

    /// <summary>
    /// How many sentences back a reply with no target may find whom it answers: <see cref="ReplyReach"/>, but a bare "In response," answers
    /// what was reported just before, so only the sentence before.
    /// </summary>
    private static int ImpliedReach(Parsed s, Hit hit) => hit.Cue.Noun && hit.Last + 1 < s.Tokens.Count && s.Tokens[hit.Last + 1].Text == "," ? 1 : AnswersThePost(s, hit) ? 6 : ReplyReach;

    /// <summary>"responded to the like", "reagierte auf das Herz": the reply's object is a like the text spoke of (a definite article before one like).</summary>
    private static bool AnswersTheLike(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var article = lexicon.ReplyPrepositions.Contains(tokens[hit.Last].Lower) ? hit.Last + 1
            : hit.Last + 1 < tokens.Count && lexicon.ReplyPrepositions.Contains(tokens[hit.Last + 1].Lower) ? hit.Last + 2 : hit.Last + 1;
        return article + 1 < tokens.Count && !tokens[article + 1].Quoted && (lexicon.RoleDeterminers.Contains(tokens[article].Lower) || lexicon.Determiners.Contains(tokens[article].Lower))
            && !lexicon.Indefinites.Contains(tokens[article].Lower)
            && lexicon.LikeNouns.Contains(tokens[article + 1].Lower) && !tokens[article + 1].Lower.EndsWith('s');
    }

    /// <summary>
    /// "kommentierte den Post", "reagierte auf den Tweet", "wrote in reaction to the tweet": the reply's object is a post the text
    /// spoke of (a definite or demonstrative article, one post, no author after it), so it still means the last post when a few
    /// sentences on other things stand between.
    /// </summary>
    private static bool AnswersThePost(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        // The article right after the cue, or after a reply preposition right after it.
        var article = hit.Last + 1 < tokens.Count && lexicon.ReplyPrepositions.Contains(tokens[hit.Last + 1].Lower) ? hit.Last + 2 : hit.Last + 1;
        if (article + 1 >= tokens.Count || tokens[article].Quoted || !lexicon.RoleDeterminers.Contains(tokens[article].Lower)) return false;
        var noun = Enumerable.Range(article + 1, Math.Min(2, tokens.Count - article - 1)).TakeWhile(j => tokens[j].IsWord && !tokens[j].Quoted)
            .FirstOrDefault(j => lexicon.IsPostNounAt(tokens, j) || lexicon.PostedMedia.Contains(tokens[j].Lower), -1);
        return noun > 0 && PostBefore(s, article - 1);
    }

    /// <summary>"liked a tweet", "retweeted the post": the object is a post whose author the clause does not name.</summary>
    private static bool NamesPostAfter(Parsed s, Hit hit) =>
        hit.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted
        && Enumerable.Range(hit.Anchor + 1, Math.Max(0, Math.Min(s.Tokens.Count, hit.Last + 5) - hit.Anchor - 1)).Any(j => !hit.Tokens.Contains(j) && s.Lexicon.IsPostNoun(s.Tokens[j].Lower)
            && !(j - 1 == hit.Last && AnyPosts(s, hit)))
        // "Baker retweeted it", "shared it with the comment", "teilte es mit dem Kommentar": the post the text just spoke of.
        || hit.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted && SharesThePostBefore(s, hit);

    /// <summary>
    /// "it"/"es" right after the verb of a like or repost (and not the subject of a clause after it: "shared it was a good day"): the
    /// post the text spoke of.
    /// </summary>
    private static bool SharesThePostBefore(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var it = hit.Tokens.Contains(hit.Anchor + 1) ? hit.Last + 1 : hit.Anchor + 1;
        return it < tokens.Count && !tokens[it].Quoted && lexicon.PostAnaphors.Contains(tokens[it].Lower)
            && (it + 1 == tokens.Count || !tokens[it + 1].IsWord || hit.Tokens.Contains(it + 1) || lexicon.Prepositions.Contains(tokens[it + 1].Lower) || lexicon.Conjunctions.Contains(tokens[it + 1].Lower));
    }

    /// <summary>
    /// "The tweet was liked by Baker", "It was later retweeted by Collins and Ellis", "Das Video wurde von Hahn geteilt": a passive like
    /// or repost whose subject opens its clause as the post (a post noun or what one posts after an article, or "it") acts on the post
    /// the text spoke of; only lower-case words and the agent between it and the cue, a passive auxiliary among them.
    /// </summary>
    private static bool PostAsPassiveSubject(Parsed s, Hit hit, Clause clause)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var first = clause.Start + 1;
        if (hit.Cue.Relation is not (RelationType.Liked or RelationType.Retweeted or RelationType.Quoted) || hit.Cue.Noun || first >= hit.Anchor) return false;
        var subjectEnd = lexicon.PostAnaphors.Contains(tokens[first].Lower) ? first + 1
            : first + 1 < hit.Anchor && lexicon.Determiners.Contains(tokens[first].Lower)
              && (lexicon.IsPostNounAt(tokens, first + 1) || lexicon.PostedMedia.Contains(tokens[first + 1].Lower)) ? first + 2 : -1;
        if (subjectEnd < 0 || hit.Anchor - subjectEnd > 6) return false;
        var between = Enumerable.Range(subjectEnd, hit.Anchor - subjectEnd).ToList();
        return between.Any(j => lexicon.PassiveAuxiliaries.Contains(tokens[j].Lower))
            && between.All(j => !tokens[j].Quoted && (tokens[j].IsWord && char.IsLower(tokens[j].Text[0]) || s.Mentions.Any(m => !m.IsPronoun && m.Start <= j && j < m.End)));
    }

    /// <summary>"liked a tweet glorifying the gunmen", "likte einen Post", "re-tweeted a post that said": a post the text brings in as new (an indefinite article) is not the one someone posted before.</summary>
    private static bool NewPost(Parsed s, Hit hit) =>
        hit.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted
        && Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(s.Tokens.Count, hit.Last + 4) - hit.Last - 1)).FirstOrDefault(j => s.Lexicon.IsPostNoun(s.Tokens[j].Lower), -1) is var noun and > 0
        && Enumerable.Range(hit.Last + 1, noun - hit.Last - 1).Any(j => s.Lexicon.Indefinites.Contains(s.Tokens[j].Lower));

    /// <summary>"he usually liked tweets that …": a bare plural right after the cue is posts in general, no one's in particular.</summary>
    private static bool AnyPosts(Parsed s, Hit hit) => s.Lexicon.SubjectNearVerb && hit.Last + 1 < s.Tokens.Count && s.Lexicon.IsPostNoun(s.Tokens[hit.Last + 1].Lower)
        && s.Tokens[hit.Last + 1].Lower.EndsWith('s');

    /// <summary>The clause before the cue opens with "the post", "der Tweet" and names no actor: the post stands for its author.</summary>
    private static bool PostAsSubject(Parsed s, Clause clause, Hit hit) => hit.Cue.Noun && clause.Start < 0 && clause.Before.Count == 0
        && Enumerable.Range(clause.Start + 1, Math.Max(0, Math.Min(2, hit.Anchor - clause.Start - 2))).Any(j => s.Lexicon.Determiners.Contains(s.Tokens[j].Lower) && s.Lexicon.IsPostNoun(s.Tokens[j + 1].Lower));

    /// <summary>"Rezo sprang ebenfalls auf das Thema auf. Er reagierte mit einem Gif.": the sentence before, with the same subject, says the act repeats.</summary>
    private static bool AddsToPrevious(Discourse discourse, int source, CueLexicon lexicon) =>
        discourse.Recent.Count > 0 && discourse.Recent[^1].Tokens.Any(t => !t.Quoted && lexicon.Additives.Contains(t.Lower))
        && discourse.Previous.FirstOrDefault(m => !m.Marked) is { Actor: var subject } && subject == source;

    /// <summary>A word of <paramref name="words"/> in the cue's clause ("Northam also responded").</summary>
    private static bool ClauseHas(Parsed s, Clause clause, Hit hit, HashSet<string> words) =>
        Enumerable.Range(clause.Start + 1, Math.Max(0, Math.Min(s.Tokens.Count, hit.Last + 3) - clause.Start - 1)).Any(j => words.Contains(s.Tokens[j].Lower));

    /// <summary>"Collins, asked by the Courier, responded that …", "Auf Nachfrage antwortete Berger": the reply answers a question, not the last poster.</summary>
    private static bool Asked(Parsed s, Clause clause, Hit hit) => ClauseHas(s, clause, hit, s.Lexicon.Inquiries)
        || Enumerable.Range(0, Math.Max(0, clause.Start + 1)).Any(j => !s.Tokens[j].Quoted && s.Lexicon.Inquiries.Contains(s.Tokens[j].Lower));

    /// <summary>
    /// "Die SPÖ reagierte umgehend: Sie habe …, wie sie dem eXXpress versichert", "Collins responded, telling the Courier that …": a
    /// reaction told to an outlet is a statement to the press, no answer on a platform to the last one who posted.
    /// </summary>
    private bool ToldAnOutlet(Parsed s) => s.Mentions.Any(m => !m.IsPronoun && actors.Actors[m.Actor].Kind == ActorKinds.Media && !s.Tokens[m.Start].Quoted
        && (m.Mark is { } mark && (s.Lexicon.ObjectArticles.Contains(mark) || mark is "gegenüber")
            || TokenWindow.Before(m.Start, 2).Any(j => s.Lexicon.TellingVerbs.Contains(s.Tokens[j].Lower))));

    /// <summary>"„…“, kommentierte Gröhe": the verb only says who said the quotation before it ("„…“, keilte Lindner zurück" is a reply).</summary>
    private static bool AttributesQuote(Parsed s, Hit hit) =>
        hit.Tokens.Length == 1 && hit.Anchor >= 2 && s.Tokens[hit.Anchor - 1].Text == "," && s.Tokens[hit.Anchor - 2].Text is "“" or "”" or "\"" or "«" or "»" or "'" or "’";

    /// <summary>"replied to the criticism", "antwortete auf die Frage": the reply names what it answers, just not as a known actor.</summary>
    private static bool AddressedInClause(Parsed s, Hit hit, Clause clause)
    {
        // "her response to the abortion decision": the cue's own "to" already names what is answered.
        if (s.Lexicon.ReplyPrepositions.Contains(s.Tokens[hit.Last].Lower) && hit.Last + 1 < s.Tokens.Count && s.Tokens[hit.Last + 1].IsWord && !s.Tokens[hit.Last + 1].Quoted
            && !PlaceOrManner(s, hit.Last)) return !PostBefore(s, hit.Last);
        var end = clause.After.Count > 0 ? clause.After[^1].End : s.Tokens.Count;
        var saidAfter = false;
        for (var j = hit.Last + 1; j < s.Tokens.Count && j < end + 1; j++)
        {
            if (s.Tokens[j].Text is "." or ":" or ";" || s.Tokens[j].Quoted) break;
            // "Die FPÖ entgegnete, die ÖVP sei an der Stimmung schuld", "Baker countered, the nurses talked to the unions": after a comma
            // right after the cue comes what the reply said; a preposition there names what is answered only before a known actor
            // ("hit back, saying that he had replied to the Rail Council").
            if (j == hit.Last + 1 && s.Tokens[j].Text == ",") saidAfter = true;
            if (saidAfter && !s.Mentions.Any(m => !m.IsPronoun && (m.Start == j + 1 || m.Start == j + 2 && s.Lexicon.Determiners.Contains(s.Tokens[j + 1].Lower)))) continue;
            // "responded with the following, according to a report": a compound preposition names no one answered.
            if (s.Lexicon.ReplyPrepositions.Contains(s.Tokens[j].Lower) && !PlaceOrManner(s, j)
                && !s.Lexicon.CompoundPrepositions.Contains(s.Tokens[j - 1].Lower)) return !PostBefore(s, j);
        }
        return false;
    }

    /// <summary>
    /// "replied on Twitter", "antwortete auf Englisch", "responded at length", "konterte auf ihrem Twitter-Kanal", "auf der Social-Media-Plattform":
    /// the preposition at <paramref name="at"/> takes a platform or a manner, not whom the reply answers; after an article or possessive, a
    /// platform or a compound of one that is no post ("auf den Tweet" is what is answered).
    /// </summary>
    private static bool PlaceOrManner(Parsed s, int at)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (at + 1 >= tokens.Count) return false;
        if (lexicon.Platforms.Contains(tokens[at + 1].Lower) || lexicon.ReplyManners.Contains(tokens[at + 1].Lower)) return true;
        var noun = at + 2;
        return noun < tokens.Count && !tokens[noun].Quoted && (lexicon.Determiners.Contains(tokens[at + 1].Lower) || lexicon.Possessives.Contains(tokens[at + 1].Lower))
            && !lexicon.IsPostNoun(tokens[noun].Lower) && tokens[noun].Lower.Split('-') is var parts
            && (lexicon.Platforms.Contains(tokens[noun].Lower) || parts.Length > 1 && (lexicon.Platforms.Contains(parts[0]) || lexicon.Platforms.Contains(parts[^1])));
    }

    /// <summary>
    /// "reagiert auf diesen Tweet", "replied to the post": after the reply preposition at <paramref name="to"/> a post or utterance
    /// the text spoke of before (a definite or demonstrative article, no author after it), so its author is whom the reply answers.
    /// </summary>
    private static bool PostBefore(Parsed s, int to)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (to + 2 >= tokens.Count || !lexicon.RoleDeterminers.Contains(tokens[to + 1].Lower)) return false;
        var noun = Enumerable.Range(to + 2, Math.Min(3, tokens.Count - to - 2)).TakeWhile(j => tokens[j].IsWord && !tokens[j].Quoted)
            .FirstOrDefault(j => lexicon.IsPostNoun(tokens[j].Lower) || lexicon.Utterances.Contains(tokens[j].Lower) || lexicon.PostedMedia.Contains(tokens[j].Lower), -1);
        if (noun < 0) return false;
        // "Responding to the posts" of several: no one in particular.
        var plural = tokens[noun].Lower.EndsWith('s') || !lexicon.SubjectNearVerb && (tokens[noun].Lower.EndsWith("en", StringComparison.Ordinal) || tokens[noun].Lower.EndsWith("äge", StringComparison.Ordinal));
        return noun > 0 && !plural && !(noun + 1 < tokens.Count && (lexicon.PostAuthors.Contains(tokens[noun + 1].Lower) || lexicon.Origins.Contains(tokens[noun + 1].Lower)
            || lexicon.GenitiveArticles.Contains(tokens[noun + 1].Lower) || lexicon.GenitiveAfterNoun.Contains(tokens[noun + 1].Lower)));
    }
}
