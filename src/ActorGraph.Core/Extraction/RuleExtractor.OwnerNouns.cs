using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Nouns whose owner is the target ("zu ihren Followern gehört Vogt", "Quinn has 700 followers, including Collins").
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// A noun whose owner is the target: "zu ihren Followern gehört Vogt", "Vogt ist Follower von Berger". The owner is the
    /// possessive or genitive right before the noun or the "von"/"of" object right after it; the other actors of the clause are the sources.
    /// </summary>
    private IEnumerable<ExtractedRelation> Owned(Parsed s, int k, Discourse discourse, Resolved basis)
    {
        var hit = s.Hits[k];
        var clause = ClauseOf(s, k);
        // "So erklärt Meta die Follower von Trump": only a link ("ist", "gehört", "includes", "has … including") makes someone a follower;
        // so does a colon right after the noun, which names them ("Steinbachs Facebook-Freund: NPD-Mann Thomsen").
        var next = s.Hits.ElementAtOrDefault(k + 1)?.Anchor ?? s.Tokens.Count;
        var named = hit.Last + 1 < s.Tokens.Count && s.Tokens[hit.Last + 1].Text == ":";
        if (!named && !Enumerable.Range(clause.Start + 1, Math.Max(0, next - clause.Start - 1)).Any(j => s.Lexicon.Copulas.Contains(s.Tokens[j].Lower) || s.Lexicon.Inclusions.Contains(s.Tokens[j].Lower)))
            yield break;
        // "mehr Follower als Hahn", "so viele Follower auf X wie Hahn": a comparison of numbers names no follower ("mehr als 5000 Follower, darunter Vogt" does).
        if (Enumerable.Range(Math.Max(clause.Start + 1, hit.Anchor - 3), hit.Anchor - Math.Max(clause.Start + 1, hit.Anchor - 3))
                .Any(j => s.Lexicon.Comparatives.Contains(s.Tokens[j].Lower) || j > 0 && s.Lexicon.Comparatives.Contains($"{s.Tokens[j - 1].Lower} {s.Tokens[j].Lower}"))
            && Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(s.Tokens.Count, hit.Last + 5) - hit.Last - 1)).TakeWhile(j => s.Tokens[j].IsWord)
                .Any(j => s.Lexicon.Comparisons.Contains(s.Tokens[j].Lower) || s.Lexicon.Comparatives.Contains(s.Tokens[j].Lower))) yield break;
        // "has the most followers, followed by Collins and Ellis": a ranking names the next owner of many followers, no follower.
        bool Included(Mention m) => m.Mark is { } mark && s.Lexicon.IsInclusion(mark) && !s.Lexicon.RankingPairs.Contains(mark);
        // After the noun, an owner is its "von"/"of" object or genitive; a possessive there owns what comes after it ("450 followers
        // with his posts on …", "450 Follower, seine Videos zeigen …"), and the followers are the subject's.
        var owner = clause.Before.LastOrDefault(m => m.End >= hit.Anchor - 1 && m.Marked)
            ?? clause.After.FirstOrDefault(m => m.Start <= hit.Last + 3 && m.Marked && !Included(m) && !(m.IsPronoun && m.Owns) && m.Mark != "'s");
        // "Quinn has 700 followers, including Collins": the subject owns them, those included follow.
        var subjectOwns = owner is null;
        owner ??= clause.Before.FirstOrDefault(m => !m.Marked && !IsDocument(m));
        // "It has 758 followers, including Collins": the account spoken of just before owns them.
        if ((owner is null ? AccountAsSubject(s, clause, hit, discourse) : Resolve(owner, s.Mentions, discourse.Previous, -1)) is not { } target) yield break;
        foreach (var m in clause.Before.Concat(clause.After))
        {
            if (m == owner || IsDocument(m) || (m.Mark is not null && !Included(m)) || (subjectOwns && !(Included(m) && m.Start > hit.Last))) continue;
            // "Musk has shaken Westminster as he slammed the UK to his 210m followers": an auxiliary before a participle links no one to the followers.
            if (s.Lexicon.SubjectNearVerb && m.End <= hit.Anchor && !Included(m) && !Enumerable.Range(m.End, hit.Anchor - m.End).Any(j => LinksToFollowers(s, j, hit))) continue;
            if (Resolve(m, s.Mentions, discourse.Previous, target.Actor) is not { } source || source.Actor == target.Actor) continue;
            yield return Row(s, hit, source, target, basis.How | source.How | target.How, basis.Note, source.Note, target.Note);
        }
    }

    /// <summary>"Baker is one of her followers", "Ellis is among them", "Collins has 700 followers": a copula whose predicate starts right after it, not an auxiliary ("has shaken").</summary>
    private static bool LinksToFollowers(Parsed s, int j, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (!lexicon.Copulas.Contains(tokens[j].Lower) && !lexicon.Inclusions.Contains(tokens[j].Lower)) return false;
        if (j + 1 >= tokens.Count || j + 1 == hit.Anchor || !tokens[j + 1].IsWord || char.IsDigit(tokens[j + 1].Text[0])) return true;
        var next = tokens[j + 1].Lower;
        return lexicon.Determiners.Contains(next) || lexicon.Possessives.Contains(next) || lexicon.Inclusions.Contains(next) || lexicon.Quantifiers.Contains(next)
            || lexicon.GroupWords.Contains(next) || lexicon.Pronouns.ContainsKey(next) || next is "one" or "now" or "also" or "still";
    }
}
