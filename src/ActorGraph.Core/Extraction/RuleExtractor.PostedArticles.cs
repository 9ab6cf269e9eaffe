using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// A news article someone posted or shared: "Baker shared a Courier story", "posted the Courier's report", "tweeted an article
/// from the Courier", "Sharing a Courier story headlined …, Collins wrote", "teilte einen Artikel des Morgenblatts". The post shows the
/// outlet's name with its link, so it names the outlet (TAGGED, the convention's "linked article of an outlet"). Not an
/// article about an outlet ("a story about the Courier"), nor one written for it or read out (no posting verb).
/// </summary>
public sealed partial class RuleExtractor
{
    private static readonly Cue ArticleCue = new(RelationType.Tagged, "an outlet's article posted", [], 0.7, false, false, false, false, false);

    private IEnumerable<ExtractedRelation> ArticlesPosted(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var verb = 0; verb < tokens.Count; verb++)
        {
            if (tokens[verb].Quoted || !lexicon.ArticleVerbs.Contains(tokens[verb].Lower) || OutletOfArticleAfter(s, verb) is not { } outlet) continue;
            var hit = new Hit(ArticleCue, [verb]);
            var parsed = s with { Hits = [.. s.Hits.Where(h => h.Last < verb), hit] };
            if (Negated(parsed, parsed.Hits.Count - 1, out var intention) || intention || InRelativeVerb(tokens, verb, lexicon)) continue;
            var outside = s.Mentions.Where(m => !InRelativeClause(tokens, m.Start, lexicon)).ToList();
            if ((AttributingSubject(s.Sentence, outside, verb, lexicon) ?? SubjectAfterOpeningGerund(s, verb, outside)) is not { } subject
                || lexicon.SubjectNearVerb && subject.Start > verb && subject.Start < outlet.Start
                || Resolve(subject, s.Mentions, discourse.Previous, -1) is not { } source
                || Resolve(outlet, s.Mentions, discourse.Previous, source.Actor) is not { } target || target.Actor == source.Actor) continue;
            yield return Row(s, hit, source, target, source.How | target.How, source.Note, target.Note, $"the outlet of an article {actors.Actors[source.Actor].Name} posted");
        }
    }

    /// <summary>
    /// The outlet of the article noun a few words after the verb, in its clause: named right before the noun ("a Courier story",
    /// "the Courier's report") or right after it as its source ("from the Courier", "des Morgenblatts", "of the Courier"); null when none.
    /// </summary>
    private Mention? OutletOfArticleAfter(Parsed s, int verb)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        bool Outlet(Mention m) => !m.IsPronoun && m.Actor >= 0 && actors.Actors[m.Actor].Kind == ActorKinds.Media;
        for (var noun = verb + 1; noun < tokens.Count && noun <= verb + 7 && tokens[noun].IsWord && !tokens[noun].Quoted; noun++)
        {
            if (!lexicon.ArticleNouns.Contains(tokens[noun].Lower)) continue;
            if (s.Mentions.FirstOrDefault(m => m.End == noun && m.Start > verb && Outlet(m)) is { } before) return before;
            if (s.Mentions.FirstOrDefault(m => m.Start > noun && m.Start <= noun + 3 && Outlet(m)
                    && (m.Mark is { } mark && lexicon.ArticleSources.Contains(mark) || m.Mark is null && lexicon.Determiners.Contains(tokens[m.Start - 1].Lower))) is { } after)
                return after;
        }
        return null;
    }

    /// <summary>"Sharing a Courier story headlined …, Collins wrote:": an English gerund that opens the sentence shares the subject after its first comma.</summary>
    private static Mention? SubjectAfterOpeningGerund(Parsed s, int verb, List<Mention> outside)
    {
        var tokens = s.Tokens;
        if (!s.Lexicon.SubjectNearVerb || !tokens[verb].Lower.EndsWith("ing", StringComparison.Ordinal) || tokens.Take(verb).Any(t => t.IsWord)) return null;
        var comma = Enumerable.Range(verb + 1, Math.Max(0, tokens.Count - verb - 1)).FirstOrDefault(j => tokens[j].Text == "," && !tokens[j].Quoted, -1);
        return comma < 0 ? null : outside.FirstOrDefault(m => m.Start == comma + 1 && !m.Marked);
    }
}
