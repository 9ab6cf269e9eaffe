using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Signers in sentences with no signing verb of their own, after a signing the text reported: "including A and B",
/// "joined Baker in calling on", a speaker quoting the letter, "so did C", "in a letter, A and B urged", "a letter by
/// A".
/// </summary>
public sealed partial class RuleExtractor
{
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
        if (opening < 0 || document < 0 || ComparedWithOther(s, opening) || Progressive(s, opening)) return [];
        // "Mit einer E-Mail hatten wir Meier eingeladen": "mit"/"with" opens a list only with the names or "dabei" right after it ("Mit dabei sind A und B").
        if (lexicon.Comitatives.Contains(tokens[opening].Lower) && opening + 1 < tokens.Count
            && !lexicon.Inclusions.Contains(tokens[opening + 1].Lower) && !s.Mentions.Any(m => !m.IsPronoun && m.Start == opening + 1)) return [];
        // "Her critics include Baker and Ellis", "Among his opponents are …": those against the signer are no more signers.
        // "Among the recipients were …", "Notable absentees include …", "Nicht dabei sind …", "Among those it criticises are …",
        // "Those targeted include …": the words before the names make them another group.
        if (Enumerable.Range(0, Math.Min(first?.Start ?? opening, tokens.Count)).Any(j => OtherThanSigners(s, j))) return [];
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

    private static readonly Cue JoinedBy = new(RelationType.Signed, "was joined by", [], 0.7, false, false, false, false, false);

    /// <summary>
    /// "Collins led the letter. She was joined by Baker and Ellis.", "They were joined by Quinn in urging …": right after a
    /// signing, a sentence with no document of its own says who joined the subject; the agents signed the text's document, and
    /// the subject did. Only where the sentence ends with the agents or goes on with the act ("in urging"), not with an
    /// occasion ("joined by Baker at the rally", "on the stage").
    /// </summary>
    private IEnumerable<ExtractedRelation> SignersJoinedBy(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (s.Sentence.Index - discourse.LastSigned != 1 || s.Mentions.Any(IsDocument)) yield break;
        if (s.Hits.Any(h => h.Cue.Relation == RelationType.Signed)) yield break;
        // The cue needs a document beside it, so it was not looked for here ("joined", "joins").
        var hit = lexicon.Cues.Where(c => c.Relation == RelationType.Signed && c.Companions && !c.Noun)
            .SelectMany(c => Enumerable.Range(1, tokens.Count - 1).Where(j => !tokens[j].Quoted).Select(j => c.MatchAt(tokens, j) is { } matched ? new Hit(c, matched) : null))
            .OfType<Hit>().FirstOrDefault();
        if (hit is null || Enumerable.Range(0, hit.Anchor).Any(j => lexicon.IsNegation(tokens[j].Lower) || lexicon.NonEvents.Contains(tokens[j].Lower))) yield break;
        if (hit.Anchor == 0 || !lexicon.PassiveAuxiliaries.Contains(tokens[hit.Anchor - 1].Lower) || hit.Last + 2 >= tokens.Count || !lexicon.Agents.Contains(tokens[hit.Last + 1].Lower)) yield break;
        // "joined by Sens. Baker and Ellis": titles may stand between "by" and the first name.
        var first = s.Mentions.FirstOrDefault(m => !m.IsPronoun && !IsDocument(m) && m.Start > hit.Last + 1 && m.Start <= hit.Last + 4
            && Enumerable.Range(hit.Last + 2, m.Start - hit.Last - 2).All(j => tokens[j].Text == "." || tokens[j].IsWord && char.IsUpper(tokens[j].Text[0])));
        if (first is null) yield break;
        var agents = SignerList(first, s);
        var after = agents[^1].End;
        if (after < tokens.Count && tokens[after].Text is not ("." or "," or ";" or "!")
            && !(tokens[after].Lower == "in" && after + 1 < tokens.Count && tokens[after + 1].Lower.EndsWith("ing", StringComparison.Ordinal))) yield break;
        var document = ContextDocument(discourse);
        if (document < 0) yield break;
        var subject = s.Mentions.LastOrDefault(m => !IsDocument(m) && !m.Marked && m.End < hit.Anchor && hit.Anchor - m.End <= 2);
        var signers = agents.Select(m => new Resolved(m.Actor, Inference.None, "", m)).ToList();
        if (subject is not null)
            signers.AddRange(WithCoordinated(subject, s.Mentions, tokens, lexicon).Select(m => Resolve(m, s.Mentions, discourse.Previous, -1)).OfType<Resolved>());
        var cue = new Hit(JoinedBy, [.. hit.Tokens, hit.Last + 1]);
        foreach (var signer in signers.Where(r => !actors.Actors[r.Actor].IsDocument).DistinctBy(r => r.Actor))
            yield return Row(s, cue, signer, new Resolved(document, Inference.None, ""), signer.How | Inference.DocumentFromContext,
                signer.Note, $"declaration from context: {actors.Actors[document].Name}", "joined the subject right after a signing");
    }

