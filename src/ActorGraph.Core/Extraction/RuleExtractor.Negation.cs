using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Cues under a negation or a non-event ("reagierte nicht", "did not reply", "könnte antworten"), and actors left out
/// of a list ("nicht aber China", "except Poland").
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// A negation or non-event word in the cue's clause: from the last comma (or the cue before) up to the anchor, inside
    /// the cue, and up to two words after it. Intentions ("wollen") only lower the confidence.
    /// </summary>
    private static bool Negated(Parsed s, int k, out bool intention)
    {
        var (tokens, hit, lexicon) = (s.Tokens, s.Hits[k], s.Lexicon);
        intention = false;
        var start = s.Hits.ElementAtOrDefault(k - 1)?.Last ?? -1;
        for (var j = hit.Anchor - 1; j > start; j--) if (tokens[j].Text is "," or ";" or ":") { start = j; break; }
        // German puts the negation after the inverted subject and the objects ("Auf Nachfrage reagierte Berger nicht auf …").
        var stop = hit.Last + (s.Lexicon.SubjectNearVerb ? 2 : 6);
        for (var j = hit.Last + 1; j <= Math.Min(stop, tokens.Count - 1); j++) if (!tokens[j].IsWord) { stop = j - 1; break; }
        // "– and I still don't know why – Asghari had liked": an aside between two dashes says something else.
        var dashes = Enumerable.Range(start + 1, Math.Max(0, hit.Anchor - start - 1)).Where(j => tokens[j].Text is "–" or "—").ToList();
        bool Aside(int j) => Enumerable.Range(0, dashes.Count / 2).Any(p => j > dashes[2 * p] && j < dashes[2 * p + 1]);
        for (var j = start + 1; j <= Math.Min(stop, tokens.Count - 1); j++)
        {
            if (Aside(j)) continue;
            var lower = tokens[j].Lower;
            // Past the usual window a negation before a name or an article negates that ("antwortete Hahn und nicht Vogt").
            var namesNext = j > hit.Last + 2 && j + 1 < tokens.Count && tokens[j + 1].IsWord && (char.IsUpper(tokens[j + 1].Text[0]) || lexicon.Determiners.Contains(tokens[j + 1].Lower));
            // "introduced in May": a capitalised modal inside the sentence is a month or a name.
            if ((lexicon.NegatesAt(tokens, j) && !NegatesANoun(tokens, j, hit) && !namesNext) || lexicon.NonEvents.Contains(lower) && j <= hit.Last + 2 && !(j > 0 && char.IsUpper(tokens[j].Text[0]))) return true;
            intention |= lexicon.Intentions.Contains(lower);
        }
        return false;
    }

    /// <summary>"hat Vogt nicht entfolgt", "has neither unfollowed nor blocked": a negation word in the clause before the cue or right after it (not a mere non-event).</summary>
    private static bool PlainlyNegated(Parsed s, int k)
    {
        var (tokens, hit) = (s.Tokens, s.Hits[k]);
        var start = s.Hits.ElementAtOrDefault(k - 1)?.Last ?? -1;
        for (var j = hit.Anchor - 1; j > start; j--) if (tokens[j].Text is "," or ";" or ":") { start = j; break; }
        var stop = Math.Min(tokens.Count - 1, hit.Last + (s.Lexicon.SubjectNearVerb ? 1 : 6));
        return Enumerable.Range(start + 1, Math.Max(0, stop - start)).Any(j => !hit.Tokens.Contains(j) && s.Lexicon.NegatesAt(tokens, j));
    }

    /// <summary>"nicht nur Berger, sondern auch Vogt", "not only Collins but also Ellis": the contrast at <paramref name="j"/> goes on listing.</summary>
    private static bool AddsToNotOnly(IReadOnlyList<Token> tokens, int j, CueLexicon lexicon) =>
        j + 1 < tokens.Count && lexicon.Additives.Contains(tokens[j + 1].Lower)
        && Enumerable.Range(0, j).Any(n => lexicon.IsNegation(tokens[n].Lower) && !lexicon.NegatesAt(tokens, n));

    /// <summary>"wasted no time hitting back", "made no secret of liking": "no" before a noun negates the noun, not the gerund cue after it.</summary>
    private static bool NegatesANoun(IReadOnlyList<Token> tokens, int negation, Hit hit) =>
        tokens[negation].Lower == "no" && hit.Anchor > negation + 1 && tokens[hit.Anchor].Lower.EndsWith("ing", StringComparison.Ordinal)
        && Enumerable.Range(negation + 1, hit.Anchor - negation - 1).All(j => tokens[j].IsWord);

    /// <summary>"nicht aber China", "except Poland", "Polen hingegen nicht", "Österreich will später": this actor is left out.</summary>
    private static bool MentionNegated(IReadOnlyList<Token> tokens, Mention m, CueLexicon lexicon)
    {
        for (var j = m.Start - 1; j >= Math.Max(0, m.Start - 2); j--)
        {
            if (!tokens[j].IsWord) break;
            if (lexicon.NegatesAt(tokens, j) || lexicon.Exclusions.Contains(tokens[j].Lower)) return true;
        }
        // "Polen hingegen nicht", "Österreich will erst im Herbst entscheiden": not (yet) part of it.
        for (var j = m.End; j < Math.Min(tokens.Count, m.End + 3); j++)
        {
            if (!tokens[j].IsWord) break;
            var lower = tokens[j].Lower;
            // "accused Ellis of not reading the bill", "warf Hahn vor, dass er nicht …": a negation past the opening of what a cue reports is in it.
            if (lexicon.ContentOpeners.Contains(lower)) break;
            // "opposing No Deal": a capitalised "No" is part of a name.
            if (lower != tokens[j].Text) continue;
            if (lexicon.IsNegation(lower) || lexicon.NonEvents.Contains(lower) || lexicon.Intentions.Contains(lower)) return true;
        }
        return false;
    }
}
