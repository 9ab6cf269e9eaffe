using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Signers listed without a verb (shapes in <see cref="SignerLists"/>): a sign-off and the lines after it, a heading that introduces
/// a list, a run of name lines in a text about a signing.
/// </summary>
public sealed partial class RuleExtractor
{
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
        // "We, the undersigned members of Parliament, call on …", "Wir, die Unterzeichnenden, fordern …" opens one as well.
        if (SignerLists.OpensLetter(s.Tokens, s.Lexicon) || SignerLists.SpeaksAsUndersigned(s.Tokens, s.Lexicon)) discourse.LetterOpened = true;
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
        // "Sponsors: Tom Baker, Ruth Ellis", "Erstunterzeichner: Anna Berger, Markus Hahn": a label of a few words that names a
        // signing, a colon, and only names after it; the lines of names below go on with the list.
        if (opening < 0 && names.Count > 0 && Enumerable.Range(1, Math.Min(4, s.Tokens.Count - 1)).FirstOrDefault(j => s.Tokens[j].Text == ":", -1) is var colon and > 0 && SignerLists.OnlyNames(s.Tokens, colon + 1, names, s.Lexicon)
            && !names.Any(n => n.Start < colon) && ClosedDocument(discourse) >= 0 && HeadingCue(s) is { } label && label.Last < colon)
        {
            discourse.Signers = (s, label, end);
            return Signers(text, s, label, s.Sentence.Start + s.Tokens[colon + 1].Start, end, discourse);
        }
        // "Eighteen MPs signed the letter. They are:" and the names on the lines after it.
        if (opening < 0 && s.Tokens is [.., { Text: ":" }] && names.Count == 0 && AfterSigning(s, discourse) && InclusionOpening(s) is var inclusion and >= 0)
        {
            discourse.Signers = (s, new Hit(Included, [inclusion]), end);
            return [];
        }
        var list = new Hit(NameList, []); // no cue words: the list itself is the cue
        // "Open Letter From Mayors of Atlanta and Phoenix: …\nMayor Kasim Reed of Atlanta and Mayor Greg Stanton of Phoenix.": a
        // line of names right below a text's title that opens with a document's name is that document's byline.
        if (s.Sentence.Index == 1 && discourse.Recent is [var title] && discourse.Previous.FirstOrDefault(m => IsDocument(m) && m.Start == 0) is { } titled
            && OwnLine(text, title) && OwnLine(text, s.Sentence) && NextLine(title.Start + title.Text.Length) && s.Hits.Count == 0 && names.Count > 0
            && SignerLists.OnlyNames(s.Tokens, 0, names, s.Lexicon) && s.Mentions.All(m => !m.IsPronoun && !IsDocument(m) && actors.Actors[m.Actor].Kind == ActorKinds.Person))
            return Signers(text, s, list, s.Sentence.Start, end, discourse);
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
        return SignersIncluded(s, discourse).Concat(SignersEchoed(s, discourse)).Concat(SignersSpeaking(s, discourse)).Concat(SignersWritingTo(s, discourse)).Concat(SignersSpeakingAsWe(s, discourse)).Concat(SignersJoinedBy(s, discourse)).Concat(SignersAfterRefusal(s, discourse));
    }

    /// <summary>
    /// "The British lawmakers wrote the Secretary-General", "Die Abgeordneten schrieben an Meier": writing to an actor, no
    /// document named, no negation — a letter the text may name later.
    /// </summary>
    private bool WritesTo(Parsed s) => WritingTo(s) >= 0;

    /// <summary>Where <see cref="WritesTo"/> finds its writing verb ("wrote (to) Doyle"; German also "hat an Meier geschrieben"), or -1.</summary>
    private int WritingTo(Parsed s)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (s.Mentions.Any(IsDocument)) return -1;
        for (var j = 0; j + 1 < tokens.Count; j++)
        {
            if (!lexicon.WritingVerbs.Contains(tokens[j].Lower) || tokens[j].Quoted || Enumerable.Range(0, j).Any(o => lexicon.IsNegation(tokens[o].Lower))) continue;
            var to = tokens[j + 1].Lower is "to" or "an" ? j + 2 : j + 1;
            if (s.Mentions.Any(m => !m.IsPronoun && !IsDocument(m) && (m.Start == to || m.Start == to + 1 && lexicon.Determiners.Contains(tokens[to].Lower)))) return j;
            // "Berger hat an Meier geschrieben": the addressee before a German participle.
            if (!lexicon.SubjectNearVerb && s.Mentions.Any(m => !m.IsPronoun && !IsDocument(m) && m.Mark == "an" && m.End <= j && j - m.End <= 3)) return j;
        }
        return -1;
    }

    /// <summary>A signing noun that needs a document (<c>Unterschriften</c>, <c>supporters</c>) in a heading, which names none.</summary>
    private static Hit? HeadingCue(Parsed s) =>
        s.Lexicon.Cues.Where(c => c.Relation == RelationType.Signed && c.Noun && c.NeedsDocument)
            .SelectMany(c => Enumerable.Range(0, s.Tokens.Count).Select(j => c.MatchAt(s.Tokens, j) is { } matched ? new Hit(c, matched) : null))
            .FirstOrDefault(h => h is not null);

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
            document = ClosedDocument(discourse);
            if (document < 0) yield break;
            how = Inference.DocumentFromContext;
        }
        foreach (var m in listed)
        {
            var kind = actors.Actors[m.Actor].Kind;
            // "Mary Collins MP, Green Party" on a line of its own: the party is where she belongs ("A, B and the Greens" is a list).
            if (kind != ActorKinds.Person && listed.Where(o => actors.Actors[o.Actor].Kind == ActorKinds.Person && SameLine(merged, o, m)).DistinctBy(o => o.Actor).Count() == 1) continue;
            // "Ruth Ellis\nGreen Party", "Markus Hahn MdL\nBündnis 90/Die Grünen": a signature block puts the party on the line below the name.
            if (kind is ActorKinds.Party or ActorKinds.Organisation && AffiliationBelow(merged, m, [.. mentions.Where(o => !o.IsPronoun && !IsDocument(o))])) continue;
            yield return Row(s, hit, new Resolved(m.Actor, Inference.None, "", m), new Resolved(document, Inference.None, "", documentMention), how,
                how == Inference.None ? "" : $"declaration from context: {actors.Actors[document].Name}", "listed as signer");
        }
    }

    /// <summary>
    /// <paramref name="m"/> is the only actor named on its line, and the line right above it names one person and no other
    /// actor: the line says where that person belongs.
    /// </summary>
    private bool AffiliationBelow(Sentence sentence, Mention m, List<Mention> named)
    {
        var at = sentence.Tokens[m.Start].Start;
        var lineStart = at == 0 ? -1 : sentence.Text.LastIndexOf('\n', at - 1);
        if (lineStart <= 0) return false;
        var lineEnd = sentence.Text.IndexOf('\n', at) is var e and >= 0 ? e : sentence.Text.Length;
        var above = sentence.Text.LastIndexOf('\n', lineStart - 1);
        int Offset(Mention o) => sentence.Tokens[o.Start].Start;
        // Only capitalised words before it on the line ("Bündnis 90/Die Grünen"), not "and the Greens".
        return !Sentences.Tokenize(sentence.Text[(lineStart + 1)..at]).Any(t => t.IsWord && char.IsLower(t.Text[0])) && named.All(o => o == m || Offset(o) <= lineStart || Offset(o) >= lineEnd)
            && named.Where(o => Offset(o) > above && Offset(o) < lineStart).ToList() is [var person] && actors.Actors[person.Actor].Kind == ActorKinds.Person;
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
}
