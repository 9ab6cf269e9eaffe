using ActorGraph.Model;

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
    /// about or answered ("said of Trump's tweet", "sagte zu dem Tweet", "Auf den Tweet angesprochen", "Responding to the tweet");
    /// a reply noun makes the answer written ("in a reply to a tweet by Congress, said:").
    /// </summary>
    /// <remarks>After the verb, a platform is where only after a preposition ("said on Facebook"); else it is what was said about
    /// ("responded to accusations of buying Facebook support by saying", "said the new account will …").</remarks>
    private static bool PostedThere(Sentence sentence, CueLexicon lexicon) => sentence.Tokens.Where((t, i) => !t.Quoted && !Describing(sentence.Tokens, i, lexicon)
        && (lexicon.IsPlatformWord(t.Lower) && (!Enumerable.Range(0, i).Any(j => !sentence.Tokens[j].Quoted && KindOf(sentence.Tokens[j].Lower, lexicon) is not null)
                || PlacedOn(sentence.Tokens, i, lexicon))
            || lexicon.PostingVerbs.Contains(t.Lower) || PostingInfinitive(sentence.Tokens, i, lexicon)
            || (lexicon.IsPostNounAt(sentence.Tokens, i) && !PostInWhatIsSaid(sentence.Tokens, i, lexicon) && !TokenWindow.Before(i, 3).Any(j => lexicon.Topics.Contains(sentence.Tokens[j].Lower)
                || lexicon.ReplyPrepositions.Contains(sentence.Tokens[j].Lower) && !(j > 0 && lexicon.ReplyNouns.Contains(sentence.Tokens[j - 1].Lower)))))).Any();

    /// <summary>
    /// "claimed the tweet suggested “…”", "said that the post was “…”", "behauptete, der Tweet zeige „…“": the post with its article
    /// opens what a verb of saying says, so the quotation is the speaker's words about a post (said anywhere), not a post of theirs.
    /// </summary>
    private static bool PostInWhatIsSaid(IReadOnlyList<Token> tokens, int i, CueLexicon lexicon)
    {
        if (i < 2 || !lexicon.Determiners.Contains(tokens[i - 1].Lower)) return false;
        var verb = i - 2;
        while (verb > 0 && verb > i - 4 && (tokens[verb].Text == "," || lexicon.Subordinators.Contains(tokens[verb].Lower))) verb--;
        return verb < i - 1 && !tokens[verb].Quoted && KindOf(tokens[verb].Lower, lexicon) is Verb.Speech or Verb.Writing;
    }

    /// <summary>
    /// "In ihrem Posting hatte die Partei gefragt:", "In her post, Collins had one question:": the words are put in a post of the subject's
    /// own, named after a preposition of place; not one talked about or answered ("Über den Tweet", "Responding to the post"), nor one
    /// a name owns ("was Bergers Tweet angeht", "Baker's tweet").
    /// </summary>
    private static bool InOwnPost(Sentence sentence, CueLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        return Enumerable.Range(0, tokens.Count).Any(i => !tokens[i].Quoted && lexicon.IsPostNounAt(tokens, i) && PlacedOn(tokens, i, lexicon)
            && !TokenWindow.Before(i, 3).Any(j => lexicon.Topics.Contains(tokens[j].Lower) || lexicon.ReplyPrepositions.Contains(tokens[j].Lower)
                || tokens[j].Text is "'s" or "’s" || j == i - 1 && char.IsUpper(tokens[j].Text[0]) && tokens[j].Text.EndsWith('s')));
    }

    /// <summary>
    /// "was quick to post another video", "decided to tweet": an English infinitive of a posting verb posts, though "to" before a
    /// post noun is what answers it ("in response to post by", "replied to tweets").
    /// </summary>
    private static bool PostingInfinitive(IReadOnlyList<Token> tokens, int i, CueLexicon lexicon) =>
        lexicon.SubjectNearVerb && i > 0 && tokens[i - 1].Lower == "to" && lexicon.PostingVerbs.Contains(tokens[i].Lower + "s")
        && !(i > 1 && (lexicon.ReplyNouns.Contains(tokens[i - 2].Lower) || lexicon.Cues.Any(c => c.Relation == RelationType.RepliedTo && c.MatchAt(tokens, i - 2) is not null)));

    /// <summary>A preposition that puts an act on a platform stands at most three words before <paramref name="at"/>, in its phrase ("on his Twitter account").</summary>
    internal static bool PlacedOn(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        for (var j = at - 1; j >= 0 && j >= at - 3 && tokens[j].IsWord; j--)
            if (lexicon.PlatformPrepositions.Contains(tokens[j].Lower)) return true;
        return false;
    }

    /// <summary>
    /// "Mr Magorian, who is also part of Facebook page X, said:": an English relative clause between commas describes the speaker;
    /// a platform in it is not where the words were said.
    /// </summary>
    internal static bool Describing(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        if (!lexicon.SubjectNearVerb) return false;
        var open = Enumerable.Range(0, at).LastOrDefault(j => tokens[j].Text == "," || lexicon.Relatives.Contains(tokens[j].Lower) && j > 0 && tokens[j - 1].Text == ",", -1);
        return open > 0 && tokens[open].Text != "," && Enumerable.Range(at + 1, tokens.Count - at - 1).Any(j => tokens[j].Text == ",")
            && !Enumerable.Range(open, at - open).Any(j => lexicon.PostingVerbs.Contains(tokens[j].Lower) || KindOf(tokens[j].Lower, lexicon) is not null);
    }

    private static bool InRange(int index, (int From, int To) range) => index >= range.From && index <= range.To;

    /// <summary>
    /// The attributing sentence says where the words were spoken ("in an interview", "told reporters", "im ZDF", a spokesperson); not when a
    /// platform stands right beside the venue: "in a statement posted on Twitter", "in einer auf Facebook verbreiteten Mitteilung" is a post.
    /// </summary>
    internal static bool SpokenElsewhere(Sentence sentence, CueLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        // "Baker, who has many Twitter followers, told reporters:": a platform in the speaker's description stands beside no venue.
        // "A Sinn Féin spokesperson added:" speaks for the party to the press, unless the sentence names a platform.
        return Enumerable.Range(0, tokens.Count).Any(i => !tokens[i].Quoted && lexicon.Venues.Contains(tokens[i].Lower)
            && !Enumerable.Range(Math.Max(0, i - 3), Math.Min(tokens.Count, i + 4) - Math.Max(0, i - 3)).Any(j => lexicon.IsPlatformWord(tokens[j].Lower) && !Describing(tokens, j, lexicon)))
            || tokens.Any(t => !t.Quoted && lexicon.Spokespeople.Contains(t.Lower)) && !lexicon.NamesPlatform(sentence);
    }

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

    /// <summary>
    /// Posts retold in indirect speech, without quotation marks: "Mit ihrem Tweet fördere sie nur die AfD, schrieb Kahrs auf
    /// Twitter." (the content before a comma and a posting or writing verb at the sentence's end) and "Von Notz schrieb auf
    /// Twitter, das Video sage viel über die CSU aus." (the content after the verb and a comma). The verb must post, or its
    /// sentence name where it was posted; the content is a clause of its own, not a relative or adverbial one. German only:
    /// its reported speech (Konjunktiv) carries this; English prints the post or says "tweeted that".
    /// </summary>
    private static IEnumerable<Post> Retold(IReadOnlyList<Sentence> sentences, CueLexicon lexicon)
    {
        // English retells a post with "tweeted that …" (a cue); after "X tweeted," comes an apposition or a participle.
        if (lexicon.SubjectNearVerb) yield break;
        foreach (var s in sentences)
        {
            var tokens = s.Tokens;
            if (tokens.Any(t => t.Quoted) || !PostedThere(s, lexicon) || SpokenElsewhere(s, lexicon)) continue;
            for (var v = 1; v < tokens.Count; v++)
            {
                if (KindOf(tokens[v].Lower, lexicon) is not (Verb.Posting or Verb.Writing)) continue;
                Post At(int from, int to, int authorFrom, int authorTo) => new(s.Start + tokens[from].Start, s.Start + tokens[to].End,
                    s.Start + tokens[authorFrom].Start, s.Start + tokens[authorTo].End, s.Start, s.Start + s.Text.Length,
                    s.Start + tokens[v].Start, s.Start + tokens[v].End, Author.Verb) { Retold = true };
                // "…, schrieb Kahrs auf Twitter.": the verb right after a comma, the author and the platform after it.
                if (tokens[v - 1].Text == "," && v >= 4 && tokens.Count - v <= 8 && Clause(tokens, 0, lexicon))
                {
                    yield return At(0, v - 2, v + 1 < tokens.Count ? v + 1 : v, tokens.Count - 1);
                    break;
                }
                // "X schrieb auf Twitter, …" / "X hatte auf Twitter geschrieben, …": a comma within three words after the verb.
                var comma = Enumerable.Range(v + 1, Math.Max(0, Math.Min(4, tokens.Count - v - 1))).FirstOrDefault(j => tokens[j].Text == ",", -1);
                if (comma > 0 && comma + 3 < tokens.Count && Enumerable.Range(v + 1, comma - v - 1).All(j => tokens[j].IsWord) && Clause(tokens, comma + 1, lexicon))
                {
                    yield return At(comma + 1, tokens.Count - 1, 0, v);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// German reported speech goes on after the post it reports: "„…“, schrieb Güler bei Twitter. Kanzler Scholz müsse endlich
    /// reagieren." — the sentences of the same paragraph right after the post that speak in Konjunktiv I (<c>müsse</c>,
    /// <c>sei</c>) with no quotation, no verb of saying and no other source ("laut", "zufolge") of their own are more of that post.
    /// </summary>
    private static IEnumerable<Post> ReportedOn(Post post, string text, IReadOnlyList<Sentence> sentences, CueLexicon lexicon)
    {
        var end = Math.Max(post.End, post.EvidenceEnd);
        foreach (var s in sentences.Where(s => s.Start >= end).Take(2))
        {
            if (text[end..s.Start].Contains('\n') || !Reported(s.Tokens, s.Tokens.Count, lexicon) || SpokenElsewhere(s, lexicon)) yield break;
            end = s.Start + s.Text.Length;
            yield return post with { Start = s.Start, End = end, EvidenceEnd = end, Retold = true };
        }
    }

    /// <summary>The words of <paramref name="opening"/> before the quotation at <paramref name="open"/> are reported speech that the quotation completes.</summary>
    private static bool LeadIn(Sentence opening, int open, CueLexicon lexicon) =>
        opening.Start < open && Reported(opening.Tokens, opening.Tokens.Count(t => opening.Start + t.Start < open), lexicon);

    /// <summary>
    /// The first <paramref name="count"/> tokens speak in reported speech of their own: a Konjunktiv I form in a main clause,
    /// nothing quoted, no verb or source that attributes them. "Ein Nutzer fragte, was mit Hahn los sei": the form stands in a
    /// clause that another subject's verb governs, so the sentence is that subject's, not more of the post.
    /// </summary>
    private static bool Reported(IReadOnlyList<Token> tokens, int count, CueLexicon lexicon)
    {
        var words = tokens.Take(count).ToList();
        return Enumerable.Range(0, words.Count).Any(i => lexicon.ReportedSpeech.Contains(words[i].Lower) && !Subordinate(words, i, lexicon))
            && !words.Any(t => t.Quoted || t.Text is "„" or "“" or "\"" or "»" or "«" || KindOf(t.Lower, lexicon) is not null || lexicon.Hearsay.Contains(t.Lower));
    }

    /// <summary>The token at <paramref name="at"/> stands in a clause after a comma that a relative pronoun or a conjunction opens ("was", "dass", "wie").</summary>
    private static bool Subordinate(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        var comma = Enumerable.Range(0, at).LastOrDefault(j => tokens[j].Text == ",", -1);
        if (comma < 0 || comma + 1 >= at) return false;
        var first = tokens[comma + 1].Lower;
        return lexicon.Relatives.Contains(first) || lexicon.Subordinators.Contains(first) || lexicon.AdverbialOpeners.Contains(first);
    }

    /// <summary>A clause of its own opens at <paramref name="at"/>: no relative or adverbial clause ("wo er …", "while …"); "dass"/"that" may open it.</summary>
    private static bool Clause(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        var first = tokens[at].Lower;
        return tokens[at].IsWord && (lexicon.Complementizers.Contains(first) || !(lexicon.Subordinators.Contains(first) || lexicon.AdverbialOpeners.Contains(first)));
    }

    /// <summary>
    /// "sent a tweet declaring “…”", "a post saying, “…”", "folgenden Tweet: „…“": a post noun at most three words before
    /// the quotation names it a post. Not one answered, liked or talked about ("replied to a tweet saying", "a tweet by X
    /// saying", "a reference to a post"), nor one a speaker talks of ("claimed the tweet suggested “…”"): that post is someone else's.
    /// Returns the noun's index, or -1.
    /// </summary>
    private static int PostNounBefore(IReadOnlyList<Token> tokens, int last, CueLexicon lexicon)
    {
        for (var j = last; j >= 0 && j >= last - 3; j--)
        {
            var token = tokens[j];
            if (token.Quoted || !(token.IsWord || token.Text is "," or ":")) return -1;
            // English names ("Washington Post") are capitalised; its post nouns are not.
            if (!lexicon.IsPostNounAt(tokens, j) || (lexicon.SubjectNearVerb && char.IsUpper(token.Text[0]) && !token.Lower.Contains("tweet", StringComparison.Ordinal)))
            {
                // "verteidigte ihren Tweet im Interview:", "who often tweets, said:": a venue or a verb of its own introduces the quotation, not the post.
                if (lexicon.Venues.Contains(token.Lower) || KindOf(token.Lower, lexicon) is not null && !token.Lower.EndsWith("ing", StringComparison.Ordinal)) return -1;
                continue;
            }
            // A blog post is an article; "Bergers Tweet", "Baker's post" is the owner's, who need not be the subject.
            if (token.Lower.StartsWith("blog", StringComparison.Ordinal) || (j > 0 && (tokens[j - 1].Lower == "blog"
                || (char.IsUpper(tokens[j - 1].Text[0]) && tokens[j - 1].Text.EndsWith('s')) || tokens[j - 1].Text is "'s" or "’s" or "'" or "’"))) return -1;
            var owner = TokenWindow.Before(j, 3).Any(k => lexicon.ReplyPrepositions.Contains(tokens[k].Lower) || lexicon.Topics.Contains(tokens[k].Lower)
                || lexicon.PostAuthors.Contains(tokens[k].Lower) || lexicon.Cues.Any(c => c.Relation is not (RelationType.Tagged or RelationType.Signed) && c.MatchAt(tokens, k) is not null))
                || Enumerable.Range(j + 1, last - j).Any(k => lexicon.PostAuthors.Contains(tokens[k].Lower));
            return owner || PostInWhatIsSaid(tokens, j, lexicon) ? -1 : j;
        }
        return -1;
    }
}
