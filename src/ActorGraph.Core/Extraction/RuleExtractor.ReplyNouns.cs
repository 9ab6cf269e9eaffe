using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// A reply named as a noun with its author, opening the sentence: "Her reply was swift", "Collins's response came within the
/// hour", "The response from Collins …", "Die Antwort von Berger auf den Tweet von Hahn …", "Ihre Antwort: „…“"; or fronted before
/// its author: "In her reply, Collins wrote", "In seiner Antwort schrieb Hahn". The author
/// answered whom the noun names after "to"/"auf", else the one who posted or spoke just before (as for a reply verb with no target).
/// </summary>
public sealed partial class RuleExtractor
{
    private static readonly Cue ReplyNoun = new(RelationType.RepliedTo, "reply noun with its author", [], 0.8, true, false, false, false, false);

    private IEnumerable<ExtractedRelation> RepliesByNoun(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var first = Enumerable.Range(0, tokens.Count).FirstOrDefault(j => tokens[j].IsWord, -1);
        if (first < 0 || tokens[first].Quoted || tokens.Any(t => !t.Quoted && (lexicon.IsNegation(t.Lower) || lexicon.NonEvents.Contains(t.Lower)))) yield break;
        // The owner and the noun: "Her reply", "Collins's response", "Anna Bergers Antwort"; or the article, the noun and "from X"/"von X".
        // "In her reply, Collins wrote", "In seiner Antwort schrieb Hahn", "In einer Reaktion spottete Berger": the reply phrase fronted, and
        // who replied the clause's subject right after it (German inverts it after the verb).
        var fronted = tokens[first].Lower == "in" && first + 2 < tokens.Count && lexicon.ReplyNouns.Contains(tokens[first + 2].Lower)
            && (lexicon.Indefinites.Contains(tokens[first + 1].Lower) || lexicon.Possessives.Contains(tokens[first + 1].Lower) || tokens[first + 1].Lower is "her" or "ihrer");
        var owner = fronted ? null : s.Mentions.FirstOrDefault(m => m.Start == first && (m.IsPronoun ? lexicon.Possessives.Contains(m.Text.ToLowerInvariant()) || m.Text.ToLowerInvariant() is "her" or "ihr" or "ihre" : m.Mark == "'s"));
        var noun = fronted ? first + 2 : owner is not null ? Enumerable.Range(owner.End, Math.Min(2, tokens.Count - owner.End)).SkipWhile(j => tokens[j].Text is "'" or "’" or "s").FirstOrDefault(j => lexicon.ReplyNouns.Contains(tokens[j].Lower), -1)
            : lexicon.Determiners.Contains(tokens[first].Lower) && first + 1 < tokens.Count && lexicon.ReplyNouns.Contains(tokens[first + 1].Lower) ? first + 1 : -1;
        if (noun < 0) yield break;
        if (fronted)
        {
            // Past "auf X"/"to Baker's post" and the comma or verb: the first named actor, no more than two words on.
            var to = noun + 1 < tokens.Count && lexicon.ReplyPrepositions.Contains(tokens[noun + 1].Lower) ? Enumerable.Range(noun + 1, tokens.Count - noun - 1).FirstOrDefault(j => !tokens[j].IsWord || lexicon.SayingVerbs.Contains(tokens[j].Lower) || lexicon.PostingVerbs.Contains(tokens[j].Lower), tokens.Count) : noun + 1;
            owner = s.Mentions.FirstOrDefault(m => !m.IsPronoun && !m.Marked && m.Start > to && m.Start - to <= 3 && Enumerable.Range(to, m.Start - to).All(j => !tokens[j].Quoted));
            // "In her reply, Collins said in an interview": a reply given off the platforms (as in OffThePlatforms) or told to an outlet.
            if (owner is null || ToldAnOutlet(s) || !lexicon.NamesPlatform(s.Sentence) && !tokens.Any(t => !t.Quoted && lexicon.IsPostNoun(t.Lower))
                && tokens.Any(t => !t.Quoted && (lexicon.Venues.Contains(t.Lower) || lexicon.Chambers.Contains(t.Lower)))) yield break;
        }
        owner ??= s.Mentions.FirstOrDefault(m => !m.IsPronoun && m.Start == noun + 2 && lexicon.PostAuthors.Contains(tokens[noun + 1].Lower) || m.Start == noun + 2 && tokens[noun + 1].Lower == "from");
        if (owner is null || IsDocument(owner) || Resolve(owner, s.Mentions, discourse.Previous, -1) is not { } source) yield break;
        if (!owner.IsPronoun && actors.Actors[owner.Actor].Kind == ActorKinds.Media) yield break;
        var hit = new Hit(ReplyNoun, [noun]);
        // "auf den Tweet von Hahn", "to Baker's post": whom it answers; "to the crisis": something else, so no one.
        var after = owner.Start > noun && !fronted ? owner.End : noun + 1;
        if (after < tokens.Count && lexicon.ReplyPrepositions.Contains(tokens[after].Lower) && !PlaceOrManner(s, after))
        {
            var end = Enumerable.Range(after, tokens.Count - after).FirstOrDefault(j => !tokens[j].IsWord, tokens.Count);
            var target = s.Mentions.FirstOrDefault(m => m.Start > after && m.End <= end && !m.IsPronoun && !IsDocument(m) && m.Actor != source.Actor);
            if (target is not null) yield return Row(s, hit, source, new Resolved(target.Actor, Inference.None, "", target), source.How, source.Note);
            yield break;
        }
        var poster = ImpliedPoster(discourse, 3, source.Actor);
        if (poster >= 0)
            yield return Row(s, hit, source, new Resolved(poster, Inference.ImpliedTarget, ""), source.How | Inference.ImpliedTarget, source.Note,
                $"target implied: {actors.Actors[poster].Name} posted or spoke just before");
        // As for a reply verb: the post the text is telling of, when the reply is on a platform.
        else if (OnAPlatform(s) && ThreadAuthor(discourse, source.Actor) is var author and >= 0)
            yield return Row(s, hit, source, new Resolved(author, Inference.ImpliedTarget, ""), source.How | Inference.ImpliedTarget, source.Note,
                $"target implied: the text is telling of {actors.Actors[author].Name}'s post");
    }

