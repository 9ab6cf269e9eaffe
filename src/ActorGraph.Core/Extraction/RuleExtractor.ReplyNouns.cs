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
}
