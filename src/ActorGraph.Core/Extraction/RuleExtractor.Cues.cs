using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Where the cues of a sentence stand, and which of their matches state no act (infinitives, nouns, "followed by" of
/// time); a repost with a comment is a quote.
/// </summary>
public sealed partial class RuleExtractor
{
    private List<Hit> FindCues(IReadOnlyList<Token> tokens, List<Mention> mentions, CueLexicon lexicon)
    {
        var namesDocument = mentions.Any(IsDocument);
        var used = new bool[tokens.Count];
        foreach (var m in mentions) for (var j = m.Start; j < m.End; j++) used[j] = true;
        var hits = new List<Hit>();
        foreach (var cue in lexicon.Cues)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                // Cues inside quotation marks are what someone said, not what happened; a quoted button name ("Gefällt mir") is a noun cue.
                // A vague cue ("wrote", "joined") is SIGNED only beside a named document; elsewhere it must not split the clause.
                if (cue.NeedsDocument && !namesDocument) break;
                if (used[i] || (tokens[i].Quoted && !cue.Noun) || cue.MatchAt(tokens, i) is not { } matched) continue;
                if (matched.Any(j => used[j])) continue;
                // "schrieben einen Brief an Meier": writing a letter to someone is no post to them.
                if (cue.Relation != RelationType.Signed && mentions.Any(m => IsDocument(m) && m.Start > matched[0] && m.Start < matched[^1])) continue;
                // "to reply", "zu antworten"; "continues to follow" states that it goes on, "the first to sign" that it happened.
                var goesOn = i > 1 && lexicon.Infinitive.Contains(tokens[i - 1].Lower) && (lexicon.Aspectuals.Contains(tokens[i - 2].Lower) || lexicon.Firsts.Contains(tokens[i - 2].Lower)
                    || TurnedToPlatform(tokens, i - 1, lexicon) || PurposeOfPost(tokens, i - 1, lexicon));
                if (!cue.Noun && i > 0 && lexicon.Infinitive.Contains(tokens[i - 1].Lower) && !goesOn || cue.InfinitiveOnly && !goesOn) continue;
                // "the mentions", "of replies": a verb form used as a noun states no act.
                // "his reply", "Baker's retweets": after an owner too.
                if (!cue.Noun && i > 0 && !goesOn && (lexicon.Determiners.Contains(tokens[i - 1].Lower) || lexicon.Prepositions.Contains(tokens[i - 1].Lower)
                    || lexicon.SubjectNearVerb && cue.Relation != RelationType.Tagged
                       && (lexicon.Possessives.Contains(tokens[i - 1].Lower) || tokens[i - 1].Lower == "her" || mentions.Any(m => m.End == i && m.Mark == "'s")))
                    && cue.Relation != RelationType.Signed) continue;
                // "gefolgt von", "followed by" without a passive auxiliary is about time, not about following someone.
                // "an account followed by Obama" is about following.
                if (cue.Relation == RelationType.Follows && !cue.Noun && matched[^1] + 1 < tokens.Count && lexicon.Agents.Contains(tokens[matched[^1] + 1].Lower)
                    && !tokens.Take(i).Any(t => lexicon.PassiveAuxiliaries.Contains(t.Lower)) && !(i > 0 && lexicon.Platforms.Contains(tokens[i - 1].Lower))) continue;
                foreach (var j in matched) used[j] = true;
                hits.Add(new Hit(cue, matched));
            }
        }
        hits.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        return hits;
    }

    /// <summary>
    /// "took to Twitter to respond to Collins", "nutzte X, um auf Hahn zu reagieren": the infinitive at <paramref name="to"/> is what
    /// was done on the platform a turning verb just named ("took to Twitter, asking Ellis to respond" is a request).
    /// </summary>
    private static bool TurnedToPlatform(IReadOnlyList<Token> tokens, int to, CueLexicon lexicon)
    {
        var platform = Enumerable.Range(Math.Max(0, to - 6), to - Math.Max(0, to - 6)).LastOrDefault(j => !tokens[j].Quoted && (lexicon.IsPlatformWord(tokens[j].Lower) || tokens[j].Lower == "media"), -1);
        if (platform < 1 || !Enumerable.Range(Math.Max(0, platform - 4), platform - Math.Max(0, platform - 4)).Any(j => lexicon.PlatformTurns.Contains(tokens[j].Lower))) return false;
        // Right after the platform in English; in German after "um" and its objects.
        var between = Enumerable.Range(platform + 1, to - platform - 1).ToList();
        return lexicon.SubjectNearVerb ? between.Count == 0 : between.Count > 0 && between.Count(j => !tokens[j].IsWord) <= 1 && between.Any(j => tokens[j].Lower == "um");
    }

    /// <summary>
    /// "meldete sich auf X zu Wort, um Hahn zu antworten": a German purpose clause ("um … zu") after a post or a platform says what the post was.
    /// </summary>
    private static bool PurposeOfPost(IReadOnlyList<Token> tokens, int to, CueLexicon lexicon)
    {
        if (lexicon.SubjectNearVerb) return false;
        var um = Enumerable.Range(Math.Max(0, to - 6), to - Math.Max(0, to - 6)).LastOrDefault(j => tokens[j].Lower == "um" && j > 0 && tokens[j - 1].Text == ",", -1);
        return um > 0 && Enumerable.Range(um + 1, to - um - 1).All(j => tokens[j].IsWord)
            && Enumerable.Range(0, um).Any(j => !tokens[j].Quoted && (lexicon.IsPlatformWord(tokens[j].Lower) || lexicon.PostingVerbs.Contains(tokens[j].Lower)));
    }

    /// <summary>
    /// "teilte einen Screenshot von seinem Tweet: „…“", "shared the post and wrote: …": a repost its sharer comments on in
    /// the same sentence (a quotation after a colon, or a saying verb joined by "and") quotes the post.
    /// </summary>
    private static bool Commented(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var j = hit.Last + 1; j < tokens.Count - 1; j++)
        {
            if (tokens[j].Quoted || tokens[j].Text is ";" || RelativeClauseAt(s, j) || s.Hits.Any(h => h.Anchor == j)) return false;
            if (tokens[j].Text == ":" && tokens.Skip(j + 1).Take(2).Any(t => t.Quoted)) return true;
            if (lexicon.Conjunctions.Contains(tokens[j].Lower) && tokens.Skip(j + 1).Take(3).Any(t => lexicon.SayingVerbs.Contains(t.Lower) || lexicon.PostingVerbs.Contains(t.Lower))) return true;
            // "shared Collins's post, adding: …": a saying gerund after the comma is the comment.
            if (tokens[j].Text == "," && lexicon.SubjectNearVerb && lexicon.SayingVerbs.Contains(tokens[j + 1].Lower) && tokens[j + 1].Lower.EndsWith("ing", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
