namespace ActorGraph.Extraction;

/// <summary>
/// When a quotation is a post: reporting names the platform once ("took to Twitter", "auf X") and then quotes one post
/// after another with plain saying verbs; what someone said in an interview, a speech or on TV is no post.
/// </summary>
public static partial class QuotedPosts
{
    /// <summary>
    /// A platform, a post or a posting verb is named in <paramref name="sentence"/> or in one of the <paramref name="window"/>
    /// sentences the text says before it (sentences wholly inside a quotation do not count: they are what was posted),
    /// and no sentence between names a place of speech instead ("issued a press release:").
    /// </summary>
    private static bool PostContext(IReadOnlyList<Sentence> sentences, Sentence sentence, CueLexicon lexicon, int window)
    {
        for (var k = sentence.Index; k >= 0 && window >= 0; k = NarrativeBefore(sentences, sentences[k]), window--)
        {
            if (SpokenElsewhere(sentences[k], lexicon)) return false;
            if (lexicon.NamesPlatform(sentences[k])) return true;
        }
        return false;
    }

    /// <summary>The index of the last sentence before <paramref name="sentence"/> that the text itself says (not wholly quoted), or -1.</summary>
    internal static int NarrativeBefore(IReadOnlyList<Sentence> sentences, Sentence sentence)
    {
        var k = sentence.Index - 1;
        while (k >= 0 && !sentences[k].Tokens.Any(t => t.IsWord && !t.Quoted)) k--;
        return k;
    }

    /// <summary>
    /// Words said there were posted: a platform ("said on Twitter"), a posting verb, or a post that is not only talked
    /// about ("said of Trump's tweet", "sagte zu dem Tweet").
    /// </summary>
    private static bool PostedThere(Sentence sentence, CueLexicon lexicon) => sentence.Tokens.Where((t, i) => !t.Quoted
        && (lexicon.IsPlatformWord(t.Lower) || lexicon.PostingVerbs.Contains(t.Lower)
            || (lexicon.IsPostNoun(t.Lower) && !Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(j => lexicon.Topics.Contains(sentence.Tokens[j].Lower))))).Any();

    private static bool InRange(int index, (int From, int To) range) => index >= range.From && index <= range.To;

    /// <summary>The attributing sentence says where the words were spoken ("in an interview", "told reporters", "im ZDF").</summary>
    private static bool SpokenElsewhere(Sentence sentence, CueLexicon lexicon) =>
        sentence.Tokens.Any(t => !t.Quoted && lexicon.Venues.Contains(t.Lower));

    /// <summary>
    /// A quotation mark at <paramref name="i"/> opens a quotation: a straight double quote not right after a letter; a single
    /// quote not inside a word ("I've" is no quotation); a closing mark only at a paragraph's start (”Congresswoman, …”).
    /// </summary>
    private static bool Opens(string text, int i) => text[i] switch
    {
        '"' => i == 0 || !char.IsLetterOrDigit(text[i - 1]),
        '\'' or '‘' => (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] is '@' or '#'),
        '”' => i == 0 || text[i - 1] == '\n',
        _ => true,
    };

    /// <summary>A mark at <paramref name="j"/> closes: a straight or single quote not followed by a letter ("Duffield’s" goes on).</summary>
    private static bool Closes(string text, int j) => text[j] switch
    {
        '"' => j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1]),
        '\'' or '’' => !char.IsWhiteSpace(text[j - 1]) && (j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1])),
        _ => true,
    };
}
