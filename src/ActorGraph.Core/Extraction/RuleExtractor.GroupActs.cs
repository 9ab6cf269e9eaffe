using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Follows and likes by a group the text names only in the next sentence: "Several MPs liked Baker's post. Among them were
/// Collins and Ellis."; "Einige Journalisten folgen Hahn auf X. Darunter ist Berger." A follow or like whose subject a
/// quantifier opens and no actor names ("some of his critics", "mehrere Abgeordnete") acts on its target; the next sentence
/// that names the group's members by an inclusion pointing back to it ("among them", "they include", "darunter", "unter
/// ihnen") names who did it.
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// Notes the group's act when the cue's subject is a group: a quantifier (not "one") within the first three words of the
    /// subject (after the clause's start or its last comma before the cue), no actor before the cue but owners and marked ones
    /// ("some of the critics of Baker's role in his firm"), and one target.
    /// </summary>
    private void NoteGroupAct(Parsed s, int k, Hit hit, Clause clause, List<Mention> subjects, bool passive, Discourse discourse, List<int> sentenceSources)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Relation is not (RelationType.Follows or RelationType.Liked) || hit.Cue.Noun || passive || subjects.Count > 0
            || clause.Before.Any(m => !m.Marked && !m.Owns)) return;
        var opens = Enumerable.Range(clause.Start + 1, Math.Max(0, hit.Anchor - clause.Start - 1)).LastOrDefault(j => tokens[j].Text == ",", clause.Start);
        if (!Enumerable.Range(opens + 1, Math.Max(0, Math.Min(hit.Anchor, opens + 4) - opens - 1))
                .Any(j => !tokens[j].Quoted && GroupQuantifier(tokens[j].Lower, lexicon) && !s.Mentions.Any(m => m.Start < j && m.End > opens))) return;
        // German puts the objects of a verb-final clause before the verb ("haben den Post von Hahn gelikt"): whose post, or who is addressed in the dative.
        var objects = Objects(s, hit, clause, subjects, passive);
        if (objects.Count == 0 && !lexicon.SubjectNearVerb)
            objects = clause.Before.Where(m => !IsDocument(m) && m.Mark is { } mark && (lexicon.PostAuthors.Contains(mark) || lexicon.GenitiveArticles.Contains(mark)
                || lexicon.ObjectArticles.Contains(mark) || OwnsAccountBefore(s, m)) && !NoTarget(s, hit, m)).ToList();
        var targets = objects.Select(o => Resolve(o, s.Mentions, discourse.Previous, -1, sentenceSources)).OfType<Resolved>()
            .Select(r => r.Actor).Distinct().ToList();
        if (targets.Count == 1) discourse.GroupAct = (hit.Cue.Relation, targets[0], discourse.Narrative);
    }

    /// <summary>
    /// The inclusion at <paramref name="frame"/> names <paramref name="first"/> as a member: right after it, or with no comma between
    /// ("Among those highlighted by the paper are …", "These include the verified accounts of …", "leader (PDP) X"); not past a comma or one who says
    /// something about it ("Darunter leidet die Debatte, sagt Berger").
    /// </summary>
    private static bool NamedByInclusion(Parsed s, int frame, Mention first)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var frameEnd = frame + 1 < tokens.Count && lexicon.GroupAnaphors.Contains(tokens[frame + 1].Lower) ? frame + 2 : frame + 1;
        return (first.Start - frameEnd <= 3 || Enumerable.Range(frameEnd, Math.Max(0, first.Start - frameEnd)).All(j => tokens[j].Text is not ("," or ";")))
            && !Reporter(s, first, frame);
    }

    /// <summary>"some", "several", "many", "einige", "mehrere", "viele": a quantifier of a group, not of one ("one", "einer").</summary>
    private static bool GroupQuantifier(string lower, CueLexicon lexicon) =>
        (lexicon.Partitives.Contains(lower) || lexicon.Quantifiers.Contains(lower)) && !lexicon.Singles.Contains(lower) && !lexicon.Indefinites.Contains(lower);

    /// <summary>The members the sentence right after a group's act names ("Among them were Collins and Ellis"): each did the act.</summary>
    private IEnumerable<ExtractedRelation> GroupMembers(Parsed s, Discourse discourse)
    {
        if (discourse.GroupAct is not var (relation, target, said) || discourse.Narrative == said) yield break;
        discourse.GroupAct = null;
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (discourse.Narrative - said > 1 || s.Hits.Any(h => h.Cue.Relation != RelationType.Signed)) yield break;
        // The inclusion points back to the group: "among them/those", "they/these include", "darunter", "unter ihnen".
        var frame = Enumerable.Range(0, tokens.Count).FirstOrDefault(j => !tokens[j].Quoted
            && (lexicon.ListFrames.Contains(tokens[j].Lower) || j + 1 < tokens.Count && lexicon.ListFrames.Contains($"{tokens[j].Lower} {tokens[j + 1].Lower}"))
            && (lexicon.GroupAnaphors.Contains(tokens[j].Lower) || j > 0 && lexicon.GroupAnaphors.Contains(tokens[j - 1].Lower)
                || j + 1 < tokens.Count && lexicon.GroupAnaphors.Contains(tokens[j + 1].Lower)), -1);
        if (frame < 0 || tokens.Where((t, j) => !t.Quoted && lexicon.NegatesAt(tokens, j)).Any()) yield break;
        // Members stand before a relative or subordinate clause that says more about them.
        var end = Enumerable.Range(frame + 1, Math.Max(0, tokens.Count - frame - 1))
            .FirstOrDefault(j => RelativeClauseAt(s, j) || tokens[j - 1].Text == "," && lexicon.Subordinators.Contains(tokens[j].Lower), tokens.Count);
        var hit = new Hit(new Cue(relation, "member of a group that acted", [], 0.75, false, false, false, false, false), [frame]);
        var acted = new Resolved(target, Inference.ImpliedTarget, "");
        // The members are one list: its first name and those joined to it ("… are Collins, Ellis and Quinn"), not who a quotation after it names.
        if (s.Mentions.FirstOrDefault(m => m.Start > frame && m.End <= end && !m.IsPronoun && !IsDocument(m) && !tokens[m.Start].Quoted
                && (m.Mark is null || lexicon.IsInclusion(m.Mark))) is not { } first) yield break;
        if (!NamedByInclusion(s, frame, first)) yield break;
        foreach (var m in WithCoordinated(first, s.Mentions, tokens, lexicon).Where(m => m.End <= end && !m.IsPronoun && !IsDocument(m) && m.Actor != target).DistinctBy(m => m.Actor))
            yield return Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), acted, Inference.ImpliedTarget,
                $"one of those the sentence before says {(relation == RelationType.Follows ? "follow" : "liked")} {actors.Actors[target].Name}");
    }
}
