using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Finds the relations between known actors that a news text states, with rules: a cue lexicon per language
/// (<see cref="CueLexicon"/>) and a few clause heuristics for who is subject and who is object.
/// </summary>
/// <remarks>
/// The work is in stages a statistical model could take over one by one: <see cref="Sentences"/> splits and tokenizes,
/// <see cref="ActorLexicon"/> finds the actors, and <see cref="Extract"/> decides the relations; a model would take the
/// same sentence and actor mentions and return the same <see cref="ExtractedRelation"/> rows.
/// <para>Per sentence: cues are matched longest first; for each cue the source is the first unmarked actor before it
/// (not genitive, not after a preposition, not an object pronoun), else the first after it (German inversion:
/// <c>Darauf antwortete Esken</c>), else the source of the previous cue (coordinated verbs share the subject); in the
/// passive the agent after <c>von</c>/<c>by</c> is the source. Targets are the other actors up to the next cue, a
/// contrast (<c>aber</c>, <c>but</c>) or <c>;</c>; REPLIED_TO, FOLLOWS and LIKED take one, TAGGED all. SIGNED takes every
/// actor of the sentence as signer of the declaration it names, or of the last one the text named.</para>
/// <para>Nothing comes from a cue under a negation or a non-event (<c>reagierte nicht</c>, <c>did not reply</c>,
/// <c>könnte antworten</c>, <c>to reply</c>), from cues inside quotation marks (what someone said, not what happened),
/// or for an actor negated or excluded in a list (<c>nicht aber China</c>, <c>except Poland</c>). Pronouns resolve to
/// the nearest earlier fitting actor of the sentence; only when the sentence has none, to the previous sentence's
/// subject (lower confidence, noted in the explanation): news text often opens a sentence with <c>Er</c>.</para>
/// </remarks>
public sealed class RuleExtractor(ActorLexicon actors)
{
    private const double PronounFromPreviousSentence = 0.75, InheritedSubject = 0.9, ImpliedTarget = 0.8, LastDocument = 0.85, Intention = 0.8;

    private sealed record Mention(int Start, int End, int Actor, (char Gender, bool Subject)? Pronoun, bool Marked, string Text)
    {
        public bool IsPronoun => Pronoun is not null;
    }

    private sealed record Hit(Cue Cue, int[] Tokens)
    {
        public int Anchor => Tokens[0];
        public int Last => Tokens[^1];
    }

    public ActorLexicon Actors => actors;

    /// <summary>The relations <paramref name="text"/> states; <paramref name="language"/> is <c>de</c>, <c>en</c> or <c>auto</c>.</summary>
    public IReadOnlyList<ExtractedRelation> Extract(string text, string language = "auto")
    {
        var lexicon = CueLexicon.For(language == "auto" ? Languages.Detect(text) : language);
        var best = new Dictionary<(string, RelationType, string), ExtractedRelation>();
        var order = new List<(string, RelationType, string)>();
        IReadOnlyList<Mention> previous = [];
        var lastDocument = -1;
        var addressedBy = new Dictionary<int, int>(); // actor → who last tagged or answered them in this text
        foreach (var sentence in Sentences.Split(text))
        {
            var mentions = FindMentions(sentence.Tokens, lexicon);
            foreach (var relation in ExtractSentence(sentence, mentions, previous, lastDocument, addressedBy, lexicon))
            {
                var key = (relation.Source, relation.Relation, relation.Target);
                if (!best.TryGetValue(key, out var known)) order.Add(key);
                if (known is null || relation.Confidence > known.Confidence) best[key] = relation;
            }
            foreach (var m in mentions) if (m.Actor >= 0 && actors.Actors[m.Actor].IsDocument) lastDocument = m.Actor;
            previous = mentions;
        }
        return order.Select(k => best[k]).ToList();
    }