    /// <summary>
    /// "His tweet was in response to …", "Hayes' tweet was a reply to …" (English only so far): the clause before a
    /// reply noun opens with an owner and a post (a copula at most between them and the cue); the owner is who replied.
    /// </summary>
    private static Mention? OwnedPostAsSubject(Parsed s, Clause clause, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (!hit.Cue.Noun || clause.Before.Count != 1) return null;
        var owner = clause.Before[0];
        var ownerOpens = owner.Start == clause.Start + 1 || owner.Start == clause.Start + 2 && lexicon.Determiners.Contains(tokens[clause.Start + 1].Lower);
        var isOwner = owner.IsPronoun ? lexicon.Possessives.Contains(tokens[owner.Start].Lower) || tokens[owner.Start].Lower is "her" or "ihr" or "ihre" or "sein" or "seine"
            : owner.Mark is "'s" or "genitive";
        var noun = Enumerable.Range(owner.End, Math.Max(0, Math.Min(hit.Anchor, owner.End + 3) - owner.End)).SkipWhile(j => tokens[j].Text is "'" or "’" or "s")
            .FirstOrDefault(j => lexicon.IsPostNoun(tokens[j].Lower), -1);
        if (!ownerOpens || !isOwner || noun < 0) return null;
        // Between the post and the cue only a copula and articles: "was in response to", "war eine Antwort auf".
        return Enumerable.Range(noun + 1, Math.Max(0, hit.Anchor - noun - 1)).All(j => tokens[j].IsWord && (lexicon.Copulas.Contains(tokens[j].Lower) || lexicon.Determiners.Contains(tokens[j].Lower)))
            ? owner : null;
    }

    private static readonly Cue ReplyReceived = new(RelationType.RepliedTo, "a reply received", [], 0.8, true, false, false, false, false);
    private static readonly Cue LikeReceived = new(RelationType.Liked, "a like received", [], 0.8, true, false, false, false, false);
    private static readonly Cue FollowReceived = new(RelationType.Follows, "a follow received", [], 0.8, true, false, false, false, false);

