using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Lists of actors ("A, B und C", "Sens. A, B (R-Ohio) and C"): what may join two items, and where a list starts and
/// ends.
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// In "an Esken, Sippel und Walter-Borjans" all three are objects like the first. A run joined only by commas is no
    /// list ("In a reply to Ward, Miller wrote"): it must end with und/and/sowie/oder/or.
    /// </summary>
    private static void MarkLists(List<Mention> mentions, IReadOnlyList<Token> tokens, CueLexicon lexicon, Func<Mention, bool> isDocument)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            // "In a letter, Collins and Baker urged …": the people after a document are no list with it.
            if (!mentions[i].Marked || mentions[i].IsPronoun || isDocument(mentions[i])) continue;
            var last = i;
            var conjunction = false;
            while (last + 1 < mentions.Count && Glue(mentions[last], mentions[last + 1], tokens, lexicon) is { } glue)
            {
                // "In a letter to Doyle, Collins and Baker urged …": the opening phrase ends at its comma, the subject follows.
                if (last == i && OpeningPhraseEnds(tokens, mentions[i], glue, lexicon)) break;
                // "Muscat, on behalf of the Council of the European Union, and Juncker": an aside opened by a comma closes at ", and".
                if (glue.Contains(",") && glue.Any(lexicon.Conjunctions.Contains) && AsideAt(tokens, mentions[i], lexicon)) break;
                last++;
                conjunction = glue.Any(lexicon.Conjunctions.Contains);
                // "von A und den Landräten B und C": a plural title after the conjunction opens a list of its own, which goes on.
                if (conjunction && !(last + 1 < mentions.Count && TitledSublist(glue, tokens, mentions[last], lexicon))) break;
            }
            if (!conjunction) continue;
            for (var j = i + 1; j <= last; j++) mentions[j] = mentions[j] with { Mark = mentions[i].Mark };
            i = last;
        }
    }

    /// <summary>The mention stands in a phrase a comma opened with a preposition (", on behalf of the Council of …").</summary>
    private static bool AsideAt(IReadOnlyList<Token> tokens, Mention m, CueLexicon lexicon)
    {
        var comma = m.Start - 1;
        while (comma >= 0 && tokens[comma].IsWord) comma--;
        return comma >= 0 && tokens[comma].Text == "," && Enumerable.Range(comma + 1, m.Start - comma - 1).Any(j => lexicon.Prepositions.Contains(tokens[j].Lower));
    }

    /// <summary>An English sentence opens with a prepositional phrase, <paramref name="m"/> ends it and a comma follows.</summary>
    private static bool OpeningPhraseEnds(IReadOnlyList<Token> tokens, Mention m, List<string> glue, CueLexicon lexicon) =>
        lexicon.SubjectNearVerb && lexicon.Prepositions.Contains(tokens[0].Lower) && glue.Contains(",") && !glue.Any(lexicon.Conjunctions.Contains)
        && !tokens.Take(m.Start).Any(t => t.Text == ",");

    /// <summary>
    /// The words between two mentions if they can join two items of a list, else null: commas, conjunctions, articles,
    /// and what names carry in lists ("Sen.", "(R-Ohio)", "MdB", "Emma-Chefredakteurin"): capitalised words, brackets, periods.
    /// </summary>
    private static List<string>? Glue(Mention a, Mention b, IReadOnlyList<Token> tokens, CueLexicon lexicon)
    {
        if (b.Start - a.End is 0 or > 8) return null;
        var glue = Enumerable.Range(a.End, b.Start - a.End).Select(j => tokens[j]).ToList();
        // "Collins, who chairs the committee, Quinn and Ellis", "Collins, die den Ausschuss leitet, Quinn und Ellis": a relative
        // clause closed by a comma is said of the item before; the list goes on after it.
        if (RelativeAside(glue, lexicon) is var close and > 0) glue = glue[close..];
        // "…, and representatives Ruth Ellis", "and council members Baker": a plural title (with one word before it) opens the next item.
        var titled = glue.Count;
        if (glue.Count > 1 && PluralTitle(glue[^1], lexicon))
        {
            titled = glue.Count - 1;
            if (titled > 1 && glue[titled - 1].IsWord && char.IsLower(glue[titled - 1].Text[0]) && !lexicon.IsListGlue(glue[titled - 1].Lower)) titled--;
        }
        var depth = 0;
        for (var g = 0; g < titled; g++)
        {
            var t = glue[g];
            // "1) Anna Berger, 2) Markus Hahn": the number of a list item.
            if (t.Text.All(char.IsDigit) && g + 1 < glue.Count && glue[g + 1].Text is ")" or ".") g++;
            else if (t.Text == "(") depth++;
            else if (t.Text == ")") depth--;
            // "Dr. med.", "Prof. Dr. h. c.", "Dipl.-Ing.": titles before the next name, written in lower case or with a hyphen after the period.
            else if (depth == 0 && !lexicon.IsListGlue(t.Lower) && t.Text != "." && !(t.IsWord && char.IsUpper(t.Text[0]))
                     && !(t.IsWord && g + 1 < glue.Count && glue[g + 1].Text == "." && Sentences.IsAbbreviation(t.Text))
                     && !(t.Text == "-" && g > 0 && glue[g - 1].Text == ".")) return null;
        }
        var words = glue.Select(t => t.Lower).ToList();
        return words.Any(w => w is "," or ";" || lexicon.Conjunctions.Contains(w)) ? words : null;
    }

    /// <summary>Where the comma closing a relative clause stands in <paramref name="glue"/> (", who chairs the committee,"); 0 if it holds none.</summary>
    private static int RelativeAside(IReadOnlyList<Token> glue, CueLexicon lexicon)
    {
        if (glue.Count < 4 || glue[0].Text != "," || !lexicon.Relatives.Contains(glue[1].Lower)) return 0;
        var close = Enumerable.Range(2, glue.Count - 2).FirstOrDefault(g => glue[g].Text == ",");
        return close > 2 && Enumerable.Range(2, close - 2).All(g => glue[g].IsWord) ? close : 0;
    }

    /// <summary>The glue before <paramref name="item"/> ends with a plural title ("and representatives", "und den Landräten", "sowie die Abgeordneten").</summary>
    private static bool TitledSublist(List<string> glue, IReadOnlyList<Token> tokens, Mention item, CueLexicon lexicon)
    {
        if (item.Start < 2 || glue.Count < 2) return false;
        var title = tokens[item.Start - 1];
        return PluralTitle(title, lexicon) || !lexicon.SubjectNearVerb && title.IsWord && char.IsUpper(title.Text[0]) && lexicon.Determiners.Contains(tokens[item.Start - 2].Lower)
            && (lexicon.MemberNouns.Contains(title.Lower) || title.Lower.EndsWith("en", StringComparison.Ordinal));
    }

    /// <summary>"representatives", "senators", "council members": a lower-case plural member or role noun, a title for the names after it.</summary>
    private static bool PluralTitle(Token t, CueLexicon lexicon) =>
        t.IsWord && !t.Quoted && char.IsLower(t.Text[0]) && lexicon.SubjectNearVerb && t.Lower.Length > 3 && t.Lower.EndsWith('s')
        && (lexicon.MemberNouns.Contains(t.Lower) || lexicon.RoleNouns.Contains(t.Lower[..^1]));

    private static List<Mention> WithCoordinated(Mention first, List<Mention> mentions, IReadOnlyList<Token> tokens, CueLexicon lexicon)
    {
        var list = new List<Mention> { first };
        var joined = false;
        for (var i = mentions.IndexOf(first) + 1; i < mentions.Count; i++)
        {
            if (Glue(list[^1], mentions[i], tokens, lexicon) is not { } glue || !glue.Any(g => g is "," or ";" || lexicon.Conjunctions.Contains(g))) break;
            list.Add(mentions[i]);
            joined |= glue.Any(lexicon.Conjunctions.Contains);
        }
        // "antwortete Berger, Hahn habe recht": names joined only by commas are no list (the next clause's subject follows);
        // "Collins, Baker and 40 colleagues" is one.
        joined |= list[^1].End < tokens.Count && lexicon.Conjunctions.Contains(tokens[list[^1].End].Lower);
        return joined ? list : [first];
    }

    /// <summary>The first member of the list <paramref name="last"/> ends ("A and B replied" → A).</summary>
    private static Mention? ListHead(Mention? last, Parsed s)
    {
        if (last is null) return null;
        var index = s.Mentions.IndexOf(last);
        while (index > 0 && Glue(s.Mentions[index - 1], s.Mentions[index], s.Tokens, s.Lexicon) is not null && !s.Mentions[index - 1].Marked) index--;
        return s.Mentions[index];
    }
}