    private List<Mention> FindMentions(IReadOnlyList<Token> tokens, CueLexicon lexicon)
    {
        var mentions = new List<Mention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Quoted || !tokens[i].IsWord) continue;
            var marked = i > 0 && (lexicon.Prepositions.Contains(tokens[i - 1].Lower) || lexicon.GenitiveArticles.Contains(tokens[i - 1].Lower)
                || (i > 1 && IsDeterminer(tokens[i - 1].Lower) && lexicon.Prepositions.Contains(tokens[i - 2].Lower)));
            if (actors.Match(tokens, i) is { } match)
            {
                // "Hollywoodstar Ashton Kutcher": two names of one actor side by side are one mention.
                if (mentions.Count > 0 && mentions[^1].Actor == match.Actor && mentions[^1].End == i)
                    mentions[^1] = mentions[^1] with { End = i + match.Length, Marked = mentions[^1].Marked || match.Genitive };
                else
                    mentions.Add(new Mention(i, i + match.Length, match.Actor, null, marked || match.Genitive, tokens[i].Text));
                i += match.Length - 1;
            }
            else if (lexicon.Pronouns.TryGetValue(tokens[i].Lower, out var pronoun)
                     && !(tokens[i].Text is "Sie" or "Ihnen" or "Ihr" or "Ihre" or "Ihren" && i > 0)) // polite address, not a third person
            {
                mentions.Add(new Mention(i, i + 1, -1, pronoun, marked || !pronoun.Subject, tokens[i].Text));
            }
        }
        MarkLists(mentions, tokens);
        return mentions;
    }

    /// <summary>
    /// In "an Esken, Sippel und Walter-Borjans" all three are objects like the first. A run joined only by commas is no
    /// list ("In a reply to Ward, Miller wrote"): it must end with und/and/sowie/oder/or.
    /// </summary>
    private static void MarkLists(List<Mention> mentions, IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!mentions[i].Marked || mentions[i].IsPronoun) continue;
            var last = i;
            var conjunction = false;
            while (last + 1 < mentions.Count && Glue(mentions[last], mentions[last + 1], tokens) is { } glue)
            {
                last++;
                conjunction = glue.Any(g => g is "und" or "and" or "sowie" or "oder" or "or");
                if (conjunction) break;
            }
            if (!conjunction) continue;
            for (var j = i + 1; j <= last; j++) mentions[j] = mentions[j] with { Marked = true };
            i = last;
        }
    }

    private static List<string>? Glue(Mention a, Mention b, IReadOnlyList<Token> tokens)
    {
        var glue = Enumerable.Range(a.End, b.Start - a.End).Select(j => tokens[j].Lower).ToList();
        return glue.Count > 0 && glue.All(IsListGlue) ? glue : null;
    }

    private static bool IsListGlue(string lower) => lower is "," or "und" or "and" or "sowie" or "oder" or "or" || IsDeterminer(lower);

    private static bool IsDeterminer(string lower) => lower is "der" or "die" or "das" or "den" or "dem" or "des" or "the" or "a" or "an";

    private List<Hit> FindCues(IReadOnlyList<Token> tokens, List<Mention> mentions, CueLexicon lexicon)
    {
        var used = new bool[tokens.Count];
        foreach (var m in mentions) for (var j = m.Start; j < m.End; j++) used[j] = true;
        var hits = new List<Hit>();
        foreach (var cue in lexicon.Cues)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                // Cues inside quotation marks are what someone said, not what happened; a quoted button name ("Gefällt mir") is a noun cue.
                if (used[i] || (tokens[i].Quoted && !cue.Noun) || cue.MatchAt(tokens, i) is not { } matched) continue;
                if (matched.Any(j => used[j])) continue;
                if (!cue.Noun && i > 0 && lexicon.Infinitive.Contains(tokens[i - 1].Lower)) continue; // "to reply", "zu antworten"
                // "gefolgt von", "followed by" without a passive auxiliary is about time, not about following someone.
                if (cue.Relation == RelationType.Follows && matched[^1] + 1 < tokens.Count && tokens[matched[^1] + 1].Lower == lexicon.Agent
                    && !tokens.Take(i).Any(t => lexicon.PassiveAuxiliaries.Contains(t.Lower))) continue;
                foreach (var j in matched) used[j] = true;
                hits.Add(new Hit(cue, matched));
            }
        }
        hits.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        return hits;
    }

    private IEnumerable<ExtractedRelation> ExtractSentence(Sentence sentence, List<Mention> mentions, IReadOnlyList<Mention> previous, int lastDocument,
        Dictionary<int, int> addressedBy, CueLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        var hits = FindCues(tokens, mentions, lexicon);
        var named = mentions.Where(m => !m.IsPronoun).ToList();
        List<(int Actor, string Note)>? previousSources = null;
        var sentenceSources = new List<int>();
        var results = new List<ExtractedRelation>();
        for (var k = 0; k < hits.Count; k++)
        {
            var hit = hits[k];
            var extractor = lexicon.Language;
            var notes = new List<string>();
            var confidence = hit.Cue.Confidence;
            if (Negated(tokens, hit, hits, k, mentions, lexicon, out var intention)) { previousSources = null; continue; }
            if (intention) { confidence *= Intention; notes.Add("announced (intention)"); }

            if (hit.Cue.Relation == RelationType.Signed)
            {
                results.AddRange(Signed(sentence, hit, named, lastDocument, lexicon, confidence, notes));
                continue;
            }

            var before = hits.ElementAtOrDefault(k - 1)?.Last ?? -1;
            // The cue's clause starts after the cue before it, a subordinator ("indem sie Kutcher antwortete") or a colon.
            var clauseStart = before;
            var subordinate = false;
            for (var j = before + 1; j < hit.Anchor; j++)
            {
                if (lexicon.Subordinators.Contains(tokens[j].Lower)) { clauseStart = j; subordinate = true; }
                else if (tokens[j].Text is ":" or ";") { clauseStart = j; subordinate = false; }
            }
            var end = End(tokens, hit, hits.ElementAtOrDefault(k + 1)?.Anchor ?? tokens.Count, lexicon);
            var inCue = hit.Tokens.ToHashSet();
            var b = mentions.Where(m => m.Start > clauseStart && m.End <= hit.Anchor).ToList();
            // A subordinate clause ends with its verb: nothing after the next comma belongs to it.
            if (subordinate) end = Math.Min(end, Enumerable.Range(hit.Last + 1, Math.Max(0, end - hit.Last - 1)).FirstOrDefault(j => tokens[j].Text == ",", end));
            var a = mentions.Where(m => m.Start > hit.Anchor && m.Start < end && !inCue.Contains(m.Start)).ToList();
            // A new subject for the next cue ("…, und Sippel antwortete") is not an object of this one.
            if (hits.ElementAtOrDefault(k + 1) is { } next && NewSubject(mentions, tokens, next.Anchor, hit.Last) is { } nextSubject)
                a.RemoveAll(m => m.Start >= nextSubject.Start);

            List<Mention> subjects;
            var agent = Passive(tokens, hit, clauseStart, b, a, lexicon);
            if (agent is not null)
            {
                subjects = WithCoordinated(agent, mentions, tokens);
                notes.Add($"passive: agent after '{lexicon.Agent}'");
            }
            else
            {
                // A clause of its own puts the subject first (German verb-final order); after "und" it stands right before the verb.
                var ownClause = k == 0 || subordinate || clauseStart > before;
                var subject = ownClause ? b.FirstOrDefault(m => !m.Marked) : NewSubject(mentions, tokens, hit.Anchor, before);
                subject ??= ownClause ? a.FirstOrDefault(m => !m.Marked) : null;
                subjects = subject is null ? [] : WithCoordinated(subject, mentions, tokens);
            }

            var sources = new List<(int Actor, string Note)>();
            foreach (var s in subjects) if (Resolve(s, mentions, previous, -1) is { } r) sources.Add(r);
            if (sources.Count == 0 && agent is null && k > 0 && previousSources is not null)
            {
                sources = previousSources;
                confidence *= InheritedSubject;
                notes.Add($"subject shared with '{tokens[hits[k - 1].Anchor].Text}'");
            }
            if (sources.Count == 0) { previousSources = null; continue; }

            var lastComma = Enumerable.Range(clauseStart + 1, Math.Max(0, hit.Anchor - clauseStart - 1)).LastOrDefault(j => tokens[j].Text == ",", -1);
            // Objects before the verb: after the subject in verb-final clauses, or marked ones before an inverted subject ("Auf Bergers Tweet antwortete Hahn").
            var inverted = subjects.Count > 0 && subjects[0].Start > hit.Anchor;
            var objects = b.Where(m => subjects.Count > 0 && (inverted ? m.Marked : m.Start > subjects[^1].Start && m.Start > lastComma) && !subjects.Contains(m)).Concat(a.Where(m => !subjects.Contains(m)))
                .Where(m => m.Actor < 0 || !actors.Actors[m.Actor].IsDocument)
                .Where(m => !MentionNegated(tokens, m, lexicon)).ToList();
            if (agent is not null) objects = b.Concat(a).Where(m => !subjects.Contains(m) && (m.Actor < 0 || !actors.Actors[m.Actor].IsDocument)).ToList();
            if (hit.Cue.Relation != RelationType.Tagged)
            {
                var first = objects.FirstOrDefault(m => m.Start > hit.Anchor) ?? objects.LastOrDefault();
                objects = first is null ? [] : [first];
            }

            var targets = new List<int>();
            foreach (var (source, sourceNote) in sources)
            {
                var any = false;
                foreach (var o in objects)
                {
                    if (Resolve(o, mentions, previous, source, sentenceSources) is not { } target || target.Actor == source) continue;
                    any = true;
                    targets.Add(target.Actor);
                    results.Add(Row(source, hit, target.Actor, sentence, confidence * (target.Note.Length > 0 && target.Note.Contains("previous") ? PronounFromPreviousSentence : 1)
                        * (sourceNote.Contains("previous") ? PronounFromPreviousSentence : 1), Join(notes, sourceNote, target.Note), extractor));
                }
                // "Kutcher markierte Esken. Esken reagierte prompt": whom she answered is the one who last tagged or answered her.
                if (!any && hit.Cue.Relation is RelationType.RepliedTo or RelationType.Liked && addressedBy.TryGetValue(source, out var asker))
                {
                    targets.Add(asker);
                    results.Add(Row(source, hit, asker, sentence, confidence * ImpliedTarget,
                        Join(notes, sourceNote, $"target implied: {actors.Actors[asker].Name} addressed {actors.Actors[source].Name} before"), extractor));
                }
            }
            previousSources = sources;
            sentenceSources.AddRange(sources.Select(x => x.Actor));
            if (hit.Cue.Relation is RelationType.Tagged or RelationType.RepliedTo)
                foreach (var (source, _) in sources) foreach (var target in targets) addressedBy[target] = source;
        }
        return results;
    }

    private ExtractedRelation Row(int source, Hit hit, int target, Sentence sentence, double confidence, string notes, string language) =>
        new(actors.Actors[source].Id, hit.Cue.Relation, actors.Actors[target].Id, sentence.Text, Math.Round(confidence, 3),
            hit.Cue.Pattern, $"cue '{string.Join(" … ", hit.Tokens.Select(t => sentence.Tokens[t].Text))}' ({language}: {hit.Cue.Pattern}){(notes.Length > 0 ? "; " + notes : "")}");

    private static string Join(List<string> notes, params string[] more) => string.Join("; ", notes.Concat(more).Where(n => n.Length > 0));

    private IEnumerable<ExtractedRelation> Signed(Sentence sentence, Hit hit, List<Mention> named, int lastDocument, CueLexicon lexicon, double confidence, List<string> notes)
    {
        var tokens = sentence.Tokens;
        var document = named.FirstOrDefault(m => actors.Actors[m.Actor].IsDocument)?.Actor ?? -1;
        if (document < 0)
        {
            if (hit.Cue.NeedsDocument) yield break;
            document = lastDocument >= 0 ? lastDocument : actors.Actors.Count(a => a.IsDocument) == 1 ? actors.Actors.ToList().FindIndex(a => a.IsDocument) : -1;
            if (document < 0) yield break;
            confidence *= LastDocument;
            notes.Add($"declaration from context: {actors.Actors[document].Name}");
        }
        var seen = new HashSet<int>();
        foreach (var m in named)
        {
            var actor = actors.Actors[m.Actor];
            if (actor.IsDocument || MentionNegated(tokens, m, lexicon) || !seen.Add(m.Actor)) continue;
            if (hit.Cue.StatesOnly && actor.Kind is not (ActorKinds.State or ActorKinds.Organisation or ActorKinds.Party)) continue;
            yield return Row(m.Actor, hit, document, sentence, confidence, Join(notes), lexicon.Language);
        }
    }

    /// <summary>Targets end at the next cue, a contrast ("aber", "but"), a semicolon or a subordinate clause after a comma.</summary>
    private static int End(IReadOnlyList<Token> tokens, Hit hit, int nextAnchor, CueLexicon lexicon)
    {
        for (var j = hit.Anchor + 1; j < nextAnchor; j++)
        {
            if (j <= hit.Last) continue;
            var lower = tokens[j].Lower;
            if (lower == ";" || lexicon.Contrasts.Contains(lower) || (tokens[j - 1].Text == "," && lexicon.Subordinators.Contains(lower))) return j;
        }
        return nextAnchor;
    }

    /// <summary>An unmarked actor standing right before a later cue (at most three words between, no punctuation): that cue's own subject.</summary>
    private static Mention? NewSubject(List<Mention> mentions, IReadOnlyList<Token> tokens, int anchor, int after)
    {
        var candidate = mentions.LastOrDefault(m => m.Start > after && m.End <= anchor);
        if (candidate is null || candidate.Marked || anchor - candidate.End > 3) return null;
        for (var j = candidate.End; j < anchor; j++) if (!tokens[j].IsWord) return null;
        return candidate;
    }

    private static List<Mention> WithCoordinated(Mention first, List<Mention> mentions, IReadOnlyList<Token> tokens)
    {
        var list = new List<Mention> { first };
        var index = mentions.IndexOf(first);
        for (var i = index + 1; i < mentions.Count; i++)
        {
            var glue = Enumerable.Range(list[^1].End, mentions[i].Start - list[^1].End).Select(j => tokens[j].Lower).ToList();
            if (glue.Count == 0 || !glue.All(IsListGlue) || !glue.Any(g => g is "," or "und" or "and" or "sowie" or "oder" or "or")) break;
            list.Add(mentions[i]);
        }
        return list;
    }

    private static Mention? Passive(IReadOnlyList<Token> tokens, Hit hit, int clauseStart, List<Mention> before, List<Mention> after, CueLexicon lexicon)
    {
        var auxiliary = false;
        for (var j = clauseStart + 1; j <= Math.Min(hit.Last + 2, tokens.Count - 1); j++) auxiliary |= lexicon.PassiveAuxiliaries.Contains(tokens[j].Lower);
        if (!auxiliary) return null;
        return before.Concat(after).FirstOrDefault(m => !m.IsPronoun && m.Start > 0
            && (tokens[m.Start - 1].Lower == lexicon.Agent || (m.Start > 1 && IsDeterminer(tokens[m.Start - 1].Lower) && tokens[m.Start - 2].Lower == lexicon.Agent)));
    }

    /// <summary>
    /// A negation or non-event word in the cue's clause: from the last comma (or the cue before) up to the anchor, inside
    /// the cue, and up to two words after it. Intentions ("wollen") only lower the confidence.
    /// </summary>
    private static bool Negated(IReadOnlyList<Token> tokens, Hit hit, List<Hit> hits, int k, List<Mention> mentions, CueLexicon lexicon, out bool intention)
    {
        intention = false;
        var start = hits.ElementAtOrDefault(k - 1)?.Last ?? -1;
        for (var j = hit.Anchor - 1; j > start; j--) if (tokens[j].Text is "," or ";" or ":") { start = j; break; }
        var stop = hit.Last + 2;
        for (var j = hit.Last + 1; j <= Math.Min(stop, tokens.Count - 1); j++) if (!tokens[j].IsWord) { stop = j - 1; break; }
        for (var j = start + 1; j <= Math.Min(stop, tokens.Count - 1); j++)
        {
            var lower = tokens[j].Lower;
            if (lexicon.IsNegation(lower) || lexicon.NonEvents.Contains(lower)) return true;
            intention |= lexicon.Intentions.Contains(lower);
        }
        return false;
    }

    /// <summary>"nicht aber China", "except Poland", "Polen hingegen nicht", "Österreich will später": this actor is left out.</summary>
    private static bool MentionNegated(IReadOnlyList<Token> tokens, Mention m, CueLexicon lexicon)
    {
        for (var j = m.Start - 1; j >= Math.Max(0, m.Start - 2); j--)
        {
            if (!tokens[j].IsWord) break;
            if (lexicon.IsNegation(tokens[j].Lower) || lexicon.Exclusions.Contains(tokens[j].Lower)) return true;
        }
        // "Polen hingegen nicht", "Österreich will erst im Herbst entscheiden": not (yet) part of it.
        for (var j = m.End; j < Math.Min(tokens.Count, m.End + 3); j++)
        {
            if (!tokens[j].IsWord) break;
            var lower = tokens[j].Lower;
            if (lexicon.IsNegation(lower) || lexicon.NonEvents.Contains(lower) || lexicon.Intentions.Contains(lower)) return true;
        }
        return false;
    }

    /// <summary>The actor a mention stands for; a pronoun takes the nearest earlier fitting actor of its sentence, else the previous sentence's subject.</summary>
    private (int Actor, string Note)? Resolve(Mention mention, List<Mention> sentence, IReadOnlyList<Mention> previous, int exclude, IEnumerable<int>? salient = null)
    {
        if (!mention.IsPronoun) return (mention.Actor, "");
        var gender = mention.Pronoun!.Value.Gender;
        bool Fits(Mention m) => !m.IsPronoun && m.Actor != exclude && Compatible(actors.Actors[m.Actor], gender);
        // The subject of an earlier clause is the likelier antecedent ("Hahn markierte Krüger, woraufhin Vogt ihm antwortete").
        var salientSet = salient?.ToHashSet() ?? [];
        var near = sentence.LastOrDefault(m => m.End <= mention.Start && salientSet.Contains(m.Actor) && Fits(m))
                   ?? sentence.LastOrDefault(m => m.End <= mention.Start && Fits(m));
        if (near is not null) return (near.Actor, "");
        var earlier = previous.FirstOrDefault(m => !m.Marked && Fits(m)) ?? previous.LastOrDefault(Fits);
        return earlier is null ? null : (earlier.Actor, $"pronoun {mention.Text} = {actors.Actors[earlier.Actor].Name} from the previous sentence");
    }

    private static bool Compatible(KnownActor actor, char gender) => !actor.IsDocument && gender switch
    {
        'm' => actor.Gender != "f" && actor.Kind is ActorKinds.Person or ActorKinds.Unknown,
        'f' => actor.Gender != "m" && actor.Kind is ActorKinds.Person or ActorKinds.Unknown,
        'p' => actor.Gender != "m",
        _ => true,
    };
}
