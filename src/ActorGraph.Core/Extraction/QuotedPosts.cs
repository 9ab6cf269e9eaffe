using ActorGraph.Model;
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
    /// makes it a post (the verb that attributes it, a colon, a platform word, or the embed's <c>(@handle)</c>).
    /// </summary>
    public sealed record Post(int Start, int End, int AuthorStart, int AuthorEnd, int EvidenceStart, int EvidenceEnd, int CueStart, int CueEnd, Author By)
    {
        /// <summary>Told in the reporter's words (German reported speech), not reproduced.</summary>
        public bool Retold { get; init; }
    }

    /// <summary>
    /// How the text says who wrote a post: a verb (or colon) whose subject wrote it, an embed's tail, the sentence before, which posted,
    /// or a pronoun saying it ("“…,” he said") after a sentence that names the post: the pronoun is that post's owner.
    /// </summary>
    public enum Author { Verb, Embed, SentenceBefore, OwnerBefore }

    private static readonly Dictionary<char, char[]> Closing = new()
    {
        ['„'] = ['“', '”', '"'], ['“'] = ['”', '"'], ['"'] = ['"', '”', '“'], ['«'] = ['»'], ['»'] = ['«'],
        // British papers quote with single marks ('…', ‘…’); a paragraph may open with a closing mark (”Congresswoman, …”).
        ['‘'] = ['’'], ['\''] = ['\''], ['”'] = ['”', '"'],
    };

    /// <summary>The marks that open a quotation.</summary>
    public static IReadOnlySet<char> OpeningMarks { get; } = Closing.Keys.ToHashSet();

    public static IEnumerable<Post> Find(string text, IReadOnlyList<Sentence> sentences, CueLexicon lexicon)
    {
        foreach (var post in Posts(text, sentences, lexicon))
        {
            yield return post;
            // Only a post whose own attribution names the platform or posts ("schrieb Güler bei Twitter") goes on in reported speech.
            if (post.By == Author.Embed || SentenceAt(sentences, post.CueStart) is not { } attribution || !PostedThere(attribution, lexicon)) continue;
            foreach (var more in ReportedOn(post, text, sentences, lexicon)) yield return more;
        }
    }

    private static IEnumerable<Post> Posts(string text, IReadOnlyList<Sentence> sentences, CueLexicon lexicon)
    {
        foreach (Match embed in EmbedPattern().Matches(text))
        {
            // The post text runs back to the line start or the previous embed, at most a post's length.
            var lineStart = text.LastIndexOf('\n', Math.Max(0, embed.Index - 1)) + 1;
            var previous = EmbedPattern().Matches(text[..embed.Index]).LastOrDefault();
            var start = Math.Max(Math.Max(lineStart, previous is null ? 0 : previous.Index + previous.Length), embed.Index - 320);
            // The post stands on the line before, or on the last line with text before a blank one ("… https://t.co/x" ⏎ ⏎ "— Name (@name) …").
            if (embed.Index - start < 3 && lineStart > 0)
            {
                var end = lineStart - 1;
                while (end > 0 && char.IsWhiteSpace(text[end])) end--;
                start = text.LastIndexOf('\n', end) + 1;
            }
            // An embed's tail on the line before ("— A (@a) April 2, 2020" ⏎ "— B (@b) April 2, 2020") is no text of this post.
            if (previous is not null) start = Math.Max(start, previous.Index + previous.Length);
            start = IntroducedLines(text, start, Math.Max(previous is null ? 0 : previous.Index + previous.Length, embed.Index - 320));
            var author = embed.Groups["author"];
            var handle = embed.Groups["handle"];
            yield return new Post(start, embed.Index, author.Index, author.Index + author.Length, start, embed.Index + embed.Length, handle.Index, handle.Index + handle.Length, Author.Embed);
        }
        // A roundup of posts: "keithellison: Obama’s in Minnesota …" ⏎ "Rep. Keith Ellison, MN." — the line under the post names its author.
        foreach (Match line in RoundupPattern().Matches(text))
        {
            var (post, author) = (line.Groups["post"], line.Groups["author"]);
            yield return new Post(post.Index, post.Index + post.Length, author.Index, author.Index + author.Length, line.Index, line.Index + line.Length,
                line.Groups["handle"].Index, line.Groups["handle"].Index + line.Groups["handle"].Length, Author.Embed);
        }
        Found? lastFound = null;
        var lastClose = -1;
        (Found Found, int Close)? lastQuoted = null; // the last quotation yielded as a post, with its closing mark
        var lastPost = (From: -2, To: -2); // the sentences of the last post found, with its attribution
        var quotations = Quotations(text).ToList();
        for (var q = 0; q < quotations.Count; q++)
        {
            var (open, close) = quotations[q];
            var opening = SentenceAt(sentences, open);
            var closing = SentenceAt(sentences, close);
            if (opening is null || closing is null || Term(text, open, close, opening) || Title(opening, open, close, text, lexicon)) continue;
            var quote = text[(open + 1)..close];
            var after = Attribution(closing, close + 1, text, lexicon, after: true, open) ?? AttributionNext(sentences, closing, close, text, lexicon);
            var before = after is null ? Attribution(opening, open, text, lexicon, after: false) : null;
            // "“…,” Palin tweeted. “…”": a quotation that follows on the same line goes on with the same post; so does the next
            // paragraph's when this one ran to the paragraph's end unclosed (a quotation over several paragraphs).
            var goesOn = lastFound is not null && (lastFound.Sentence.Index + 1 == opening.Index && opening.Start == open
                && !text[(lastFound.Sentence.Start + lastFound.Sentence.Text.Length)..open].Contains('\n')
                || lastClose >= 0 && (lastClose == text.Length || text[lastClose] == '\n') && string.IsNullOrWhiteSpace(text[lastClose..open])) ? lastFound : null;
            // "“…,” he wrote." ⏎ "“…”": a paragraph that is one quotation, right after a paragraph that ended with a post, goes on with that post.
            var nextOfPost = lastQuoted is { } quoted && Paragraph(text, open, close) && NextParagraph(text, quoted.Close, open) ? quoted.Found : null;
            // A paragraph that the next one's attribution goes on with is said by whom it names, not by whom the paragraph before tells of posting.
            lastFound = after ?? before ?? goesOn ?? Introduced(sentences, open, text, lexicon) ?? nextOfPost ?? AttributedLater(quotations, q, sentences, text, lexicon, out quote)
                ?? AfterPosting(sentences, opening, open, close, text, lexicon);
            lastClose = close;
            if (lastFound is not { } found) continue;
            var evidenceStart = Math.Min(opening.Start, found.Sentence.Start);
            var evidenceEnd = Math.Max(closing.Start + closing.Text.Length, found.Sentence.Start + found.Sentence.Text.Length);
            // "“…,” he told the BBC" after a sentence about a post: the words around the quotation may say where it was spoken.
            // "told followers:" speaks on the platform.
            if (found.Verb is not Verb.Posting && !ToFollowers(found.Sentence, lexicon) && (SpokenElsewhere(found.Sentence, lexicon) || SpokenElsewhere(closing, lexicon))) { lastFound = null; continue; }
            // A post shows itself by an @handle or #hashtag; a quotation someone wrote, by a platform in the few sentences before;
            // a spoken one or one a colon introduces, by a platform in its own sentence or by following right after a post ("X posted: “…”" ⏎ "Y said: “…”");
            // a speaker's name and a colon, by a platform or post in the sentence before.
            var ofPost = found.Verb is Verb.Speech && SaidOfPost(sentences, opening, open, found, text, lexicon);
            if (ofPost) lastFound = found = found with { By = Author.OwnerBefore };
            var social = ofPost || found.Verb is Verb.Posting || HandleOrHashtag().IsMatch(quote) || ToFollowers(found.Sentence, lexicon) || found.Verb switch
            {
                Verb.Writing => PostContext(sentences, found.Sentence, lexicon, 3) || PostContext(sentences, opening, lexicon, 3),
                Verb.Line => PostContext(sentences, found.Sentence, lexicon, 1),
                Verb.Speech => PostedThere(found.Sentence, lexicon) || PostedThere(opening, lexicon) || InRange(NarrativeBefore(sentences, found.Sentence), lastPost),
                _ => found.Sentence.Tokens.Any(t => !t.Quoted && lexicon.IsPlatformWord(t.Lower)) || InOwnPost(found.Sentence, lexicon) || InRange(NarrativeBefore(sentences, found.Sentence), lastPost)
                    || Speaker(found, sentences, lexicon),
            };
            // A quotation that goes on with the last post is that post, whatever made it one.
            if (!social && found != lastQuoted?.Found) continue;
            lastPost = (Math.Min(opening.Index, found.Sentence.Index), Math.Max(closing.Index, found.Sentence.Index));
            // Only a quotation of its own ("“…,” he wrote", "tweeted: “…”") is a post that may go on; not words quoted into the reporter's sentence ("said that the post was “…”").
            var ownStart = open - 1;
            while (ownStart >= 0 && text[ownStart] == ' ') ownStart--;
            lastQuoted = ownStart < 0 || !char.IsLetterOrDigit(text[ownStart]) ? (found, close) : null;
            yield return new Post(open + 1, close, found.Start, found.End, evidenceStart, evidenceEnd, found.Cue.Start, found.Cue.End, found.By);
            // "Das von Steinbach geteilte Foto sei „widerlich“, twitterte Peter.": the reported speech the quotation completes is the post's too.
            if (found == after && found.Sentence == closing && LeadIn(opening, open, lexicon))
                yield return new Post(opening.Start, open, found.Start, found.End, evidenceStart, evidenceEnd, found.Cue.Start, found.Cue.End, found.By) { Retold = true };
        }
        foreach (var post in Retold(sentences, lexicon)) yield return post;
        // A reply printed as its own paragraph, without quotation marks: "@Hahn @Vogt Eure Frage zeigt …".
        for (var lineStart = 0; lineStart < text.Length; lineStart = text.IndexOf('\n', lineStart) is var n and >= 0 ? n + 1 : text.Length)
        {
            var at = lineStart;
            while (at < text.Length && text[at] is ' ' or '\t') at++;
            // ".@JoseCanseco Sorry bud": a dot before the handle makes a reply public; it is still the handle the reply opens with.
            if (at + 2 < text.Length && text[at] == '.' && text[at + 1] == '@') at++;
            if (at + 1 >= text.Length || text[at] != '@' || !char.IsLetterOrDigit(text[at + 1])) continue;
            if ((Introduced(sentences, at, text, lexicon) ?? Preceded(sentences, at, text, lexicon)) is not { } found) continue;
            var lineEnd = text.IndexOf('\n', at) is var e and >= 0 ? e : text.Length;
            yield return new Post(at, lineEnd, found.Start, found.End, found.Sentence.Start, lineEnd, found.Cue.Start, found.Cue.End, found.By);
        }
    }

    /// <summary>
    /// "“We thank Baker for years of work." ⏎ "“Now Collins must lead,” Quinn wrote.": British reporting opens every paragraph of a
    /// long quotation with a mark and closes and attributes only the last; a paragraph that is an unclosed quotation with no
    /// attribution of its own is said by whoever says the quotation that opens the next paragraph (and so on, paragraph by paragraph).
    /// </summary>
    /// <param name="words">All the paragraphs' words, up to the closing mark: an @handle in the last shows the first a post too.</param>
    private static Found? AttributedLater(List<(int Open, int Close)> quotations, int q, IReadOnlyList<Sentence> sentences, string text, CueLexicon lexicon, out string words)
    {
        words = text[(quotations[q].Open + 1)..quotations[q].Close];
        for (var first = quotations[q].Open; q + 1 < quotations.Count; q++)
        {
            var (open, close) = quotations[q];
            var (nextOpen, nextClose) = quotations[q + 1];
            // Unclosed: the quotation runs to its paragraph's end, and the next paragraph opens with the next quotation.
            if (close < text.Length && text[close] != '\n' || !string.IsNullOrWhiteSpace(text[close..nextOpen]) || !Paragraph(text, open, close)) return null;
            words = text[(first + 1)..nextClose];
            if (nextClose < text.Length && text[nextClose] == '\n') continue;
            return SentenceAt(sentences, nextClose) is { } closing ? Attribution(closing, nextClose + 1, text, lexicon, after: true, nextOpen) ?? AttributionNext(sentences, closing, nextClose, text, lexicon) : null;
        }
        return null;
    }

    /// <summary>
    /// "The two traded barbs on Twitter." ⏎ "Quinn: “Baker has no plan.”": an exchange printed as speaker, colon, quotation
    /// (a name of at most three words before the colon), right after a sentence that names the platform or a post, gives the posts.
    /// </summary>
    private static bool Speaker(Found found, IReadOnlyList<Sentence> sentences, CueLexicon lexicon)
    {
        var tokens = found.Sentence.Tokens;
        var colon = Enumerable.Range(0, Math.Min(4, tokens.Count)).FirstOrDefault(j => tokens[j].Text == ":", -1);
        return colon > 0 && found.Start == found.Sentence.Start && tokens.Take(colon).All(t => t.IsWord && char.IsUpper(t.Text[0]))
            && NarrativeBefore(sentences, found.Sentence) is var k and >= 0 && PostContext(sentences, sentences[k], lexicon, 0);
    }

    /// <summary>"Quinn also told followers: “…”": words said to one's followers are posted ("Baker, who has many followers, told reporters" describes him).</summary>
    private static bool ToFollowers(Sentence sentence, CueLexicon lexicon) =>
        sentence.Tokens.Where((t, i) => !t.Quoted && t.Lower.StartsWith("follower", StringComparison.Ordinal) && !Describing(sentence.Tokens, i, lexicon)).Any();

    /// <summary>
    /// "Klingbeil meldete sich über Twitter zu Wort und stichelte zurück. „Sehr halbstark, Paul.“": a quotation with no
    /// attribution that opens a sentence right after one that names a platform or a post is what that sentence's subject posted.
    /// </summary>
    /// <remarks>
    /// "Malviya took to social media to question the party's ties." ⏎ "“…”": a quotation that is a paragraph of its own follows a
    /// paragraph that ends telling of posting the same way, when that sentence names the platform or the act of posting, not only a post.
    /// </remarks>
    private static Found? AfterPosting(IReadOnlyList<Sentence> sentences, Sentence opening, int open, int close, string text, CueLexicon lexicon)
    {
        if (opening.Start != open || opening.Index == 0) return null;
        var before = sentences[opening.Index - 1];
        if (text[(before.Start + before.Text.Length)..open].Contains('\n')
            // A greeting or a few words ("«Herzliche Grüsse, Thomas»") may sign or title something; a post's paragraph says something.
            ? !Paragraph(text, open, close) || text[open..close].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 5 || !Posting(before, lexicon) || SpokenElsewhere(before, lexicon)
            : !PostedThere(before, lexicon) || OnlyThePost(before, lexicon) && !HandleOrHashtag().IsMatch(text[open..close])) return null;
        var platform = before.Tokens.Where((t, i) => PostedThere(new Sentence(0, t.Text, 0, [t]), lexicon) || PostingAt(before.Tokens, i, lexicon)).First();
        return new Found(before, before.Start, before.Start + before.Text.Length, Verb.Writing, (before.Start + platform.Start, before.Start + platform.End), Author.SentenceBefore);
    }

    /// <summary>
    /// "It started with Singh's tweet on Monday about grocery prices." ⏎ "“…,” he said.": a quotation that opens a paragraph, said by a
    /// pronoun (the one the text was just about), after a paragraph whose last sentence tells of a post (not one answered or talked
    /// about, nor words told to reporters) gives that post's words. A speaker named anew ("“…,” Baker said.") may be reacting anywhere.
    /// </summary>
    private static bool SaidOfPost(IReadOnlyList<Sentence> sentences, Sentence opening, int open, Found found, string text, CueLexicon lexicon)
    {
        if (opening.Start != open || opening.Index == 0 || !lexicon.Pronouns.TryGetValue(text[found.Start..found.End].ToLowerInvariant(), out var pronoun) || !pronoun.Subject) return false;
        var before = sentences[opening.Index - 1];
        var gap = text[(before.Start + before.Text.Length)..open];
        return gap.Contains('\n') && string.IsNullOrWhiteSpace(gap) && before.Tokens.Any(t => t.IsWord && !t.Quoted) && PostedThere(before, lexicon) && !SpokenElsewhere(before, lexicon);
    }

    /// <summary>A platform ("took to social media", "auf Instagram") or a posting verb is named in <paramref name="sentence"/>, outside quotations: more than a post talked about.</summary>
    private static bool Posting(Sentence sentence, CueLexicon lexicon) => Enumerable.Range(0, sentence.Tokens.Count).Any(i => !sentence.Tokens[i].Quoted && PostingAt(sentence.Tokens, i, lexicon));

    /// <remarks>"condemned the tweets", "seine Posts": a posting verb's form after an article or possessive is a noun, a post talked about.</remarks>
    private static bool PostingAt(IReadOnlyList<Token> tokens, int i, CueLexicon lexicon) => lexicon.IsPlatformWord(tokens[i].Lower)
        || lexicon.PostingVerbs.Contains(tokens[i].Lower) && !(i > 0 && (lexicon.Determiners.Contains(tokens[i - 1].Lower) || lexicon.Possessives.Contains(tokens[i - 1].Lower)))
        || tokens[i].Lower is "social" or "sozialen" && i + 1 < tokens.Count && tokens[i + 1].Lower is "media" or "medien" or "netzwerken";

    /// <summary>The quotation from <paramref name="open"/> to <paramref name="close"/> is its paragraph: nothing but a sentence's end stands around it on its line.</summary>
    private static bool Paragraph(string text, int open, int close)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, open - 1)) + 1;
        var lineEnd = close < text.Length && text.IndexOf('\n', close) is var e and >= 0 ? e : text.Length;
        return (open == 0 || string.IsNullOrWhiteSpace(text[lineStart..open])) && text[Math.Min(close + 1, lineEnd)..lineEnd].All(c => char.IsWhiteSpace(c) || c is '.' or ',' or '!' or '?');
    }

    /// <summary>
    /// The paragraph that opens at <paramref name="open"/> is the next after the one whose quotation closed at <paramref name="close"/>:
    /// what stands between is the rest of the attribution's sentence ("he wrote.") and a paragraph break.
    /// </summary>
    private static bool NextParagraph(string text, int close, int open)
    {
        if (close >= open) return false;
        var between = text[Math.Min(close + 1, open)..open];
        var rest = between.TrimEnd();
        return between.Contains('\n') && !rest.Contains('\n') && rest.Length <= 120 && (rest.Length == 0 || rest[^1] is '.' or '!' or '?' or '“' or '”' or '"' or '»' or '«' or '’')
            && !rest.TrimEnd('“', '”', '"', '»', '«', '’').Any(c => Closing.ContainsKey(c));
    }

    /// <summary>
    /// "#2:" ⏎ "Präsident #Hahn gab Infos an die #AfD weiter." ⏎ "Bei … — ZDF heute-show (@heuteshow) September 13, 2018": a post of several
    /// lines runs back from its embed's line to the line that introduces it with a colon, within <paramref name="floor"/> (the previous
    /// embed, a post's length); without such a line the post is the embed's line alone.
    /// </summary>
    private static int IntroducedLines(string text, int start, int floor)
    {
        if (start > 0 && text[start - 1] != '\n') return start;
        for (var at = start; at > floor;)
        {
            var end = at - 1;
            while (end >= floor && char.IsWhiteSpace(text[end])) end--;
            if (end < floor) return start;
            if (text[end] == ':') return at;
            at = text.LastIndexOf('\n', end) + 1;
        }
        return start;
    }

    /// <summary>
    /// "“D— Musk goes full on Trump!!” Whitehouse posted.": a quotation that ends on "!" or "?" ends its sentence for the splitter,
    /// and the attribution after it is the next sentence of the same line.
    /// </summary>
    private static Found? AttributionNext(IReadOnlyList<Sentence> sentences, Sentence closing, int close, string text, CueLexicon lexicon)
    {
        if (closing.Start + closing.Text.TrimEnd().Length > close + 1 || closing.Index + 1 >= sentences.Count) return null;
        var next = sentences[closing.Index + 1];
        return text[(close + 1)..next.Start].Contains('\n') || next.Tokens.Count > 10 ? null : Attribution(next, next.Start, text, lexicon, after: true);
    }

    /// <summary>
    /// "Der Chef der Jugend nahm den Beitrag zum Anlass, sie zu kritisieren.", "Baker read the tweet aloud.": the sentence names
    /// only a post the text spoke of before (a definite article before the post noun) and no platform or posting verb: the
    /// quotation after it may be said anywhere, unless it shows itself a post by an @handle or #hashtag ("das Posting … „Sorry @KathaSchulze“").
    /// </summary>
    private static bool OnlyThePost(Sentence sentence, CueLexicon lexicon) => !sentence.Tokens.Where((t, i) => !t.Quoted && (lexicon.IsPostNounAt(sentence.Tokens, i)
        ? !(i > 0 && lexicon.Determiners.Contains(sentence.Tokens[i - 1].Lower) && !lexicon.Indefinites.Contains(sentence.Tokens[i - 1].Lower))
        : lexicon.IsPlatformWord(t.Lower) || lexicon.PostingVerbs.Contains(t.Lower))).Any();

    /// <summary>
    /// "…, first minister Nicola Sturgeon was there, and she had beef." ⏎ "@RuthDavidsonMSP hi - …": a reply that opens a paragraph
    /// with an @handle after a paragraph that tells of posting (a platform, a post or a posting verb in its last two sentences) is
    /// by the one its last sentence is about: the actor of its part before a colon, or of its last clause that names one.
    /// </summary>
    private static Found? Preceded(IReadOnlyList<Sentence> sentences, int at, string text, CueLexicon lexicon)
    {
        var lineEnd = text.LastIndexOf('\n', Math.Max(0, at - 1));
        while (lineEnd > 0 && char.IsWhiteSpace(text[lineEnd])) lineEnd--;
        if (lineEnd <= 0 || SentenceAt(sentences, lineEnd) is not { } last || last.Start >= at) return null;
        var before = last.Index > 0 && !text[(sentences[last.Index - 1].Start + sentences[last.Index - 1].Text.Length)..last.Start].Contains('\n') ? sentences[last.Index - 1] : null;
        var tokens = last.Tokens;
        // "Mr. Trudeau responded." ⏎ ".@JoseCanseco Sorry bud, …": a paragraph that ends on its reply verb (an adverb or two after it:
        // "antwortete prompt.") introduces the reply; one that goes on to other words ("hit back with this: …") says no more than that.
        var reply = Enumerable.Range(0, tokens.Count).LastOrDefault(j => !tokens[j].Quoted
            && lexicon.Cues.FirstOrDefault(c => c.Relation == RelationType.RepliedTo && !c.Noun && c.MatchAt(tokens, j) is not null)?.MatchAt(tokens, j) is { } cue
            && tokens.Skip(cue[^1] + 1).Count(t => t.IsWord) <= 2 && tokens.Skip(cue[^1] + 1).All(t => !t.IsWord ? t.Text is "." or "!" : char.IsLower(t.Text[0])), -1);
        if (!lexicon.NamesPlatform(last) && !(before is not null && lexicon.NamesPlatform(before)) && reply < 0) return null;
        // The clause before a colon ("Davidson hit back with this:"), else the one that names the posting ("Für Gremmels Anlass für den nächsten Tweet,") or the reply.
        var end = Enumerable.Range(0, tokens.Count).FirstOrDefault(j => tokens[j].Text == ":" && !tokens[j].Quoted, -1);
        if (end < 0 && Math.Max(reply, Enumerable.Range(0, tokens.Count).LastOrDefault(j => !tokens[j].Quoted && lexicon.NamesPlatform(new Sentence(0, tokens[j].Text, 0, [tokens[j]])), -1)) is var named and >= 0)
            end = Enumerable.Range(named, tokens.Count - named).FirstOrDefault(j => tokens[j].Text is "," or ";" or "–" or "—" or "-" or ".", tokens.Count);
        var from = Enumerable.Range(0, Math.Max(0, end)).LastOrDefault(j => tokens[j].Text is "," or ";" or "–" or "—" or "-", -1) + 1;
        if (end <= from) return null;
        return new Found(last, last.Start + tokens[from].Start, last.Start + tokens[end - 1].End, Verb.Line, (last.Start + tokens[from].Start, last.Start + tokens[end - 1].End), Author.SentenceBefore);
    }

    /// <summary>
    /// A post that opens a paragraph right after a line ending with a colon (<c>Hahn reagierte prompt:</c>): that line
    /// introduces it, and its subject wrote it.
    /// </summary>
    private static Found? Introduced(IReadOnlyList<Sentence> sentences, int open, string text, CueLexicon lexicon)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, open - 1)) + 1;
        if (lineStart == 0 || text[lineStart..open].Any(c => !char.IsWhiteSpace(c))) return null;
        var colon = lineStart - 1;
        while (colon >= 0 && char.IsWhiteSpace(text[colon])) colon--;
        // A page's furniture may stand between ("Auch interessant", "Advertisement"): a short line that ends no sentence.
        var furniture = text.LastIndexOf('\n', Math.Max(0, colon)) + 1;
        if (colon > 0 && furniture > 0 && colon - furniture < 30 && char.IsLetter(text[colon]) && !text[furniture..colon].Any(c => c is '.' or ':' or '!' or '?'))
        {
            colon = furniture - 1;
            while (colon >= 0 && char.IsWhiteSpace(text[colon])) colon--;
        }
        if (colon < 0 || text[colon] != ':' || SentenceAt(sentences, colon) is not { } intro) return null;
        var verb = intro.Tokens.LastOrDefault(t => !t.Quoted && KindOf(t.Lower, lexicon) is not null, intro.Tokens[^1]);
        // A line of its own that ends with a colon introduces what follows as written.
        return new Found(intro, intro.Start, colon, KindOf(verb.Lower, lexicon) ?? Verb.Line, (intro.Start + verb.Start, intro.Start + verb.End));
    }

    /// <summary>
    /// What attributes a quotation: a posting verb (<c>twitterte</c>), a writing verb (<c>schrieb</c>), a speech verb (<c>said</c>),
    /// only a colon in its sentence, or a line of its own that ends with a colon and has none of these verbs.
    /// </summary>
    private enum Verb { Posting, Writing, Speech, Colon, Line }

    private sealed record Found(Sentence Sentence, int Start, int End, Verb Verb, (int Start, int End) Cue, Author By = Author.Verb);

    /// <summary>
    /// "The tweet from Baker's account read:", "„…“, lautete sein Post", "Auf dem Account von Hahn heißt es:": a verb whose subject is a
    /// post or account gives the post's words, as a posting verb would. The post stands a few words before the verb with nothing
    /// between that could be a verb of its own or open a clause ("shared a poster of Irani that read “…”": the poster's words), or
    /// in German right after it (verb second: "lautete sein Post"; English "read the tweet" reads it).
    /// </summary>
    private static Verb? PostSays(IReadOnlyList<Token> tokens, int verb, CueLexicon lexicon)
    {
        if (tokens[verb].Quoted || !lexicon.PostContentVerbs.Contains(tokens[verb].Lower)) return null;
        bool Post(int j) => j >= 0 && j < tokens.Count && !tokens[j].Quoted && lexicon.IsPostLike(tokens, j);
        for (var j = verb - 1; j >= Math.Max(0, verb - 7) && (tokens[j].IsWord || tokens[j].Text is "'s" or "’s" or "'" or "’"); j--)
        {
            if (Post(j)) return Verb.Posting;
            var lower = tokens[j].Lower;
            if (lexicon.Relatives.Contains(lower) && !lexicon.Determiners.Contains(lower) || KindOf(lower, lexicon) is not null || lexicon.PictureVerbs.Contains(lower)
                || lexicon.Conjunctions.Contains(lower)) return null;
        }
        return !lexicon.SubjectNearVerb && Enumerable.Range(verb + 1, 3).Any(Post) ? Verb.Posting : null;
    }

    private static Verb? KindOf(string lower, CueLexicon lexicon) =>
        lexicon.PostingVerbs.Contains(lower) ? Verb.Posting : lexicon.SpeechVerbs.Contains(lower) ? Verb.Speech : lexicon.SayingVerbs.Contains(lower) ? Verb.Writing : null;

    /// <summary>
    /// After the quote: <c>, VERB [words] AUTHOR</c> within a few words; before it: <c>AUTHOR VERB …:</c> or <c>VERB AUTHOR:</c>
    /// in the same sentence. The author span is what follows or precedes the verb, up to the next punctuation.
    /// </summary>
    private static Found? Attribution(Sentence sentence, int at, string text, CueLexicon lexicon, bool after, int open = -1)
    {
        var tokens = sentence.Tokens;
        var rel = at - sentence.Start;
        if (after)
        {
            var first = -1;
            for (var j = 0; j < tokens.Count; j++) if (tokens[j].Start >= rel) { first = j; break; }
            if (first < 0) return null;
            // "“…,” the tweet from Gosar's account read": a post named right after the quotation may stand before its verb.
            var reach = Enumerable.Range(first, Math.Min(3, tokens.Count - first)).Any(j => lexicon.IsPostLike(tokens, j)) ? 9 : 4;
            // "“…,” Ms Collins (@marycollins) had said": the author's handle in brackets adds no words between the quotation and its verb.
            var handle = Enumerable.Range(first, Math.Min(3, tokens.Count - first)).FirstOrDefault(j => j + 2 < tokens.Count
                && tokens[j].Text == "(" && tokens[j + 1].Text.StartsWith('@') && tokens[j + 2].Text == ")", -1);
            if (handle >= 0) reach += 3;
            for (var j = first; j < Math.Min(tokens.Count, first + reach); j++)
            {
                if (handle >= 0 && j >= handle && j <= handle + 2) continue;
                if (tokens[j].Quoted || j >= first + (handle >= 0 ? 7 : 4) && !tokens[j].IsWord && tokens[j].Text is not ("'s" or "’s" or "'" or "’")) return null;
                var lower = tokens[j].Lower;
                // "…”, adding …": a participle goes on with the subject before the quotation.
                if ((KindOf(lower, lexicon) ?? PostSays(tokens, j, lexicon)) is not { } posting || lower.EndsWith("ing", StringComparison.Ordinal)) continue;
                var verb = (sentence.Start + tokens[j].Start, sentence.Start + tokens[j].End);
                // English puts the author first: "“…,” Palin tweeted", "“…,” she wrote".
                var named = Enumerable.Range(first, j - first).Where(k => tokens[k].IsWord).ToList();
                if (named.Count > 0) return new Found(sentence, sentence.Start + tokens[named[0]].Start, sentence.Start + tokens[j - 1].End, posting, verb);
                var end = j + 1;
                while (end < tokens.Count && tokens[end].IsWord && !tokens[end].Quoted && end - j <= 7) end++;
                // "…, in dem sie mit „Herr Söder!“ antwortete,": the verb ends its clause, whose subject stands before the quotation.
                if (end == j + 1) return open > sentence.Start && ClauseBefore(tokens, open - sentence.Start) is var from and >= 0
                    ? new Found(sentence, sentence.Start + tokens[from].Start, open, posting, verb) : null;
                return new Found(sentence, sentence.Start + tokens[j + 1].Start, sentence.Start + tokens[end - 1].End, posting, verb);
            }
            return null;
        }
        var last = -1;
        for (var j = tokens.Count - 1; j >= 0; j--) if (tokens[j].Start < rel) { last = j; break; }
        if (PostNounBefore(tokens, last, lexicon) is var noun and >= 0)
        {
            var from = noun;
            while (from > 0 && tokens[from - 1].Text is not ("," or ";" or "." or ":" or "“" or "”" or "\"")) from--;
            return new Found(sentence, sentence.Start + tokens[from].Start, sentence.Start + tokens[last].End, Verb.Posting, (sentence.Start + tokens[noun].Start, sentence.Start + tokens[noun].End));
        }
        for (var j = last; j >= 0 && j >= last - 12; j--)
        {
            var lower = tokens[j].Lower;
            // "prompted X to post, “…”": an English infinitive after "to" is the verb whose third person the lexicon lists.
            if ((KindOf(lower, lexicon) ?? (lexicon.SubjectNearVerb && j > 0 && tokens[j - 1].Lower == "to" ? KindOf(lower + "s", lexicon) : null) ?? PostSays(tokens, j, lexicon)) is not { } posting) continue;
            // "tweeted a picture of graffiti which read “…”": the quotation belongs to the relative clause, not to the post.
            if (Enumerable.Range(j + 1, last - j).Any(k => lexicon.Relatives.Contains(tokens[k].Lower) && (tokens[k - 1].Text == "," || !lexicon.Determiners.Contains(tokens[k].Lower)))) return null;
            // The whole clause around the verb names the author; the extractor picks the actor in it.
            var from = j;
            while (from > 0 && tokens[from - 1].Text is not ("," or ";" or "." or ":" or "“" or "”" or "\"")) from--;
            if (InThing(tokens, Math.Max(0, from - 1), j, lexicon)) return null;
            return new Found(sentence, sentence.Start + tokens[from].Start, sentence.Start + tokens[last].End, posting, (sentence.Start + tokens[j].Start, sentence.Start + tokens[j].End));
        }
        // "Die CSU forderte: „…“", "gab Schulz Kontra: „Lieber @MartinSchulz …“": a colon introduces what the subject wrote.
        if (last >= 0 && tokens[last].Text == ":" && !InThing(tokens, 0, last, lexicon))
            return new Found(sentence, sentence.Start, sentence.Start + tokens[last].Start, Verb.Colon, (sentence.Start + tokens[last].Start, sentence.Start + tokens[last].End));
        return null;
    }

    /// <summary>
    /// "die als „deutsche Greta Thunberg“ gehandelte 23-Jährige", "the “bromance” rumors": a few words quoted between words of a
    /// sentence are a term it uses, not a post.
    /// </summary>
    private static bool Term(string text, int open, int close, Sentence opening)
    {
        var quote = text[(open + 1)..close];
        if (open <= opening.Start || quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4 || quote.Any(c => c is '.' or '!' or '?' or ':' or '@' or '#')) return false;
        var before = open - 1;
        while (before > opening.Start && text[before] == ' ') before--;
        var after = close + 1;
        while (after < text.Length && text[after] == ' ') after++;
        return char.IsLetter(text[before]) && after > close + 1 && after < text.Length && char.IsLetter(text[after]);
    }

    /// <summary>
    /// "referred to an article in which Ms Long commented:", "ein Interview, in dem Krüger sagte:": the verb stands in a relative
    /// clause about a thing (a preposition before the relative pronoun) that is no post, comment or posted media, so the quotation is from that thing.
    /// </summary>
    private static bool InThing(IReadOnlyList<Token> tokens, int from, int verb, CueLexicon lexicon)
    {
        for (var k = from + 1; k < verb; k++)
        {
            if (!lexicon.Relatives.Contains(tokens[k].Lower) || !lexicon.Prepositions.Contains(tokens[k - 1].Lower)) continue;
            // German relatives are articles too: "Antwort auf den Tweet" is no relative clause, ", in dem" is.
            if (lexicon.Determiners.Contains(tokens[k].Lower) && !(k >= 2 && tokens[k - 2].Text == ",")) continue;
            var thing = k - 2;
            if (thing >= 0 && tokens[thing].Text == ",") thing--;
            // "einen Kommentar, in dem …:" is the comment posted; "an article in which" another's text.
            return thing >= 0 && tokens[thing].IsWord && !lexicon.IsPostNounAt(tokens, thing) && !lexicon.IsPlatformWord(tokens[thing].Lower)
                && !lexicon.Utterances.Contains(tokens[thing].Lower) && !lexicon.PostedMedia.Contains(tokens[thing].Lower);
        }
        return false;
    }

    /// <summary>
    /// "on the show “Mary Collins Tonight”", "das Motto „Weg mit Hahn“", "a documentary called “…”": a short quotation right after
    /// a noun that has a title (or a word that names one after it) is that title, not a post. After a colon ("an article titled: “…”",
    /// "die Schlagzeile: „…“") a title may be as long as a headline.
    /// </summary>
    private static bool Title(Sentence opening, int open, int close, string text, CueLexicon lexicon)
    {
        var before = opening.Tokens.Count(t => opening.Start + t.Start < open) - 1;
        var colon = before > 0 && opening.Tokens[before].Text == ":";
        if (colon) before--;
        if (!colon && text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8 || text[open..close].Contains('@')) return false;
        bool Is(int at, HashSet<string> words) => at >= 0 && !opening.Tokens[at].Quoted && words.Contains(opening.Tokens[at].Lower);
        return Is(before, lexicon.TitleNouns) || Is(before, lexicon.TitleNamings) && Is(before - 1, lexicon.TitleNouns);
    }

    /// <summary>The first token of the clause that runs up to <paramref name="rel"/> (after the last comma, colon or semicolon), or -1 if it has no word.</summary>
    private static int ClauseBefore(IReadOnlyList<Token> tokens, int rel)
    {
        var from = -1;
        for (var j = 0; j < tokens.Count && tokens[j].Start < rel; j++)
            if (tokens[j].Text is "," or ";" or ":" || tokens[j].Quoted) from = -1;
            else if (from < 0 && tokens[j].IsWord) from = j;
        return from;
    }

    private static Sentence? SentenceAt(IReadOnlyList<Sentence> sentences, int offset) =>
        sentences.LastOrDefault(s => s.Start <= offset && offset <= s.Start + s.Text.Length);

    /// <summary>Quotation spans (opening mark, closing mark) within one paragraph, at most a long post's length.</summary>
    private static IEnumerable<(int Open, int Close)> Quotations(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!Closing.TryGetValue(text[i], out var closers) || !Opens(text, i)) continue;
            var (close, depth) = (-1, 0);
            var j = i + 1;
            // “… by the “unfollowing” of …,”, „… der „Zutritt verweigert“ …“: the same opening mark before a word inside a quotation
            // opens one within it, and the first closing mark then closes that one.
            for (; j < text.Length && j < i + 700 && text[j] != '\n'; j++)
                if (text[j] == text[i] && text[i] is '„' or '“' && j + 1 < text.Length && char.IsWhiteSpace(text[j - 1]) && char.IsLetterOrDigit(text[j + 1])) depth++;
                else if (closers.Contains(text[j]) && Closes(text, j) && depth-- == 0) { close = j; break; }
            // A quotation still open at the paragraph's end goes on in the next paragraph (or its mark was lost): it ends there.
            // British reporting opens every paragraph of a long quotation with a mark and closes only the last: a short paragraph
            // ("For goodness sake!") followed by one that opens with the same mark goes on too.
            if (close < 0 && text[i] is '„' or '“' or '"' or '‘' && (j == text.Length || text[j] == '\n') && (j - i > 20 || ParagraphOpensWith(text, j, text[i]))) close = j;
            if (close < 0 || close - i < 4) continue;
            yield return (i, close);
            i = close;
        }
    }

    /// <summary>The paragraph after the line break at <paramref name="end"/> opens with <paramref name="mark"/>.</summary>
    private static bool ParagraphOpensWith(string text, int end, char mark)
    {
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        return next > end && next < text.Length && text[next] == mark;
    }

    [GeneratedRegex(@"(?<![\w@])[@#]\p{L}")]
    private static partial Regex HandleOrHashtag();

    [GeneratedRegex(@"(?m)^(?<handle>[A-Za-z0-9_]{3,30}): (?<post>[^\n]{10,400})\n(?<author>[^\n,:]{3,50}, [^\n,:]{2,30})$")]
    private static partial Regex RoundupPattern();

    [GeneratedRegex(@"[—–]\s*(?<author>[^\n()—–]{2,60}?)\s*(?<handle>\(@\w{1,30}\))\s*(?:\d{1,2}\.\s*\p{L}+\.?\s*\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})")]
    private static partial Regex EmbedPattern();
}
