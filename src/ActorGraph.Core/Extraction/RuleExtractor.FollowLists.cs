using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Lists of whom someone follows, spread over sentences: "Trump has 45 accounts that he follows. Conway and Scavino are on
/// the list, as is Pierson. So is Cohen."; "The PM also follows many opposition leaders. Examples include Mufti and Badal."
/// A follow without a named target opens the list; a sentence of membership ("include", "on the list", "so is", "darunter")
/// in the next two names its members.
/// </summary>
public sealed partial class RuleExtractor
{
    private static readonly Cue ListedFollow = new(RelationType.Follows, "member of a follow list", [], 0.8, false, false, false, false, false);

    /// <summary>The members a sentence of membership names for the follow list opened just before.</summary>
    private IEnumerable<ExtractedRelation> ListedFollows(Parsed s, Discourse discourse)
    {
        if (discourse.FollowList is not var (owner, opened) || discourse.Narrative == opened) yield break;
        if (discourse.Narrative - opened > 2 || s.Hits.Any(h => h.Cue.Relation != RelationType.Signed)) { discourse.FollowList = null; yield break; }
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var frame = Enumerable.Range(0, tokens.Count).FirstOrDefault(j => !tokens[j].Quoted
            && (lexicon.ListFrames.Contains(tokens[j].Lower) || (j + 1 < tokens.Count && lexicon.ListFrames.Contains($"{tokens[j].Lower} {tokens[j + 1].Lower}"))), -1);
        if (frame < 0) yield break;
        // Members stand before a relative or subordinate clause that says more about them ("…, who resigned as a minister").
        var end = Enumerable.Range(1, tokens.Count - 1).FirstOrDefault(j => RelativeClauseAt(s, j) || (tokens[j - 1].Text == "," && lexicon.Subordinators.Contains(tokens[j].Lower)), tokens.Count);
        var hit = new Hit(ListedFollow, [frame]);
        var source = new Resolved(owner, Inference.ImpliedTarget, "");
        foreach (var m in s.Mentions.Where(m => !m.IsPronoun && !IsDocument(m) && m.End <= end && m.Actor != owner && (m.Mark is null || lexicon.IsInclusion(m.Mark))).DistinctBy(m => m.Actor))
            yield return Row(s, hit, source, new Resolved(m.Actor, Inference.None, "", m), Inference.ImpliedTarget,
                $"listed among those {actors.Actors[owner].Name} follows, as the text said just before");
    }
}
