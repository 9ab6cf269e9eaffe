using System.Text.RegularExpressions;

namespace ActorGraph.Extraction;

/// <summary>
/// A word or punctuation mark: its text, and where it stands in the sentence (<see cref="Start"/>, <see cref="Length"/>);
/// <see cref="Quoted"/> inside quotation marks. A word hyphenated at a line break reads as one word, so its text can be
/// shorter than what it covers.
/// </summary>
public readonly record struct Token(string Text, int Start, bool Quoted, int Length)
{
    public int End => Start + Length;

    public string Lower => Text.ToLowerInvariant();

    public bool IsWord => char.IsLetterOrDigit(Text[0]) || Text[0] is '@' or '#';
}

/// <summary>One sentence: its text, where it starts in the document, and its tokens.</summary>
public sealed record Sentence(int Index, string Text, int Start, IReadOnlyList<Token> Tokens);

/// <summary>
/// Sentence splitting and tokenization for German and English news text. Written here because no maintained .NET
/// package for it is reachable (Catalyst is not served; Microsoft.ML.Tokenizers only does sub-word pieces for
/// language models) and .NET's globalization has no sentence breaker under invariant globalization.
/// </summary>
/// <remarks>
/// A sentence ends at <c>. ! ?</c> (and the closing quotation marks after them) followed by a space and an upper-case
/// letter, digit or opening quotation mark; not after a known abbreviation (<c>z. B.</c>, <c>Dr.</c>, <c>Mr.</c>…), a single
/// capital (initials) or an ordinal before a month or a lower-case word (<c>am 5. Dezember</c>). A blank line always ends
/// one; so does a line break after a line that does not look hard-wrapped (headlines, captions): a hard-wrapped line is
/// long and ends with a letter, comma or hyphen, or ends with a letter and the next line goes on in lower case. Words keep inner
/// hyphens and apostrophes (<c>Walter-Borjans</c>, <c>didn't</c>), handles and hashtags (<c>@aplusk</c>, <c>#SPD</c>).
/// </remarks>
public static partial class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "z", "b", "bzw", "ca", "dr", "prof", "nr", "st", "u", "a", "usw", "vgl", "ggf", "evtl", "inkl", "bzgl", "dt", "ehem", "sog",
        "mr", "mrs", "ms", "jr", "sr", "vs", "etc", "e", "g", "i", "no", "gen", "gov", "sen", "rep", "hon", "mio", "mrd", "jan", "feb",
        "aug", "sept", "okt", "oct", "nov", "dez", "dec", "abs", "art", "s", "min", "max", "u.a", "z.b", "d.h", "u.s", "e.g", "i.e",
        // titles in signer lists ("Sens. A and B", "Abg. C") and US state abbreviations after a party ("R-Calif.", "Calif. Gov. X")
        "sens", "reps", "govs", "rev", "lt", "col", "capt", "sgt", "atty", "amb", "del", "abg", "dipl", "ing", "mdl",
        "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn",
        "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
        // academic affixes in German signer lists ("Prof. Dr. h. c. mult. A", "Dr. rer. nat. B", "C, LL.M.")
        "h", "c", "h.c", "mult", "rer", "nat", "pol", "med", "jur", "phil", "oec",
    };

    /// <summary>A word written with a period that ends no sentence ("Dr", "Sen", "h.c", "rer"): a title or affix before a name.</summary>
    public static bool IsAbbreviation(string word) => Abbreviations.Contains(word);

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
    };

    /// <param name="unbroken">Offsets of line breaks that do not end a sentence (a name broken across two lines).</param>
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlySet<int>? unbroken = null)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var quoteClose = '\0'; // a quotation open at the end of the previous sentence of the paragraph
        var inner = 0; // quotations open inside it
        void Add(int end)
        {
            var piece = text[start..end];
            var trimmed = piece.Trim();
            if (trimmed.Length > 0)
            {
                var offset = start + piece.IndexOf(trimmed[0]);
                sentences.Add(new Sentence(sentences.Count, trimmed, offset, Tokenize(trimmed, ref quoteClose, ref inner)));
            }
            if (piece.Contains('\n')) (quoteClose, inner) = ('\0', 0);
            start = end;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (unbroken?.Contains(i) == true) continue;
                var lineStart = i == 0 ? 0 : text.LastIndexOf('\n', i - 1) + 1;
                var line = text[lineStart..i].TrimEnd();
                var blankFollows = NextLineIsBlank(text, i);
                // Hard-wrapped prose: a long line ending mid-sentence continues on the next line; so does a short one when the
                // next goes on in lower case (a narrow column: "Die Abgeordnete hatte\nden Brief unterschrieben").
                // Not after a comma there: "Sehr geehrter Herr Meier,\nwir fordern" opens a letter.
                var wrapped = (line.Length >= 60 && (char.IsLetter(line[^1]) || line[^1] is ',' or '-'))
                    || (line.Length > 0 && char.IsLetter(line[^1]) && NextLineStartsLower(text, i)) || Hyphenated(text, i);
                if (blankFollows || !wrapped) Add(i + 1);
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '“' or '”' or '«' or '»' or '\'' or '’' or ')') end++;
            // "unterschrieben.Der Brief": a page that lost the space between two sentences.
            if (c == '.' && end == i + 1 && GluedSentence(text, i)) { Add(end); continue; }
            if (end >= text.Length || !char.IsWhiteSpace(text[end])) continue;
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            if (next >= text.Length || text[next] == '\n') { Add(end); continue; }
            var n = text[next];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '„' or '"' or '“' or '«' or '»' or '(' or '@')) continue;
            if (c == '.' && IsAbbreviationOrOrdinal(text, i, next)) continue;
            if (c == '.' && ClosesShortBracket(text, i)) continue;
            Add(end);
        }
        Add(text.Length);
        return sentences;
    }

    /// <summary>"Ber-\nger": a word hyphenated at the line break (the next line goes on in lower case).</summary>
    private static bool Hyphenated(string text, int newline) =>
        newline >= 2 && text[newline - 1] == '-' && char.IsLetter(text[newline - 2]) && newline + 1 < text.Length && char.IsLower(text[newline + 1]);

    private static bool GluedSentence(string text, int period) =>
        period >= 3 && period + 2 < text.Length && char.IsLower(text[period - 1]) && char.IsLower(text[period - 2]) && char.IsLower(text[period - 3])
        && char.IsUpper(text[period + 1]) && char.IsLower(text[period + 2]);

    private static bool NextLineStartsLower(string text, int newline) =>
        newline + 1 < text.Length && char.IsLower(text[newline + 1]);

    private static bool NextLineIsBlank(string text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n') return true;
            if (!char.IsWhiteSpace(text[j])) return false;
        }
        return true;
    }

    private static bool IsAbbreviationOrOrdinal(string text, int period, int next)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..period];
        if (word.Length == 0) return false;
        if (Abbreviations.Contains(word) || Abbreviations.Contains(word.TrimStart('.'))) return true;
        // An initial ("John F. Kennedy"), but not the platform X after a lower-case word ("auf X. Dort", "posted on X. Then").
        if (word.Length == 1 && char.IsUpper(word[0])) return !(word == "X" && PreviousWordIsLower(text, wordStart));
        // "N.Y", "D.C", "U.K": initials with inner periods
        if (word.Split('.').All(part => part.Length == 1 && char.IsUpper(part[0]))) return true;
        if (word.All(char.IsDigit))
        {
            // "1. Mary Collins" at the start of a line: the number of a list item.
            if (text.LastIndexOf('\n', wordStart == 0 ? 0 : wordStart - 1) is var lineStart && text[(lineStart + 1)..wordStart].All(char.IsWhiteSpace)) return true;
            var following = WordAt(text, next);
            // "dem 1. Beigeordneten", "vom 2. Bürgermeister": a number after an article is an ordinal before a noun.
            return Months.Contains(following) || (following.Length > 0 && char.IsLower(following[0])) || OrdinalArticles.Contains(PreviousWord(text, wordStart));
        }
        return false;
    }

    /// <summary>"(D-Mich.)", "(R-N.Y.)": a period that closes a bracket of a word or two is an abbreviation, no sentence end.</summary>
    private static bool ClosesShortBracket(string text, int period)
    {
        if (period + 1 >= text.Length || text[period + 1] != ')') return false;
        var open = text.LastIndexOf('(', period);
        return open >= 0 && period - open <= 20 && text[open..period].Count(char.IsWhiteSpace) <= 1 && !text[open..period].Contains('\n');
    }

    private static readonly HashSet<string> OrdinalArticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "dem", "den", "des", "am", "im", "vom", "zum", "zur", "beim", "the",
    };

    private static string PreviousWord(string text, int wordStart)
    {
        var end = wordStart;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return end < wordStart ? text[start..end] : "";
    }

    private static bool PreviousWordIsLower(string text, int wordStart) => PreviousWord(text, wordStart) is { Length: > 0 } word && char.IsLower(word[0]);

    private static string WordAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[at..end];
    }

    /// <summary>Words, numbers, handles and single punctuation marks; each token knows whether it stands inside quotation marks.</summary>
    public static IReadOnlyList<Token> Tokenize(string sentence)
    {
        var (quoteClose, inner) = ('\0', 0);
        return Tokenize(sentence, ref quoteClose, ref inner);
    }

    /// <summary>
    /// Tokenizes a sentence that starts inside a quotation when <paramref name="quoteClose"/> is its closing mark, with <paramref name="inner"/>
    /// quotations open inside it; returns with the state at its end.
    /// </summary>
    private static List<Token> Tokenize(string sentence, ref char quoteClose, ref int inner)
    {
        var tokens = new List<Token>();
        foreach (Match match in TokenPattern().Matches(sentence))
        {
            // "Mary Collins¹", "Tom Baker [2]": a footnote mark says nothing; dropped, it leaves the list it stands in whole.
            if (match.Groups["footnote"].Success) continue;
            // A word hyphenated at a line break (or where one was: "Kramp-Kar- renbauer") is read as one word; its offset still points into the text.
            var text = match.Value.Contains('\n') || match.Value.Contains("- ") ? HyphenBreak().Replace(match.Value, "") : match.Value;
            var c = text[0];
            if (quoteClose == '\0' && c is '„' or '“' or '"' or '«' or '»')
            {
                quoteClose = c switch { '„' => '“', '“' => '”', '«' => '»', '»' => '«', _ => '"' };
                tokens.Add(new Token(text, match.Index, false, match.Length));
                continue;
            }
            // "„… das „Entfolgen“ durch …“", "“… the “unfollowing” of …”": the quotation's own opening mark before a word opens one inside it,
            // which the next closing mark closes.
            if (quoteClose is '“' or '”' && c == (quoteClose == '“' ? '„' : '“') && text.Length == 1
                && (match.Index == 0 || char.IsWhiteSpace(sentence[match.Index - 1])) && match.Index + 1 < sentence.Length && char.IsLetterOrDigit(sentence[match.Index + 1]))
            {
                inner++;
                tokens.Add(new Token(text, match.Index, true, match.Length));
                continue;
            }
            // German closing quotes are often typed as " or ”, English ones as ".
            if (quoteClose != '\0' && (c == quoteClose || (quoteClose is '“' or '”' && c is '"' or '”' or '“')))
            {
                if (inner > 0)
                {
                    inner--;
                    tokens.Add(new Token(text, match.Index, true, match.Length));
                    continue;
                }
                quoteClose = '\0';
                tokens.Add(new Token(text, match.Index, false, match.Length));
                continue;
            }
            // "joinedRepresentatives": a page that lost the space before a capitalised word.
            if (GluedWord().Match(text) is { Success: true } glued)
            {
                tokens.Add(new Token(glued.Groups[1].Value, match.Index, quoteClose != '\0', glued.Groups[1].Length));
                tokens.Add(new Token(glued.Groups[2].Value, match.Index + glued.Groups[2].Index, quoteClose != '\0', glued.Groups[2].Length));
                continue;
            }
            tokens.Add(new Token(text, match.Index, quoteClose != '\0', match.Length));
        }
        return tokens;
    }

    // "Partei- und Fraktionschef", "human- and civil rights": a hyphen before a conjunction leaves the word open, it breaks none.
    // Superscript digits are no part of a word: "Collins¹" is a name and a footnote mark.
    [GeneratedRegex(@"(?<footnote>[¹²³⁰-⁹]+|\[\d{1,3}\])|[@#]?[\p{L}\p{N}-[¹²³⁰-⁹]]+(?:[-'’&][\p{L}\p{N}-[¹²³⁰-⁹]]+|-\r?\n\p{Ll}+|-[ ](?!(?:und|oder|bzw|sowie|wie|bis|als|noch|and|or|to|nor)\b)\p{Ll}+|\.(?!\p{Lu}\p{Ll}{2})[\p{L}\p{N}-[¹²³⁰-⁹]]+)*-?|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"-(?:\r?\n|[ ])")]
    private static partial Regex HyphenBreak();

    [GeneratedRegex(@"^(\p{Ll}{3,})(\p{Lu}\p{Ll}+)$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedWord();
}
