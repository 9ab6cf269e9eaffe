namespace ActorGraph.Extraction;

/// <summary>
/// Lists of signers without a verb of their own, as letters and reports print them: after a sign-off
/// (<c>Sincerely,</c>, <c>Mit freundlichen Grüßen</c>), after a line that introduces the signers
/// (<c>Here is the full list of who signed:</c>, <c>Die Unterzeichner:</c>, a heading <c>Signatories</c>), or standing
/// alone (<c>Mary Collins MP; Tom Baker MP; Ruth Ellis MP.</c>). Every line of such a list only names people, with their
/// titles, parties and constituencies; the list ends at the first line that says something else.
/// </summary>
public static class SignerLists
{
    /// <summary>How many tokens at the start of <paramref name="tokens"/> are a sign-off ("Yours sincerely,"); 0 if none.</summary>
    public static int SignOffLength(IReadOnlyList<Token> tokens, CueLexicon lexicon)
    {
        if (SignatureMark(tokens, 0)) return 3;
        var j = 0;
        var head = false;
        for (; j < tokens.Count && tokens[j].IsWord && !tokens[j].Quoted; j++)
        {
            var lower = tokens[j].Lower;
            if (!lexicon.SignOffs.Contains(lower) && !lexicon.SignOffModifiers.Contains(lower)) return 0;
            head |= lexicon.SignOffs.Contains(lower);
        }
        // A sign-off is a few words ending its line or followed by a comma ("Sincerely, Mary Collins").
        if (!head || j > 5) return 0;
        if (j == tokens.Count) return j;
        return tokens[j].Text is "," or "." or "!" ? j + 1 : 0;
    }

    /// <summary>
    /// Tokens <paramref name="from"/> onwards only name people: the names (<paramref name="names"/>, token ranges) and what
    /// lists print beside them (punctuation, capitalised titles, parties and places, <c>and</c>, <c>of</c>, numbers), or a
    /// name first and after a comma, bracket or dash a short description ("Tom Baker, former minister").
    /// </summary>
    public static bool IsNameLine(IReadOnlyList<Token> tokens, int from, IReadOnlyList<(int Start, int End)> names, CueLexicon lexicon)
    {
        // "Antwort der Landesregierung:" introduces what follows, it lists no one.
        if (from >= tokens.Count || tokens[^1].Text == ":") return false;
        if (OnlyNames(tokens, from, names, lexicon)) return true;
        var first = names.Where(n => n.Start >= from).OrderBy(n => n.Start).FirstOrDefault((Start: -1, End: -1));
        if (first.Start < 0 || first.End >= tokens.Count || tokens.Count - from > 16) return false;
        for (var j = from; j < first.Start; j++) if (!IsGlue(tokens[j], lexicon)) return false;
        return tokens[first.End].Text is "," or "(" or "–" or "—" or "-" or ";";
    }

    /// <summary>Tokens <paramref name="from"/> onwards are names and what lists print beside them, nothing else.</summary>
    public static bool OnlyNames(IReadOnlyList<Token> tokens, int from, IReadOnlyList<(int Start, int End)> names, CueLexicon lexicon)
    {
        // "Dear President Trump, Speaker Pelosi": whom a letter addresses, not who signed it.
        if (from < tokens.Count && lexicon.Salutations.Contains(tokens[from].Lower)) return false;
        var named = new bool[tokens.Count];
        foreach (var (start, end) in names) for (var j = start; j < end; j++) named[j] = true;
        for (var j = from; j < tokens.Count; j++)
            if (!named[j] && (tokens[j].Quoted || !IsGlue(tokens[j], lexicon)) && !(j > 0 && SignatureMark(tokens, j - 1))) return false;
        return true;
    }

    /// <summary>
    /// The tokens from <paramref name="from"/> to <paramref name="to"/> lead from one signer to the next in a list that
    /// describes its members: a bracket ("(R-Ohio)"), a place ("of Ohio", "aus Kassel"), or after a comma a few words that
    /// describe the name ("Mary Collins, a former ambassador; Tom Baker"), then a comma, semicolon or conjunction.
    /// </summary>
    public static bool DescribedListGoesOn(IReadOnlyList<Token> tokens, int from, int to, CueLexicon lexicon)
    {
        if (to - from is < 1 or > 20) return false;
        var j = from;
        if (tokens[j].Text == "(")
        {
            while (j < to && tokens[j].Text != ")") j++;
            j++;
        }
        // "A – a former official – and B": a description between dashes, like one in brackets.
        else if (IsDash(tokens[j]) && Enumerable.Range(j + 1, Math.Max(0, to - j - 1)).FirstOrDefault(d => IsDash(tokens[d]), -1) is var close and > 0
                 && Enumerable.Range(j + 1, close - j - 1).All(d => !tokens[d].Quoted && tokens[d].Text is not ("." or ";" or ":")))
            j = close + 1;
        if (j + 1 < to && lexicon.Origins.Contains(tokens[j].Lower) && Capitalised(tokens[j + 1]))
        {
            j++;
            // "aus Frankfurt am Main", "of Stratford upon Avon": a place of several words.
            while (j < to && (Capitalised(tokens[j]) || j + 1 < to && tokens[j].IsWord && tokens[j].Text.Length <= 4 && char.IsLower(tokens[j].Text[0])
                       && !lexicon.Conjunctions.Contains(tokens[j].Lower) && Capitalised(tokens[j + 1]))) j++;
        }
        var end = to;
        // "… of Oregon and Republican Peter Quinn", "…, Dr. Peter Kurz": a capitalised word or two (with periods) before the next name are its title.
        while (end > j && to - end < 4 && (Capitalised(tokens[end - 1]) || tokens[end - 1].Text == "." && end - 2 > j && Capitalised(tokens[end - 2])) && !(end - 1 == j)) end--;
        if (end > j && lexicon.Conjunctions.Contains(tokens[end - 1].Lower)) end--;
        var separated = end < to;
        if (end > j && tokens[end - 1].Text is "," or ";") { end--; separated = true; }
        if (!separated || end < j) return false;
        if (end == j) return true;
        if (tokens[j].Text != ",") return false;
        // An apposition: a few words that say who the person is, no clause of its own.
        var words = Enumerable.Range(j + 1, end - j - 1).Select(k => tokens[k]).ToList();
        // A relative clause may be the description (", who chairs the committee,"), when it opens it.
        return words.Count is > 0 and <= 16 && words.Select((t, k) => (t, k)).All(w => !w.t.Quoted && w.t.Text is not (":" or ";" or "\"" or "“" or "„")
            && !(lexicon.Relatives.Contains(w.t.Lower) && !lexicon.Determiners.Contains(w.t.Lower) && w.k > 0) && !lexicon.Subordinators.Contains(w.t.Lower) && !lexicon.IsNegation(w.t.Lower));
    }

