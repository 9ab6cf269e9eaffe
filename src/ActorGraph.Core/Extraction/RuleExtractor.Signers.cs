using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Who signed which document: signers around a signing cue (<see cref="Signed"/>) and the lists they stand in. Signers
/// listed without a verb are in RuleExtractor.ListedSigners.cs, signers in the sentences after a signing in
/// RuleExtractor.SignersInContext.cs, which document a text means in RuleExtractor.Documents.cs.
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
        // "Signatories include three former premiers (A, B); five former ministers (including C and D)": in a list of signers a
        // count after the semicolon opens the next group of it.
        for (var j = hit.Last + 1; j < to; j++)
            if (s.Tokens[j].Text == ";" && OwnClause(s, j + 1, to) && !(listing && j + 1 < to && Counted(s, j + 1))) { to = j; break; }
        for (var j = hit.Anchor - 1; j > from; j--)
            if (s.Tokens[j].Text == ";" && OwnClause(s, from + 1, j)) { from = j; break; }
        // "Greenpeace announced that twelve MPs had signed the letter", "Der DGB teilte mit, dass …": who reports the signing did not sign.
        // Not in a relative clause: "Collins, who said that the plan was wrong, signed the letter".
        if (Enumerable.Range(from + 1, Math.Max(0, hit.Anchor - from - 1)).LastOrDefault(j => lexicon.Complementizers.Contains(s.Tokens[j].Lower) && !RelativeAfterGroup(s, j), -1) is var reported and > 0
            && !Enumerable.Range(from + 2, Math.Max(0, reported - from - 2)).Any(j => lexicon.Relatives.Contains(s.Tokens[j].Lower) && s.Tokens[j - 1].Text == ","))
            from = reported;
        // "Collins praised the MPs who signed the letter", "Berger lobte die Abgeordneten, die den Brief unterschrieben haben": who
        // stands before a relative clause on a common noun is no signer; that noun is the clause's subject.
        if (RelativeOnCommonNoun(s, from, hit) is var relative and > 0) from = relative;
        var named = s.Mentions.Where(m => !m.IsPronoun).ToList();
        var documentMention = named.Where(IsDocument).OrderBy(m => Math.Abs(m.Start - hit.Anchor)).FirstOrDefault();
        // "It was written by Collins", "Baker and Ellis had co-sponsored it", "Verfasst haben ihn Berger und Hahn", "Its backers include …":
        // right after a sentence that named the document, a pronoun where the verb's document would stand is that one.
        var pronounForDocument = documentMention is null && hit.Cue.NeedsDocument && discourse.Previous.Any(IsDocument) && DocumentAsPronoun(s, hit, discourse.Previous);
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
        if (hit.Cue.Noun && hit.Cue.NeedsDocument && (documentMention is null ? !pronounForDocument
                : (documentMention.End <= hit.Anchor ? hit.Anchor - documentMention.End : documentMention.Start - hit.Last - 1) > 3)
            && !(hit.Cue.Authors && documentMention is not null && Enumerable.Range(0, s.Hits.Count).Any(o => o != k && s.Hits[o].Cue.Relation == RelationType.Signed && !s.Hits[o].Cue.Noun && !Negated(s, o, out _))))
            yield break;
        // "urged Baker to sign the letter": a verb of saying signs only the document it speaks in ("in a letter", "in ihrem Brief").
        if (hit.Cue.Scene && (documentMention is null || !Framed(s, documentMention))) yield break;
        // "a tweet sent by Ducklo", "the order signed by the president": a participle with its agent signs the noun right before it.
        // "Twenty senators, led by Collins and Baker, sent the letter": an apposition that leads or joins the ones who signed.
        if (ReducedPassive(s, hit) && !(documentMention is not null && documentMention.End <= hit.Anchor && documentMention.End >= hit.Anchor - 2)
            && !(hit.Cue.Companions && s.Tokens[hit.Anchor - 1].Text == ",")) yield break;
        // "supported the letter": only a letter (not a bill) right after the verb; in the passive before it ("the statement, backed by
        // Norway and Canada,", "Die Erklärung wurde von Norwegen unterstützt").
        if (hit.Cue.LetterObject && !(documentMention is not null
                && (documentMention.Start > hit.Last && documentMention.Start - hit.Last <= 3 || SupportedInPassive(s, hit, documentMention))
                && Enumerable.Range(documentMention.Start, documentMention.End - documentMention.Start).Any(j => lexicon.DocumentNouns.Contains(s.Tokens[j].Lower)))) yield break;
        if (PostAsObject(s, hit, documentMention)) yield break;
        var document = documentMention?.Actor ?? -1;
        var how = basis.How;
        var note = basis.Note;
        if (document < 0)
        {
            // "the executive orders Biden has signed", "signed another letter": something else that is signed stands by the verb.
            if (hit.Cue.NeedsDocument && !pronounForDocument
                || Enumerable.Range(Math.Max(0, hit.Anchor - 5), Math.Min(s.Tokens.Count, hit.Last + 5) - Math.Max(0, hit.Anchor - 5))
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
        // "Mit Hamburg und Stuttgart sind zwei weitere Städte dem Appell beigetreten", "With Norway and Canada, two more states
        // have joined the call": the subject counts a group, the fronted names are who it counts.
        var fronted = vague && subjects.Count == 0 ? CountedByFrontedNames(s, hit) : [];
        subjects.AddRange(fronted);
        // "A group of MPs, including A and B, sent the letter", "Zwölf Abgeordnete, darunter A und B, haben den Brief verfasst",
        // "The group, which is said to include A and B, sent …": a subject that is no actor is the group the included names belong to.
        var includedInSubject = vague && subjects.Count == 0 && !PassiveSigning(s, hit, documentMention) ? IncludedInSubject(s, hit) : [];
        subjects.AddRange(includedInSubject);
        // "Die von Vera Lengsfeld initiierte „Erklärung“", "der von Krüger verfasste Brief": a participle before the document, its agent before it.
        if (vague && subjects.All(IsDocument) && !lexicon.SubjectNearVerb && documentMention is not null && DocumentRightAfter(s, hit, documentMention)
            && PassiveSigning(s, hit, documentMention))
            subjects.AddRange(named.Where(m => m.End <= hit.Anchor && hit.Anchor - m.End <= 3 && m.Mark is { } by && lexicon.Agents.Contains(by)).SelectMany(m => SignerList(m, s)).Distinct());
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
        // "verurteilten die Unterzeichner den Einsatz von Gewalt durch Russland": after a noun only an agent close to it is its signer.
        bool Acting(Mention m) => m.Mark is not { } mark || lexicon.Agents.Contains(mark) && !(hit.Cue.Noun && m.Start - hit.Last > 4) && !NounComplement(s, hit, m) || lexicon.IsInclusion(mark) || lexicon.ObjectArticles.Contains(mark) || lexicon.Echoes.Contains(mark)
            || (mark == "genitive" && AuthorsOfDocument(s, m)) || Companion(m)
            // "the signatures of A and B", "on the initiative of A": an author after the noun.
            || Author(m) || Circle(s, m) || principals.Contains(m) || CountedBefore(s, m);
        bool Author(Mention m) => hit.Cue.Authors && m.Mark is { } mark && (lexicon.PostAuthors.Contains(mark) || lexicon.Origins.Contains(mark)) && m.Start > hit.Last && m.Start - hit.Last <= 4;
        var after = new HashSet<Mention>();
        // Members of a list whose head signed: a preposition inside the list ("A, Ministerin unter Meier, und B") is no mark of B's.
        var members = new HashSet<Mention>();
        // "Thirty MPs put their names to the letter, including A and B": a list after a subject that is no known actor.
        var included = new HashSet<Mention>();
        var cueTokens = hit.Tokens.ToHashSet();
        // A separable verb's gap counts as after the cue ("schlossen sich auch Berger und Hahn an").
        foreach (var m in named.Where(m => m.Start > hit.Anchor && !cueTokens.Contains(m.Start) && m.Start < to && !IsDocument(m) && !asides.Any(a => a.Start < m.Start && m.Start < a.End)))
            if (!Enumerable.Range(hit.Anchor + 1, Math.Max(0, m.Start - hit.Anchor - 1)).Any(j => s.Tokens[j].Text == "," && !InAside(s, j)) || (m.Mark is { } mk && lexicon.IsInclusion(mk))
                || InclusionClause(s, hit.Anchor, m) || DescribedBefore(s, hit, m) || NamedAfterRelative(s, hit, m) || listing || OneOf(s, hit, m) || OwnersApposition(s, hit, m))
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
            if (!Acting(m) && !members.Contains(m) && !fronted.Contains(m) || Partitive(s, m) || PartnerOfNoun(s, m)) continue;
            // "Sohn von Willy Brandt und Erstunterzeichner des Manifests": before a noun, "von" is no agent.
            if (hit.Cue.Noun && m.Start < hit.Anchor && m.Mark is { } byMark && lexicon.Agents.Contains(byMark)) continue;
            if ((principals.Count > 0 && !principals.Contains(m) || answered) && actor.Kind != ActorKinds.Person) continue;
            // "Unterzeichnet: … Anna Berger, SPD": after a label, a party right after a person is her affiliation.
            if (labelled && actor.Kind != ActorKinds.Person && m.Start >= 2 && s.Tokens[m.Start - 1].Text is "," or "("
                && named.Any(o => o.End == m.Start - 1 && actors.Actors[o.Actor].Kind == ActorKinds.Person)) continue;
            if (vague && !subjects.Contains(m) && !included.Contains(m) && !Companion(m) && !principals.Contains(m) && !CountedBefore(s, m) && !(Author(m) || members.Contains(m) && after.Any(a => Author(a) && a.Start < m.Start))) continue;
            if (passive && m.Start < hit.Anchor && !(m.Mark is { } mark && (lexicon.Agents.Contains(mark) && !lexicon.SubjectNearVerb || lexicon.IsInclusion(mark))) && !(m.Start == 0 && LineLabel(s, hit))) continue;
            // "MEPs from six groups have signed the letter: Renew Europe, …": the groups say where the signers come from.
            if (actor.Kind != ActorKinds.Person && m.Start > hit.Anchor && MembersFromGroups(s, clause, hit)) continue;
            if (CountryOfPerson(s, m)) continue;
            // "Ruth Ellis, Mary Collins's former adviser Tom Baker and …": the owner in a signer's title signs nothing.
            if (m.Mark == "'s" && named.Any(o => o.Start > m.End && o.Start - m.End <= 6 && actors.Actors[o.Actor].Kind == ActorKinds.Person
                    && Enumerable.Range(m.End, o.Start - m.End).All(j => s.Tokens[j].IsWord || s.Tokens[j].Text is "'s" or "’s" or "'" or "’"))) continue;
            // "Signatories include … two former U.N. under-secretaries": in an English list a body right before a lower-case noun describes that noun.
            if (listing && lexicon.SubjectNearVerb && actor.Kind != ActorKinds.Person && m.Start > hit.Last && m.End < s.Tokens.Count && s.Tokens[m.End] is { IsWord: true } next
                && char.IsLower(next.Text[0]) && !lexicon.IsListGlue(next.Lower) && !lexicon.Prepositions.Contains(next.Lower) && !lexicon.Relatives.Contains(next.Lower)
                && !lexicon.Inclusions.Contains(next.Lower)) continue;
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
    /// "Norway and Canada are among the states that signed the call", "one of the MPs that signed": after a noun that "among"
    /// or "one of" counts the names in, "that" opens a relative clause on the group, it reports nothing.
    /// </summary>
    private static bool RelativeAfterGroup(Parsed s, int that)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (that < 2 || !tokens[that - 1].IsWord || !(char.IsLower(tokens[that - 1].Text[0]) || lexicon.MemberNouns.Contains(tokens[that - 1].Lower)) || lexicon.SayingVerbs.Contains(tokens[that - 1].Lower) || lexicon.SpeechVerbs.Contains(tokens[that - 1].Lower)) return false;
        var among = Enumerable.Range(Math.Max(0, that - 5), that - 1 - Math.Max(0, that - 5)).LastOrDefault(j => tokens[j].Lower == "among" || tokens[j].Lower == "of" && j > 0 && Ones.Contains(tokens[j - 1].Lower), -1);
        return among >= 0 && Enumerable.Range(among + 1, that - among - 1).All(j => tokens[j].IsWord && !s.Mentions.Any(m => m.Start <= j && j < m.End));
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

    /// <summary>
    /// The names a sentence opens with after "mit"/"with" when a count before the verb makes the subject a group they
    /// make up ("Mit A und B sind zwei weitere …", "With A and B, two more …"); none where another actor stands between.
    /// </summary>
    private List<Mention> CountedByFrontedNames(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (s.Mentions.FirstOrDefault(m => !m.IsPronoun) is not { Mark: { } mark } first || !lexicon.Comitatives.Contains(mark) || first.Start > 2) return [];
        var list = SignerList(first, s).Where(m => m.End <= hit.Anchor).ToList();
        var end = list[^1].End;
        return Enumerable.Range(end, Math.Max(0, hit.Anchor - end)).Any(j => Counted(s, j))
            && !s.Mentions.Any(m => !m.IsPronoun && !IsDocument(m) && m.Start >= end && m.End <= hit.Anchor) ? list : [];
    }

    /// <summary>The comma at <paramref name="j"/> opens or closes an aside of two words that include ("signed, among others, by A and B").</summary>
    private static bool InAside(Parsed s, int j)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        bool Pair(int at) => at >= 0 && at + 3 < tokens.Count && tokens[at].Text == "," && tokens[at + 3].Text == ","
            && lexicon.InclusionPairs.Contains($"{tokens[at + 1].Lower} {tokens[at + 2].Lower}");
        return Pair(j) || Pair(j - 3);
    }

    /// <summary>A count opens the tokens at <paramref name="at"/>: a number word or digits ("five former ministers", "12 Abgeordnete").</summary>
    private static bool Counted(Parsed s, int at) =>
        s.Lexicon.GroupWords.Contains(s.Tokens[at].Lower) || s.Tokens[at].Text.All(char.IsDigit);

    /// <summary>"on behalf of Collins", "im Namen von Berger", "im Auftrag der Abgeordneten Hahn": the one acted for (titles may stand between).</summary>
    private static bool ActsFor(Parsed s, Mention m) =>
        Enumerable.Range(Math.Max(0, m.Start - 5), Math.Max(0, m.Start - 1 - Math.Max(0, m.Start - 5))).Any(j => s.Lexicon.Proxies.Contains(s.Tokens[j].Lower)
            && (s.Lexicon.Prepositions.Contains(s.Tokens[j + 1].Lower) || s.Lexicon.GenitiveArticles.Contains(s.Tokens[j + 1].Lower))
            && Enumerable.Range(j + 2, m.Start - j - 2).All(t => s.Lexicon.Determiners.Contains(s.Tokens[t].Lower) || s.Tokens[t].IsWord && char.IsUpper(s.Tokens[t].Text[0]) || s.Tokens[t].Text == "."));

    /// <summary>
    /// "Brandenburg ist nach Berlin das zweite Land, das der Charta beitritt", "als zweites Land nach Sachsen", "the third
    /// country after Canada and Japan": a place in a count right beside "after"/"nach" and the names says they did it before.
    /// </summary>
    private static bool CountedBefore(Parsed s, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (m.Mark is not ("nach" or "after")) return false;
        var after = Enumerable.Range(Math.Max(0, m.Start - 3), m.Start - Math.Max(0, m.Start - 3)).LastOrDefault(j => tokens[j].Lower == m.Mark, -1);
        var end = SignerList(m, s)[^1].End;
        bool Ordinal(int j) => j >= 0 && j < tokens.Count && lexicon.Ordinals.Contains(tokens[j].Lower);
        return after >= 0 && (Enumerable.Range(end, 4).Any(Ordinal) || Enumerable.Range(after - 3, 3).Any(Ordinal));
    }

    /// <summary>
    /// "signed the call after talks with Canada", "nach Gesprächen mit Sachsen": "with"/"mit" right after a common noun (not
    /// the document, not "together") names that noun's partner, no one who signed with the subject.
    /// </summary>
    private static bool PartnerOfNoun(Parsed s, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (m.Mark is not { } mark || !lexicon.Comitatives.Contains(mark)) return false;
        var with = Enumerable.Range(Math.Max(0, m.Start - 3), m.Start - Math.Max(0, m.Start - 3)).LastOrDefault(j => tokens[j].Lower == mark, -1);
        if (with < 2 || !tokens[with - 1].IsWord || s.Mentions.Any(o => o.Start < with && with - 1 < o.End)) return false;
        var noun = tokens[with - 1];
        var lower = noun.Lower;
        if (lexicon.Companions.Contains(lower) || lexicon.Determiners.Contains(lower) || lexicon.Prepositions.Contains(lower) || lexicon.Conjunctions.Contains(lower)
            || lexicon.DocumentNouns.Contains(lower)) return false;
        // German writes nouns capitalised, English in lower case (and not an adverb in -ly).
        return lexicon.SubjectNearVerb ? char.IsLower(noun.Text[0]) && !lower.EndsWith("ly", StringComparison.Ordinal) : char.IsUpper(noun.Text[0]);
    }

    /// <summary>
    /// The names an apposition or relative clause includes in the subject before the verb ("A group of MPs, including A and B,
    /// sent", "Zwölf Abgeordnete, darunter A und B, haben … verfasst", "The group, which includes A and B, sent"): no actor
    /// stands before them, the inclusion follows a comma or a relative pronoun, and after the list's closing comma only the
    /// verb (a German auxiliary, the document) comes before the cue.
    /// </summary>
    private List<Mention> IncludedInSubject(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var first = s.Mentions.FirstOrDefault(m => !m.IsPronoun && !IsDocument(m) && m.End <= hit.Anchor);
        if (first?.Mark is not { } mark || !lexicon.IsInclusion(mark) || lexicon.Comitatives.Contains(mark)) return [];
        var opener = Enumerable.Range(0, first.Start).LastOrDefault(j => tokens[j].Text == "," || lexicon.Relatives.Contains(tokens[j].Lower), -1);
        if (opener < 1 || Enumerable.Range(0, opener).Any(j => tokens[j].Text is ";" or ":" || tokens[j].Quoted)) return [];
        var list = SignerList(first, s).Where(m => m.End <= hit.Anchor).ToList();
        var close = list[^1].End;
        return close < hit.Anchor && tokens[close].Text == "," && Enumerable.Range(close + 1, hit.Anchor - close - 1).All(j => tokens[j].IsWord && !tokens[j].Quoted
            && !lexicon.Subordinators.Contains(tokens[j].Lower) && !s.Mentions.Any(m => !IsDocument(m) && m.Start <= j && j < m.End))
            && hit.Anchor - close <= 6 ? list : [];
    }

    /// <summary>
    /// Where a relative clause that holds the cue opens on a common noun (English "who"/"that" after it, German a relative
    /// pronoun after its comma), with a name before it in the main clause; -1 where the main clause makes the name that noun (a
    /// copula, "among", "one of", "zu den": "Collins is the MP who wrote", "gehören zu den Ländern, die"), the name stands in
    /// apposition ("Collins, the MP who …") or the noun is an actor ("Collins, who signed").
    /// </summary>
    private int RelativeOnCommonNoun(Parsed s, int from, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var j = hit.Anchor - 1; j > from + 1; j--)
        {
            if (tokens[j].Quoted || tokens[j].Text is "," or ";" or ":" && !(j + 1 < tokens.Count && lexicon.Relatives.Contains(tokens[j + 1].Lower))) return -1;
            var opens = lexicon.SubjectNearVerb ? tokens[j].Lower is "who" or "that" : tokens[j - 1].Text == "," && lexicon.Relatives.Contains(tokens[j].Lower);
            if (!opens) continue;
            var noun = tokens[j - 1].Text == "," ? j - 2 : j - 1;
            if (noun <= from || !tokens[noun].IsWord || s.Mentions.Any(m => m.Start <= noun && noun < m.End)) return -1;
            // A common noun: English in lower case (or a member noun such as "MPs"), German capitalised.
            if (lexicon.SubjectNearVerb ? !(char.IsLower(tokens[noun].Text[0]) || lexicon.MemberNouns.Contains(tokens[noun].Lower)) : char.IsLower(tokens[noun].Text[0]) && tokens[noun].Lower != "alle") return -1;
            if (s.Mentions.LastOrDefault(m => !m.IsPronoun && !IsDocument(m) && m.End <= noun && m.Start > from) is not { } name || name.End < tokens.Count && tokens[name.End].Text == ",") return -1;
            var counted = Enumerable.Range(from + 1, noun - from - 1).Any(t => lexicon.Copulas.Contains(tokens[t].Lower) || lexicon.Inclusions.Contains(tokens[t].Lower)
                || lexicon.IsInclusion(tokens[t].Lower) || tokens[t].Lower is "of" or "zu" or "unter" or "von" || Ones.Contains(tokens[t].Lower));
            return counted ? -1 : j;
        }
        return -1;
    }

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

    /// <summary>
    /// "Its author, Tom Baker, said", "Its sponsors, Ellis and Quinn, welcomed …", "Seine Verfasser, Berger und Hahn, …": a
    /// signing noun opened by the document's possessive, then the names between commas.
    /// </summary>
    private static bool OwnersApposition(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (!hit.Cue.Noun || hit.Last + 1 >= tokens.Count || tokens[hit.Last + 1].Text != "," || m.Start - hit.Last > 5) return false;
        var owner = Enumerable.Range(Math.Max(0, hit.Anchor - 2), Math.Min(2, hit.Anchor)).LastOrDefault(j => lexicon.DocumentPossessives.Contains(tokens[j].Lower), -1);
        if (owner < 0 || owner > 0 && tokens[owner - 1].Text != ",") return false;
        var end = SignerList(m, s)[^1].End;
        return Enumerable.Range(hit.Last + 2, m.Start - hit.Last - 2).All(j => tokens[j].IsWord && (char.IsUpper(tokens[j].Text[0]) || lexicon.Determiners.Contains(tokens[j].Lower)))
            && (end >= tokens.Count || tokens[end].Text == ",");
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
    private bool Partitive(Parsed s, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        // "signed by 70 Republican and 70 Democratic House members": a count right before a party counts its members.
        if (m.Start > 0 && tokens[m.Start - 1].Text.All(char.IsDigit) && !m.IsPronoun && actors.Actors[m.Actor].Kind == ActorKinds.Party) return true;
        var j = m.Start - 1;
        while (j >= 0 && m.Start - j <= 2 && (lexicon.Determiners.Contains(tokens[j].Lower) || lexicon.GenitiveAfterNoun.Contains(tokens[j].Lower) || lexicon.Origins.Contains(tokens[j].Lower))) j--;
        // "2019 von Frankreich": a year is no count.
        return j >= 0 && j < m.Start - 1 && (tokens[j].Text.All(char.IsDigit) && !(tokens[j].Text.Length == 4 && tokens[j].Text[..2] is "19" or "20") || lexicon.GroupWords.Contains(tokens[j].Lower) || lexicon.Quantifiers.Contains(tokens[j].Lower) || tokens[j].Lower is "one" or "einer");
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
        s.Lexicon.DocumentNouns.Contains(s.Tokens[j].Lower) && TokenWindow.Before(j, 3).Any(o => s.Lexicon.OtherDocument.Contains(s.Tokens[o].Lower));

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
        if (!s.Mentions.Any(m => !m.IsPronoun && m.End <= hit.Anchor && m.Mark is { } mark && lexicon.Agents.Contains(mark)) || LemmaForm(s, hit)) return false;
        return (document is not null && DocumentRightAfter(s, hit, document)) || tokens.Any(t => lexicon.PassiveAuxiliaries.Contains(t.Lower) || lexicon.StativeAuxiliaries.Contains(t.Lower));
    }

    /// <summary>
    /// A pronoun stands where the verb's document would: its object ("co-sponsored it", "sent it to Doyle"; not "sent it
    /// back"; German "ihn", "sie", "es" beside the verb: "Verfasst haben ihn …", "Hahn hat ihn verfasst"), or the subject of its
    /// passive ("It was written by Collins", "Er wurde von Berger verfasst"); before a signing noun a possessive ("Its
    /// backers include …", "Zu seinen Unterstützern gehören …") after a sentence that opened with the document and named no
    /// other owner (a body for "its"; anyone for "sein", "ihr").
    /// </summary>
    private bool DocumentAsPronoun(Parsed s, Hit hit, IReadOnlyList<Mention> previous)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Noun)
        {
            var owner = hit.Anchor - 1;
            if (owner >= 1 && tokens[owner].IsWord && char.IsLower(tokens[owner].Text[0]) && !lexicon.DocumentPossessives.Contains(tokens[owner].Lower)) owner--;
            // Whom else the possessive could mean: in English a body ("Greenpeace … Its supporters"), in German anyone.
            bool Owner(Mention m) => !IsDocument(m) && (!lexicon.SubjectNearVerb || actors.Actors[m.Actor].Kind != ActorKinds.Person);
            return owner >= 0 && !tokens[owner].Quoted && lexicon.DocumentPossessives.Contains(tokens[owner].Lower)
                && previous.FirstOrDefault(m => !m.IsPronoun) is { } opened && IsDocument(opened) && !previous.Any(m => m.Actor >= 0 && Owner(m))
                && !s.Mentions.Any(m => m.Actor >= 0 && m.End <= owner && Owner(m));
        }
        bool Object(int j) => j >= 0 && j < tokens.Count && !tokens[j].Quoted && lexicon.DocumentObjects.Contains(tokens[j].Lower);
        if (lexicon.SubjectNearVerb)
        {
            var next = hit.Last + 2;
            if (Object(hit.Last + 1) && (next >= tokens.Count || !tokens[next].IsWord || lexicon.Prepositions.Contains(tokens[next].Lower) || lexicon.Conjunctions.Contains(tokens[next].Lower)))
                return true;
            var subject = hit.Anchor - 1;
            while (subject >= 0 && tokens[subject].IsWord && (lexicon.PassiveAuxiliaries.Contains(tokens[subject].Lower) || lexicon.Additives.Contains(tokens[subject].Lower)
                       || tokens[subject].Lower is "has" or "have" or "had")) subject--;
            return subject >= 0 && subject < hit.Anchor - 1 && (subject == 0 || tokens[subject - 1].Text is "," or ";") && lexicon.DocumentPronouns.Contains(tokens[subject].Lower)
                && !tokens[subject].Quoted && PassiveSigning(s, hit, null);
        }
        return Enumerable.Range(hit.Anchor - 2, 5).Any(j => j != hit.Anchor && Object(j))
            || !tokens[0].Quoted && lexicon.DocumentPronouns.Contains(tokens[0].Lower) && PassiveSigning(s, hit, null);
    }

    /// <summary>The document follows the cue word directly, at most an opening quotation mark between ("initiierte „Erklärung 2018“").</summary>
    private static bool DocumentRightAfter(Parsed s, Hit hit, Mention document) =>
        document.Start == hit.Last + 1 || document.Start == hit.Last + 2 && s.Tokens[hit.Last + 1].Text is "„" or "\"" or "»" or "«" or "“";

    /// <summary>
    /// The cue word is its verb's lemma ("Spitzen von SPD und Grünen unterzeichnen Koalitionsvertrag"): in German the
    /// infinitive or a present plural, never the participle a passive needs.
    /// </summary>
    private static bool LemmaForm(Parsed s, Hit hit) =>
        hit.Cue.Pattern.Split('|').Any(p => p.IndexOf('~') is var tilde and > 0 && string.Equals(p[..tilde], s.Tokens[hit.Anchor].Lower, StringComparison.Ordinal));

    /// <summary>
    /// "Unterzeichnet haben Vertreter von SPD und Grünen": a German "von" right after a common noun (no actor, no document
    /// noun, not the cue) belongs to that noun; whose representatives or members they are, not who signed.
    /// </summary>
    private static bool NounComplement(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (lexicon.SubjectNearVerb || m.Mark is not { } mark) return false;
        var by = Enumerable.Range(Math.Max(1, m.Start - 4), Math.Max(0, m.Start - Math.Max(1, m.Start - 4))).LastOrDefault(j => tokens[j].Lower == mark, -1);
        var noun = by - 1;
        // "Der von Krüger initiierte Brief": an article opening the sentence is no noun.
        return by > 0 && tokens[noun].IsWord && char.IsUpper(tokens[noun].Text[0]) && !hit.Tokens.Contains(noun) && !lexicon.DocumentNouns.Contains(tokens[noun].Lower)
            && !lexicon.Determiners.Contains(tokens[noun].Lower) && !lexicon.Indefinites.Contains(tokens[noun].Lower) && !lexicon.Prepositions.Contains(tokens[noun].Lower)
            && !s.Mentions.Any(o => o.Start <= noun && noun < o.End);
    }

    /// <summary>
    /// "(Malcolm Fraser, Australia, and Jim Bolger, New Zealand)": a state between commas right after a person in a list
    /// says where she comes from; it signed nothing.
    /// </summary>
    private bool CountryOfPerson(Parsed s, Mention m)
    {
        var tokens = s.Tokens;
        return actors.Actors[m.Actor].Kind == ActorKinds.State && m.Start >= 2 && tokens[m.Start - 1].Text == ","
            && s.Mentions.Any(o => o.End == m.Start - 1 && !o.IsPronoun && actors.Actors[o.Actor].Kind == ActorKinds.Person)
            && (m.End >= tokens.Count || tokens[m.End].Text is "," or ")" or ";" or ".");
    }

    /// <summary>
    /// The document is the subject of the verb in the passive: English "the statement, backed by", "is supported by" (the
    /// agent right after the verb, the document at most three tokens before it); German "Die Erklärung wurde von Norwegen
    /// unterstützt" (an agent before the verb, the document before the agent).
    /// </summary>
    private bool SupportedInPassive(Parsed s, Hit hit, Mention document)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (document.End > hit.Anchor) return false;
        if (lexicon.SubjectNearVerb)
            return hit.Anchor - document.End <= 3 && hit.Last + 1 < tokens.Count && lexicon.Agents.Contains(tokens[hit.Last + 1].Lower)
                && Enumerable.Range(document.End, hit.Anchor - document.End).All(j => tokens[j].Text == "," || lexicon.PassiveAuxiliaries.Contains(tokens[j].Lower) || lexicon.StativeAuxiliaries.Contains(tokens[j].Lower));
        return PassiveSigning(s, hit, document) && s.Mentions.Any(m => !m.IsPronoun && m.Start >= document.End && m.End <= hit.Anchor && m.Mark is { } mark && lexicon.Agents.Contains(mark));
    }

    /// <summary>"a letter signed by Baker": a participle right after a noun with its agent after it, no auxiliary or conjunction ("led by A and joined by B") before it.</summary>
    private bool ReducedPassive(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Noun || hit.Anchor == 0 || hit.Last + 1 >= tokens.Count || !lexicon.Agents.Contains(tokens[hit.Last + 1].Lower)) return false;
        var previous = tokens[hit.Anchor - 1];
        if (LineLabel(s, hit)) return false;
        return previous.IsWord && !lexicon.PassiveAuxiliaries.Contains(previous.Lower) && !lexicon.StativeAuxiliaries.Contains(previous.Lower)
            && !lexicon.Additives.Contains(previous.Lower) && !previous.Lower.EndsWith("ly", StringComparison.Ordinal) && !lexicon.Conjunctions.Contains(previous.Lower)
            || previous.Text == "," && hit.Anchor >= 2 && s.Tokens[hit.Anchor - 2].IsWord;
    }

    /// <summary>
    /// "Kassel, unterzeichnet durch Oberbürgermeisterin Berger, 2. Februar", "POTSDAM, Beschluss des Rates, unterzeichnet durch …":
    /// a line opened by a place (capitalised words and a comma), the cue after a comma; the place is no signed noun but a signer.
    /// </summary>
    private bool LineLabel(Parsed s, Hit hit)
    {
        var comma = Enumerable.Range(0, hit.Anchor).FirstOrDefault(j => s.Tokens[j].Text == ",", -1);
        return comma >= 1 && s.Tokens[hit.Anchor - 1].Text == "," && Enumerable.Range(0, comma).All(j => s.Tokens[j].IsWord && char.IsUpper(s.Tokens[j].Text[0]))
            && !s.Mentions.Any(m => m.Start < hit.Anchor - 1 && (IsDocument(m) || m.Start > comma));
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

    /// <summary>"die gemeinsame Erklärung der Abgeordneten Krüger und Vogt": a genitive right after the document names its authors.</summary>
    private bool AuthorsOfDocument(Parsed s, Mention m)
    {
        var index = s.Mentions.IndexOf(m);
        while (index > 0 && Glue(s.Mentions[index - 1], s.Mentions[index], s.Tokens, s.Lexicon) is not null) index--;
        var head = s.Mentions[index];
        var article = TokenWindow.Before(head.Start, 3)
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
