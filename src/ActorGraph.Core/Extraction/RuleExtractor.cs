using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Finds the relations between known actors that a news text states, with rules: a cue lexicon per language
/// (<see cref="CueLexicon"/>) and a few clause heuristics for who is subject and who is object.
/// </summary>
/// <remarks>
/// The work is in stages a statistical model could take over one by one: <see cref="Sentences"/> splits and tokenizes,
/// <see cref="ActorLexicon"/> finds the actors, and <see cref="Extract"/> decides the relations; a model would take the
/// same sentence and actor mentions and return the same <see cref="ExtractedRelation"/> rows.
/// <para>Per sentence: cues are matched longest first; for each cue the source is the first unmarked actor before it
/// (not genitive, not after a preposition, not an object pronoun), else the first after it (German inversion:
/// <c>Darauf antwortete Esken</c>), else the source of the previous cue (coordinated verbs share the subject); in the
/// passive the agent after <c>von</c>/<c>by</c> is the source. Targets are the other actors up to the next cue, a
/// contrast (<c>aber</c>, <c>but</c>) or <c>;</c>; REPLIED_TO, FOLLOWS and LIKED take one, TAGGED all. SIGNED takes every
/// actor of the sentence as signer of the declaration it names, or of the last one the text named.</para>
/// <para>Nothing comes from a cue under a negation or a non-event (<c>reagierte nicht</c>, <c>did not reply</c>,
/// <c>könnte antworten</c>, <c>to reply</c>), from cues inside quotation marks (what someone said, not what happened),
/// or for an actor negated or excluded in a list (<c>nicht aber China</c>, <c>except Poland</c>). Pronouns resolve to
/// the nearest earlier fitting actor of the sentence; only when the sentence has none, to the previous sentence's
/// subject (lower confidence, noted in the explanation): news text often opens a sentence with <c>Er</c>.</para>
/// </remarks>
public sealed partial class RuleExtractor(ActorLexicon actors)
{
    /// <param name="Mark">What makes the mention no subject: the preposition or article before it, <c>'s</c> for a genitive ending; null if unmarked.</param>
    /// <param name="Via">How a role noun or shared last name was resolved (for the explanation); null for a name, alias or handle.</param>
    /// <param name="Latter">A pronoun for the one named last ("Dieser", "the latter"), not the subject before.</param>
    /// <param name="Group">The actors a group word stands for ("the senators", "both", "they" after a list); <paramref name="Actor"/> is the first, relations go to each.</param>
    private sealed record Mention(int Start, int End, int Actor, (char Gender, bool Subject)? Pronoun, string? Mark, string Text, string? Via = null, bool Latter = false,
        int[]? Group = null)
    {
        public bool IsPronoun => Pronoun is not null;
        public bool Marked => Mark is not null;
        /// <summary>A possessive or genitive ("Baker's", "Bergers", "his"): it owns the noun after it.</summary>
        public bool Owns => Mark is "'s" or "genitive" || IsPronoun && !Pronoun!.Value.Subject;
    }

    private sealed record Hit(Cue Cue, int[] Tokens)
    {
        public int Anchor => Tokens[0];
        public int Last => Tokens[^1];
    }

    /// <summary>An actor, what had to be inferred to get there, a note for the explanation, and the mention in the sentence that stands for it (if any).</summary>
    private readonly record struct Resolved(int Actor, Inference How, string Note, Mention? At = null);

    /// <summary>One sentence with its actor mentions and cues, in the language's lexicon.</summary>
    private sealed record Parsed(Sentence Sentence, List<Mention> Mentions, List<Hit> Hits, CueLexicon Lexicon)
    {
        public IReadOnlyList<Token> Tokens => Sentence.Tokens;
    }

    /// <summary>Where a cue's clause starts and ends, and the mentions before and after the cue within it.</summary>
    private sealed record Clause(int Start, int End, bool Subordinate, bool Own, List<Mention> Before, List<Mention> After);

    public ActorLexicon Actors => actors;

