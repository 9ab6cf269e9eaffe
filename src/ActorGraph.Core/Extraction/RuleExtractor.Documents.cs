using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Which document a text means: by a name or alias several documents share (the words around it decide), or from what
/// it named before.
/// </summary>
public sealed partial class RuleExtractor
{
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

    /// <summary>
    /// Which document a signature block signs: the one it closes, named on a title line above the text ("Antrag …" over a
    /// motion that asks the Senate to join some charter), not the one its text named last; unless a signing was reported
    /// since the title, whose document the names more likely go on listing.
    /// </summary>
    private int ClosedDocument(Discourse discourse) =>
        discourse.Title is var (document, line) && document >= 0 && discourse.LastReported < line && !discourse.Addressed.Contains(document)
            ? document : ContextDocument(discourse);

    /// <summary>
    /// A line of its own with a few words that names one document and no signing is a title over that document's text
    /// (a motion's, a declaration's); a sentence with a signing verb or noun that is no demand or refusal reports a signing.
    /// </summary>
    private void RememberTitle(string text, Parsed s, Discourse discourse)
    {
        var signings = Enumerable.Range(0, s.Hits.Count).Where(k => s.Hits[k].Cue.Relation == RelationType.Signed).ToList();
        // "calls on the Government to sign the charter", "wird aufgefordert, die Charta zu unterzeichnen": a demand reports no signing.
        if (signings.Any(k => !s.Hits[k].Cue.Scene && !Negated(s, k, out _) && !(s.Hits[k].Anchor > 0 && s.Lexicon.Infinitive.Contains(s.Tokens[s.Hits[k].Anchor - 1].Lower))))
            discourse.LastReported = s.Sentence.Index;
        var documents = s.Mentions.Where(IsDocument).Select(m => m.Actor).Distinct().ToList();
        if (signings.Count == 0 && documents is [var titled] && s.Tokens.Count(t => t.IsWord) <= 10 && OwnLine(text, s.Sentence))
            discourse.Title = (titled, s.Sentence.Index);
    }

    /// <summary>The declaration the text named last, else the only one known unless the text called it the addressee's.</summary>
    private int ContextDocument(Discourse discourse)
    {
        if (discourse.LastDocument >= 0) return discourse.LastDocument;
        var documents = Enumerable.Range(0, actors.Actors.Count).Where(a => actors.Actors[a].IsDocument).ToList();
        return documents is [var only] && !discourse.Addressed.Contains(only) ? only : -1;
    }
}
