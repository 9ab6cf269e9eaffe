using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// The clause a cue governs: where it starts and ends, the mentions before and after the cue, and who acted in it
/// (subject, or the agent of a passive).
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>Tokens <paramref name="from"/> up to <paramref name="to"/> are a list of named actors: names, commas and conjunctions.</summary>
    private static bool NamesOnly(Parsed s, int from, int to) =>
        to > from && Enumerable.Range(from, to - from).All(j => s.Tokens[j].Text == "," || s.Lexicon.Conjunctions.Contains(s.Tokens[j].Lower)
            || s.Mentions.Any(m => !m.IsPronoun && m.Start <= j && j < m.End))
        && s.Mentions.Any(m => !m.IsPronoun && m.Start >= from && m.End <= to);

    /// <summary>
    /// The cue's clause starts after the cue before it, a subordinator ("indem sie Kutcher antwortete") or a colon, and
    /// ends at the next cue, a contrast, a semicolon, or (in a subordinate clause, which ends with its verb) the next comma.
    /// </summary>
    private static Clause ClauseOf(Parsed s, int k)
    {
        var (tokens, hit, lexicon) = (s.Tokens, s.Hits[k], s.Lexicon);
        var before = s.Hits.ElementAtOrDefault(k - 1)?.Last ?? -1;
        var start = before;
        var subordinate = false;
        var asides = new List<(int Open, int Close)>();
        var relative = (At: -1, StartBefore: -1); // a relative clause right after the clause's first actor, and where the clause started before it
        var question = false;
        for (var j = before + 1; j < hit.Anchor; j++)
        {
            // "Berger hat – wer hätte das gedacht – einen Post von Hahn gelikt": an aside between two dashes leaves the clause open.
            if (tokens[j].Text is "–" or "—" && Enumerable.Range(j + 1, hit.Anchor - j - 1).FirstOrDefault(d => tokens[d].Text is "–" or "—", -1) is var close and > 0)
            {
                // "Two of the MPs – Collins and Baker – have released their letter": dashes around names only set off who the group is.
                if (!NamesOnly(s, j + 1, close)) asides.Add((j, close));
                j = close;
                continue;
            }
            var relativeAt = RelativeClauseAt(s, j);
            // "Die hat während des Kongresses … geteilt": before a genitive article "während" is a preposition, no subordinator.
            var preposition = j + 1 < hit.Anchor && lexicon.GenitiveArticles.Contains(tokens[j + 1].Lower) && lexicon.Prepositional.Contains(tokens[j].Lower);
            // "were among 40 countries that have joined the call": "that" on a group the names are counted in goes on with their clause.
            // "hat überprüft, wem Hahn folgt": an interrogative object after a comma opens an indirect question, whose subject is in it.
            var asks = j > 0 && tokens[j - 1].Text == "," && !tokens[j].Quoted && lexicon.InterrogativeObjects.Contains(tokens[j].Lower);
            if (lexicon.Subordinators.Contains(tokens[j].Lower) && !preposition && !RelativeAfterGroup(s, j) || relativeAt || asks)
            {
                question = asks;
                if (!subordinate && relativeAt && s.Mentions.Any(m => !m.IsPronoun && m.End == j - 1 && m.Start > start)) relative = (j, start);
                start = j;
                subordinate = true;
            }
            // "Auf die Frage, ob Hahn gehen solle, antwortete Berger": German puts the main verb right after the comma that closes a subordinate clause.
            // "Die Ministerin, die sich oft Anfeindungen ausgesetzt sieht, antwortete": a relative clause on the actor before it is an aside, and that actor the verb's subject.
            else if (subordinate && !lexicon.SubjectNearVerb && j == hit.Anchor - 1 && tokens[j].Text == ",")
            {
                if (relative.At > 0) { asides.Add((relative.At - 1, j)); start = relative.StartBefore; }
                else start = j;
                subordinate = false;
            }
            // "… – und reagierte prompt": after a dash and a conjunction the verb shares the subject before.
            else if (tokens[j].Text is ":" or ";" || (IsDash(tokens[j].Text) && !(j + 1 < tokens.Count && lexicon.Conjunctions.Contains(tokens[j + 1].Lower))))
            { start = j; subordinate = false; }
            // "Hahn behauptete, Berger habe darauf geantwortet", "sagte Hahn, Berger habe …": German reported speech needs no "dass";
            // the comma after the saying verb (or its subject) opens a verb-final clause with a subject of its own.
            else if (!lexicon.SubjectNearVerb && tokens[j].Text == "," && j > 0 && !tokens[j - 1].Quoted && (lexicon.SpeechVerbs.Contains(tokens[j - 1].Lower)
                     || s.Mentions.FirstOrDefault(m => m.End == j && !m.Marked) is { } speaker && speaker.Start > 0 && lexicon.SpeechVerbs.Contains(tokens[speaker.Start - 1].Lower)))
            { start = j; subordinate = true; }
        }
        var end = End(s, hit, s.Hits.ElementAtOrDefault(k + 1)?.Anchor ?? tokens.Count);
        // "wen er markierte: Berger, Vogt und Krüger": a colon right after the question's verb answers it with a list.
        var answered = question && hit.Last + 1 < tokens.Count && tokens[hit.Last + 1].Text == ":";
        if (subordinate && !answered) end = Math.Min(end, Enumerable.Range(hit.Last + 1, Math.Max(0, end - hit.Last - 1)).FirstOrDefault(j => tokens[j].Text == ",", end));
        var inCue = hit.Tokens.ToHashSet();
        var after = s.Mentions.Where(m => m.Start > hit.Anchor && m.Start < end && !inCue.Contains(m.Start)).ToList();
        // A new subject for the next cue ("…, und Sippel antwortete") is not an object of this one.
        if (s.Hits.ElementAtOrDefault(k + 1) is { } next && NewSubject(s.Mentions, tokens, lexicon, next.Anchor, next.Last, hit.Last) is { } nextSubject)
            after.RemoveAll(m => m.Start >= nextSubject.Start);
        // A clause of its own puts the subject first (German verb-final order); after "und" it stands right before the verb.
        var own = k == 0 || subordinate || start > before;
        return new Clause(start, end, subordinate, own, s.Mentions.Where(m => m.Start > start && m.End <= hit.Anchor && !asides.Any(a => m.Start > a.Open && m.End <= a.Close)).ToList(), after);
    }

    /// <summary>
    /// Who acted: the agent of a passive; else in a clause of its own the first unmarked actor before the cue, else the
    /// first after it (German inversion); after "und" the actor right before the verb. Coordinated actors join it.
    /// </summary>
    private (List<Mention> Subjects, bool Passive) Subjects(Parsed s, int k, Clause clause)
    {
        var hit = s.Hits[k];
        if (Passive(s.Tokens, hit, clause, s.Lexicon) is var (isPassive, agent) && isPassive)
            return (agent is null ? [] : WithCoordinated(agent, s.Mentions, s.Tokens, s.Lexicon), true);
        var before = s.Hits.ElementAtOrDefault(k - 1)?.Last ?? -1;
        // "„Tasty Vegetarian“ auf Facebook folgt er", "der Green Party gab er ein Like": a pronoun that is only nominative right after the verb is its subject.
        if (NominativeAfterVerb(s, hit) is { } inverted) return ([inverted], false);
        // "…, von der Green Party hat er mehrere Accounts abonniert": so is one right after the finite auxiliary of a participle cue.
        if (NominativeAfterAuxiliary(s, hit) is { } nominative) return ([nominative], false);
        // "Die Seite von Vogt hat Hahn abonniert": a name right after the finite auxiliary, the object fronted.
        if (clause.Own && !clause.Subordinate && SubjectAfterAuxiliary(s, clause) is { } afterAuxiliary) return (WithCoordinated(afterAuxiliary, s.Mentions, s.Tokens, s.Lexicon), false);
        // "Berger folgten 3000 Menschen, darunter Hahn": a plural verb does not agree with the one person before it, who is its object.
        if (clause.Own && !clause.Subordinate && PluralVerbAfterOnePerson(s, hit, clause))
            return (PluralSubjectAfter(s, hit, clause) is { } plural ? WithCoordinated(plural, s.Mentions, s.Tokens, s.Lexicon) : [], false);
        // "reacted to Tharoor liking a post", "found her liking a post": a gerund's subject stands right before it, whatever governs it.
        if (s.Lexicon.SubjectNearVerb && s.Tokens[hit.Anchor].Lower.EndsWith("ing", StringComparison.Ordinal) && clause.Before.LastOrDefault() is { } owner
            && owner.End == hit.Anchor)
            return ([owner], false);
        // "Einige Journalisten folgen Hahn", "Mehrere Abgeordnete likten …": a German plural verb after a group a quantifier opens has
        // that group as its subject; the name after the verb is its object, no inverted subject.
        if (!s.Lexicon.SubjectNearVerb && clause.Own && clause.Before.Count == 0 && !hit.Cue.Noun && s.Tokens[hit.Anchor].Lower.EndsWith("en", StringComparison.Ordinal)
            && Enumerable.Range(clause.Start + 1, Math.Max(0, Math.Min(hit.Anchor, clause.Start + 3) - clause.Start - 1)).Any(j => GroupQuantifier(s.Tokens[j].Lower, s.Lexicon)))
            return ([], false);
        var unmarked = clause.Before.Where(m => !m.Marked).ToList();
        // "Among the eight people who liked Heer's tweet was Pence": the members after the copula did it.
        if (clause.Before.Count == 0 && hit.Anchor > 0 && s.Lexicon.Relatives.Contains(s.Tokens[hit.Anchor - 1].Lower)
            && s.Tokens.FirstOrDefault(t => t.IsWord) is { } opener && s.Lexicon.Inclusions.Contains(opener.Lower)
            && Enumerable.Range(hit.Last + 1, Math.Max(0, s.Tokens.Count - hit.Last - 1)).FirstOrDefault(j => (s.Lexicon.Copulas.Contains(s.Tokens[j].Lower) || s.Tokens[j].Text == ":") && !s.Tokens[j].Quoted, -1) is var copula and > 0
            && s.Mentions.FirstOrDefault(m => m.Start > copula && m.Start - copula <= 5 && !m.IsPronoun) is { } member)
            return (WithCoordinated(member, s.Mentions, s.Tokens, s.Lexicon), false);
        // "Baker, who follows Collins on Twitter": an English relative pronoun right before its verb stands for the name before its comma.
        if (clause.Subordinate && s.Lexicon.SubjectNearVerb && clause.Before.Count == 0 && clause.Start > 1 && s.Lexicon.ObjectRelatives.Contains(s.Tokens[clause.Start].Lower)
            && s.Tokens[clause.Start - 1].Text == "," && Enumerable.Range(clause.Start + 1, Math.Max(0, hit.Anchor - clause.Start - 1)).All(j => s.Tokens[j].IsWord && char.IsLower(s.Tokens[j].Text[0]))
            && s.Mentions.LastOrDefault(m => m.End == clause.Start - 1 && !m.IsPronoun) is { } antecedent)
            return ([antecedent], false);
        if (AccountOwnerBefore(s, clause, hit) is { } accountOwner) return ([accountOwner], false);
        if (AuthorOfPostBefore(s, clause) is { } postAuthor) return ([postAuthor], false);
        if (SpeakerAfterQuotation(s, hit, unmarked) is { } speaker) return ([speaker], false);
        // "Baker came under fire after quote tweeting the picture": a gerund right after a subordinator shares the main clause's subject.
        if (s.Lexicon.SubjectNearVerb && clause.Subordinate && clause.Before.Count == 0 && hit.Anchor == clause.Start + 1 && clause.Start >= 0
            && s.Lexicon.Subordinators.Contains(s.Tokens[clause.Start].Lower) && hit.Tokens.Any(t => s.Tokens[t].Lower.EndsWith("ing", StringComparison.Ordinal))
            && s.Mentions.FirstOrDefault(m => m.End <= clause.Start && !m.Marked) is { } mainSubject)
            return (WithCoordinated(mainSubject, s.Mentions, s.Tokens, s.Lexicon), false);
        // "…, with SNP councillor Hunter tweeting a gif in response": after "with", the actor right before a gerund is its subject.
        if (s.Lexicon.SubjectNearVerb && unmarked.Count == 0 && clause.Before.LastOrDefault() is { Mark: { } with } absolute && s.Lexicon.Comitatives.Contains(with)
            && absolute.End <= hit.Anchor && s.Tokens[absolute.End].Lower.EndsWith("ing", StringComparison.Ordinal)
            && !Enumerable.Range(absolute.End, hit.Anchor - absolute.End).Any(j => s.Tokens[j].Text is "," or ";" or ":"))
            return ([absolute], false);
        // English puts the subject right before its verb (after it only past a comma: "In a tweet directed at Baker, Collins wrote") ("Hannity is one of those the president follows"); German first in its clause.
        var subject = !clause.Own ? NewSubject(s.Mentions, s.Tokens, s.Lexicon, hit.Anchor, hit.Last, before)
            : s.Lexicon.SubjectNearVerb ? ListHead(unmarked.LastOrDefault(), s) : unmarked.FirstOrDefault();
        // Inverted order ("Darauf antwortete Esken"); after a noun cue ("in response to") or in English only past a comma.
        // German inversion puts the subject before the clause's first comma ("konterte lediglich, die AfD sei …" names no subject).
        // A cue that ends with its comma ("In the replies, Collins wrote") has it between too.
        bool CommaBetween(int from, Mention m) => Enumerable.Range(from, Math.Max(0, m.Start - from)).Any(j => s.Tokens[j].Text == ",");
        // "The tweet followed Collins's speech, Baker said": who reports a finite act after a comma did not do it ("Responding to Baker, Collins said" did).
        bool Reports(Mention m) => hit.Cue.Relation is RelationType.Follows or RelationType.Liked or RelationType.Retweeted or RelationType.Quoted && !hit.Cue.Noun
            && !s.Tokens[hit.Anchor].Lower.EndsWith("ing", StringComparison.Ordinal) && Reporter(s, m, hit.Last);
        // "Her tweet was in response to an article Berger wrote, comparing … when he was premier": in English the subject past the
        // comma opens the main clause right there; one inside a later subordinate clause did not act.
        bool OpensMainClause(Mention m) => !s.Lexicon.SubjectNearVerb
            || Enumerable.Range(hit.Last, Math.Max(0, m.Start - hit.Last)).LastOrDefault(j => s.Tokens[j].Text == ",", -1) is var comma and >= 0
               && m.Start - comma <= 6 && !s.Mentions.Any(o => o.Start > comma && o.End <= m.Start)
               && Enumerable.Range(comma + 1, m.Start - comma - 1).All(j => s.Tokens[j].IsWord && !s.Lexicon.Subordinators.Contains(s.Tokens[j].Lower) && !s.Lexicon.Relatives.Contains(s.Tokens[j].Lower));
        subject ??= clause.Own ? clause.After.FirstOrDefault(m => !m.Marked && !(!s.Lexicon.SubjectNearVerb && s.Lexicon.ObjectArticles.Contains(s.Tokens[m.Start].Lower))
            && (!hit.Cue.Noun && !s.Lexicon.SubjectNearVerb ? !CommaBetween(hit.Last, m) : CommaBetween(hit.Last, m) && OpensMainClause(m)) && !Reports(m)) : null;
        return (subject is null ? [] : WithCoordinated(subject, s.Mentions, s.Tokens, s.Lexicon), false);
    }

    /// <summary>
    /// "“You never turned up,” retorted Senator Collins to Baker": English puts the speaker right after a verb that follows a quotation
    /// (a capitalised title at most between); null when the verb does not follow one or an unmarked actor outside it stands before.
    /// </summary>
    private static Mention? SpeakerAfterQuotation(Parsed s, Hit hit, List<Mention> unmarked)
    {
        var tokens = s.Tokens;
        if (!s.Lexicon.SubjectNearVerb || hit.Cue.Noun || hit.Anchor < 2 || unmarked.Any(m => !tokens[m.Start].Quoted)) return null;
        // The quotation closes right before the verb: "…,” retorted", "…” , retorted".
        var before = tokens[hit.Anchor - 1].Text == "," ? hit.Anchor - 2 : hit.Anchor - 1;
        if (before < 1 || !IsQuotationMark(tokens[before].Text)) return null;
        return s.Mentions.FirstOrDefault(m => !m.Marked && !m.IsPronoun && m.Start > hit.Last && m.Start - hit.Last <= 3
            && Enumerable.Range(hit.Last + 1, m.Start - hit.Last - 1).All(j => tokens[j].IsWord && char.IsUpper(tokens[j].Text[0])));
    }

    /// <summary>German verb-second order: a pronoun that can only be a subject ("er", "wir") right after the finite cue verb.</summary>
    private static Mention? NominativeAfterVerb(Parsed s, Hit hit) =>
        s.Lexicon.SubjectNearVerb ? null
            : s.Mentions.FirstOrDefault(m => m.Start == hit.Anchor + 1 && m.IsPronoun && s.Lexicon.Nominatives.Contains(s.Tokens[m.Start].Lower));

    /// <summary>
    /// German verb-second order with the finite auxiliary before a participle cue ("vom Sender X hat er Accounts abonniert"):
    /// a pronoun that can only be a subject right after that auxiliary (no punctuation up to the cue) is the subject, whatever
    /// the sentence names before it ("Die von ihm kritisierten Sender meidet er, vom Sender X hat er …").
    /// </summary>
    private static Mention? NominativeAfterAuxiliary(Parsed s, Hit hit)
    {
        if (s.Lexicon.SubjectNearVerb) return null;
        var auxiliary = Enumerable.Range(0, hit.Anchor).Reverse().TakeWhile(j => s.Tokens[j].Text is not ("," or ";" or ":" or "." or "–" or "—"))
            .FirstOrDefault(j => !s.Tokens[j].Quoted && s.Lexicon.FiniteAuxiliaries.Contains(s.Tokens[j].Lower), -1);
        return auxiliary < 0 ? null
            : s.Mentions.FirstOrDefault(m => m.Start == auxiliary + 1 && m.IsPronoun && s.Lexicon.Nominatives.Contains(s.Tokens[m.Start].Lower));
    }

    /// <summary>
    /// German verb-second order with a fronted object ("Auch die Seite von Vogt hat Hahn abonniert", "Dem Parteichef hat
    /// Berger ein Like gegeben"): the first actor of the clause is an object (marked, or the owner of an account) and an
    /// unmarked name stands right after the finite auxiliary that follows it; that name is the subject.
    /// </summary>
    private static Mention? SubjectAfterAuxiliary(Parsed s, Clause clause)
    {
        if (s.Lexicon.SubjectNearVerb || clause.Before.FirstOrDefault() is not { } fronted || !FrontedObject(s, fronted)) return null;
        return clause.Before.FirstOrDefault(m => m.Start > fronted.End && !m.Marked && !m.IsPronoun && !FrontedObject(s, m)
            && s.Lexicon.FiniteAuxiliaries.Contains(s.Tokens[m.Start - 1].Lower)
            && !Enumerable.Range(fronted.End, m.Start - 1 - fronted.End).Any(j => s.Tokens[j].Text is "," or ";" or ":"));
    }

    /// <summary>A German object by its form: marked, after an object article that begins it ("dem neuen Parteichef"), or the owner of an account ("die Seite von Vogt").</summary>
    private static bool FrontedObject(Parsed s, Mention m) =>
        m.Marked || s.Lexicon.ObjectArticles.Contains(s.Tokens[m.Start].Lower) || OwnsAccountBefore(s, m);

    /// <summary>
    /// "Der Ministerin folgten 3000 Menschen", "Rickli (@rickli) folgen so viele wie …": a German finite verb in the plural
    /// (-en, right after the clause's first constituent) after one person, with no one coordinated: that person is no subject.
    /// </summary>
    private bool PluralVerbAfterOnePerson(Parsed s, Hit hit, Clause clause)
    {
        if (s.Lexicon.SubjectNearVerb || hit.Cue.Noun || !s.Tokens[hit.Anchor].Lower.EndsWith("en", StringComparison.Ordinal) || s.Tokens[hit.Anchor].Lower.StartsWith("ge", StringComparison.Ordinal)) return false;
        var first = clause.Before.FirstOrDefault();
        // "Ihm folgen 40.000 Menschen": an object pronoun right before the verb likewise.
        if (first is null || first.Group is not null || (first.IsPronoun ? first.Pronoun!.Value.Subject : actors.Actors[first.Actor].Kind != ActorKinds.Person)) return false;
        // Only the person (and a parenthesis: its handle) stands before the verb.
        var between = Enumerable.Range(first.End, hit.Anchor - first.End).ToList();
        var parenthesis = between.Count > 0 && s.Tokens[between[0]].Text == "(" && s.Tokens[between[^1]].Text == ")";
        // A date may open the clause ("2022-05 Hamburger SPD-Politiker unterstützen …").
        return (between.Count == 0 || parenthesis) && Enumerable.Range(clause.Start + 1, first.Start - clause.Start - 1).All(j => s.Lexicon.Determiners.Contains(s.Tokens[j].Lower)
            || s.Tokens[j].IsWord && (char.IsLower(s.Tokens[j].Text[0]) || char.IsDigit(s.Tokens[j].Text[0])));
    }

    /// <summary>The subject after a plural verb: an unmarked actor, or the members a group's inclusion names ("3000 Menschen, darunter Hahn").</summary>
    private static Mention? PluralSubjectAfter(Parsed s, Hit hit, Clause clause) =>
        clause.After.FirstOrDefault(m => !m.IsPronoun && IncludedAfterComma(s, m))
        ?? clause.After.FirstOrDefault(m => !m.Marked && !m.IsPronoun && m.Start == hit.Last + 1);

    /// <summary>", darunter (auch) Hahn", ", including Baker": a member an inclusion names after a comma (not "so viele wie Hahn").</summary>
    private static bool IncludedAfterComma(Parsed s, Mention m) =>
        Enumerable.Range(Math.Max(1, m.Start - 3), Math.Min(3, m.Start - 1)).Any(j => s.Tokens[j - 1].Text == "," && s.Lexicon.Inclusions.Contains(s.Tokens[j].Lower)
            && Enumerable.Range(j + 1, m.Start - j - 1).All(b => s.Tokens[b].IsWord));

    /// <summary>Targets end at the next cue, a contrast ("aber", "but"), a semicolon or a subordinate clause after a comma.</summary>
    private static int End(Parsed s, Hit hit, int nextAnchor)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var j = hit.Anchor + 1; j < nextAnchor; j++)
        {
            if (j <= hit.Last) continue;
            var lower = tokens[j].Lower;
            // "hat … gelikt und wurde deshalb von X kritisiert", "liked it and was criticised by X": a conjunction before an auxiliary opens the next clause.
            if (lexicon.Conjunctions.Contains(lower) && j + 1 < nextAnchor && (lexicon.PassiveAuxiliaries.Contains(tokens[j + 1].Lower) || lexicon.Modals.Contains(tokens[j + 1].Lower))) return j;
            if (j == CountedListDash(s, hit)) continue;
            // "follows 1371 people, that include several rivals such as …": a relative clause that only includes goes on listing those followed.
            if (hit.Cue.Relation == RelationType.Follows && tokens[j - 1].Text == "," && (lexicon.Subordinators.Contains(lower) || lexicon.Relatives.Contains(lower))
                && j + 1 < nextAnchor && lexicon.Inclusions.Contains(tokens[j + 1].Lower)) { j++; continue; }
            if (lower == ";" || IsDash(tokens[j].Text) || lexicon.Contrasts.Contains(lower) && !AddsToNotOnly(tokens, j, lexicon) || (tokens[j - 1].Text == "," && lexicon.Subordinators.Contains(lower))) return j;
            // A relative clause (", in dem es um … geht", ", who had shared …") says something about the object, not the act.
            if (RelativeClauseAt(s, j))
            {
                // "follows Collins, who chairs the committee, Quinn and Ellis": the list goes on after the relative clause when the name after it heads a list of its own.
                var next = s.Mentions.FirstOrDefault(m => m.Start > j);
                var before = s.Mentions.LastOrDefault(m => m.End < j);
                if (before is null || next is null || Glue(before, next, tokens, lexicon) is null || WithCoordinated(next, s.Mentions, tokens, lexicon).Count < 2) return j;
                j = next.Start - 1;
            }
        }
        return nextAnchor;
    }

    private static bool IsDash(string token) => token is "–" or "—" or "-";

    /// <summary>
    /// A relative clause opens at <paramref name="j"/>: a comma, then a relative pronoun (or a preposition and one) that is
    /// no article of a name (", die Schweiz" continues a list).
    /// </summary>
    private static bool RelativeClauseAt(Parsed s, int j)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (j == 0 || tokens[j - 1].Text != "," || tokens[j].Quoted) return false;
        var pronoun = lexicon.Relatives.Contains(tokens[j].Lower) ? j
            : lexicon.Prepositions.Contains(tokens[j].Lower) && j + 1 < tokens.Count && lexicon.Relatives.Contains(tokens[j + 1].Lower) ? j + 1 : -1;
        // ", which criticised former minister Clarke" opens a clause; ", die grüne Baerbock" may continue a list.
        if (pronoun >= 0 && !lexicon.Determiners.Contains(tokens[pronoun].Lower)) return true;
        // ", der SPD-Politiker Hahn", ", die frühere Ministerin Berger": an article with a role before a name continues a list.
        return pronoun >= 0 && !s.Mentions.Any(m => !m.IsPronoun && m.Start >= pronoun && m.Start <= pronoun + 3
            && (m.Start - pronoun <= 2 || char.IsUpper(tokens[m.Start - 1].Text[0]))
            && Enumerable.Range(pronoun + 1, Math.Max(0, m.Start - pronoun - 1)).All(j => tokens[j].IsWord && !lexicon.Relatives.Contains(tokens[j].Lower)));
    }

    /// <summary>An unmarked actor standing right before a later cue (at most three words between, no punctuation): that cue's own subject.</summary>
    private static Mention? NewSubject(List<Mention> mentions, IReadOnlyList<Token> tokens, CueLexicon lexicon, int anchor, int last, int after)
    {
        var candidate = mentions.LastOrDefault(m => m.Start > after && m.End <= anchor);
        if (candidate is null || candidate.Marked || anchor - candidate.End > 3 || SharedAuxiliary(tokens, lexicon, last, after)) return null;
        // "entfolgte Collins auf X und folgt Quinn", "tagged Collins and followed Quinn": a conjunction before the verb shares the
        // subject before it; the name before the conjunction is the last verb's object.
        for (var j = candidate.End; j < anchor; j++) if (!tokens[j].IsWord || lexicon.Conjunctions.Contains(tokens[j].Lower)) return null;
        return candidate;
    }

    /// <summary>
    /// "Hahn hatte in einem Post Berger verteidigt und dabei Vogt markiert": a German verb that ends its clause after "und" and an
    /// adverb, when the verb before also ended its own and no auxiliary stands between, is a second participle of the same auxiliary
    /// and shares its subject; whoever stands before it is its object. "…, und Vogt antwortete ihm" goes on past its verb, "und Vogt
    /// hat geantwortet" has an auxiliary of its own, and "und Vogt geantwortet" may leave out the auxiliary of a subject of its own.
    /// </summary>
    /// <param name="last">The later verb's last token.</param>
    /// <param name="after">The verb before's last token.</param>
    private static bool SharedAuxiliary(IReadOnlyList<Token> tokens, CueLexicon lexicon, int last, int after) =>
        !lexicon.SubjectNearVerb && after >= 0 && after + 2 < last && lexicon.Conjunctions.Contains(tokens[after + 1].Lower)
        && tokens[after + 2].IsWord && char.IsLower(tokens[after + 2].Text[0])
        && !Enumerable.Range(after + 2, last - after - 2).Any(j => lexicon.FiniteAuxiliaries.Contains(tokens[j].Lower) || lexicon.Modals.Contains(tokens[j].Lower))
        && (last + 1 >= tokens.Count || !tokens[last + 1].IsWord || lexicon.FiniteAuxiliaries.Contains(tokens[last + 1].Lower));

    /// <summary>
    /// Passive voice (an auxiliary in the clause) and its agent after <c>von</c>/<c>by</c>; a passive whose agent is no known
    /// actor ("liked by a member of staff") has no source at all.
    /// </summary>
    private static (bool Passive, Mention? Agent) Passive(IReadOnlyList<Token> tokens, Hit hit, Clause clause, CueLexicon lexicon)
    {
        // "was just responding to a suggestion made by Hughes" is progressive, not passive.
        if (lexicon.SubjectNearVerb && hit.Tokens.Any(j => tokens[j].Lower.EndsWith("ing", StringComparison.Ordinal))) return (false, null);
        // "The post was a response to a comment made by Baker": before a noun the auxiliary is a copula.
        if (hit.Cue.Noun) return (false, null);
        // "wurde kritisiert, einen Beitrag von Vogt gelikt zu haben": a participle before "zu haben" is an active infinitive; the
        // auxiliary of the clause before does not make it passive, and "von" names the post's author.
        if (!lexicon.SubjectNearVerb && hit.Last + 2 < tokens.Count && lexicon.Infinitive.Contains(tokens[hit.Last + 1].Lower) && tokens[hit.Last + 2].Lower == "haben") return (false, null);
        var auxiliary = false;
        for (var j = clause.Start + 1; j <= Math.Min(hit.Last + 2, tokens.Count - 1); j++)
        {
            // "hat … gelikt und wurde deshalb … zurückgezogen": an auxiliary past a conjunction belongs to the next clause.
            if (j > hit.Last && (!tokens[j].IsWord || lexicon.Conjunctions.Contains(tokens[j].Lower))) break;
            auxiliary |= lexicon.PassiveAuxiliaries.Contains(tokens[j].Lower);
        }
        // "The letter, led by Collins": a participle with its agent right after it is a passive without auxiliary.
        // "responded by calling" is a manner, not an agent.
        var agentAfter = !hit.Cue.Noun && hit.Last + 2 < tokens.Count && lexicon.Agents.Contains(tokens[hit.Last + 1].Lower)
            && !tokens[hit.Last + 2].Lower.EndsWith("ing", StringComparison.Ordinal);
        if (!auxiliary && !(agentAfter && hit.Tokens.Length == 1)) return (false, null);
        // "Baker's post was retweeted thousands of times", "wurde tausendfach geteilt": a participle right after its auxiliary
        // (an adverb between) is a passive even with no agent named; then who acted is not said ("was first to reply" is an infinitive).
        var participle = !hit.Cue.Noun && (lexicon.SubjectNearVerb || !tokens[hit.Anchor].Lower.EndsWith("en", StringComparison.Ordinal) || tokens[hit.Anchor].Lower.StartsWith("ge", StringComparison.Ordinal));
        var adjacent = participle && TokenWindow.Before(hit.Anchor, 3).Any(j => lexicon.PassiveAuxiliaries.Contains(tokens[j].Lower)
            && Enumerable.Range(j + 1, hit.Anchor - j - 1).All(b => tokens[b].IsWord && !lexicon.Agents.Contains(tokens[b].Lower) && !lexicon.Infinitive.Contains(tokens[b].Lower) && char.IsLower(tokens[b].Text[0])));
        // "retweeted by Baker's critics": an owner before the agent's noun did not act.
        bool IsAgent(Mention m) => !m.IsPronoun && m.Start > 0 && m.Mark != "'s" && (lexicon.Agents.Contains(tokens[m.Start - 1].Lower) || (m.Mark is { } mark && lexicon.Agents.Contains(mark))
            || (m.Start > 1 && lexicon.Determiners.Contains(tokens[m.Start - 1].Lower) && lexicon.Agents.Contains(tokens[m.Start - 2].Lower)));
        // The agent nearest the verb: after it ("liked by Krüger"), else the last before it ("von Vogt … von Krüger gelikt").
        // English names the agent after the verb; "Candidates, led by Farage, were found to have liked" names another act's.
        var agent = clause.After.FirstOrDefault(IsAgent) ?? (lexicon.SubjectNearVerb ? null : clause.Before.LastOrDefault(IsAgent));
        // "followed by 3 million people, including Baker": the members an inclusion names after a group agent acted.
        var by = Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(tokens.Count, hit.Last + 6) - hit.Last - 1)).FirstOrDefault(j => lexicon.Agents.Contains(tokens[j].Lower), -1);
        if (agent is null && by >= 0 && lexicon.SubjectNearVerb)
            agent = clause.After.FirstOrDefault(m => !m.IsPronoun && m.Start > by && m.Mark is { } mark && lexicon.IsInclusion(mark) && m.Start - by <= 8);
        // "von Schäfer und Berger mitgetragen": a list of agents before the verb starts at its first name.
        for (var i = clause.Before.IndexOf(agent!); i > 0 && IsAgent(clause.Before[i - 1]) && Glue(clause.Before[i - 1], clause.Before[i], tokens, lexicon) is not null; i--)
            agent = clause.Before[i - 1];
        // "wird auf Twitter von mehr Menschen gefolgt als Hahn": a German participle with "werden" is a passive wherever they stand.
        var german = !lexicon.SubjectNearVerb && auxiliary && tokens[hit.Anchor].Lower.StartsWith("ge", StringComparison.Ordinal) && hit.Tokens.Length == 1;
        return (agent is not null || agentAfter || adjacent || german, agent);
    }
}
