using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// A reply named as a noun with its author, opening the sentence: "Her reply was swift", "Collins's response came within the
/// hour", "The response from Collins …", "Die Antwort von Berger auf den Tweet von Hahn …", "Ihre Antwort: „…“". The author
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
        var owner = s.Mentions.FirstOrDefault(m => m.Start == first && (m.IsPronoun ? lexicon.Possessives.Contains(m.Text.ToLowerInvariant()) || m.Text.ToLowerInvariant() is "her" or "ihr" or "ihre" : m.Mark == "'s"));
        var noun = owner is not null ? Enumerable.Range(owner.End, Math.Min(2, tokens.Count - owner.End)).SkipWhile(j => tokens[j].Text is "'" or "’" or "s").FirstOrDefault(j => lexicon.ReplyNouns.Contains(tokens[j].Lower), -1)
            : lexicon.Determiners.Contains(tokens[first].Lower) && first + 1 < tokens.Count && lexicon.ReplyNouns.Contains(tokens[first + 1].Lower) ? first + 1 : -1;
        if (noun < 0) yield break;
        owner ??= s.Mentions.FirstOrDefault(m => !m.IsPronoun && m.Start == noun + 2 && lexicon.PostAuthors.Contains(tokens[noun + 1].Lower) || m.Start == noun + 2 && tokens[noun + 1].Lower == "from");
        if (owner is null || IsDocument(owner) || Resolve(owner, s.Mentions, discourse.Previous, -1) is not { } source) yield break;
        if (!owner.IsPronoun && actors.Actors[owner.Actor].Kind == ActorKinds.Media) yield break;
        var hit = new Hit(ReplyNoun, [noun]);
        // "auf den Tweet von Hahn", "to Baker's post": whom it answers; "to the crisis": something else, so no one.
        var after = owner.Start > noun ? owner.End : noun + 1;
        if (after < tokens.Count && lexicon.ReplyPrepositions.Contains(tokens[after].Lower))
        {
            var end = Enumerable.Range(after, tokens.Count - after).FirstOrDefault(j => !tokens[j].IsWord, tokens.Count);
            var target = s.Mentions.FirstOrDefault(m => m.Start > after && m.End <= end && !m.IsPronoun && !IsDocument(m) && m.Actor != source.Actor);
            if (target is not null) yield return Row(s, hit, source, new Resolved(target.Actor, Inference.None, "", target), source.How, source.Note);
            yield break;
        }
        var poster = discourse.Posters.FirstOrDefault(p => p.Actor != source.Actor && p.Sentence < discourse.Narrative && discourse.Narrative - p.Sentence <= 3
            && actors.Actors[p.Actor].Kind != ActorKinds.Media, (Actor: -1, Sentence: -1)).Actor;
        if (poster >= 0)
            yield return Row(s, hit, source, new Resolved(poster, Inference.ImpliedTarget, ""), source.How | Inference.ImpliedTarget, source.Note,
                $"target implied: {actors.Actors[poster].Name} posted or spoke just before");
    }

    /// <summary>
    /// "Her post drew a reply from Collins", "Hahn erhielt prompt eine Antwort von Berger": who gets a reply "from X" was answered
    /// by X. The receiver is the subject of the receiving verb, or the owner of the post that is the subject.
    /// </summary>
    private IEnumerable<ExtractedRelation> RepliesReceived(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (tokens.Any(t => !t.Quoted && (lexicon.IsNegation(t.Lower) || lexicon.NonEvents.Contains(t.Lower)))) yield break;
        for (var noun = 1; noun + 2 < tokens.Count; noun++)
        {
            if (tokens[noun].Quoted || !lexicon.ReplyNouns.Contains(tokens[noun].Lower) || !lexicon.PostAuthors.Contains(tokens[noun + 1].Lower)) continue;
            var verb = Enumerable.Range(Math.Max(0, noun - 6), noun - Math.Max(0, noun - 6)).LastOrDefault(j => lexicon.ReceivingVerbs.Contains(tokens[j].Lower), -1);
            var from = s.Mentions.FirstOrDefault(m => m.Start == noun + 2 && !m.IsPronoun && !IsDocument(m));
            if (verb < 0 || from is null || actors.Actors[from.Actor].Kind == ActorKinds.Media) continue;
            // The subject: the last actor before the verb in its clause, unmarked or owning a post ("Her post", "Baker's tweet").
            var start = Enumerable.Range(0, verb).LastOrDefault(j => tokens[j].Text is "," or ";" or ":" || lexicon.Subordinators.Contains(tokens[j].Lower), -1);
            var receiver = s.Mentions.LastOrDefault(m => m.Start > start && m.End <= verb && !IsDocument(m)
                && (m.IsPronoun ? m.Pronoun!.Value.Subject || m.End < tokens.Count && lexicon.IsPostNoun(tokens[m.End].Lower) : !m.Marked || m.Mark == "'s" && lexicon.IsPostNoun(tokens[Math.Min(m.End, tokens.Count - 1)].Lower)));
            // An outlet that gets a response asked for comment.
            if (receiver is null || Resolve(receiver, s.Mentions, discourse.Previous, from.Actor) is not { } target || target.Actor == from.Actor
                || actors.Actors[target.Actor].Kind == ActorKinds.Media) continue;
            var hit = new Hit(ReplyNoun, [noun]);
            yield return Row(s, hit, new Resolved(from.Actor, Inference.None, "", from), target, target.How, $"a reply received from {actors.Actors[from.Actor].Name}");
        }
    }
}
