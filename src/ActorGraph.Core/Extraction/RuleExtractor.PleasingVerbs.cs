using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// "Ihm gefallen bei Facebook die AfD Leipzig und die Seite „Fulda sagt NEIN“": a German verb of pleasing names the one pleased
/// in the dative and what pleased them in the nominative. With the platform named in the sentence, that is a page liked there;
/// without one it is an opinion.
/// </summary>
public sealed partial class RuleExtractor
{
    private static readonly Cue Pleasing = new(RelationType.Liked, "what pleases someone on a platform", [], 0.75, false, false, false, false, false);

    private IEnumerable<ExtractedRelation> LikesByPleasing(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (lexicon.PleasingVerbs.Count == 0 || !NamesPlatformWord(s.Sentence, lexicon) && !lexicon.NamesPlatform(s.Sentence) || tokens.Any(t => t.Text == "?")) yield break;
        for (var verb = 0; verb < tokens.Count; verb++)
        {
            if (!lexicon.PleasingVerbs.Contains(tokens[verb].Lower) || tokens[verb].Quoted || s.Hits.Any(h => h.Tokens.Contains(verb))) continue;
            // The one pleased: a dative pronoun right before or after the verb.
            var pleased = s.Mentions.FirstOrDefault(m => m.IsPronoun && (m.End == verb || m.Start == verb + 1) && lexicon.DativePronouns.Contains(tokens[m.Start].Lower));
            if (pleased is null || Resolve(pleased, s.Mentions, discourse.Previous, -1) is not { } liker) continue;
            // The clause: from the punctuation before the verb to the first after it that goes on with no list ("…, eine Recherche ergab").
            var start = Enumerable.Range(0, verb).LastOrDefault(j => tokens[j].Text is "," or ";" or ":", -1) + 1;
            var end = Enumerable.Range(verb + 1, tokens.Count - verb - 1).FirstOrDefault(j => tokens[j].Text is ";" or ":" || IsDash(tokens[j].Text)
                || tokens[j].Text == "," && !s.Mentions.Any(m => m.Start == j + 1 && !m.IsPronoun), tokens.Count);
            if (Enumerable.Range(start, end - start).Any(j => !tokens[j].Quoted && lexicon.NegatesAt(tokens, j))) continue;
            var hit = new Hit(Pleasing, [verb]);
            // What pleased: the actors of the clause in the nominative, or the owner of a page ("die Seite der Grünen", not "die Politik der Grünen").
            foreach (var m in s.Mentions.Where(m => m.Start >= start && m.End <= end && m != pleased && !m.IsPronoun && !IsDocument(m)
                         && (m.Mark is null || m.Mark == "genitive" && m.End < tokens.Count && lexicon.IsAccount(tokens[m.End].Lower)
                             || lexicon.GenitiveArticles.Contains(m.Mark) && m.Start > 1 && lexicon.IsAccount(tokens[m.Start - 2].Lower))).DistinctBy(m => m.Actor))
                if (m.Actor != liker.Actor && !lexicon.Platforms.Contains(actors.Actors[m.Actor].Name.ToLowerInvariant()))
                    yield return Row(s, hit, liker, new Resolved(m.Actor, Inference.None, "", m), liker.How, liker.Note, $"pleases {actors.Actors[liker.Actor].Name} on a platform");
        }
    }
}
