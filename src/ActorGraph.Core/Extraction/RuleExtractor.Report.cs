using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>One actor mention as the extractor read it: its words, where they stand in the text, whom they mean and why.</summary>
/// <param name="Start">Offset in the text that was read.</param>
/// <param name="Actor">The actor id, or null for a pronoun or role with no antecedent.</param>
/// <param name="Mark">What makes it no subject (a preposition, an article, <c>'s</c>), or null.</param>
/// <param name="Via">How a pronoun or role noun was resolved; empty for a name, alias or handle.</param>
public sealed record MentionReport(string Text, int Start, int Length, string? Actor, string? Mark, string Via);

/// <summary>A sentence as the extractor split it, with its actor mentions and the cues (relation: words) found in it.</summary>
public sealed record SentenceReport(int Index, int Start, string Text, IReadOnlyList<MentionReport> Mentions, IReadOnlyList<string> Cues);

/// <summary>What <c>extract --mentions</c> shows: who is meant where, before any relation is decided.</summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// Each sentence of <paramref name="text"/> with the actors it mentions (resolved as the relation rules resolve them) and
    /// its cues: why a relation a reader sees was missed — no cue, or an actor not found or not resolved.
    /// </summary>
    public IReadOnlyList<SentenceReport> Mentions(string text, string language = "auto")
    {
        var lexicon = CueLexicon.For(language == "auto" ? Languages.Detect(text) : language);
        var report = new List<SentenceReport>();
        foreach (var (parsed, previous) in Read(text, lexicon))
        {
            var (s, mentions) = (parsed.Sentence, parsed.Mentions);
            var found = mentions.Select(m =>
            {
                var (start, end) = (s.Tokens[m.Start].Start, s.Tokens[m.End - 1].End);
                var resolved = Resolve(m, mentions, previous, -1);
                return new MentionReport(s.Text[start..end], s.Start + start, end - start, resolved is { } r ? actors.Actors[r.Actor].Id : null, m.Mark,
                    m.IsPronoun ? resolved?.Note is { Length: > 0 } note ? note : resolved is null ? "unresolved" : "pronoun, same sentence" : m.Via ?? "");
            }).ToList();
            // Names inside quotation marks are no participants of the sentence, but a quoted post's author tags them.
            for (var i = 0; i < s.Tokens.Count; i++)
                if (s.Tokens[i].Quoted && s.Tokens[i].IsWord && actors.Match(s.Tokens, i) is { } quoted && !actors.Actors[quoted.Actor].IsDocument)
                {
                    var (start, end) = (s.Tokens[i].Start, s.Tokens[i + quoted.Length - 1].End);
                    found.Add(new MentionReport(s.Text[start..end], s.Start + start, end - start, actors.Actors[quoted.Actor].Id, null, "quoted"));
                    i += quoted.Length - 1;
                }
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            var cues = parsed.Hits.Select(h => $"{h.Cue.Relation.ToName()}: {string.Join(" … ", h.Tokens.Select(t => s.Tokens[t].Text))}").ToList();
            report.Add(new SentenceReport(s.Index, s.Start, s.Text, found, cues));
        }
        return report;
    }
}