    private static readonly Cue EchoAfterRefusal = new(RelationType.Signed, "but … did", [], 0.75, false, false, false, false, false);

    /// <summary>
    /// "Baker did not sign the letter, but Ellis did.", "Hahn hat den Brief nicht unterschrieben, Berger schon.", "Baker
    /// refused to sign the letter. Ellis did.": after a negated signing, names that close the sentence with an echo of the
    /// verb (<c>did</c>, <c>schon</c>) after a contrast, or make up the next sentence with it, signed.
    /// </summary>
    private IEnumerable<ExtractedRelation> SignersAfterRefusal(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var last = tokens.Count - 1;
        while (last >= 0 && !tokens[last].IsWord) last--;
        if (last < 1 || tokens[last].Quoted || !lexicon.ContrastEchoes.Contains(tokens[last].Lower)) yield break;
        var refusal = s.Hits.FindIndex(h => h.Cue.Relation == RelationType.Signed && !h.Cue.Noun);
        var from = 0;
        var document = -1;
        if (refusal >= 0)
        {
            if (!Negated(s, refusal, out _) || last <= s.Hits[refusal].Last) yield break;
            from = s.Hits[refusal].Last + 1;
            document = s.Mentions.FirstOrDefault(IsDocument)?.Actor ?? ContextDocument(discourse);
        }
        else if (s.Sentence.Index - discourse.LastRefused.Sentence == 1 && s.Hits.Count == 0)
            document = discourse.LastRefused.Document >= 0 ? discourse.LastRefused.Document : ContextDocument(discourse);
        if (document < 0) yield break;
        // The names right before the echo (a German "dagegen", "aber" may stand between), opened by a comma or a contrast, or the sentence's start.
        var end = last;
        while (end > from && lexicon.Contrasts.Contains(tokens[end - 1].Lower)) end--;
        var named = s.Mentions.LastOrDefault(m => !m.IsPronoun && !IsDocument(m) && m.End == end);
        if (named is null || ListHead(named, s) is not { } head || head.Start < from) yield break;
        var opener = head.Start - 1;
        if (!(refusal < 0 ? opener < 0 : opener >= from && (tokens[opener].Text == "," || lexicon.Contrasts.Contains(tokens[opener].Lower)))) yield break;
        var hit = new Hit(EchoAfterRefusal, [last]);
        foreach (var m in SignerList(head, s).Where(m => m.End <= end && !IsDocument(m) && !MentionNegated(tokens, m, lexicon)))
            yield return Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(document, Inference.None, ""), Inference.DocumentFromContext,
                $"declaration from context: {actors.Actors[document].Name}", "did what the sentence before refused");
    }

    private static readonly Cue WeTheSigners = new(RelationType.Signed, "we, the signers", [], 0.8, false, false, false, false, false);

    /// <summary>
    /// "We, the governments of Bangladesh, Brazil and Chile, reaffirm …", "Wir, Anna Berger und Markus Hahn, fordern …": a
    /// declaration's opening that names who speaks in it, between "we" and the comma before the verb. The document is the
    /// one the sentence names, else the text's.
    /// </summary>
    private IEnumerable<ExtractedRelation> SignersSpeakingAsWe(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (tokens.Count < 4 || tokens[1].Text != "," || tokens[0].Lower is not ("we" or "wir") || tokens[0].Quoted) return [];
        var first = s.Mentions.FirstOrDefault(m => !m.IsPronoun && !IsDocument(m) && m.Start > 1);
        if (first is null || first.Start > 8 || Enumerable.Range(2, first.Start - 2).Any(j => !tokens[j].IsWord)) return [];
        var listed = SignerList(first, s);
        // The apposition closes with a comma and the verb follows ("…, and Vietnam, reaffirm our support").
        var close = listed[^1].End;
        if (close + 1 >= tokens.Count || tokens[close].Text != "," || !tokens[close + 1].IsWord || char.IsUpper(tokens[close + 1].Text[0])) return [];
        var document = s.Mentions.FirstOrDefault(IsDocument)?.Actor ?? ContextDocument(discourse);
        if (document < 0) return [];
        var hit = new Hit(WeTheSigners, [0]);
        return listed.Where(m => !IsDocument(m)).Select(m => Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(document, Inference.None, ""),
            Inference.DocumentFromContext, $"declaration from context: {actors.Actors[document].Name}", "named where the declaration says who speaks"));
    }

    private static readonly Cue WroteTo = new(RelationType.Signed, "wrote to", [], 0.7, false, false, false, false, false);

    /// <summary>
    /// "Duff has written to Laing demanding …", "Berger hat an Meier geschrieben": writing to someone is a letter — the one
    /// the actors file lists alone, or the one named in the two sentences before. Its writers are the unmarked names before
    /// the verb (English: the list right before it; German: the clause's first), not after a negation.
    /// </summary>
    private IEnumerable<ExtractedRelation> SignersWritingTo(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (s.Hits.Any(h => h.Cue.Relation == RelationType.Signed) || WritingTo(s) is not (>= 0 and var verb)) return [];
        var document = ContextDocument(discourse);
        if (document < 0 || !(actors.Actors.Count(a => a.IsDocument) == 1 || s.Sentence.Index - discourse.LastSigning is >= 1 and <= 2)) return [];
        var clauseStart = Enumerable.Range(0, verb).LastOrDefault(j => tokens[j].Text is "," or ";" or ":" || lexicon.Subordinators.Contains(tokens[j].Lower) || lexicon.Relatives.Contains(tokens[j].Lower), -1);
        var before = s.Mentions.Where(m => !m.IsPronoun && !m.Marked && !IsDocument(m) && m.Start > clauseStart && m.End <= verb).ToList();
        // "Krüger, Wolf und zwölf weitere Bürgermeister schrieben an Meier": the list reaches back over the comma before the clause.
        // "Nach dem Treffen schrieben Krüger und Wolf an Meier": after a fronted phrase the German subject follows the verb.
        var writer = ListHead(lexicon.SubjectNearVerb ? before.LastOrDefault() : before.FirstOrDefault(), s)
            ?? (lexicon.SubjectNearVerb ? null : s.Mentions.FirstOrDefault(m => !m.IsPronoun && !m.Marked && !IsDocument(m) && m.Start == verb + 1
                // the addressee after "an" ("schrieb Wagenknecht: …" names whom, not who, as "wrote Doyle" does)
                && s.Mentions.Any(o => o.Start > m.End && o.Mark == "an" && !IsDocument(o))));
        writer ??= AmongThoseWho(s, clauseStart);
        if (writer is null) return [];
        var hit = new Hit(WroteTo, [verb]);
        return WithCoordinated(writer, s.Mentions, tokens, lexicon).Where(m => !IsDocument(m) && !MentionNegated(tokens, m, lexicon))
            .Select(m => Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(document, Inference.None, ""), Inference.DocumentFromContext,
                $"declaration from context: {actors.Actors[document].Name}", "writing to someone is a letter"));
    }

    /// <summary>
    /// "Collins and Baker were among the 30 senators who wrote to Doyle", "Krüger und Wolf gehören zu den zwölf Abgeordneten,
    /// die an Meier geschrieben haben": the verb stands in a relative clause (at <paramref name="relative"/>) on a plural
    /// member noun that "among"/"zu" counts the names before it in: the head of that list, or null.
    /// </summary>
    private Mention? AmongThoseWho(Parsed s, int relative)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (relative < 2 || !lexicon.Relatives.Contains(tokens[relative].Lower)) return null;
        var noun = tokens[relative - 1].Text == "," ? relative - 2 : relative - 1;
        if (noun < 1 || !lexicon.MemberNouns.Contains(tokens[noun].Lower)) return null;
        var among = Enumerable.Range(Math.Max(0, noun - 5), noun - Math.Max(0, noun - 5)).LastOrDefault(j => tokens[j].Lower is "among" or "zu" or "unter", -1);
        if (among < 1 || Enumerable.Range(among + 1, noun - among - 1).Any(j => !tokens[j].IsWord || s.Mentions.Any(m => m.Start <= j && j < m.End))) return null;
        return ListHead(s.Mentions.LastOrDefault(m => !m.IsPronoun && !m.Marked && !IsDocument(m) && m.End <= among && among - m.End <= 2), s);
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

    /// <summary>
    /// The word at <paramref name="j"/>, before the names an inclusion lists, sets them apart from the signers: an opponent,
    /// a word for those the letter went to or who stayed out (word class <c>non-signers</c>), a negation, a subject pronoun
    /// after the first word ("those it criticises"), a participle after "those" ("those targeted").
    /// </summary>
    private static bool OtherThanSigners(Parsed s, int j)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var word = tokens[j].Lower;
        if (tokens[j].Quoted || !tokens[j].IsWord) return false;
        return lexicon.Opponents.Contains(word) || lexicon.NonSigners.Contains(word) || lexicon.IsNegation(word)
            || j >= 1 && (lexicon.Pronouns.TryGetValue(word, out var pronoun) && pronoun.Subject || lexicon.NeuterSubjects.Contains(word))
            || j >= 1 && tokens[j - 1].Lower is "those" && word.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// "They are urging Doyle to act", "They were asked by …": after a pronoun and its copula ("they are") a verb form in -ing
    /// or -ed says what they do, it lists no one; whom it names are whom they act on.
    /// </summary>
    private static bool Progressive(Parsed s, int opening)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var next = opening + 2;
        return lexicon.SubjectNearVerb && next < tokens.Count && lexicon.InclusionPairs.Contains($"{tokens[opening].Lower} {tokens[opening + 1].Lower}")
            && lexicon.Copulas.Contains(tokens[opening + 1].Lower) && tokens[next].IsWord && char.IsLower(tokens[next].Text[0])
            && (tokens[next].Lower.EndsWith("ing", StringComparison.Ordinal) || tokens[next].Lower.EndsWith("ed", StringComparison.Ordinal));
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
}
