using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Who signed which document: signers around a signing cue (<see cref="Signed"/>), signers listed without a verb
/// (<see cref="ListedSigners"/>, shapes in <see cref="SignerLists"/>), and which document a text means.
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// Every named actor in the cue's stretch of the sentence (from the cue before to the cue after) signed the declaration
    /// the sentence names, or the one the text named last: subjects, the agent ("signed by"), and list members after
    /// "darunter", "including", "mit"; not objects of other prepositions ("a letter to Obama"), owners ("Denmark's
    /// departure"), or those after a negation ("not signing including Reid").
    /// </summary>
    private IEnumerable<ExtractedRelation> Signed(Parsed s, int k, Discourse discourse, Resolved basis)
    {
        var lastDocument = ContextDocument(discourse);
        var hit = s.Hits[k];
        var lexicon = s.Lexicon;
        var from = s.Hits.ElementAtOrDefault(k - 1)?.Last ?? -1;
        var to = s.Hits.ElementAtOrDefault(k + 1)?.Anchor ?? s.Tokens.Count;
        // "Signatories include A, the two MPs B and C who run for …, eight MPs including D, …": the rest of the sentence lists them.
        var listing = ListsSigners(s, hit);
        var labelled = listing && hit.Anchor <= 1 && s.Tokens[hit.Last + 1].Text == ":";
        var asides = new List<(int Start, int End)>();
        // A relative clause after the document ("the letter, which urges May") is about the document, not its signers.
        for (var j = hit.Last + 1; j < to; j++)
        {
            if (!(RelativeClauseAt(s, j) || (s.Tokens[j - 1].Text == "," && lexicon.Subordinators.Contains(s.Tokens[j].Lower)))) continue;
            // "The signatories, who include A and B": the clause names them. "signed by A, who chairs the committee, B and C": the list goes on after it.
            if (RelativeClauseAt(s, j) && (j + 1 < s.Tokens.Count && lexicon.Inclusions.Contains(s.Tokens[j + 1].Lower) || ListGoesOnAfter(s, j) is var resume && resume > j && (j = resume) > 0)) continue;
            // In such a list a relative clause describes the names before it and ends at its comma.
            if (listing && RelativeClauseAt(s, j) && Enumerable.Range(j + 1, Math.Max(0, to - j - 1)).FirstOrDefault(c => s.Tokens[c].Text == ",", -1) is var close and > 0)
            {
                asides.Add((j, close));
                j = close;
                continue;
            }
            to = j;
            break;
        }
        // "A signed the letter; B refused to": a clause after a semicolon has its own subject ("signed by A, MP for Leeds; B, MP for York" goes on).
        for (var j = hit.Last + 1; j < to; j++)
            if (s.Tokens[j].Text == ";" && OwnClause(s, j + 1, to)) { to = j; break; }
        for (var j = hit.Anchor - 1; j > from; j--)
            if (s.Tokens[j].Text == ";" && OwnClause(s, from + 1, j)) { from = j; break; }
        // "Greenpeace announced that twelve MPs had signed the letter", "Der DGB teilte mit, dass …": who reports the signing did not sign.
        // Not in a relative clause: "Collins, who said that the plan was wrong, signed the letter".
        if (Enumerable.Range(from + 1, Math.Max(0, hit.Anchor - from - 1)).LastOrDefault(j => lexicon.Complementizers.Contains(s.Tokens[j].Lower), -1) is var reported and > 0
            && !Enumerable.Range(from + 2, Math.Max(0, reported - from - 2)).Any(j => lexicon.Relatives.Contains(s.Tokens[j].Lower) && s.Tokens[j - 1].Text == ","))
            from = reported;
        var named = s.Mentions.Where(m => !m.IsPronoun).ToList();
        var documentMention = named.Where(IsDocument).OrderBy(m => Math.Abs(m.Start - hit.Anchor)).FirstOrDefault();
        // "Baker refused to sign the letter, which Collins and Ellis signed": a cue inside a relative clause on the document has its signers there.
        var onDocument = -1;
        // Past an adjective cue that stands by no document ("den Krüger gemeinsam mit Wolf verfasst hat").
        var floor = s.Hits.Take(k).LastOrDefault(h => !(h.Cue.Noun && h.Cue.NeedsDocument))?.Last ?? -1;
        for (var j = hit.Anchor - 1; j > floor + 1; j--)
            if (lexicon.Relatives.Contains(s.Tokens[j].Lower) && named.Any(m => IsDocument(m) && (m.End == j || (m.End == j - 1 && s.Tokens[j - 1].Text == ","))))
            {
                from = onDocument = j;
                break;
            }
        // "signed a letter urging Baker to act", "a letter calling on Baker": a participle after the document opens what the letter says (in a list it describes the names).
        if (lexicon.SubjectNearVerb && !listing)
            for (var j = Math.Max(hit.Last, documentMention?.End - 1 ?? hit.Last) + 1; j < to; j++)
                if (s.Tokens[j].IsWord && char.IsLower(s.Tokens[j].Text[0]) && s.Tokens[j].Lower.Length > 5 && s.Tokens[j].Lower.EndsWith("ing", StringComparison.Ordinal)
                    && !lexicon.Inclusions.Contains(s.Tokens[j].Lower) && !lexicon.Determiners.Contains(s.Tokens[j - 1].Lower) // "the following MPs" is no participle
                    && !s.Hits.Any(h => h.Tokens.Contains(j)) && !s.Mentions.Any(m => m.Start <= j && j < m.End))
                {
                    to = j;
                    break;
                }
        // "gemeinsame Erklärung", "supporters of the bill": a noun or adjective that needs a document stands by it ("den gemeinsamen Kanzlerkandidaten" is none).
        // "On the initiative of Köster, 59 MEPs co-signed a letter": a noun that names its author may stand apart when the sentence signs the document.
        if (hit.Cue.Noun && hit.Cue.NeedsDocument && (documentMention is null || (documentMention.End <= hit.Anchor ? hit.Anchor - documentMention.End : documentMention.Start - hit.Last - 1) > 3)
            && !(hit.Cue.Authors && documentMention is not null && Enumerable.Range(0, s.Hits.Count).Any(o => o != k && s.Hits[o].Cue.Relation == RelationType.Signed && !s.Hits[o].Cue.Noun && !Negated(s, o, out _))))
            yield break;
        // "urged Baker to sign the letter": a verb of saying signs only the document it speaks in ("in a letter", "in ihrem Brief").
        if (hit.Cue.Scene && (documentMention is null || !Framed(s, documentMention))) yield break;
        // "a tweet sent by Ducklo", "the order signed by the president": a participle with its agent signs the noun right before it.
        // "Twenty senators, led by Collins and Baker, sent the letter": an apposition that leads or joins the ones who signed.
        if (ReducedPassive(s, hit) && !(documentMention is not null && documentMention.End <= hit.Anchor && documentMention.End >= hit.Anchor - 2)
            && !(hit.Cue.Companions && s.Tokens[hit.Anchor - 1].Text == ",")) yield break;
        // "supported the letter": only a letter (not a bill) right after the verb.
        if (hit.Cue.LetterObject && !(documentMention is not null && documentMention.Start > hit.Last && documentMention.Start - hit.Last <= 3
                && Enumerable.Range(documentMention.Start, documentMention.End - documentMention.Start).Any(j => lexicon.DocumentNouns.Contains(s.Tokens[j].Lower)))) yield break;
        var document = documentMention?.Actor ?? -1;
        var how = basis.How;
        var note = basis.Note;
        if (document < 0)
        {
            // "the executive orders Biden has signed", "signed another letter": something else that is signed stands by the verb.
            if (hit.Cue.NeedsDocument || Enumerable.Range(Math.Max(0, hit.Anchor - 5), Math.Min(s.Tokens.Count, hit.Last + 5) - Math.Max(0, hit.Anchor - 5))
                    .Any(j => lexicon.SignableNouns.Contains(s.Tokens[j].Lower) || OtherDocumentAt(s, j))) yield break;
            document = lastDocument;
            if (document < 0) yield break;
            how |= Inference.DocumentFromContext;
            note = Join(note, $"declaration from context: {actors.Actors[document].Name}");
        }
        // A vague verb ("sent a letter", "erklärten in einem Kommuniqué") makes only its subjects signers; "signed" everyone listed.
        // "Joining Collins on the letter were Baker and Ellis": an opening participle names no subject before it, all named sign.
        var vague = hit.Cue.NeedsDocument && !hit.Cue.Noun && !(hit.Anchor == 0 && lexicon.SubjectNearVerb && s.Tokens[0].Lower.EndsWith("ing", StringComparison.Ordinal));
        var clause = ClauseOf(s, k);
        var (subjects, joinedBy) = vague ? Subjects(s, k, clause) : ([], false);
        // "Der Landesverband schickt keinen Vertreter, hat aber einen Antwortbrief gesendet": a verb without a subject of its own shares the one before.
        var inherited = vague && subjects.Count == 0 && k > 0 && !clause.Before.Any(m => !m.Marked) && !PassiveSigning(s, hit, documentMention)
            ? Subjects(s, k - 1, ClauseOf(s, k - 1)).Subjects.Where(m => !m.IsPronoun && !IsDocument(m)).ToList() : [];
        subjects.AddRange(inherited);
        // "Greenpeace published the letter on behalf of A, B and C", "im Namen von A und B veröffentlicht": those it acts for signed, a publisher that is no person did not.
        var principals = vague ? named.Where(m => m.Start > from && m.Start < to && ActsFor(s, m) && actors.Actors[m.Actor].Kind == ActorKinds.Person)
            .SelectMany(m => SignerList(m, s)).Distinct().ToHashSet() : [];
        // "Der Brief, den Krüger verfasst hat": the relative pronoun is the document, the name after it (its article is the pronoun) the subject.
        if (vague && subjects.All(IsDocument) && onDocument >= 0 && named.FirstOrDefault(m => m.Start > onDocument && m.Start <= onDocument + 3 && m.End <= hit.Anchor && !IsDocument(m)) is { } writer
            && Enumerable.Range(onDocument + 1, writer.Start - onDocument - 1).All(j => s.Tokens[j].IsWord && char.IsUpper(s.Tokens[j].Text[0])))
            subjects.AddRange(WithCoordinated(writer, s.Mentions, s.Tokens, lexicon));
        // German puts one phrase before the finite verb: every unmarked name there is a subject ("A, Pfarrerin in Leipzig, und Regisseurin B haben … veröffentlicht").
        if (vague && !lexicon.SubjectNearVerb && subjects.Count > 0 && subjects[0].Start <= clause.Start + 2)
            subjects.AddRange(Forefield(s, clause, hit).Where(m => !subjects.Contains(m)));
        // "Tajani, Muscat, on behalf of the Council, and Juncker issued a statement": a list whose items are described names its head later.
        if (vague && lexicon.SubjectNearVerb && subjects.Count > 0
            && clause.Before.FirstOrDefault(p => !p.Marked && !IsDocument(p) && p.Start < subjects[0].Start && SignerList(p, s).Contains(subjects[0])) is { } head)
            subjects.InsertRange(0, SignerList(head, s).Where(m => !subjects.Contains(m) && !m.Marked));
        // "Gapes and Streeting, plus others including Ali and Umunna, supported the letter": those included with the subject.
        if (vague && subjects.Count > 0)
            subjects.AddRange(named.Where(m => m.Start > subjects[0].End && m.End <= hit.Anchor && m.Mark is { } mk && lexicon.IsInclusion(mk) && !subjects.Contains(m)).SelectMany(m => SignerList(m, s)).Distinct().ToList());
        if (vague && hit.Cue.Companions) subjects.AddRange(Companions(s, hit, to));
        // "Eine Gruppe von Abgeordneten um Wolf und Hahn hat den Brief verfasst": whom the group gathers around.
        if (vague) subjects.AddRange(clause.Before.Where(m => Circle(s, m) && !subjects.Contains(m)));
        // "Collins was joined on the letter by Baker": who was joined signed too.
        if (vague && joinedBy && hit.Cue.Companions) subjects.AddRange(clause.Before.Where(m => !m.Marked && !IsDocument(m)));
        // "The letter was signed by Baker", "a letter signed by Baker", "der von Krüger unterschriebene Brief": who stands before is no signer.
        var passive = !hit.Cue.Companions && PassiveSigning(s, hit, documentMention);
        // "Collins, along with Baker, sent a letter", "co-signed the letter with Baker": companions did it too.
        bool Companion(Mention m) => m.Mark is { } mark && ((mark.Split(' ') is [var first, _] && lexicon.Companions.Contains(first))
            || (lexicon.Comitatives.Contains(mark) && documentMention is not null && m.Start > documentMention.End && m.Start - documentMention.End <= 4));
        // After the cue only a list that starts in its clause ("signed by A, B and C") or after "including" names signers.
        bool Acting(Mention m) => m.Mark is not { } mark || lexicon.Agents.Contains(mark) || lexicon.IsInclusion(mark) || lexicon.ObjectArticles.Contains(mark) || lexicon.Echoes.Contains(mark)
            || (mark == "genitive" && AuthorsOfDocument(s, m)) || Companion(m)
            // "the signatures of A and B", "on the initiative of A": an author after the noun.
            || Author(m) || Circle(s, m) || principals.Contains(m);
        bool Author(Mention m) => hit.Cue.Authors && m.Mark is { } mark && (lexicon.PostAuthors.Contains(mark) || lexicon.Origins.Contains(mark)) && m.Start > hit.Last && m.Start - hit.Last <= 4;
        var after = new HashSet<Mention>();
        // Members of a list whose head signed: a preposition inside the list ("A, Ministerin unter Meier, und B") is no mark of B's.
        var members = new HashSet<Mention>();
        // "Thirty MPs put their names to the letter, including A and B": a list after a subject that is no known actor.
        var included = new HashSet<Mention>();
        var cueTokens = hit.Tokens.ToHashSet();
        // A separable verb's gap counts as after the cue ("schlossen sich auch Berger und Hahn an").
        foreach (var m in named.Where(m => m.Start > hit.Anchor && !cueTokens.Contains(m.Start) && m.Start < to && !IsDocument(m) && !asides.Any(a => a.Start < m.Start && m.Start < a.End)))
            if (!Enumerable.Range(hit.Anchor + 1, Math.Max(0, m.Start - hit.Anchor - 1)).Any(j => s.Tokens[j].Text == ",") || (m.Mark is { } mk && lexicon.IsInclusion(mk))
                || InclusionClause(s, hit.Anchor, m) || DescribedBefore(s, hit, m) || NamedAfterRelative(s, hit, m) || listing || OneOf(s, hit, m))
                if (after.Add(m))
                {
                    var list = SignerList(m, s);
                    if (vague && subjects.Count == 0 && m.Mark is { } inclusion && lexicon.IsInclusion(inclusion) && NoOtherObjectBetween(s, hit.Last, m.Start, documentMention))
                        included.UnionWith(list);
                    foreach (var member in list.Skip(1))
                        if (after.Add(member) && Acting(m)) members.Add(member);
                }
        // "Mary Collins, Labour – signed", "Anna Berger (SPD): unterschrieben": a name line with its answer; the party is her affiliation.
        var answer = Enumerable.Range(0, hit.Anchor).LastOrDefault(j => s.Tokens[j].Text is ":" or "–" or "—" or "-", -1);
        var answered = answer > 0 && !named.Any(m => m.Start > answer && m.Start < hit.Anchor)
            && SignerLists.IsNameLine(s.Tokens.Take(answer).ToList(), 0, [.. named.Where(m => m.End <= answer).Select(m => (m.Start, m.End))], lexicon)
            && named.Any(m => m.End <= answer && actors.Actors[m.Actor].Kind == ActorKinds.Person);
        var seen = new HashSet<int>();
        var signers = 0;
        // "a joint statement of A and B": an adjective names the signers after it.
        // "Quinn is a cosponsor of the bill": a predicate noun names its subject.
        var before = !(hit.Cue.Noun && hit.Cue.NeedsDocument) || Predicate(s, hit);
        foreach (var m in named.Where(m => m.Start > from && m.Start < to && ((before && m.Start < hit.Anchor) || after.Contains(m))).Concat(inherited))
        {
            var actor = actors.Actors[m.Actor];
            // An inherited subject's negation ("schickt keinen Vertreter, hat aber …") belongs to the verb before.
            if (actor.IsDocument || (!inherited.Contains(m) && MentionNegated(s.Tokens, m, lexicon)) || !seen.Add(m.Actor)) continue;
            if (!Acting(m) && !members.Contains(m) || Partitive(s, m)) continue;
            // "Sohn von Willy Brandt und Erstunterzeichner des Manifests": before a noun, "von" is no agent.
            if (hit.Cue.Noun && m.Start < hit.Anchor && m.Mark is { } byMark && lexicon.Agents.Contains(byMark)) continue;
            if ((principals.Count > 0 && !principals.Contains(m) || answered) && actor.Kind != ActorKinds.Person) continue;
            // "Unterzeichnet: … Anna Berger, SPD": after a label, a party right after a person is her affiliation.
            if (labelled && actor.Kind != ActorKinds.Person && m.Start >= 2 && s.Tokens[m.Start - 1].Text is "," or "("
                && named.Any(o => o.End == m.Start - 1 && actors.Actors[o.Actor].Kind == ActorKinds.Person)) continue;
            if (vague && !subjects.Contains(m) && !included.Contains(m) && !Companion(m) && !principals.Contains(m) && !(Author(m) || members.Contains(m) && after.Any(a => Author(a) && a.Start < m.Start))) continue;
            if (passive && m.Start < hit.Anchor && !(m.Mark is { } mark && (lexicon.Agents.Contains(mark) && !lexicon.SubjectNearVerb || lexicon.IsInclusion(mark)))) continue;
            // "MEPs from six groups have signed the letter: Renew Europe, …": the groups say where the signers come from.
            if (actor.Kind != ActorKinds.Person && m.Start > hit.Anchor && MembersFromGroups(s, clause, hit)) continue;
            // "Von den Grünen unterschrieben … etwa Dörner": "von" before an active verb picks a group, it names no agent.
            if (!lexicon.SubjectNearVerb && !passive && !hit.Cue.Noun && m.Start < hit.Anchor && m.Mark is { } by && lexicon.Agents.Contains(by) && !principals.Contains(m)) continue;
            if (hit.Cue.StatesOnly && actor.Kind is not (ActorKinds.State or ActorKinds.Organisation or ActorKinds.Party)) continue;
            // "the letter published by The Independent": an outlet publishes what others signed.
            if (vague && actor.Kind == ActorKinds.Media) continue;
            signers++;
            yield return Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(document, Inference.None, "", documentMention), how, note);
        }
        // "On Monday she signed the letter", "Er hat den Brief ebenfalls unterzeichnet": a personal pronoun as the cue's subject.
        if (signers == 0 && !passive && !hit.Cue.Noun)
            foreach (var pronoun in (vague ? subjects : Subjects(s, k, clause).Subjects).Where(m => m.Pronoun is ({ } gender, true) && gender != '*' && m.Start > from && m.Start < to))
                if (Resolve(pronoun, s.Mentions, discourse.Previous, -1) is { } signer && !actors.Actors[signer.Actor].IsDocument && seen.Add(signer.Actor)
                    && !MentionNegated(s.Tokens, pronoun, lexicon) && !(hit.Cue.StatesOnly && actors.Actors[signer.Actor].Kind == ActorKinds.Person))
                {
                    signers++;
                    yield return Row(s, hit, signer, new Resolved(document, Inference.None, "", documentMention), how | signer.How, note, signer.Note);
                }
        // "\"We are concerned,\" they wrote in a letter", "The senators sent a letter": they are the people the sentence before named together.
        var they = vague && subjects.Any(m => m.Pronoun is ('*', true));
        if ((they || GroupSubject(s, hit, clause)) && signers == 0 && discourse.Recent.LastOrDefault() is { } previous)
            foreach (var actor in PreviousGroup(previous, discourse.Previous, lexicon).Where(seen.Add))
                yield return Row(s, hit, new Resolved(actor, Inference.PronounFromPreviousSentence, ""), new Resolved(document, Inference.None, "", documentMention),
                    how | Inference.PronounFromPreviousSentence, note, $"they = {actors.Actors[actor].Name} and the others named together in the previous sentence");
    }

    /// <summary>
    /// "Signatories include", "Among the signers are", "Zu den Unterzeichnern gehören": a signer noun whose inclusion or
    /// copula opens the rest of the sentence as the list of signers (groups, described names, relative clauses).
    /// </summary>
    private static bool ListsSigners(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        // "Signed: Arizona Jonathan Rothschild, Mayor, Tucson Arkansas …", "Unterzeichnet: …": a label before a run of names.
        if (hit.Anchor <= 1 && !hit.Cue.NeedsDocument && hit.Last + 1 < tokens.Count && tokens[hit.Last + 1].Text == ":") return true;
        if (!hit.Cue.Noun || hit.Cue.NeedsDocument || hit.Last + 1 >= tokens.Count) return false;
        var next = hit.Last + 1;
        // "The signatories of the letter include"
        while (next < tokens.Count && next - hit.Last <= 4 && (lexicon.Origins.Contains(tokens[next].Lower) || lexicon.GenitiveArticles.Contains(tokens[next].Lower) || lexicon.GenitiveAfterNoun.Contains(tokens[next].Lower)
                   || lexicon.Determiners.Contains(tokens[next].Lower) || s.Mentions.Any(m => m.Start <= next && next < m.End && m.Pronoun is null && m.Mark is not null))) next++;
        var opens = next < tokens.Count && (lexicon.Inclusions.Contains(tokens[next].Lower) || lexicon.Copulas.Contains(tokens[next].Lower)) && !lexicon.Conjunctions.Contains(tokens[next].Lower);
        // "Among the signatories are", "Zu den Unterzeichnern gehören": the verb right after the noun of a fronted inclusion.
        var fronted = hit.Anchor >= 2 && (lexicon.Inclusions.Contains(tokens[hit.Anchor - 2].Lower) || lexicon.Prepositions.Contains(tokens[hit.Anchor - 2].Lower))
            && lexicon.Copulas.Contains(tokens[next < tokens.Count ? next : hit.Last].Lower);
        return opens || fronted;
    }

    /// <summary>
    /// Tokens <paramref name="from"/> to the next semicolon (or <paramref name="to"/>) are a clause, not a list item: a
    /// lower-case word opens it or follows a name directly ("Tom Baker refused", "; the senators") — not "Tom Baker, MP for York".
    /// </summary>
    private static bool OwnClause(Parsed s, int from, int to)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var end = Enumerable.Range(from, Math.Max(0, to - from)).FirstOrDefault(j => tokens[j].Text == ";", to);
        bool Verbal(int j) => j < end && tokens[j].IsWord && char.IsLower(tokens[j].Text[0]) && !lexicon.IsListGlue(tokens[j].Lower) && !lexicon.Prepositions.Contains(tokens[j].Lower);
        var first = from < end && lexicon.Conjunctions.Contains(tokens[from].Lower) ? from + 1 : from;
        return Verbal(first) || s.Mentions.Any(m => !m.IsPronoun && m.Start >= from && m.End < end && Verbal(m.End));
    }

    /// <summary>"on behalf of Collins", "im Namen von Berger", "im Auftrag der Abgeordneten Hahn": the one acted for (titles may stand between).</summary>
    private static bool ActsFor(Parsed s, Mention m) =>
        Enumerable.Range(Math.Max(0, m.Start - 5), Math.Max(0, m.Start - 1 - Math.Max(0, m.Start - 5))).Any(j => s.Lexicon.Proxies.Contains(s.Tokens[j].Lower)
            && (s.Lexicon.Prepositions.Contains(s.Tokens[j + 1].Lower) || s.Lexicon.GenitiveArticles.Contains(s.Tokens[j + 1].Lower))
            && Enumerable.Range(j + 2, m.Start - j - 2).All(t => s.Lexicon.Determiners.Contains(s.Tokens[t].Lower) || s.Tokens[t].IsWord && char.IsUpper(s.Tokens[t].Text[0]) || s.Tokens[t].Text == "."));

    /// <summary>"one of", "einer der": a single one out of a group.</summary>
    private static readonly HashSet<string> Ones = ["one", "einer", "eine", "eines"];

    /// <summary>"One of the signatories, Liberal MP Sameer Zuberi, said", "Einer der Unterzeichner, der Abgeordnete Hahn,": the apposition after it.</summary>
    private static bool OneOf(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (!hit.Cue.Noun || hit.Anchor < 2 || hit.Last + 1 >= tokens.Count || tokens[hit.Last + 1].Text != "," || m.Start - hit.Last > 6) return false;
        var of = hit.Anchor - 1;
        while (of > 0 && lexicon.Determiners.Contains(tokens[of].Lower) && !lexicon.GenitiveAfterNoun.Contains(tokens[of].Lower)) of--;
        return Ones.Contains(tokens[of - 1].Lower) && (lexicon.Origins.Contains(tokens[of].Lower) || lexicon.GenitiveAfterNoun.Contains(tokens[of].Lower))
            && Enumerable.Range(hit.Last + 2, m.Start - hit.Last - 2).All(j => tokens[j].IsWord && (char.IsUpper(tokens[j].Text[0]) || lexicon.Determiners.Contains(tokens[j].Lower)))
            && (m.End >= tokens.Count || tokens[m.End].Text == ",");
    }

    /// <summary>"MEPs from six different parliamentary groups signed", "Abgeordnete aus vier Fraktionen": the subject counts members by their groups.</summary>
    private static bool MembersFromGroups(Parsed s, Clause clause, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        bool GroupPlural(string lower) => lexicon.GroupNouns.Contains(lower.TrimEnd('s')) || lower.EndsWith("en", StringComparison.Ordinal) && lexicon.MemberNouns.Contains(lower[..^2]);
        return Enumerable.Range(clause.Start + 1, Math.Max(0, hit.Anchor - clause.Start - 1)).Any(j => lexicon.MemberNouns.Contains(tokens[j].Lower)
            && Enumerable.Range(j + 1, Math.Max(0, Math.Min(hit.Anchor, j + 6) - j - 1)).SkipWhile(o => !lexicon.Origins.Contains(tokens[o].Lower)).Any(o => GroupPlural(tokens[o].Lower)));
    }

    /// <summary>"darunter 11 der SVP", "three of the Greens", "einer der SPD": a count of the party's members, the party itself signed nothing ("eine von ICAN entwickelte Erklärung" is an article).</summary>
    private static bool Partitive(Parsed s, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var j = m.Start - 1;
        while (j >= 0 && m.Start - j <= 2 && (lexicon.Determiners.Contains(tokens[j].Lower) || lexicon.GenitiveAfterNoun.Contains(tokens[j].Lower) || lexicon.Origins.Contains(tokens[j].Lower))) j--;
        return j >= 0 && j < m.Start - 1 && (tokens[j].Text.All(char.IsDigit) || lexicon.GroupWords.Contains(tokens[j].Lower) || lexicon.Quantifiers.Contains(tokens[j].Lower) || tokens[j].Lower is "one" or "einer");
    }

    /// <summary>"28 Abgeordnete um Berger", "a group of senators around Collins": whom a group gathers around leads it.</summary>
    private static bool Circle(Parsed s, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (m.Mark is not { } mark || !lexicon.Circles.Contains(mark)) return false;
        var at = Enumerable.Range(Math.Max(1, m.Start - 10), m.Start - Math.Max(1, m.Start - 10)).LastOrDefault(j => tokens[j].Lower == mark, -1);
        return at > 0 && (lexicon.MemberNouns.Contains(tokens[at - 1].Lower) || lexicon.GroupNouns.Contains(tokens[at - 1].Lower));
    }

    /// <summary>"Quinn is a cosponsor of", "Berger, Initiatorin des Briefes": a noun after a copula or in apposition, its subject before it.</summary>
    private static bool Predicate(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var j = hit.Anchor - 1;
        while (j >= 0 && hit.Anchor - j <= 3 && tokens[j].IsWord && (lexicon.Determiners.Contains(tokens[j].Lower) || char.IsLower(tokens[j].Text[0]) && !lexicon.Copulas.Contains(tokens[j].Lower))) j--;
        return j >= 0 && j < hit.Anchor - 1 && (tokens[j].Text == "," || lexicon.Copulas.Contains(tokens[j].Lower)) && lexicon.Determiners.Contains(tokens[j + 1].Lower);
    }

    /// <summary>
    /// "Unterzeichnet haben die Bürgermeisterin von Kassel, Anna Berger, und …", "signed by the mayor of Leeds, Ruth Ellis,":
    /// after the cue (and the document) a description that opens with an article and ends at a comma, then the name it describes.
    /// </summary>
    private bool DescribedBefore(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var j = hit.Last + 1;
        while (j < m.Start && (lexicon.PassiveAuxiliaries.Contains(tokens[j].Lower) || lexicon.StativeAuxiliaries.Contains(tokens[j].Lower) || lexicon.Agents.Contains(tokens[j].Lower)
                   || lexicon.Copulas.Contains(tokens[j].Lower)))
            j++;
        if (s.Mentions.FirstOrDefault(d => d.Start == j && IsDocument(d)) is { } document) j = document.End;
        if (j >= m.Start - 2 || !lexicon.Determiners.Contains(tokens[j].Lower) || tokens[m.Start - 1].Text != "," || m.Start - j > 12) return false;
        // "the TMC legislative party leaders in both Houses, A and B": a party in the description names whose they are.
        return Enumerable.Range(j, m.Start - 1 - j).All(b => tokens[b].IsWord && !tokens[b].Quoted && !s.Mentions.Any(o => o.Start <= b && b < o.End && (o.IsPronoun || actors.Actors[o.Actor].Kind == ActorKinds.Person)))
            && (m.End >= tokens.Count || tokens[m.End].Text is "," or "." or ";" || lexicon.Conjunctions.Contains(tokens[m.End].Lower));
    }

    /// <summary>
    /// "Die Abgeordneten, die den Brief unterschrieben haben, sind Berger, Hahn und Krüger": the cue stands in a relative
    /// clause on a group noun, and the copula after the clause's comma names its members.
    /// </summary>
    private bool NamedAfterRelative(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var comma = Enumerable.Range(hit.Last + 1, Math.Max(0, m.Start - hit.Last - 1)).FirstOrDefault(j => tokens[j].Text == ",", -1);
        if (comma < 0 || comma + 1 >= m.Start || !lexicon.Copulas.Contains(tokens[comma + 1].Lower) || m.Start - comma > 4
            || Enumerable.Range(hit.Last + 1, comma - hit.Last - 1).Any(j => !tokens[j].IsWord || s.Mentions.Any(o => o.Start <= j && j < o.End && !IsDocument(o)))) return false;
        var relative = Enumerable.Range(Math.Max(2, hit.Anchor - 8), Math.Max(0, hit.Anchor - Math.Max(2, hit.Anchor - 8))).LastOrDefault(j => lexicon.Relatives.Contains(tokens[j].Lower) && tokens[j - 1].Text == ",", -1);
        return relative > 0 && (lexicon.MemberNouns.Contains(tokens[relative - 2].Lower) || lexicon.GroupNouns.Contains(tokens[relative - 2].Lower) || lexicon.Others.Contains(tokens[relative - 2].Lower));
    }

    /// <summary>"another letter", "einen weiteren Brief" at <paramref name="j"/>: a document noun the text calls a different one.</summary>
    private static bool OtherDocumentAt(Parsed s, int j) =>
        s.Lexicon.DocumentNouns.Contains(s.Tokens[j].Lower) && Enumerable.Range(Math.Max(0, j - 3), j - Math.Max(0, j - 3)).Any(o => s.Lexicon.OtherDocument.Contains(s.Tokens[o].Lower));

    /// <summary>
    /// ", mit dabei sind auch A und B", ", darunter die frühere Ministerin A": after the last comma before <paramref name="m"/>
    /// a clause opens with an inclusion; what it lists still takes part.
    /// </summary>
    private static bool InclusionClause(Parsed s, int after, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var comma = Enumerable.Range(after + 1, Math.Max(0, m.Start - after - 1)).LastOrDefault(j => tokens[j].Text == ",", -1);
        return comma >= 0 && Enumerable.Range(comma + 1, Math.Max(0, Math.Min(comma + 4, m.Start) - comma - 1)).Any(j => !tokens[j].Quoted
            && lexicon.Inclusions.Contains(tokens[j].Lower) && !lexicon.Conjunctions.Contains(tokens[j].Lower) && !lexicon.Comitatives.Contains(tokens[j].Lower)
            && !lexicon.Subordinators.Contains(tokens[j].Lower)) // ", wie X mitteilte" reports

            && !s.Mentions.Any(o => o.Start > comma && o.Start < m.Start && !o.IsPronoun && !IsInList(s, o, m));
    }

    /// <summary><paramref name="o"/> is joined to <paramref name="m"/> by list glue only (commas, conjunctions, titles).</summary>
    private static bool IsInList(Parsed s, Mention o, Mention m)
    {
        var list = s.Mentions.SkipWhile(x => x != o).TakeWhile(x => x.Start <= m.Start).ToList();
        return list.Count > 1 && list.Zip(list.Skip(1)).All(p => Glue(p.First, p.Second, s.Tokens, s.Lexicon) is not null);
    }

    /// <summary>
    /// The unmarked names before a German clause's finite verb (an auxiliary or the cue): one phrase, so all of them act;
    /// not those in a relative clause inside it.
    /// </summary>
    private List<Mention> Forefield(Parsed s, Clause clause, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var verb = Enumerable.Range(clause.Start + 1, Math.Max(0, hit.Anchor - clause.Start - 1)).FirstOrDefault(j => !s.Mentions.Any(m => m.Start <= j && j < m.End)
            && (lexicon.Copulas.Contains(tokens[j].Lower) || lexicon.PassiveAuxiliaries.Contains(tokens[j].Lower) || lexicon.StativeAuxiliaries.Contains(tokens[j].Lower)), hit.Anchor);
        var relative = Enumerable.Range(clause.Start + 1, Math.Max(0, verb - clause.Start - 1)).Any(j => RelativeClauseAt(s, j) || lexicon.Subordinators.Contains(tokens[j].Lower));
        return relative ? [] : s.Mentions.Where(m => !m.IsPronoun && !m.Marked && !IsDocument(m) && m.Start > clause.Start && m.End <= verb).ToList();
    }

    /// <summary>
    /// A relative clause inside a list ("A, who chairs the committee, B and C"): the token where the list resumes after the
    /// clause's comma, or -1. The clause names no one and is short.
    /// </summary>
    private static int ListGoesOnAfter(Parsed s, int relative)
    {
        var tokens = s.Tokens;
        for (var j = relative + 1; j < Math.Min(tokens.Count - 1, relative + 10); j++)
        {
            if (tokens[j].Quoted || tokens[j].Text is ";" or ":" or "." || s.Mentions.Any(m => m.Start == j)) return -1;
            if (tokens[j].Text != ",") continue;
            var next = s.Mentions.FirstOrDefault(m => !m.IsPronoun && m.Start > j && m.Start <= j + 3
                && Enumerable.Range(j + 1, m.Start - j - 1).All(t => tokens[t].IsWord && char.IsUpper(tokens[t].Text[0])));
            return next is not null && next.End < tokens.Count && (tokens[next.End].Text is "," or "(" || s.Lexicon.Conjunctions.Contains(tokens[next.End].Lower)) ? next.Start : -1;
        }
        return -1;
    }

    /// <summary>The document is the medium of what is said: a frame preposition before it, with at most articles, possessives and adjectives between ("in ihrem offenen Brief").</summary>
    private static bool Framed(Parsed s, Mention document)
    {
        for (var j = document.Start - 1; j >= Math.Max(0, document.Start - 4); j--)
        {
            var token = s.Tokens[j];
            if (s.Lexicon.DocumentFrames.Contains(token.Lower)) return true;
            if (!token.IsWord || (char.IsUpper(token.Text[0]) && j > 0)) return false;
        }
        return false;
    }

    /// <summary>
    /// A signing verb in the passive: an auxiliary just before it ("was signed", "has been signed") or its agent right
    /// after ("a letter signed by Baker"); in German an agent ("von Krüger") before it with an auxiliary in the sentence or
    /// the document right after the participle ("ein von Krüger unterschriebener Brief").
    /// </summary>
    private bool PassiveSigning(Parsed s, Hit hit, Mention? document)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Noun || (lexicon.SubjectNearVerb && tokens[hit.Anchor].Lower.EndsWith("ing", StringComparison.Ordinal))) return false;
        if (lexicon.SubjectNearVerb)
        {
            if (hit.Last + 1 < tokens.Count && lexicon.Agents.Contains(tokens[hit.Last + 1].Lower)) return true;
            for (var j = hit.Anchor - 1; j >= Math.Max(0, hit.Anchor - 3); j--)
            {
                if (lexicon.PassiveAuxiliaries.Contains(tokens[j].Lower)) return true;
                if (!tokens[j].IsWord || s.Mentions.Any(m => m.Start <= j && j < m.End)) return false;
            }
            return false;
        }
        if (!s.Mentions.Any(m => !m.IsPronoun && m.End <= hit.Anchor && m.Mark is { } mark && lexicon.Agents.Contains(mark))) return false;
        return (document is not null && document.Start == hit.Last + 1) || tokens.Any(t => lexicon.PassiveAuxiliaries.Contains(t.Lower) || lexicon.StativeAuxiliaries.Contains(t.Lower));
    }

    /// <summary>"a letter signed by Baker": a participle right after a noun with its agent after it, no auxiliary or conjunction ("led by A and joined by B") before it.</summary>
    private static bool ReducedPassive(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Noun || hit.Anchor == 0 || hit.Last + 1 >= tokens.Count || !lexicon.Agents.Contains(tokens[hit.Last + 1].Lower)) return false;
        var previous = tokens[hit.Anchor - 1];
        return previous.IsWord && !lexicon.PassiveAuxiliaries.Contains(previous.Lower) && !lexicon.StativeAuxiliaries.Contains(previous.Lower)
            && !lexicon.Additives.Contains(previous.Lower) && !previous.Lower.EndsWith("ly", StringComparison.Ordinal) && !lexicon.Conjunctions.Contains(previous.Lower)
            || previous.Text == "," && hit.Anchor >= 2 && s.Tokens[hit.Anchor - 2].IsWord;
    }

    /// <summary>Between the verb and a list after it no preposition takes an object other than the document ("put their names to the letter, including").</summary>
    private static bool NoOtherObjectBetween(Parsed s, int from, int to, Mention? document) =>
        Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).All(j => !s.Lexicon.Prepositions.Contains(s.Tokens[j].Lower)
            || (document is not null && document.Start > j && document.Start - j <= 3));

    /// <summary>
    /// "The senators sent a letter", "Die beiden Abgeordneten schrieben …", "Both signed": the subject is a group noun
    /// (an article or number word and a plural member noun, or "both"), no name.
    /// </summary>
    private static bool GroupSubject(Parsed s, Hit hit, Clause clause)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        bool Group(int j)
        {
            if (j < 0 || j >= tokens.Count || tokens[j].Quoted || s.Mentions.Any(m => m.Start <= j + 1 && j < m.End)) return false;
            var lower = tokens[j].Lower;
            if (lexicon.GroupWords.Contains(lower) && (j == clause.Start + 1 || !(j > 0 && lexicon.Prepositions.Contains(tokens[j - 1].Lower)))) return !(j + 1 < tokens.Count && lexicon.MemberNouns.Contains(tokens[j + 1].Lower));
            if (!lexicon.MemberNouns.Contains(lower) || (lexicon.SubjectNearVerb && !lower.EndsWith('s'))) return false;
            // "The lawmakers who signed": a relative clause, not the subject of the signing.
            if (Enumerable.Range(j + 1, Math.Max(0, hit.Anchor - j - 1)).Any(b => lexicon.Relatives.Contains(tokens[b].Lower) || lexicon.Subordinators.Contains(tokens[b].Lower))) return false;
            for (var p = j - 1; p >= Math.Max(0, j - 3); p--)
            {
                var word = tokens[p].Lower;
                if (lexicon.Determiners.Contains(word) || lexicon.GroupWords.Contains(word)) return !(p > 0 && lexicon.Prepositions.Contains(tokens[p - 1].Lower));
                if (!tokens[p].IsWord || char.IsDigit(word[0])) return false;
            }
            return false;
        }
        // Right before the verb (with an adverb between), or in German right after it ("Deshalb schrieben die Abgeordneten").
        return Enumerable.Range(Math.Max(clause.Start + 1, hit.Anchor - 3), Math.Max(0, hit.Anchor - Math.Max(clause.Start + 1, hit.Anchor - 3))).Any(Group)
            || (!lexicon.SubjectNearVerb && Enumerable.Range(hit.Anchor + 1, 3).Any(Group));
    }

    /// <summary>
    /// Which of the documents that share an alias the text means at token <paramref name="at"/> of sentence
    /// <paramref name="index"/>: the one whose name has the most words in the sentence (else in the sentences around it:
    /// "Letter on the appropriations bill" where the sentence speaks of the appropriations bill), else the one named
    /// last unless the text says it is another ("another letter", "einen weiteren Brief"); -1 when nothing tells.
    /// </summary>
    private int DocumentMeant(int[] documents, IReadOnlyList<Sentence> sentences, int index, int at, int lastDocument, CueLexicon lexicon)
    {
        var tokens = sentences[index].Tokens;
        var another = Enumerable.Range(Math.Max(0, at - 2), Math.Min(tokens.Count, at + 2) - Math.Max(0, at - 2)).Any(j => lexicon.OtherDocument.Contains(tokens[j].Lower));
        if (another && documents.Contains(lastDocument))
        {
            documents = documents.Where(d => d != lastDocument).ToArray();
            if (documents is [var other]) return other;
        }
        var names = documents.Select(d => ContentWords(actors.Actors[d].Name, lexicon)).ToList();
        var common = names.Skip(1).Aggregate(new HashSet<string>(names[0]), (all, n) => { all.IntersectWith(n); return all; });
        int Best(IEnumerable<Sentence> around)
        {
            var words = around.SelectMany(s => s.Tokens).Where(t => t.IsWord).Select(t => t.Lower).ToList();
            var scores = names.Select(n => n.Count(w => !common.Contains(w) && words.Any(t => SameWord(t, w)))).ToList();
            var top = scores.Max();
            return top > 0 && scores.Count(x => x == top) == 1 ? documents[scores.IndexOf(top)] : -1;
        }
        var best = Best([sentences[index]]);
        if (best < 0) best = Best(sentences.Where(s => Math.Abs(s.Index - index) <= 1));
        return best >= 0 ? best : !another && documents.Contains(lastDocument) ? lastDocument : -1;
    }

    /// <summary>The words of a name that can tell it from others: no function words, at least four letters (or a year).</summary>
    private static HashSet<string> ContentWords(string name, CueLexicon lexicon) =>
        Sentences.Tokenize(name).Where(t => t.IsWord && t.Text.Length >= 4 && !lexicon.Frequent.Contains(t.Lower) && !lexicon.Prepositions.Contains(t.Lower)
            && !lexicon.Determiners.Contains(t.Lower)).Select(t => t.Lower).ToHashSet();

    /// <summary>One word in two forms: equal, or sharing their first five letters ("weapons", "weapon"; "Israel’s", "Israel").</summary>
    private static bool SameWord(string a, string b) =>
        a == b || (a.Length >= 5 && b.Length >= 5 && string.CompareOrdinal(a, 0, b, 0, 5) == 0 && Math.Abs(a.Length - b.Length) <= 3);

    /// <summary>The first list of two or more actors the sentence names as acting (no preposition before it): whom a following "they" means.</summary>
    private IEnumerable<int> PreviousGroup(Sentence sentence, IReadOnlyList<Mention> mentions, CueLexicon lexicon)
    {
        foreach (var m in mentions.Where(m => !m.IsPronoun && !m.Marked && !IsDocument(m)))
        {
            var group = WithCoordinated(m, mentions.ToList(), sentence.Tokens, lexicon).Where(o => !o.IsPronoun && !IsDocument(o)).Select(o => o.Actor).Distinct().ToList();
            if (group.Count >= 2) return group;
        }
        return [];
    }

    /// <summary>
    /// "Collins joined Baker and Ellis in sending a letter", "Scott led his colleagues, such as Roy and Biggs, in a letter":
    /// those joined or led, named between the verb and <c>in</c> before the document, signed too.
    /// </summary>
    private List<Mention> Companions(Parsed s, Hit hit, int to)
    {
        var tokens = s.Tokens;
        var @in = Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(to, tokens.Count - 1) - hit.Last - 1)).FirstOrDefault(j => s.Lexicon.JointActs.Contains(tokens[j].Lower)
            && s.Mentions.Any(m => IsDocument(m) && m.Start > j && m.Start <= j + 3), -1);
        return @in < 0 ? [] : s.Mentions.Where(m => m.Start > hit.Last && m.Start < @in && !m.IsPronoun && !IsDocument(m)
            && (m.Mark is null || s.Lexicon.IsInclusion(m.Mark))).ToList();
    }

    /// <summary>The declaration the text named last, else the only one known unless the text called it the addressee's.</summary>
    private int ContextDocument(Discourse discourse)
    {
        if (discourse.LastDocument >= 0) return discourse.LastDocument;
        var documents = Enumerable.Range(0, actors.Actors.Count).Where(a => actors.Actors[a].IsDocument).ToList();
        return documents is [var only] && !discourse.Addressed.Contains(only) ? only : -1;
    }

    private static readonly Cue SignOff = new(RelationType.Signed, "sign-off", [], 0.8, false, false, false, false, false);

    private static readonly Cue NameList = new(RelationType.Signed, "list of names", [], 0.7, false, false, false, false, false);

    /// <summary>
    /// Signers listed without a verb (<see cref="SignerLists"/>): the lines after a sign-off or an introducing line, or a
    /// list of three or more people standing alone soon after a signing. The evidence runs from the opening line to the
    /// name's line. A party or organisation on a line that names a person is that person's affiliation.
    /// </summary>
    private IEnumerable<ExtractedRelation> ListedSigners(string text, Parsed s, Discourse discourse)
    {
        var names = s.Mentions.Where(m => !m.IsPronoun).Select(m => (m.Start, m.End)).ToList();
        var end = s.Sentence.Start + s.Sentence.Text.Length;
        var nameLine = SignerLists.IsNameLine(s.Tokens, 0, names, s.Lexicon);
        bool NextLine(int previousEnd) => previousEnd >= 0 && previousEnd <= s.Sentence.Start
            && text[previousEnd..s.Sentence.Start].Count(c => c == '\n') is > 0 and <= 2 && text[previousEnd..s.Sentence.Start].All(char.IsWhiteSpace);
        if (WritesTo(s)) discourse.LastWrote = s.Sentence.Index;
        var signing = s.Hits.FindIndex(h => h.Cue.Relation == RelationType.Signed && !h.Cue.Noun);
        // "Cem Özdemir (Grüne)\nkomplett unterschrieben.", "Tom Baker\nDid not sign.": a line of only a signing verb answers for the name line above it.
        if (signing >= 0 && names.Count == 0 && s.Tokens.Count(t => t.IsWord) <= 5 && OwnLine(text, s.Sentence) && discourse.NameRun is [.., var above]
            && above.Sentence.Index == s.Sentence.Index - 1 && NextLine(above.Sentence.Start + above.Sentence.Text.Length))
        {
            discourse.StatusTable = true;
            (discourse.Signers, discourse.NameRun) = (null, []);
            if (Negated(s, signing, out _)) return [];
            var offset = above.Tokens.Count;
            return Signers(text, above, new Hit(s.Hits[signing].Cue, [.. s.Hits[signing].Tokens.Select(t => t + offset)]), above.Sentence.Start, end, discourse);
        }
        // "Anna Berger (SPD): unterschrieben", "Mary Collins – signed": a name line that says itself whether the name signed.
        if (nameLine && signing >= 0 && Enumerable.Range(0, s.Hits[signing].Anchor).Any(j => s.Tokens[j].Text is ":" or "–" or "—" or "-")) discourse.StatusTable = true;
        else if (!nameLine && s.Tokens.Count(t => t.IsWord) >= 8) discourse.StatusTable = false;
        // A run of lines that each name someone ("Prof. Dr. Klaus Busch, Universität Bremen") in a text about a signing.
        discourse.NameRun = nameLine && names.Count > 0 ? discourse.NameRun is [.., var lastLine] && NextLine(lastLine.Sentence.Start + lastLine.Sentence.Text.Length) ? [.. discourse.NameRun, s] : [s] : [];
        if (discourse.NameRun.Count == 1) discourse.RunIntroducedOtherwise = discourse.IntroducedOtherwise;
        if (discourse.Signers is var (opener, hit, last) && NextLine(last) && nameLine && !discourse.StatusTable)
        {
            discourse.Signers = (opener, hit, end);
            return Signers(text, opener, hit, s.Sentence.Start, end, discourse);
        }
        // "Mary Collins\nProfessor of Law\nTom Baker\nFormer minister": a line that describes the name above keeps the list open.
        if (discourse.Signers is var (describedOpener, describedHit, describedLast) && NextLine(describedLast) && names.Count == 0 && SignerLists.IsDescriptionLine(s.Tokens, s.Lexicon))
        {
            discourse.Signers = (describedOpener, describedHit, end);
            return [];
        }
        // "Dear Secretary Doyle," opens a letter: the lines of names after its text are its signers.
        if (SignerLists.OpensLetter(s.Tokens, s.Lexicon)) discourse.LetterOpened = true;
        discourse.Signers = null;
        var signOff = SignerLists.SignOffLength(s.Tokens, s.Lexicon);
        if (signOff > 0)
        {
            var cue = new Hit(SignOff, Enumerable.Range(0, signOff).Where(j => s.Tokens[j].IsWord).ToArray());
            discourse.Signers = (s, cue, end);
            return SignerLists.IsNameLine(s.Tokens, signOff, names, s.Lexicon) ? Signers(text, s, cue, s.Sentence.Start + s.Tokens[signOff].Start, end, discourse) : [];
        }
        var opening = s.Hits.FindIndex(h => h.Cue.Relation == RelationType.Signed);
        // A line that names its signer says all itself ("Anna Berger (SPD): unterschrieben"); "Signed by A, B and:" still opens a list.
        if (opening >= 0 && SignerLists.Introduces(s.Tokens) && !Negated(s, opening, out _) && (!nameLine || names.Count == 0 || s.Tokens[^1].Text == ":"))
        {
            discourse.Signers = (s, s.Hits[opening], end);
            return [];
        }
        // "Die Unterschriften:", "Supporters" as a heading: a noun that signs only beside a document, once the text has named one.
        if (opening < 0 && names.Count == 0 && SignerLists.Introduces(s.Tokens) && s.Tokens.Count(t => t.IsWord) <= 4 && ContextDocument(discourse) >= 0
            && HeadingCue(s) is { } heading)
        {
            discourse.Signers = (s, heading, end);
            return [];
        }
        // "Eighteen MPs signed the letter. They are:" and the names on the lines after it.
        if (opening < 0 && s.Tokens is [.., { Text: ":" }] && names.Count == 0 && AfterSigning(s, discourse) && InclusionOpening(s) is var inclusion and >= 0)
        {
            discourse.Signers = (s, new Hit(Included, [inclusion]), end);
            return [];
        }
        var list = new Hit(NameList, []); // no cue words: the list itself is the cue
        // Not after a line that introduces something else ("The 17 MPs backing the amendment are listed below:" is a vote).
        if ((discourse.NameRun.Count >= 3 && discourse.LastSigning >= 0 || discourse.NameRun.Count >= 2 && discourse.LetterOpened) && !discourse.RunIntroducedOtherwise && !discourse.StatusTable)
        {
            var first = discourse.NameRun[0];
            discourse.Signers = (first, list, end);
            return Signers(text, first, list, first.Sentence.Start, end, discourse);
        }
        // "Freiberg, Gera, Gotha und Zeitz." right after a signing: a list that goes on from the sentence before.
        var listed = s.Mentions.Count(m => !m.IsPronoun && !IsDocument(m));
        // "Anna Berger, Markus Hahn, Lea Krüger" on a line of its own below a letter's text.
        var closesLetter = discourse.LetterOpened && listed >= 2 && OwnLine(text, s.Sentence);
        if ((listed >= 3 && s.Sentence.Index - discourse.LastSigning <= 4 || closesLetter) && s.Hits.Count == 0 && SignerLists.OnlyNames(s.Tokens, 0, names, s.Lexicon))
            return Signers(text, s, list, s.Sentence.Start, end, discourse);
        return SignersIncluded(s, discourse).Concat(SignersEchoed(s, discourse)).Concat(SignersSpeaking(s, discourse));
    }

    /// <summary>
    /// "The British lawmakers wrote the Secretary-General", "Die Abgeordneten schrieben an Meier": writing to an actor, no
    /// document named, no negation — a letter the text may name later.
    /// </summary>
    private bool WritesTo(Parsed s)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (s.Mentions.Any(IsDocument)) return false;
        for (var j = 0; j + 1 < tokens.Count; j++)
        {
            if (!lexicon.WritingVerbs.Contains(tokens[j].Lower) || tokens[j].Quoted || Enumerable.Range(0, j).Any(o => lexicon.IsNegation(tokens[o].Lower))) continue;
            var to = tokens[j + 1].Lower is "to" or "an" ? j + 2 : j + 1;
            if (s.Mentions.Any(m => !m.IsPronoun && !IsDocument(m) && (m.Start == to || m.Start == to + 1 && lexicon.Determiners.Contains(tokens[to].Lower)))) return true;
        }
        return false;
    }

    /// <summary>A signing noun that needs a document (<c>Unterschriften</c>, <c>supporters</c>) in a heading, which names none.</summary>
    private static Hit? HeadingCue(Parsed s) =>
        s.Lexicon.Cues.Where(c => c.Relation == RelationType.Signed && c.Noun && c.NeedsDocument)
            .SelectMany(c => Enumerable.Range(0, s.Tokens.Count).Select(j => c.MatchAt(s.Tokens, j) is { } matched ? new Hit(c, matched) : null))
            .FirstOrDefault(h => h is not null);

    private static readonly Cue Included = new(RelationType.Signed, "signers included", [], 0.75, true, false, false, false, false);

    /// <summary>
    /// "Twelve senators signed the letter. They include Collins and Baker." / "Among them are …" / "Unter ihnen sind …" /
    /// "Collins and Baker were among them." / "Auch Berger ist darunter.": a sentence right after a signing that names more of its signers.
    /// </summary>
    private IEnumerable<ExtractedRelation> SignersIncluded(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        // "The group includes …", "The senators are …": a group noun reaches further back than "They include …".
        if (!AfterSigning(s, discourse) || s.Hits.Any(h => h.Cue.Relation == RelationType.Signed)) return [];
        var opening = InclusionOpening(s);
        var first = s.Mentions.FirstOrDefault(m => !m.IsPronoun && m.Start > opening && m.Mark is { } mark && lexicon.IsInclusion(mark));
        // "The MLAs are Collins, Baker and Ellis": the names right after the group's copula.
        if (opening >= 0 && first is null && lexicon.Copulas.Contains(tokens[opening].Lower))
            first = s.Mentions.FirstOrDefault(m => !m.IsPronoun && !m.Marked && !IsDocument(m) && m.Start > opening && m.Start - opening <= 3);
        // "Among the Spanish MEPs who have shown their support are A (PDeCAT), B …": the names after the fronted phrase's copula.
        if (opening == 0 && first is null && Enumerable.Range(1, Math.Min(tokens.Count, 16) - 1).FirstOrDefault(j => lexicon.Copulas.Contains(tokens[j].Lower) && tokens[j].Lower is "are" or "were" or "sind" or "waren", -1) is var copula and > 0
            && !s.Mentions.Any(m => !m.IsPronoun && m.Start < copula))
            first = s.Mentions.FirstOrDefault(m => !m.IsPronoun && !m.Marked && !IsDocument(m) && m.Start > copula && m.Start - copula <= 3);
        if (opening < 0)
        {
            // The inclusion closes the sentence: the names before it are the members.
            var last = tokens.Count - 1;
            while (last >= 0 && !tokens[last].IsWord) last--;
            opening = new[] { last - 1, last }.FirstOrDefault(j => j >= 0 && OpensInclusion(s, j) && (j == last || j + 1 == last), -1);
            first = s.Mentions.FirstOrDefault(m => !m.IsPronoun && !m.Marked && !IsDocument(m) && m.Start <= 3 && m.End <= opening);
        }
        var document = ContextDocument(discourse);
        if (opening < 0 || document < 0 || ComparedWithOther(s, opening)) return [];
        var listed = first is null ? [] : SignerList(first, s);
        // "They include MPs representing the whole caucus, Green Party leader May and Green MP Manly": the people named among described groups.
        if (opening < 3)
            listed = [.. listed.Concat(s.Mentions.Where(m => !m.IsPronoun && !m.Marked && !IsDocument(m) && m.Start > opening && actors.Actors[m.Actor].Kind == ActorKinds.Person)).Distinct()];
        if (listed.Count == 0) return [];
        var hit = new Hit(Included, [opening]);
        return listed.Where(m => !IsDocument(m) && !MentionNegated(tokens, m, lexicon))
            .Select(m => Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(document, Inference.None, ""), Inference.DocumentFromContext,
                $"declaration from context: {actors.Actors[document].Name}", "signers listed after a signing"));
    }

    /// <summary>The sentence comes right after a signing (up to six sentences when it opens with a group noun: "The group includes …", "The senators are …").</summary>
    private static bool AfterSigning(Parsed s, Discourse discourse)
    {
        var tokens = s.Tokens;
        var reach = Enumerable.Range(0, Math.Min(3, tokens.Count)).Any(j => s.Lexicon.GroupNouns.Contains(tokens[j].Lower) || s.Lexicon.MemberNouns.Contains(tokens[j].Lower) && tokens[j].Lower.EndsWith('s')) ? 6 : 2;
        var last = Math.Max(discourse.LastSigned, discourse.LastWrote);
        return s.Sentence.Index - last >= 1 && s.Sentence.Index - last <= reach;
    }

    /// <summary>
    /// Where the sentence opens a list of more signers: an inclusion in its first words ("They include", "Among them",
    /// "Unter ihnen"), or the copula after a group noun ("The MLAs are", "Die Abgeordneten sind"); -1 if none.
    /// </summary>
    private static int InclusionOpening(Parsed s)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        bool GroupCopula(int j) => j >= 1 && lexicon.Copulas.Contains(tokens[j].Lower) && tokens[j].Lower is not ("has" or "have" or "had" or "hat" or "haben" or "hatte")
            && (lexicon.MemberNouns.Contains(tokens[j - 1].Lower) || lexicon.GroupNouns.Contains(tokens[j - 1].Lower)) && !s.Mentions.Any(m => m.Start < j)
            && Enumerable.Range(0, j - 1).All(b => lexicon.Determiners.Contains(tokens[b].Lower) || tokens[b].IsWord && char.IsLower(tokens[b].Text[0]) || b == 0);
        return Enumerable.Range(0, Math.Min(4, tokens.Count)).FirstOrDefault(j => OpensInclusion(s, j) || GroupCopula(j), -1);
    }

    /// <summary>An inclusion ("including", "darunter") or an inclusion pair ("among them", "unter ihnen") at <paramref name="j"/>.</summary>
    private static bool OpensInclusion(Parsed s, int j) => s.Lexicon.Inclusions.Contains(s.Tokens[j].Lower)
        || (j + 1 < s.Tokens.Count && s.Lexicon.InclusionPairs.Contains($"{s.Tokens[j].Lower} {s.Tokens[j + 1].Lower}"));

    /// <summary>"Critics such as Baker and Ellis called it naive": the inclusion at <paramref name="opening"/> gives examples of a noun that names no signers.</summary>
    private static bool ComparedWithOther(Parsed s, int opening)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (!lexicon.Comparisons.Contains(tokens[opening].Lower)) return false;
        var noun = opening - 1;
        while (noun >= 0 && lexicon.Comparisons.Contains(tokens[noun].Lower)) noun--;
        return noun >= 0 && tokens[noun].IsWord && !lexicon.MemberNouns.Contains(tokens[noun].Lower) && !lexicon.GroupNouns.Contains(tokens[noun].Lower)
            && !lexicon.Pronouns.ContainsKey(tokens[noun].Lower) && !s.Mentions.Any(m => m.Start <= noun && noun < m.End);
    }

    /// <summary>
    /// "Warren joined a group of thirteen Senators led by Blumenthal in calling on Trump to …" within two sentences of one
    /// that names the letter (before or after it): a joint act of writing (<see cref="CueLexicon.LetterActs"/>) with no
    /// document of its own is the letter's. The subject, those joined and who led them signed; not after "to" ("refused to
    /// join") or a negation.
    /// </summary>
    private IEnumerable<ExtractedRelation> SignersJoining(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        // "… joined Gallego and Raskin in calling for his resignation. In the letter, Lieu and members write:": the letter named after the act.
        if (discourse.PendingJoin is var (joinedIn, joinHit, joiners) && s.Mentions.FirstOrDefault(m => IsDocument(m) && !discourse.Addressed.Contains(m.Actor)) is { } named)
        {
            discourse.PendingJoin = null;
            if (s.Sentence.Index - joinedIn.Sentence.Index <= 2)
                foreach (var m in joiners)
                    yield return Row(joinedIn, joinHit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(named.Actor, Inference.None, ""), Inference.DocumentFromContext,
                        $"declaration named after it: {actors.Actors[named.Actor].Name}", "joined in writing it");
        }
        if (s.Mentions.Any(IsDocument) || s.Hits.Any(h => h.Cue.Relation == RelationType.Signed)) yield break;
        var document = s.Sentence.Index - discourse.LastSigning is >= 1 and <= 2 ? ContextDocument(discourse) : -1;
        foreach (var cue in lexicon.Cues.Where(c => c.Relation == RelationType.Signed && c.Companions))
            for (var i = 1; i < tokens.Count; i++)
            {
                if (tokens[i].Quoted || lexicon.Infinitive.Contains(tokens[i - 1].Lower) || cue.MatchAt(tokens, i) is not { } matched) continue;
                var act = Enumerable.Range(matched[^1] + 1, Math.Max(0, Math.Min(tokens.Count - 1, matched[^1] + 40) - matched[^1] - 1))
                    .TakeWhile(j => tokens[j].Text is not (";" or ":" or "?" or "!"))
                    .FirstOrDefault(j => lexicon.JointActs.Contains(tokens[j].Lower) && lexicon.LetterActs.Contains(tokens[j + 1].Lower), -1);
                var last = s.Mentions.LastOrDefault(m => !m.IsPronoun && !m.Marked && m.End <= i && i - m.End <= 8);
                if (act < 0 || ListHead(last, s) is not { } subject
                    || Enumerable.Range(last!.End, i - last.End).Any(j => lexicon.IsNegation(tokens[j].Lower) || lexicon.NonEvents.Contains(tokens[j].Lower))) continue;
                var hit = new Hit(cue, matched);
                var joined = s.Mentions.Where(m => !m.IsPronoun && !IsDocument(m) && m.Start > matched[^1] && m.End <= act
                    && (m.Mark is null || lexicon.Agents.Contains(m.Mark) || lexicon.IsInclusion(m.Mark)));
                var signers = WithCoordinated(subject, s.Mentions, tokens, lexicon).Concat(joined).Where(m => !IsDocument(m) && !MentionNegated(tokens, m, lexicon)).DistinctBy(m => m.Actor).ToList();
                if (document < 0) discourse.PendingJoin = (s, hit, signers);
                else foreach (var m in signers)
                    yield return Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(document, Inference.None, ""), Inference.DocumentFromContext,
                        $"declaration from context: {actors.Actors[document].Name}", "joined in writing it");
                yield break;
            }
    }

    /// <summary>
    /// "„Ich habe den Brief unterschrieben“, sagte Berger", "Hahn sagte: „Wir haben den Brief mit Krüger verfasst.“",
    /// "… said Collins. \"That is why I joined Baker in sending this letter.\"": a speaker who says they signed did; with
    /// "we", those the quotation names with them ("mit Krüger", "joined Baker in") too. The speaker is the one actor of a
    /// clause with a verb of saying in the sentence, or in the sentence before when this one is all quotation.
    /// </summary>
    private IEnumerable<ExtractedRelation> SignersSpeaking(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var pronoun = Enumerable.Range(0, tokens.Count).FirstOrDefault(j => tokens[j].Quoted && lexicon.FirstPerson.Contains(tokens[j].Lower), -1);
        if (pronoun < 0) yield break;
        var hit = lexicon.Cues.Where(c => c.Relation == RelationType.Signed && !c.Noun && !c.Scene)
            .SelectMany(c => Enumerable.Range(pronoun + 1, Math.Min(tokens.Count, pronoun + 12) - pronoun - 1).Where(j => tokens[j].Quoted).Select(j => c.MatchAt(tokens, j) is { } m ? new Hit(c, m) : null))
            .OfType<Hit>().Where(h => h.Tokens.All(j => tokens[j].Quoted)).OrderBy(h => h.Anchor).FirstOrDefault();
        // "I refused to sign", "wir wollen unterschreiben", "we did not sign": no act that happened.
        if (hit is null || Enumerable.Range(pronoun + 1, hit.Last - pronoun).Any(j => !tokens[j].Quoted) || lexicon.Infinitive.Contains(tokens[hit.Anchor - 1].Lower)
            || Enumerable.Range(pronoun + 1, Math.Min(tokens.Count - 1, hit.Last + 2) - pronoun).Any(j => tokens[j].Quoted
                && (lexicon.IsNegation(tokens[j].Lower) || lexicon.NonEvents.Contains(tokens[j].Lower) || lexicon.Intentions.Contains(tokens[j].Lower)))) yield break;
        var named = s.Mentions.FirstOrDefault(m => IsDocument(m) && tokens[m.Start].Quoted);
        var document = named?.Actor ?? (Enumerable.Range(pronoun, tokens.Count - pronoun).Any(j => tokens[j].Quoted && GenericDocument(tokens, j, lexicon)) ? ContextDocument(discourse) : -1);
        if (document < 0) yield break;
        var speaker = Speaker(s.Sentence, s.Mentions, lexicon);
        if (speaker is null && !tokens.Any(t => t.IsWord && !t.Quoted) && discourse.Recent.LastOrDefault() is { } before && before.Index == s.Sentence.Index - 1)
            speaker = Speaker(before, discourse.Previous.ToList(), lexicon);
        if (speaker is not { } who) yield break;
        var signers = new List<int> { who };
        // "wir … gemeinsam mit Krüger", "I joined Baker in sending": who the quotation names as doing it with them.
        for (var j = pronoun + 1; j < tokens.Count && tokens[j].Quoted; j++)
            if (actors.Match(tokens, j) is { } match && !actors.Actors[match.Actor].IsDocument
                && (lexicon.Comitatives.Contains(tokens[j - 1].Lower) || hit.Cue.Companions && j > hit.Last && j - hit.Last <= 3))
                signers.Add(match.Actor);
        foreach (var actor in signers.Distinct())
            yield return Row(s, hit, new Resolved(actor, Inference.None, ""), new Resolved(document, Inference.None, "", named), named is null ? Inference.DocumentFromContext : Inference.None,
                "the speaker says they signed it");
    }

    /// <summary>The one actor named outside the quotation in a sentence with a verb of saying outside it ("sagte Anna Berger", "Collins said:").</summary>
    private int? Speaker(Sentence sentence, List<Mention> mentions, CueLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        if (!tokens.Any(t => !t.Quoted && (lexicon.SpeechVerbs.Contains(t.Lower) || lexicon.SayingVerbs.Contains(t.Lower)))) return null;
        var outside = mentions.Where(m => !m.IsPronoun && !m.Marked && !tokens[m.Start].Quoted && m.Actor >= 0 && !actors.Actors[m.Actor].IsDocument).Select(m => m.Actor).Distinct().ToList();
        return outside is [var only] ? only : null;
    }

    private static readonly Cue Echoed = new(RelationType.Signed, "so did", [], 0.75, false, false, false, false, false);

    /// <summary>
    /// "Collins signed the letter, as did Baker and Ellis." / "… signed the letter. So did Baker.": the act repeated for others.
    /// Only right after a signing that is not negated.
    /// </summary>
    private IEnumerable<ExtractedRelation> SignersEchoed(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var j = 0; j + 1 < tokens.Count; j++)
        {
            if (tokens[j].Quoted || !lexicon.Echoes.Contains($"{tokens[j].Lower} {tokens[j + 1].Lower}") || (j > 0 && tokens[j - 1].IsWord)) continue;
            var signing = s.Hits.FindLastIndex(h => h.Cue.Relation == RelationType.Signed && h.Last < j);
            if (signing >= 0 ? Negated(s, signing, out _) : !(j == 0 && s.Sentence.Index - discourse.LastSigned == 1)) continue;
            var first = s.Mentions.FirstOrDefault(m => !m.IsPronoun && !IsDocument(m) && m.Start > j + 1 && m.Start <= j + 4);
            var named = s.Mentions.LastOrDefault(m => IsDocument(m) && m.Start < j);
            var document = named?.Actor ?? ContextDocument(discourse);
            if (first is null || document < 0) continue;
            var hit = new Hit(Echoed, [j, j + 1]);
            foreach (var m in SignerList(first, s).Where(m => !IsDocument(m) && !MentionNegated(tokens, m, lexicon)))
                yield return Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(document, Inference.None, "", named),
                    named is null ? Inference.DocumentFromContext : Inference.None, named is null ? $"declaration from context: {actors.Actors[document].Name}" : "", "did the same");
        }
    }

    private static readonly Cue Medium = new(RelationType.Signed, "document as means", [], 0.7, false, true, false, false, false);

    /// <summary>
    /// "Trittmann antwortete mit einem offenen Brief", "Per offenem Brief wandten sich Brandt und Demir an den Kanzler",
    /// "O'Connor responded with a letter of his own": a new document (no article, an indefinite one or a possessive) as the
    /// means of what the subject did; the subject wrote it. Only where no signing verb speaks, and not negated.
    /// </summary>
    private IEnumerable<ExtractedRelation> SignersByMedium(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (s.Hits.Any(h => h.Cue.Relation == RelationType.Signed)) yield break;
        foreach (var d in s.Mentions.Where(IsDocument))
        {
            var p = d.Start - 1;
            var article = lexicon.Indefinites.Contains(tokens[d.Start].Lower) || lexicon.Possessives.Contains(tokens[d.Start].Lower);
            while (p >= 0 && p >= d.Start - 3 && tokens[p].IsWord && !lexicon.Instruments.Contains(tokens[p].Lower))
            {
                if (!(lexicon.Indefinites.Contains(tokens[p].Lower) || lexicon.Possessives.Contains(tokens[p].Lower) || char.IsLower(tokens[p].Text[0]) && !lexicon.Determiners.Contains(tokens[p].Lower))) break;
                article |= lexicon.Indefinites.Contains(tokens[p].Lower) || lexicon.Possessives.Contains(tokens[p].Lower);
                p--;
            }
            if (p < 0 || tokens[p].Quoted || !lexicon.Instruments.Contains(tokens[p].Lower) || lexicon.Determiners.Contains(tokens[d.Start].Lower) && !article) continue;
            // The clause around it: up to a semicolon, a colon or a comma that opens a subordinate or relative clause.
            bool Bound(int j) => tokens[j].Text is ";" or ":" || tokens[j].Quoted || j > 0 && tokens[j - 1].Text == "," && (lexicon.Subordinators.Contains(tokens[j].Lower) || RelativeClauseAt(s, j));
            var start = p;
            while (start > 0 && !Bound(start - 1)) start--;
            var end = d.End;
            while (end < tokens.Count && !Bound(end)) end++;
            // "did not answer with a letter", "threatened to respond with a letter": no act that happened.
            if (Enumerable.Range(start, end - start).Any(j => lexicon.IsNegation(tokens[j].Lower) || lexicon.NonEvents.Contains(tokens[j].Lower) || lexicon.Intentions.Contains(tokens[j].Lower)
                || lexicon.Infinitive.Contains(tokens[j].Lower) && j + 1 < tokens.Count && tokens[j + 1].IsWord && char.IsLower(tokens[j + 1].Text[0]))) continue;
            // English: the subject before the verb; German: the first unmarked one of the clause, also after the verb ("wandten sich Brandt und Demir an").
            var subject = s.Mentions.Where(m => m.Start >= start && m.End <= end && m != d && !IsDocument(m) && !m.Marked && (m.Pronoun is null or (_, true))
                && (!lexicon.SubjectNearVerb || m.End <= p)).Select(m => (Mention?)m).FirstOrDefault();
            if (subject is null) continue;
            var hit = new Hit(Medium, [p]);
            foreach (var m in WithCoordinated(subject, s.Mentions, tokens, lexicon).Where(m => !IsDocument(m) && !MentionNegated(tokens, m, lexicon)))
                if (Resolve(m, s.Mentions, discourse.Previous, -1) is { } signer && !actors.Actors[signer.Actor].IsDocument)
                    yield return Row(s, hit, signer, new Resolved(d.Actor, Inference.None, "", d), signer.How, signer.Note, "the document is the means of the subject's act");
        }
    }

    private static readonly Cue Authors = new(RelationType.Signed, "document by", [], 0.75, true, false, false, false, false);

    /// <summary>
    /// "a letter from Sens. Collins and Baker", "der Brief von Berger und Hahn", "die Erklärung der Grünen": the document
    /// names its authors right after it. Not for a document the text calls the addressee's ("your letter").
    /// </summary>
    private IEnumerable<ExtractedRelation> DocumentAuthors(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        foreach (var d in s.Mentions.Where(IsDocument).ToList())
        {
            if (discourse.Addressed.Contains(d.Actor) || MentionNegated(tokens, d, lexicon)) continue;
            // An alias that is a headline ("Letter from Sen. John McCain to the FWS") names its author inside.
            for (var j = d.Start + 1; j < d.End - 1; j++)
            {
                if (!lexicon.PostAuthors.Contains(tokens[j].Lower)) continue;
                var author = Enumerable.Range(j + 1, Math.Min(4, d.End - j - 1)).Select(t => (At: t, Found: actors.Match(tokens, t))).FirstOrDefault(a => a.Found is { } found && !actors.Actors[found.Actor].IsDocument);
                // "Letter from DFL Senators to Dayton": a party before a plural member noun names where the authors belong, it wrote nothing itself.
                if (author.Found is { } inside && !(author.At + inside.Length < tokens.Count && lexicon.MemberNouns.Contains(tokens[author.At + inside.Length].Lower)
                        && actors.Actors[inside.Actor].Kind != ActorKinds.Person))
                    yield return Row(s, new Hit(Authors, [j]), new Resolved(inside.Actor, Inference.None, ""), new Resolved(d.Actor, Inference.None, "", d), Inference.None, "named in the document's title as its author");
                break;
            }
            // "das „Manifest für Frieden“ von Schwarzer": past the title's closing quotation mark.
            var close = d.End < tokens.Count && tokens[d.End].Quoted is false && tokens[d.End].Text is "“" or "”" or "\"" or "»" or "«" ? d.End + 1 : d.End;
            if (close >= tokens.Count) continue;
            var by = tokens[close].Lower;
            // "die gemeinsame Erklärung Norwegens und Kanadas": a German name in the genitive right after the document.
            var genitive = lexicon.SubjectNearVerb ? null : s.Mentions.FirstOrDefault(m => m.Start == close && !m.IsPronoun && !IsDocument(m)
                && tokens[close].Text.EndsWith('s') && !actors.Actors[m.Actor].Name.EndsWith('s'));
            if (!(lexicon.PostAuthors.Contains(by) || (!lexicon.SubjectNearVerb && (lexicon.GenitiveAfterNoun.Contains(by) || lexicon.GenitiveArticles.Contains(by)))) && genitive is null) continue;
            // "einen Aufruf von Künstlern. Unter ihnen: …": the authors may be listed next.
            discourse.LastSigned = s.Sentence.Index;
            // "Gemeinsame Erklärung der Außenministerin und der Außenminister Rau (Polen), Baerbock …": titles, also joined, before the names.
            var first = genitive ?? s.Mentions.FirstOrDefault(m => m.Start > close && m.Start <= close + 8);
            if (first is null || first.IsPronoun || IsDocument(first) || first.Mark == "'s" && first != genitive
                || Enumerable.Range(close + 1, Math.Max(0, first.Start - close - 1)).Any(j => !(tokens[j].Text == "." || lexicon.Determiners.Contains(tokens[j].Lower)
                    || lexicon.Conjunctions.Contains(tokens[j].Lower) && j > close + 1 || (tokens[j].IsWord && char.IsUpper(tokens[j].Text[0]))))) continue;
            var hit = new Hit(Authors, [close]);
            foreach (var m in SignerList(first, s))
            {
                if (IsDocument(m) || MentionNegated(tokens, m, lexicon) || (m != first && m.Mark is { } mark && mark != first.Mark && !lexicon.IsInclusion(mark))) continue;
                yield return Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(d.Actor, Inference.None, "", d), Inference.None, "named after the document as its author");
            }
        }
    }

    /// <summary>The signers named between <paramref name="from"/> and <paramref name="to"/> (offsets in the text) of the list <paramref name="opener"/> opened.</summary>
    private IEnumerable<ExtractedRelation> Signers(string text, Parsed opener, Hit hit, int from, int to, Discourse discourse)
    {
        var merged = new Sentence(opener.Sentence.Index, text[opener.Sentence.Start..to], opener.Sentence.Start, Sentences.Tokenize(text[opener.Sentence.Start..to]));
        var mentions = FindMentions(merged.Tokens, opener.Lexicon);
        var s = new Parsed(merged, mentions, [hit], opener.Lexicon);
        // "Anna Berger, Bürgermeisterin von Kassel\nMarkus Hahn": a name that opens its line takes no preposition from the line above.
        var listed = mentions.Where(m => !m.IsPronoun && merged.Start + merged.Tokens[m.Start].Start >= from && !IsDocument(m)
            && !(m.Mark is { } mark && s.Lexicon.Prepositions.Contains(mark) && !OpensLine(merged, m))).ToList();
        var documentMention = mentions.FirstOrDefault(m => IsDocument(m) && merged.Start + merged.Tokens[m.Start].Start < from);
        var document = documentMention?.Actor ?? -1;
        var how = Inference.None;
        if (document < 0)
        {
            document = ContextDocument(discourse);
            if (document < 0) yield break;
            how = Inference.DocumentFromContext;
        }
        foreach (var m in listed)
        {
            var kind = actors.Actors[m.Actor].Kind;
            // "Mary Collins MP, Green Party" on a line of its own: the party is where she belongs ("A, B and the Greens" is a list).
            if (kind != ActorKinds.Person && listed.Where(o => actors.Actors[o.Actor].Kind == ActorKinds.Person && SameLine(merged, o, m)).DistinctBy(o => o.Actor).Count() == 1) continue;
            yield return Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(document, Inference.None, "", documentMention), how,
                how == Inference.None ? "" : $"declaration from context: {actors.Actors[document].Name}", "listed as signer");
        }
    }

    /// <summary>The sentence is a line of its own: a line break (or the text's edge) before and after it.</summary>
    private static bool OwnLine(string text, Sentence sentence)
    {
        var end = sentence.Start + sentence.Text.Length;
        return (sentence.Start == 0 || text.LastIndexOf('\n', sentence.Start - 1) is var before && before >= 0 && string.IsNullOrWhiteSpace(text[(before + 1)..sentence.Start]))
            && (end >= text.Length || text.IndexOf('\n', end) is var after && (after < 0 ? string.IsNullOrWhiteSpace(text[end..]) : string.IsNullOrWhiteSpace(text[end..after])));
    }

    /// <summary>Only a bullet, a number or a dash stand before the mention on its line.</summary>
    private static bool OpensLine(Sentence sentence, Mention m)
    {
        var at = sentence.Tokens[m.Start].Start;
        var line = sentence.Text.LastIndexOf('\n', Math.Max(0, at - 1));
        return line >= 0 && sentence.Text[(line + 1)..at].All(c => !char.IsLetter(c));
    }

    /// <summary>No line break between the two, but one after a comma ("Myriam Atz-Tammerle,\nLandtagsabgeordnete,\nSüd-Tiroler Freiheit" is one entry).</summary>
    private static bool SameLine(Sentence sentence, Mention a, Mention b)
    {
        var (from, to) = a.Start < b.Start ? (a, b) : (b, a);
        var between = sentence.Text[sentence.Tokens[from.Start].Start..sentence.Tokens[to.Start].Start];
        return between.Split('\n').SkipLast(1).All(line => line.TrimEnd().EndsWith(','));
    }

    /// <summary>"die gemeinsame Erklärung der Abgeordneten Krüger und Vogt": a genitive right after the document names its authors.</summary>
    private bool AuthorsOfDocument(Parsed s, Mention m)
    {
        var index = s.Mentions.IndexOf(m);
        while (index > 0 && Glue(s.Mentions[index - 1], s.Mentions[index], s.Tokens, s.Lexicon) is not null) index--;
        var head = s.Mentions[index];
        var article = Enumerable.Range(Math.Max(0, head.Start - 3), head.Start - Math.Max(0, head.Start - 3))
            .LastOrDefault(j => s.Lexicon.GenitiveAfterNoun.Contains(s.Tokens[j].Lower) || s.Lexicon.GenitiveArticles.Contains(s.Tokens[j].Lower), -1);
        return article > 0 && s.Mentions.Any(o => IsDocument(o) && o.End == article);
    }

    /// <summary><paramref name="first"/> and the signers listed after it, also where the list describes them ("A, a former ambassador; B of Ohio and C").</summary>
    private static List<Mention> SignerList(Mention first, Parsed s)
    {
        var list = new List<Mention> { first };
        var skipped = 0;
        for (var i = s.Mentions.IndexOf(first) + 1; i < s.Mentions.Count; i++)
        {
            var (a, b) = (list[^1], s.Mentions[i]);
            var joined = Glue(a, b, s.Tokens, s.Lexicon) is { } glue && glue.Any(g => g is "," or ";" || s.Lexicon.Conjunctions.Contains(g));
            if (joined || SignerLists.DescribedListGoesOn(s.Tokens, a.End, b.Start, s.Lexicon))
            {
                list.Add(b);
                skipped = 0;
            }
            // "Becker, der frühere Staatssekretär unter Norbert Röttgen (CDU), oder Polenz": a name inside a description is no member.
            else if (b.Marked && !s.Lexicon.IsInclusion(b.Mark!) && skipped++ < 2) continue;
            else break;
        }
        return list;
    }
}