    /// <summary>
    /// "Her post drew a reply from Collins", "Hahn erhielt prompt eine Antwort von Berger", "It got a like from Baker", "got a follow
    /// back from Collins": who gets a reply, a like or a follow "from X" was answered, liked or followed by X. The receiver is the
    /// subject of the receiving verb, the owner of the post that is the subject, or (for "it", "the post") who posted just before.
    /// </summary>
    private IEnumerable<ExtractedRelation> ActsReceived(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (tokens.Any(t => !t.Quoted && (lexicon.IsNegation(t.Lower) || lexicon.NonEvents.Contains(t.Lower)))) yield break;
        for (var noun = 1; noun + 2 < tokens.Count; noun++)
        {
            var lower = tokens[noun].Lower;
            var cue = lexicon.ReplyNouns.Contains(lower) ? ReplyReceived : lexicon.LikeNouns.Contains(lower) ? LikeReceived : lexicon.FollowNouns.Contains(lower) ? FollowReceived : null;
            // A button's name in quotation marks ("a “like” from") is still the noun.
            var after = noun + 1;
            if (tokens[noun].Quoted && after < tokens.Count && IsQuotationMark(tokens[after].Text) && IsQuotationMark(tokens[noun - 1].Text)) after++;
            else if (tokens[noun].Quoted) continue;
            if (after < tokens.Count && tokens[after].Lower == "back") after++;
            if (cue is null || after + 1 >= tokens.Count || !lexicon.PostAuthors.Contains(tokens[after].Lower)) continue;
            var start = Math.Max(0, noun - 7);
            var verb = Enumerable.Range(start, noun - start).LastOrDefault(j => lexicon.ReceivingVerbs.Contains(tokens[j].Lower), -1);
            var from = s.Mentions.FirstOrDefault(m => m.Start == after + 1 && !m.IsPronoun && !IsDocument(m));
            if (verb < 0 || from is null || actors.Actors[from.Actor].Kind == ActorKinds.Media) continue;
            // The subject: the last actor before the verb in its clause, unmarked or owning a post ("Her post", "Baker's tweet").
            var opens = Enumerable.Range(0, verb).LastOrDefault(j => tokens[j].Text is "," or ";" or ":" || lexicon.Subordinators.Contains(tokens[j].Lower), -1);
            var receiver = s.Mentions.LastOrDefault(m => m.Start > opens && m.End <= verb && !IsDocument(m)
                && (m.IsPronoun ? m.Pronoun!.Value.Subject || m.End < tokens.Count && lexicon.IsPostNoun(tokens[m.End].Lower) : !m.Marked || m.Mark == "'s" && lexicon.IsPostNoun(tokens[Math.Min(m.End, tokens.Count - 1)].Lower)));
            Resolved? target = receiver is null ? null : Resolve(receiver, s.Mentions, discourse.Previous, from.Actor);
            // "It got a like from Baker", "The post drew a reply from Collins": the post the text just spoke of; "That prompted a
            // response from Collins", "Dies provozierte eine Antwort von Berger": what the text just reported, so its poster.
            if (receiver is null && cue != FollowReceived && (Enumerable.Range(opens + 1, Math.Max(0, verb - opens - 1)).Any(j => lexicon.PostAnaphors.Contains(tokens[j].Lower) || lexicon.IsPostNoun(tokens[j].Lower))
                    || EventAsSubject(s, opens >= 0 && lexicon.EventAnaphors.Contains(tokens[opens].Lower) ? opens : opens + 1, verb))
                && discourse.RecentPoster(2, p => p != from.Actor) is var poster and >= 0)
                target = new Resolved(poster, Inference.ImpliedTarget, $"target implied: {actors.Actors[poster].Name} posted just before");
            // An outlet that gets a response asked for comment.
            if (target is not { } t || t.Actor == from.Actor || actors.Actors[t.Actor].Kind == ActorKinds.Media) continue;
            var hit = new Hit(cue, [noun]);
            yield return Row(s, hit, new Resolved(from.Actor, Inference.None, "", from), t, t.How, t.Note, $"received from {actors.Actors[from.Actor].Name}");
        }
    }