    /// <summary>The relations <paramref name="text"/> states; <paramref name="language"/> is <c>de</c>, <c>en</c> or <c>auto</c>.
    /// <paramref name="ct"/> is checked once per sentence, so a service's time limit stops a long article.</summary>
    public IReadOnlyList<ExtractedRelation> Extract(string text, string language = "auto", CancellationToken ct = default)
    {
        var lexicon = CueLexicon.For(language == "auto" ? Languages.Detect(text) : language);
        var best = new Dictionary<(string, RelationType, string), ExtractedRelation>();
        var order = new List<(string, RelationType, string)>();
        var discourse = new Discourse();
        var sentences = Split(text, lexicon);
        var mentionsOf = MentionsOf(sentences, lexicon, ct);
        var groups = Groups(sentences, mentionsOf);
        void Keep(ExtractedRelation relation)
        {
            foreach (var each in ForEachMember(relation, groups))
            {
                var key = (each.Source, each.Relation, each.Target);
                if (!best.TryGetValue(key, out var known)) order.Add(key);
                if (known is null || each.Confidence > known.Confidence) best[key] = each;
            }
        }
        foreach (var relation in PostTags(text, sentences, mentionsOf, lexicon, discourse)) Keep(relation);
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            var mentions = mentionsOf[sentence.Index];
            // An embed's tail ("— Neil Findlay (@NeilFindlay) December 30, 2020") is the platform's line, not the reporter's:
            // "three sentences back" does not count it.
            var tail = discourse.EmbedTails.FirstOrDefault(e => e.Start <= sentence.Start && sentence.Start + sentence.Text.Length <= e.End, (Start: -1, End: -1, Author: -1));
            if (tail.Author < 0 && sentence.Tokens.Any(t => t.IsWord && !t.Quoted)) discourse.Narrative++;
            discourse.Following = NextInParagraph(text, sentences, sentence);
            discourse.FollowingMentions = discourse.Following is { } next ? mentionsOf[next.Index] : [];
            var parsed = new Parsed(sentence, mentions, FindCues(sentence.Tokens, mentions, lexicon, previous: discourse.Previous), lexicon);
            var told = discourse.Posting;
            ContinuePosting(parsed, discourse);
            foreach (var relation in QuotedInPost(text, parsed, discourse, told, sentences, mentionsOf)) Keep(relation);
            foreach (var relation in QuotedWhilePosting(text, parsed, discourse, sentences, mentionsOf)) Keep(relation);
            // Words that go on with a post: a verb of saying something about someone is that post's without a platform in its clause.
            // Only the poster's own, and not beside a reply, like, follow or repost, whose clause a cue kept here would end.
            if (discourse.PostingNow >= 0 && parsed.Hits.All(h => h.Cue.Relation == RelationType.Tagged) && parsed with { Hits = FindCues(sentence.Tokens, mentions, lexicon, posting: true) } is var posting)
                parsed = parsed with { Hits = posting.Hits.Where((h, k) => !h.Cue.OnPost || PostInClause(posting, k) || ByPoster(posting, k, discourse)).ToList() };
            foreach (var relation in GroupMembers(parsed, discourse)) Keep(relation);
            foreach (var relation in ExtractSentence(parsed, discourse)) Keep(relation);
            foreach (var relation in ListedSigners(text, parsed, discourse)) Keep(relation);
            foreach (var relation in DocumentAuthors(parsed, discourse)) Keep(relation);
            foreach (var relation in ListedFollows(text, parsed, discourse)) Keep(relation);
            foreach (var relation in FollowListMembers(parsed, discourse)) Keep(relation);
            foreach (var relation in RepliesByNoun(parsed, discourse)) Keep(relation);
            foreach (var relation in ActsReceived(parsed, discourse)) Keep(relation);
            foreach (var relation in Reactions(parsed, discourse)) Keep(relation);
            foreach (var relation in LikesByNoun(parsed, discourse)) Keep(relation);
            foreach (var relation in LikesByPleasing(parsed, discourse)) Keep(relation);
            foreach (var relation in PicturesPosted(parsed, discourse)) Keep(relation);
            foreach (var relation in ArticlesPosted(parsed, discourse)) Keep(relation);
            foreach (var relation in SignersByMedium(parsed, discourse)) Keep(relation);
            foreach (var relation in SignersJoining(parsed, discourse)) Keep(relation);
            if (AuthorOfPendingPost(text, parsed, discourse) is { } relationToAuthor) Keep(relationToAuthor);
            NoteFollowTopic(parsed, discourse);
            NoteAccount(parsed, discourse);
            RememberPosters(parsed, discourse);
            // The embed's author posted, as much as one the text says tweeted.
            var embedded = discourse.EmbedTails.Where(e => e.End > sentence.Start && e.End <= sentence.Start + sentence.Text.Length).Select(e => e.Author).ToList();
            foreach (var author in embedded) discourse.Posters.Insert(0, (author, discourse.Narrative));
            NoteThread(parsed, discourse, OpensParagraph(text, sentences, sentence), embedded);
            NotePosting(parsed, discourse);
            RememberTitle(text, parsed, discourse);
            RememberDocuments(parsed, discourse);
            RememberSignings(parsed, discourse);
            Carry(discourse, sentence, mentions);
            discourse.Recent.Add(sentence);
            if (discourse.Recent.Count > 4) discourse.Recent.RemoveAt(0);
        }
        return order.Select(k => best[k]).ToList();
    }

    /// <summary>The sentence stands first in its paragraph: a line break between it and the one before.</summary>
    private static bool OpensParagraph(string text, IReadOnlyList<Sentence> sentences, Sentence sentence) =>
        sentence.Index > 0 && text[(sentences[sentence.Index - 1].Start + sentences[sentence.Index - 1].Text.Length)..sentence.Start].Contains('\n');

    /// <summary>The next sentence of the paragraph, or what a line ending with a colon introduces; null at a paragraph's end.</summary>
    private static Sentence? NextInParagraph(string text, IReadOnlyList<Sentence> sentences, Sentence sentence)
    {
        if (sentence.Index + 1 >= sentences.Count) return null;
        var following = sentences[sentence.Index + 1];
        var between = text[(sentence.Start + sentence.Text.Length)..following.Start];
        return sentence.Text.TrimEnd().EndsWith(':') || !between.Contains('\n') ? following : null;
    }

    /// <summary>
    /// "Collins liked a tweet. … The tweet was posted by Baker.": a later sentence that comes back to the post names the
    /// author of the post liked or reposted before; after four sentences the post is forgotten.
    /// </summary>
    private ExtractedRelation? AuthorOfPendingPost(string text, Parsed s, Discourse discourse)
    {
        if (discourse.PendingPost is not var (liked, likeHit, liker) || liked.Sentence.Index >= s.Sentence.Index) return null;
        ExtractedRelation? relation = null;
        if (ComesBackToPost(s) && Posters(s, speakers: false).Where(p => p != liker.Actor).Select(p => (int?)p).FirstOrDefault() is { } author)
            relation = PostAuthorLater(text, liked, likeHit, liker, s, author);
        if (s.Sentence.Index - liked.Sentence.Index >= 4) discourse.PendingPost = null;
        return relation;
    }

    /// <summary>"The tweet", "der Post": a post noun after a determiner, the post the text spoke of.</summary>
    private static bool ComesBackToPost(Parsed s) =>
        s.Tokens.Where((t, j) => j > 0 && s.Lexicon.IsPostNoun(t.Lower) && s.Lexicon.Determiners.Contains(s.Tokens[j - 1].Lower)).Any();

    /// <summary>Who posted or spoke in the sentence, for a later reply with no named target.</summary>
    private void RememberPosters(Parsed s, Discourse discourse)
    {
        // "“…,” he tweeted. Mensch responded:": a pronoun that posted stands for whom it resolves to, when the sentence names no
        // poster ("@joeljoel tweeted …, saying they …" is the named one's post).
        var posters = PosterMentions(s, speakers: true, pronouns: true).ToList();
        foreach (var poster in posters.Any(m => !m.IsPronoun) ? posters.Where(m => !m.IsPronoun) : posters)
            if (Resolve(poster, s.Mentions, discourse.Previous, -1) is { } who) discourse.Posters.Insert(0, (who.Actor, discourse.Narrative));
        // "His post has since drawn 1,100 reactions": a possessive before a post names its author.
        foreach (var m in s.Mentions.Where(m => PossessiveBeforePost(s, m)))
            if (Resolve(m, s.Mentions, discourse.Previous, -1) is { } owner) discourse.Posters.Insert(0, (owner.Actor, discourse.Narrative));
        // "Hahn antwortete auf den Post von Vogt: „…“ Berger konterte": the post answered came before the answer, so within the
        // sentence whose post was replied to, quoted or reposted posted earlier than who did it.
        var now = discourse.Posters.TakeWhile(p => p.Sentence == discourse.Narrative).ToList();
        var answered = now.Where(p => discourse.ActedOn.Contains(p.Actor)).ToList();
        if (answered.Count > 0 && answered.Count < now.Count)
        {
            discourse.Posters.RemoveRange(0, now.Count);
            discourse.Posters.InsertRange(0, now.Where(p => !discourse.ActedOn.Contains(p.Actor)).Concat(answered));
        }
        discourse.ActedOn.Clear();
    }

    private static bool PossessiveBeforePost(Parsed s, Mention m) =>
        m.IsPronoun && !m.Pronoun!.Value.Subject && m.End < s.Tokens.Count && !s.Tokens[m.Start].Quoted && s.Lexicon.IsPostNoun(s.Tokens[m.End].Lower);

    /// <summary>The document a later "the letter" means, and those named as the addressee's ("your letter"), which their writers did not sign.</summary>
    private void RememberDocuments(Parsed s, Discourse discourse)
    {
        var named = new List<Mention>();
        foreach (var m in s.Mentions.Where(IsDocument))
        {
            if (AddresseesDocument(s, m)) discourse.Addressed.Add(m.Actor);
            else named.Add(m);
        }
        if (named.Count > 0) discourse.LastDocument = TopicDocument(s, named, discourse.LastDocument);
    }

    /// <summary>
    /// Of the documents a sentence names, the one it is about: the one a signing it reports stands by ("signed the letter,
    /// which calls for the bill"); else, when a subject pronoun opens the sentence ("It calls for the bill", "Er fordert die
    /// Verabschiedung des Bahngesetzes", "She wants the bill passed"), the document before still: what the sentence names is
    /// what that document or its signer asks; else the first ("The letter urges Congress to pass the bill"). A document named
    /// in what another one says is not what later signers sign.
    /// </summary>
    private static int TopicDocument(Parsed s, List<Mention> named, int before)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var reported = Enumerable.Range(0, s.Hits.Count).FirstOrDefault(k => s.Hits[k].Cue.Relation == RelationType.Signed && !s.Hits[k].Cue.Scene && !Negated(s, k, out _)
            && !(s.Hits[k].Anchor > 0 && lexicon.Infinitive.Contains(tokens[s.Hits[k].Anchor - 1].Lower)), -1);
        if (reported >= 0) return named.OrderBy(m => Math.Abs(m.Start - s.Hits[reported].Anchor)).First().Actor;
        if (before >= 0 && named[0].Start > 0 && !tokens[0].Quoted
            && (lexicon.DocumentPronouns.Contains(tokens[0].Lower) || lexicon.Pronouns.TryGetValue(tokens[0].Lower, out var pronoun) && pronoun.Subject)) return before;
        return named[0].Actor;
    }

    /// <summary>"your letter", also as the alias itself.</summary>
    private static bool AddresseesDocument(Parsed s, Mention document) =>
        s.Lexicon.AddresseePossessives.Contains(s.Tokens[document.Start].Text)
        || (document.Start > 0 && s.Lexicon.AddresseePossessives.Contains(s.Tokens[document.Start - 1].Text));

    /// <summary>Where the text last spoke of a signing, for the lists of signers that may follow.</summary>
    private void RememberSignings(Parsed s, Discourse discourse)
    {
        // "Here is a list of the senators who did not sign": the names after a negated signing are no signers.
        var signings = Enumerable.Range(0, s.Hits.Count).Where(k => s.Hits[k].Cue.Relation == RelationType.Signed).ToList();
        var refused = signings.Where(k => Negated(s, k, out _)).ToList();
        if (refused.Count > 0)
        {
            discourse.LastSigning = -10;
            // Not a signing under a subordinator ("refused to say whether he supported the letter"): that refuses something else.
            if (refused.Any(k => !Enumerable.Range(0, s.Hits[k].Anchor).Any(j => s.Lexicon.Subordinators.Contains(s.Tokens[j].Lower))))
                discourse.LastRefused = (s.Sentence.Index, s.Mentions.FirstOrDefault(IsDocument)?.Actor ?? -1);
        }
        else if (signings.Count > 0 || s.Mentions.Any(IsDocument)) discourse.LastSigning = s.Sentence.Index;
        if (signings.Count > 0 && refused.Count == 0) discourse.LastSigned = s.Sentence.Index;
        // "Baker refused to sign the letter", "Hahn weigerte sich, den Brief zu unterschreiben": the infinitive states no act and
        // gives no cue, but the refusal is one ("… Ellis did." answers it).
        else if (signings.Count == 0 && RefusesToSign(s)) discourse.LastRefused = (s.Sentence.Index, s.Mentions.FirstOrDefault(IsDocument)?.Actor ?? -1);
        discourse.IntroducedOtherwise = s.Tokens is [.., { Text: ":" }] && signings.Count == 0;
    }

    /// <summary>A refusal word (<c>refused</c>, <c>weigerte</c>) and within six tokens after it a signing verb right after the infinitive marker.</summary>
    private static bool RefusesToSign(Parsed s)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Quoted || !lexicon.Refusals.Contains(tokens[i].Lower)) continue;
            for (var j = i + 1; j < Math.Min(tokens.Count - 1, i + 7); j++)
                if (lexicon.Infinitive.Contains(tokens[j].Lower)
                    && lexicon.Cues.Any(c => c.Relation == RelationType.Signed && !c.Noun && !c.Scene && c.MatchAt(tokens, j + 1) is not null)) return true;
        }
        return false;
    }

    /// <summary>Sentences, with no break inside a name or a list broken across lines.</summary>
    private IReadOnlyList<Sentence> Split(string text, CueLexicon lexicon) =>
        Sentences.Split(text, actors.LineBreaksInNames(text).Union(SignerLists.ListLineBreaks(text, lexicon)).ToHashSet());

    /// <summary>Each cue of the sentence in order: negation, then who acted (roles), then on whom, then the rows.</summary>
    private IEnumerable<ExtractedRelation> ExtractSentence(Parsed s, Discourse discourse)
    {
        List<Resolved>? previousSources = null;
        var sentenceSources = new List<int>();
        var results = new List<ExtractedRelation>();
        for (var k = 0; k < s.Hits.Count; k++)
        {
            var hit = s.Hits[k];
            // "will Hahn noch heute antworten": a plan is no post, like, follow or repost yet (a signing announced keeps a lower confidence).
            // "has not unfollowed X": a negated undoing states the relation; unnegated it states none.
            if (hit.Cue.Undone && !PlainlyNegated(s, k))
            {
                // "entfolgte Hahn und folgt stattdessen Berger": the undoing states nothing, but whoever undid acts on in the next verb.
                var undoneClause = ClauseOf(s, k);
                var (undoers, undonePassive) = Subjects(s, k, undoneClause);
                previousSources = Sources(s, k, hit, undoneClause, undoers, undonePassive, previousSources, sentenceSources, discourse) is { Count: > 0 } undid ? undid : null;
                continue;
            }
            var negated = Negated(s, k, out var intention);
            if (!hit.Cue.Undone && negated || Unstated(s, k, discourse) is not null || intention && !MayBeAnnounced(hit)) { previousSources = null; continue; }
            if (hit.Cue.Relation == RelationType.Retweeted && Commented(s, hit)) hit = hit with { Cue = hit.Cue with { Relation = RelationType.Quoted } };
            var basis = intention ? new Resolved(-1, Inference.Intention, "announced (intention)") : new Resolved(-1, Inference.None, "");
            if (hit.Cue.Relation == RelationType.Signed)
            {
                results.AddRange(Signed(s, k, discourse, basis));
                continue;
            }
            if (hit.Cue.Owner)
            {
                results.AddRange(Owned(s, k, discourse, basis));
                continue;
            }
            var clause = ClauseOf(s, k);
            var (subjects, passive) = Subjects(s, k, clause);
            var sources = Sources(s, k, hit, clause, subjects, passive, previousSources, sentenceSources, discourse);
            if (passive) basis = basis with { Note = Join(basis.Note, "passive: agent") };
            if (sources.Count == 0)
            {
                NoteGroupAct(s, k, hit, clause, subjects, passive, discourse, sentenceSources);
                previousSources = null;
                continue;
            }
            if (hit.Cue.Relation == RelationType.Retweeted && CommentedNext(s, discourse, sources)) hit = hit with { Cue = hit.Cue with { Relation = RelationType.Quoted } };

            var objects = Objects(s, hit, clause, subjects, passive);
            var targets = new List<int>();
            foreach (var source in sources)
            {
                var any = false;
                foreach (var o in objects)
                {
                    if (Resolve(o, s.Mentions, discourse.Previous, source.Actor, sentenceSources) is not { } target || target.Actor == source.Actor) continue;
                    any = true;
                    targets.Add(target.Actor);
                    results.Add(Row(s, hit, source, target, basis.How | source.How | target.How, basis.Note, source.Note, target.Note));
                }
                if (any) continue;
                if (ImpliedTarget(s, hit, clause, source, discourse) is var (implied, note))
                {
                    targets.Add(implied);
                    results.Add(Row(s, hit, source, new Resolved(implied, Inference.ImpliedTarget, ""), basis.How | source.How | Inference.ImpliedTarget,
                        basis.Note, source.Note, note));
                }
                // "Collins liked a tweet. The tweet was posted by Baker.": the author may follow.
                else if (NamesPostAfter(s, hit)) discourse.PendingPost = (s, hit, source);
            }
            previousSources = sources;
            sentenceSources.AddRange(sources.Select(x => x.Actor));
            RememberAct(s, hit, sources, targets, discourse);
        }
        return results;
    }

    /// <summary>A signing or a tag announced is still stated (with a lower confidence); a reply, like, follow or repost planned is not.</summary>
    private static bool MayBeAnnounced(Hit hit) => hit.Cue.Relation is RelationType.Signed or RelationType.Tagged;

    /// <summary>
    /// Who acted: the cue's subjects (no document; a pronoun resolved), else the previous cue's sources (coordinated
    /// verbs), else the author of a post that is the subject; a cue after a post ("his tweets directed at") takes the post's owner.
    /// </summary>
    private List<Resolved> Sources(Parsed s, int k, Hit hit, Clause clause, List<Mention> subjects, bool passive, List<Resolved>? previousSources,
        List<int> sentenceSources, Discourse discourse)
    {
        // A letter is addressed to someone, it does not tag them: only SIGNED points at a document.
        // "Tharoor hit back at Malviya by saying that he liked …": a subject pronoun means the subject of the clause before.
        var sources = subjects.Where(m => !IsDocument(m) && !Impersonated(s, m) && !ParticipleObject(s, hit, m))
            .Select(m => Resolve(m, s.Mentions, discourse.Previous, OwnerOfPostActedOn(s, hit, clause, m), sentenceSources)).OfType<Resolved>()
            .Select(r => r with { How = r.How | (passive ? Inference.Passive : 0) }).ToList();
        // "He liked a tweet from a fan who shared her appreciation": a relative pronoun's verb has the antecedent as subject, not the cue's before.
        if (sources.Count == 0 && !passive && k > 0 && previousSources is not null && !(hit.Anchor > 0 && s.Lexicon.SubjectNearVerb && s.Lexicon.Relatives.Contains(s.Tokens[hit.Anchor - 1].Lower)))
        {
            var sharedWith = s.Tokens[s.Hits[k - 1].Anchor].Text;
            sources = previousSources.Select(p => p with { How = p.How | Inference.InheritedSubject, Note = Join(p.Note, $"subject shared with '{sharedWith}'") }).ToList();
        }
        // "His tweet was in response to Bawah-Mogtari's tweet": the owner of the post that is the subject replied.
        if (sources.Count == 0 && !passive && hit.Cue.Relation == RelationType.RepliedTo && OwnedPostAsSubject(s, clause, hit) is { } owner
            && Resolve(owner, s.Mentions, discourse.Previous, -1) is { } poster)
            sources = [poster with { Note = Join(poster.Note, "the post that answers is theirs") }];
        // "The post was a response to a comment made by Anderson": a post as the subject is its author's act.
        if (sources.Count == 0 && !passive && hit.Cue.Relation == RelationType.RepliedTo && PostAsSubject(s, clause, hit)
            && discourse.RecentPoster(2, _ => true) is var author and >= 0)
            sources = [new Resolved(author, Inference.PronounFromPreviousSentence, $"the post is {actors.Actors[author].Name}'s, who posted just before")];
        // "after his tweets directed at the Labour leader": the post's owner tagged, whoever the clause's subject is.
        if (hit.Cue.AfterPost || hit.Cue.OnPost && AfterPostNoun(s, hit) && !PostPhraseBeforeGermanVerb(s, hit)) sources = PostAuthor(s, hit, sources, discourse);
        // "It follows 40 accounts": an account spoken of just before acts for its owner.
        if (sources.Count == 0 && !passive && hit.Cue.Relation is RelationType.Follows or RelationType.Liked or RelationType.Retweeted or RelationType.Quoted
            && AccountAsSubject(s, clause, hit, discourse) is { } account) sources = [account];
        return sources;
    }

    /// <summary>What a cue leaves for later sentences: who addressed whom, who posted, the last reply, an open list of follows.</summary>
    private static void RememberAct(Parsed s, Hit hit, List<Resolved> sources, List<int> targets, Discourse discourse)
    {
        // "Trump has 45 accounts that he follows": a follow that names no one opens a list the next sentences may name.
        if (hit.Cue.Relation == RelationType.Follows && !hit.Cue.Reciprocal && targets.Count == 0 && sources.Count == 1)
            discourse.FollowList = (sources[0].Actor, discourse.Narrative, s.Tokens is [.., { Text: ":" }]);
        if (hit.Cue.Relation is RelationType.Tagged or RelationType.RepliedTo or RelationType.Follows)
            foreach (var source in sources) foreach (var target in targets) discourse.AddressedBy[target] = (source.Actor, discourse.Narrative);
        if (hit.Cue.Relation is RelationType.Tagged or RelationType.RepliedTo or RelationType.Quoted or RelationType.Retweeted)
            foreach (var source in sources) discourse.Posters.Insert(0, (source.Actor, discourse.Narrative));
        if (hit.Cue.Relation is RelationType.Tagged && targets.Count > 0 && sources.Count == 1) discourse.LastTag = (sources[0].Actor, discourse.Narrative);
        if (hit.Cue.Relation is RelationType.RepliedTo or RelationType.Quoted or RelationType.Retweeted) discourse.ActedOn.UnionWith(targets);
        if (hit.Cue.Relation is RelationType.RepliedTo && targets.Count > 0) discourse.LastReply = (sources[^1].Actor, targets[^1]);
        // A reply, quote or repost that found whom it answered is a post of its own, and the text now tells of it.
        if (hit.Cue.Relation is RelationType.RepliedTo or RelationType.Quoted or RelationType.Retweeted && targets.Count > 0) (discourse.Thread, discourse.ThreadSeen) = (sources[^1].Actor, discourse.Narrative);
        if (hit.Cue.Relation is RelationType.Liked && sources.Count > 0) discourse.LastLike = (sources[^1].Actor, discourse.Narrative);
    }

    private bool IsDocument(Mention m) => m.Actor >= 0 && actors.Actors[m.Actor].IsDocument;

    /// <summary>The cue's confidence lowered by what had to be inferred; each inference has its fixed factor.</summary>
    public static double Confidence(double cue, Inference how)
    {
        var confidence = cue;
        if (how.HasFlag(Inference.Intention)) confidence *= 0.8;
        if (how.HasFlag(Inference.InheritedSubject)) confidence *= 0.9;
        if (how.HasFlag(Inference.PronounFromPreviousSentence)) confidence *= 0.75;
        if (how.HasFlag(Inference.ImpliedTarget)) confidence *= 0.8;
        if (how.HasFlag(Inference.DocumentFromContext)) confidence *= 0.85;
        return Math.Round(confidence, 3);
    }

    /// <summary>A relation the sentence states, with where its source, target and cue stand in the sentence.</summary>
    private ExtractedRelation Row(Parsed s, Hit hit, Resolved source, Resolved target, Inference how, params string[] notes)
    {
        var note = Join(notes);
        TextSpan? At(Mention? m) => m is null ? null : new TextSpan(s.Tokens[m.Start].Start, s.Tokens[m.End - 1].End - s.Tokens[m.Start].Start);
        return new(actors.Actors[source.Actor].Id, hit.Cue.Relation, actors.Actors[target.Actor].Id, s.Sentence.Text, Confidence(hit.Cue.Confidence, how), hit.Cue.Pattern,
            $"cue '{string.Join(" … ", hit.Tokens.Select(t => s.Tokens[t].Text))}' ({s.Lexicon.Language}: {hit.Cue.Pattern}){(note.Length > 0 ? "; " + note : "")}", how)
        {
            EvidenceStart = s.Sentence.Start,
            SourceMention = At(source.At),
            TargetMention = At(target.At),
            CueWords = hit.Tokens.Select(t => new TextSpan(s.Tokens[t].Start, s.Tokens[t].Length)).ToList(),
        };
    }

    private static string Join(params string[] notes) => string.Join("; ", notes.Where(n => n.Length > 0));
}
