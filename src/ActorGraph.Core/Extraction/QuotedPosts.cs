using System.Text.RegularExpressions;

namespace ActorGraph.Extraction;

/// <summary>
/// Posts a text quotes and who wrote them: an embedded post (<c>text … — Name (@handle) May 9, 2017</c>) or a quotation
/// attributed by a verb (<c>„…“, twitterte Blaudszun</c>, <c>Warren wrote on Twitter: "…"</c>). Every actor named in the
/// post (name, @handle, role) was tagged or mentioned by its author, the way the platform shows it.
/// </summary>
/// <remarks>
/// A quotation counts as a post when its verb is a posting verb (<c>twitterte</c>, <c>tweeted</c>), or when a saying verb
/// (<c>schrieb</c>, <c>wrote</c>) has a platform word in its sentence or the one before, or the quote holds an @handle.
/// What someone said in an interview is no post.
/// </remarks>
public static partial class QuotedPosts
{
    /// <summary>
    /// One post: where it stands in the text, its author (as the span that names them), the evidence span, and what
    /// makes it a post (the verb that attributes it, or the embed's <c>(@handle)</c>).
    /// </summary>
    public sealed record Post(int Start, int End, int AuthorStart, int AuthorEnd, int EvidenceStart, int EvidenceEnd, int CueStart, int CueEnd);

    private static readonly Dictionary<char, char[]> Closing = new()
    {
        ['„'] = ['“', '”', '"'], ['“'] = ['”', '"'], ['"'] = ['"', '”', '“'], ['«'] = ['»'], ['»'] = ['«'],
    };

    public static IEnumerable<Post> Find(string text, IReadOnlyList<Sentence> sentences, CueLexicon lexicon)
    {
        foreach (Match embed in EmbedPattern().Matches(text))
        {
            // The post text runs back to the line start or the previous embed, at most a post's length.
            var lineStart = text.LastIndexOf('\n', Math.Max(0, embed.Index - 1)) + 1;
            var previous = EmbedPattern().Matches(text[..embed.Index]).LastOrDefault();
            var start = Math.Max(Math.Max(lineStart, previous is null ? 0 : previous.Index + previous.Length), embed.Index - 320);
            if (embed.Index - start < 3 && lineStart > 0) start = text.LastIndexOf('\n', Math.Max(0, lineStart - 2)) + 1; // the post stands on the line before
            var author = embed.Groups["author"];
            var handle = embed.Groups["handle"];
            yield return new Post(start, embed.Index, author.Index, author.Index + author.Length, start, embed.Index + embed.Length, handle.Index, handle.Index + handle.Length);
        }
        foreach (var (open, close) in Quotations(text))
        {
            var opening = SentenceAt(sentences, open);
            var closing = SentenceAt(sentences, close);
            if (opening is null || closing is null) continue;
            var quote = text[(open + 1)..close];
            var after = Attribution(closing, close + 1, text, lexicon, after: true);
            var before = after is null ? Attribution(opening, open, text, lexicon, after: false) : null;
            if ((after ?? before) is not { } found) continue;
            var evidenceStart = Math.Min(opening.Start, found.Sentence.Start);
            var evidenceEnd = Math.Max(closing.Start + closing.Text.Length, found.Sentence.Start + found.Sentence.Text.Length);
            var social = found.Posting || quote.Contains('@') || Social(sentences, found.Sentence, lexicon) || Social(sentences, opening, lexicon);
            if (social) yield return new Post(open + 1, close, found.Start, found.End, evidenceStart, evidenceEnd, found.Verb.Start, found.Verb.End);
        }
    }

    private sealed record Found(Sentence Sentence, int Start, int End, bool Posting, (int Start, int End) Verb);

    /// <summary>
    /// After the quote: <c>, VERB [words] AUTHOR</c> within a few words; before it: <c>AUTHOR VERB …:</c> or <c>VERB AUTHOR:</c>
    /// in the same sentence. The author span is what follows or precedes the verb, up to the next punctuation.
    /// </summary>
    private static Found? Attribution(Sentence sentence, int at, string text, CueLexicon lexicon, bool after)
    {
        var tokens = sentence.Tokens;
        var rel = at - sentence.Start;
        if (after)
        {
            var first = -1;
            for (var j = 0; j < tokens.Count; j++) if (tokens[j].Start >= rel) { first = j; break; }
            if (first < 0) return null;
            for (var j = first; j < Math.Min(tokens.Count, first + 4); j++)
            {
                if (tokens[j].Quoted) return null;
                var lower = tokens[j].Lower;
                var posting = lexicon.PostingVerbs.Contains(lower);
                if (!posting && !lexicon.SayingVerbs.Contains(lower)) continue;
                var end = j + 1;
                while (end < tokens.Count && tokens[end].IsWord && !tokens[end].Quoted && end - j <= 7) end++;
                if (end == j + 1) return null;
                return new Found(sentence, sentence.Start + tokens[j + 1].Start, sentence.Start + tokens[end - 1].End, posting, (sentence.Start + tokens[j].Start, sentence.Start + tokens[j].End));
            }
            return null;
        }
        var last = -1;
        for (var j = tokens.Count - 1; j >= 0; j--) if (tokens[j].Start < rel) { last = j; break; }
        for (var j = last; j >= 0 && j >= last - 12; j--)
        {
            var lower = tokens[j].Lower;
            var posting = lexicon.PostingVerbs.Contains(lower);
            if (!posting && !lexicon.SayingVerbs.Contains(lower)) continue;
            // The whole clause around the verb names the author; the extractor picks the actor in it.
            var from = j;
            while (from > 0 && tokens[from - 1].Text is not ("," or ";" or "." or ":" or "“" or "”" or "\"")) from--;
            return new Found(sentence, sentence.Start + tokens[from].Start, sentence.Start + tokens[last].End, posting, (sentence.Start + tokens[j].Start, sentence.Start + tokens[j].End));
        }
        return null;
    }

    private static bool Social(IReadOnlyList<Sentence> sentences, Sentence sentence, CueLexicon lexicon)
    {
        return lexicon.NamesPlatform(sentence) || (sentence.Index > 0 && lexicon.NamesPlatform(sentences[sentence.Index - 1]));
    }

    private static Sentence? SentenceAt(IReadOnlyList<Sentence> sentences, int offset) =>
        sentences.LastOrDefault(s => s.Start <= offset && offset <= s.Start + s.Text.Length);

    /// <summary>Quotation spans (opening mark, closing mark) within one paragraph, at most a long post's length.</summary>
    private static IEnumerable<(int Open, int Close)> Quotations(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!Closing.TryGetValue(text[i], out var closers)) continue;
            // A straight quote right after a letter closes something; it does not open.
            if (text[i] == '"' && i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            var close = -1;
            for (var j = i + 1; j < text.Length && j < i + 700 && text[j] != '\n'; j++)
                if (closers.Contains(text[j]) && (text[j] != '"' || j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1]))) { close = j; break; }
            if (close < 0 || close - i < 4) continue;
            yield return (i, close);
            i = close;
        }
    }

    [GeneratedRegex(@"[—–]\s*(?<author>[^\n()—–]{2,60}?)\s*(?<handle>\(@\w{1,30}\))\s*(?:\d{1,2}\.\s*\p{L}+\.?\s*\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})")]
    private static partial Regex EmbedPattern();
}