    /// <summary>A short line that says who the name above is ("Former minister", "Author"): no sentence, no quotation.</summary>
    public static bool IsDescriptionLine(IReadOnlyList<Token> tokens, CueLexicon lexicon) =>
        tokens.Count is > 0 and <= 10 && tokens.Count(t => t.IsWord) <= 8 && tokens[^1].Text is not ("." or "!" or "?" or ":") && tokens.All(t => !t.Quoted)
        && !tokens.Any(t => lexicon.IsNegation(t.Lower));

    /// <summary>A letter's salutation: "Dear Secretary Doyle,", "Sehr geehrte Frau Ministerin," — a short line ending with a comma, colon or exclamation mark.</summary>
    public static bool OpensLetter(IReadOnlyList<Token> tokens, CueLexicon lexicon) =>
        tokens.Count is > 1 and <= 12 && lexicon.Salutations.Contains(tokens[0].Lower) && tokens[0].Lower is not ("to" or "an")
        && tokens[^1].Text is "," or ":" or "!";

    /// <summary>"We, the undersigned …", "Wir, die Unterzeichnenden, …": a letter that names its writers by their signing.</summary>
    public static bool SpeaksAsUndersigned(IReadOnlyList<Token> tokens, CueLexicon lexicon) =>
        tokens.Count > 3 && tokens[0].Lower is "we" or "wir" && !tokens[0].Quoted && tokens[1].Text == ","
        && Enumerable.Range(2, Math.Min(3, tokens.Count - 2)).Any(j => lexicon.Undersigned.Contains(tokens[j].Lower));

    private static bool IsDash(Token token) => token.Text is "–" or "—" or "-";

    private static bool Capitalised(Token token) => token.IsWord && char.IsUpper(token.Text[0]);

    /// <summary>"/s/" at <paramref name="at"/>: a signature in a letter filed as text.</summary>
    private static bool SignatureMark(IReadOnlyList<Token> tokens, int at) =>
        at + 2 < tokens.Count && tokens[at].Text == "/" && tokens[at + 1].Lower == "s" && tokens[at + 2].Text == "/";

    private static bool IsGlue(Token token, CueLexicon lexicon) =>
        !token.IsWord || char.IsUpper(token.Text[0]) || char.IsDigit(token.Text[0])
        || lexicon.Conjunctions.Contains(token.Lower) || lexicon.Determiners.Contains(token.Lower) || lexicon.Prepositions.Contains(token.Lower);

    /// <summary>
    /// Offsets of line breaks inside a list hard-wrapped at short widths: after a line that ends with a comma or a conjunction
    /// ("Mary Collins,\nTom Baker,\nRuth Ellis and\nPeter Quinn.") when the next line goes on with a word. A salutation
    /// ("Dear colleagues,", "Sehr geehrte Frau Ministerin,") or a sign-off ("Sincerely,") ends its line.
    /// </summary>
    public static HashSet<int> ListLineBreaks(string text, CueLexicon lexicon)
    {
        var breaks = new HashSet<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            var lineStart = i == 0 ? 0 : text.LastIndexOf('\n', i - 1) + 1;
            var words = Sentences.Tokenize(text[lineStart..i]);
            var next = i + 1;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            if (words.Count < 2 || next >= text.Length || !char.IsLetter(text[next])) continue;
            if (!(words[^1].Text == "," || lexicon.Conjunctions.Contains(words[^1].Lower))) continue;
            if (lexicon.Salutations.Contains(words[0].Lower) || SignOffLength(words, lexicon) > 0) continue;
            breaks.Add(i);
        }
        return breaks;
    }

    /// <summary>A line that introduces signers: it ends with a colon, or is a short heading ("Signatories", "Die Unterzeichner").</summary>
    public static bool Introduces(IReadOnlyList<Token> tokens) =>
        tokens.Count > 0 && (tokens[^1].Text == ":" || tokens.Count(t => t.IsWord) <= 4 && tokens[^1].IsWord);
}