    private static readonly Cue AmongReactions = new(RelationType.RepliedTo, "a post quoted among the reactions", [], 0.75, false, false, false, false, false);

    /// <summary>
    /// "Die Ermahnung von Steinbrück hat zu gemischten Reaktionen geführt. „…“, twitterte Böhning.", "Baillie faced a barrage of criticism
    /// on Twitter. Councillor Loudon wrote: “…”": after a sentence about the reactions someone drew, who is quoted posting or saying
    /// something in the next sentences (three after the last such reaction) answers that one, when no reply cue of the sentence says whom and
    /// the quotation does not name that one (a post that does tags them).
    /// </summary>
    private IEnumerable<ExtractedRelation> Reactions(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (s.Hits.Any(h => h.Cue.Relation == RelationType.RepliedTo)) yield break;
        // Reactions received ("faced a barrage of criticism", "hat zu gemischten Reaktionen geführt"), not given ("live-tweeted criticism of").
        var noun = Enumerable.Range(0, tokens.Count).FirstOrDefault(j => !tokens[j].Quoted && lexicon.ReactionNouns.Contains(tokens[j].Lower)
            && TokenWindow.Before(j, 4).Any(b => lexicon.ReceivingVerbs.Contains(tokens[b].Lower) || lexicon.ReactionFrames.Contains(tokens[b].Lower)), -1);
        if (noun >= 0)
        {
            // Who drew them: the sentence's first named actor before the noun, its subject or the author of what drew them ("von Steinbrück", "Baker's tweet").
            var drew = s.Mentions.FirstOrDefault(m => m.Start < noun && !m.IsPronoun && !IsDocument(m) && !tokens[m.Start].Quoted && actors.Actors[m.Actor].Kind != ActorKinds.Media
                && (!m.Marked || m.Mark is "'s" or "genitive" || lexicon.PostAuthors.Contains(m.Mark!) || lexicon.GenitiveArticles.Contains(m.Mark!)));
            discourse.ReactionsTo = drew is null ? null : (drew.Actor, discourse.Narrative);
            yield break;
        }
        if (discourse.ReactionsTo is not var (drawn, since) || discourse.Narrative - since > ReplyReach || !tokens.Any(t => t.Quoted)) yield break;
        // A post that names the one who drew the reactions tags them (a tag, not a reply).
        if (Enumerable.Range(0, tokens.Count).Any(j => tokens[j].Quoted && actors.Match(tokens, j) is { } named && named.Actor == drawn)) yield break;
        var reactions = PosterVerbs(s, speakers: true, pronouns: false).Where(p => p.Poster.Actor != drawn && actors.Actors[p.Poster.Actor].Kind != ActorKinds.Media).DistinctBy(p => p.Poster.Actor).ToList();
        // The reactions go on from the last one quoted.
        if (reactions.Count > 0) discourse.ReactionsTo = (drawn, discourse.Narrative);
        foreach (var (poster, verb) in reactions)
            yield return Row(s, new Hit(AmongReactions, [verb]), new Resolved(poster.Actor, Inference.None, "", poster), new Resolved(drawn, Inference.ImpliedTarget, ""), Inference.ImpliedTarget,
                $"target implied: among the reactions {actors.Actors[drawn].Name} drew");
    }

    /// <summary>
    /// The words from <paramref name="start"/> to the verb at <paramref name="verb"/> open the sentence or follow its punctuation and are an
    /// event anaphor alone, an adverb at most after it ("That quickly prompted"; "That" is also a subordinator, so it may open the clause).
    /// </summary>
    private static bool EventAsSubject(Parsed s, int start, int verb) =>
        start >= 0 && verb - start is 1 or 2 && (start == 0 || !s.Tokens[start - 1].IsWord) && !s.Tokens[start].Quoted && s.Lexicon.EventAnaphors.Contains(s.Tokens[start].Lower)
        && Enumerable.Range(start + 1, verb - start - 1).All(j => s.Tokens[j].IsWord && char.IsLower(s.Tokens[j].Text[0]));
}
