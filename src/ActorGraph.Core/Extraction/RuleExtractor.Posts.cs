using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>Posts the text reproduces (<see cref="QuotedPosts"/>): their author tagged everyone they name.</summary>
public sealed partial class RuleExtractor
{
    private const double QuotedPostConfidence = 0.8;

    /// <summary>The author of a quoted post tagged everyone it names; places are not tagged.</summary>
    /// <remarks>Each attributed post is also kept in <paramref name="discourse"/>: a repost right before it may be commented on by it.</remarks>
    private IEnumerable<ExtractedRelation> PostTags(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions, CueLexicon lexicon, Discourse discourse)
    {
        (QuotedPosts.Post Post, (int, TextSpan, Inference) By)? last = null;
        var antecedents = AntecedentsOf(sentences, mentions);
        foreach (var found in QuotedPosts.Find(text, sentences, lexicon))
        {
            var post = found;
            var by = Author(text, post, sentences, mentions, antecedents, lexicon, Vocative(text, post.Start, post.End, lexicon));
            // "Dort hatte Neumann geschrieben: „…“ Und weiter: „…“": an attribution that names no one goes on with the post just before.
            if (by is null && last is { } before && Continues(before.Post, post, sentences, mentions) && PronounsFit(post, before.By.Item1, sentences, mentions))
                by = before.By with { Item3 = before.By.Item3 | Inference.InheritedSubject };
            if (by is not var (author, authorAt, how)) continue;
            // The author named in a sentence before the post's own: the evidence starts with that sentence.
            if (authorAt.Start < post.EvidenceStart) post = post with { EvidenceStart = sentences.Last(s => s.Start <= authorAt.Start).Start };
            last = (post, by.Value);
            discourse.QuotedPosts.Add((sentences.Count(s => s.Start <= post.Start) - 1, post.Start, post.End, author));
            if (post.By == QuotedPosts.Author.Embed) discourse.EmbedTails.Add((post.End, post.EvidenceEnd, author));
            var note = how == Inference.None ? "" : $"; the author is {actors.Actors[author].Name}, named in the sentence before";
            foreach (var relation in NamedInPost(text, post, author, authorAt, how, note, sentences, mentions, lexicon)) yield return relation;
        }
    }

    /// <summary>The author of <paramref name="post"/> tagged everyone it names (by name, first name, role, or as its addressee); places are not tagged.</summary>
    /// <param name="authorAt">Where the text names the author, or null when the author is only the one whose post the text is telling.</param>
    private IEnumerable<ExtractedRelation> NamedInPost(string text, QuotedPosts.Post post, int author, TextSpan? authorAt, Inference how, string note,
        IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions, CueLexicon lexicon)
    {
        // „Die Heimat“: a quoted name is a name, not a post.
        var named = ActorsIn(text, post.Start, post.End, lexicon, post.Retold).ToList();
        if (named.Count == 1 && named[0].At.Length == text[post.Start..post.End].Trim().Length) yield break;
        var evidence = text[post.EvidenceStart..post.EvidenceEnd];
        TextSpan InEvidence(TextSpan inText) => inText with { Start = inText.Start - post.EvidenceStart };
        foreach (var (tagged, taggedAt) in named.Concat(Addressed(text, post.Start, post.End, lexicon)).Concat(FirstNamed(text, post.Start, post.End, mentions, sentences, lexicon)).Concat(RolesIn(post, sentences, mentions, lexicon)).DistinctBy(a => a.Actor))
        {
            var actor = actors.Actors[tagged];
            // A state named in a post is mostly a place; tagged with its hashtag or handle, it is tagged.
            if (tagged == author || actor.IsDocument || actor.Kind == ActorKinds.State && !Tag(text, taggedAt) || Scenery(text, tagged, taggedAt, lexicon)) continue;
            yield return new ExtractedRelation(actors.Actors[author].Id, RelationType.Tagged, actor.Id, evidence, Confidence(QuotedPostConfidence, how), "quoted post",
                $"named in a post quoted in the text, written by {actors.Actors[author].Name}{note}", how)
            {
                EvidenceStart = post.EvidenceStart, SourceMention = authorAt is { } at ? InEvidence(at) : null, TargetMention = InEvidence(taggedAt),
                CueWords = [new TextSpan(post.CueStart - post.EvidenceStart, post.CueEnd - post.CueStart)],
            };
        }
    }

    /// <summary>
    /// Who wrote the post: the subject of the verb (or colon) that attributes it, found as for any cue ("Und zu
    /// Maischberger schrieb Lauterbach:", "Following Kuenssberg's tweet, Dorries pushed back, saying:"), else the first
    /// actor of the attributing words that is no object; a pronoun stands for whom it refers to ("He wrote, “…”").
    /// An embed names its author in its tail.
    /// </summary>
    /// <param name="addressee">The actor the post opens by addressing ("Liebe Anna Rosenwasser, …", "@marycollins …"), who did not write it, or -1.</param>
    private (int Actor, TextSpan At, Inference How)? Author(string text, QuotedPosts.Post post, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions,
        IReadOnlyList<IReadOnlyList<Mention>> antecedents, CueLexicon lexicon, int addressee)
    {
        var index = sentences.Count(s => s.Start <= post.AuthorStart) - 1;
        if (post.By == QuotedPosts.Author.OwnerBefore && OwnerBefore(text, post, sentences, mentions, lexicon) is { } owner) return owner;
        if (post.By != QuotedPosts.Author.Embed && index >= 0)
        {
            var s = sentences[index];
            TextSpan At(Mention m) => new(s.Start + s.Tokens[m.Start].Start, s.Tokens[m.End - 1].End - s.Tokens[m.Start].Start);
            // "Mr Magorian, who is also part of Facebook page X, said:": who stands in a relative clause wrote nothing.
            var named = mentions[index].Where(m => At(m).Start >= post.AuthorStart && At(m).End <= post.AuthorEnd && !IsDocument(m) && (addressee < 0 || m.Actor != addressee) && !InRelativeClause(s.Tokens, m.Start, lexicon)).ToList();
            var verb = Enumerable.Range(0, s.Tokens.Count).FirstOrDefault(j => s.Start + s.Tokens[j].Start == post.CueStart, -1);
            // The tokenizer does not see single quotation marks: a name inside the post is no candidate for its author.
            var outside = mentions[index].Where(m => (At(m).End <= post.Start || At(m).Start >= post.End) && (addressee < 0 || m.Actor != addressee) && !InRelativeClause(s.Tokens, m.Start, lexicon)).ToList();
            var subject = verb < 0 || post.By is not (QuotedPosts.Author.Verb or QuotedPosts.Author.OwnerBefore) ? null
                : OwnerOfPostReading(s, outside, verb, lexicon) ?? InfinitiveSubject(s, outside, verb, lexicon) ?? AttributingSubject(s, outside, verb, lexicon);
            // "Peter Quinn, who chairs the group, tweeted:": the subject stands before the relative clause. "a retort from Mr McDonald
            // who fired off a series of tweets saying:": the verb is the relative clause's, whose subject is the one before it.
            subject ??= verb < 0 ? null : outside.LastOrDefault(m => m.End + 1 < verb && !m.Marked && s.Tokens[m.End].Text == "," && lexicon.Relatives.Contains(s.Tokens[m.End + 1].Lower))
                ?? outside.LastOrDefault(m => m.End + 1 < verb && lexicon.SubjectNearVerb && lexicon.Relatives.Contains(s.Tokens[m.End].Lower)
                    && !mentions[index].Any(o => o.Start > m.End && o.Start < verb));
            // An owner ("Bergers Tweet:") wrote the post its verb or noun names; in the sentence before a post, "Ein Politiker der Grünen" is no one known.
            subject ??= named.FirstOrDefault(m => m.IsPronoun ? m.Pronoun!.Value.Subject : !m.Marked)
                ?? (post.By == QuotedPosts.Author.SentenceBefore ? null : named.FirstOrDefault(m => m.Mark is "'s" or "genitive") ?? named.FirstOrDefault(m => OwnsPostBefore(s.Tokens, m, lexicon)))
                // "Collins got a reply from Baker: “Dear Mary Collins, …”": the one addressed did not write it; who it came from did.
                ?? (addressee < 0 ? null : named.FirstOrDefault(m => m.Mark is { } mark && lexicon.PostAuthors.Contains(mark)));
            if (subject is null && named.Count == 0 && NamesPost(s, post, lexicon)) return SubjectBefore(index, sentences, mentions, antecedents, lexicon);
            // "This letter from @realDonaldTrump to @SenSchumer …: “…”" quotes the letter, which is no post; "had intended to repost a
            // Twitter message stating: “…”" quotes someone else's post, and "issued a press statement:" no post.
            if (subject is null || IsDocument(subject) || Relayed(s, post, lexicon)) return null;
            // "a Twitter message": the platform is where, not who.
            return Resolve(subject, outside, MentionsBefore(post, sentences, antecedents), -1) is { } author && author.Actor != addressee && !lexicon.Platforms.Contains(actors.Actors[author.Actor].Name.ToLowerInvariant())
                ? (author.Actor, At(subject), author.How) : null;
        }
        var (actor, at) = ActorsIn(text, post.AuthorStart, post.AuthorEnd, lexicon)
            .FirstOrDefault(a => !actors.Actors[a.Actor].IsDocument && a.Actor != addressee && !AfterPreposition(text, a.At.Start, lexicon), (-1, default));
        return actor < 0 ? null : (actor, at, Inference.None);
    }

    /// <summary>Every pronoun of the words that attribute <paramref name="post"/> may stand for <paramref name="author"/> ("He added:" not after her post).</summary>
    private bool PronounsFit(QuotedPosts.Post post, int author, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions)
    {
        var at = sentences.Count(s => s.Start <= post.AuthorStart) - 1;
        var s = sentences[at];
        return mentions[at].Where(m => m.IsPronoun && s.Start + s.Tokens[m.Start].Start >= post.AuthorStart && s.Start + s.Tokens[m.End - 1].End <= post.AuthorEnd)
            .All(m => Compatible(actors.Actors[author], m.Pronoun!.Value.Gender));
    }

    /// <summary>
    /// "It started with Singh's tweet on Monday." ⏎ "“…,” he said.": the owner of the post the sentence before the quotation names
    /// ("Singh's tweet", "Angus King's Instagram feed", "ein Tweet von Hahn") is whom the pronoun that says it stands for, if the pronoun fits.
    /// </summary>
    private (int Actor, TextSpan At, Inference How)? OwnerBefore(string text, QuotedPosts.Post post, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions, CueLexicon lexicon)
    {
        // A paragraph that goes on with the post has the same attribution: the sentence before is the one before the attributing sentence.
        var at = sentences.Count(s => s.Start <= Math.Min(post.Start - 1, post.AuthorStart)) - 1;
        var k = at < 0 ? -1 : QuotedPosts.NarrativeBefore(sentences, sentences[at]);
        if (k < 0 || !lexicon.Pronouns.TryGetValue(text[post.AuthorStart..post.AuthorEnd].ToLowerInvariant(), out var pronoun)) return null;
        var s = sentences[k];
        bool Fits(KnownActor actor) => pronoun.Gender is not ('m' or 'f') || actor.Gender is not { Length: > 0 } given || given[0] == pronoun.Gender;
        var owner = mentions[k].FirstOrDefault(m => !m.IsPronoun && m.Actor >= 0 && !IsDocument(m) && Fits(actors.Actors[m.Actor])
            && (m.Mark is "'s" or "genitive" && Enumerable.Range(m.End, Math.Min(4, s.Tokens.Count - m.End)).Any(j => lexicon.IsPostLike(s.Tokens, j)) || OwnsPostBefore(s.Tokens, m, lexicon)));
        return owner is null ? null
            : (owner.Actor, new TextSpan(s.Start + s.Tokens[owner.Start].Start, s.Tokens[owner.End - 1].End - s.Tokens[owner.Start].Start), Inference.PronounFromPreviousSentence);
    }

    /// <summary>
    /// "the tweet from Baker", "der Post von Hahn", "the account of Baker", "dem Account des Tesla-Chefs", "sein Post": the owner of
    /// the post or account right before it (after a preposition of authorship or ownership, or as a genitive), or a possessive before it.
    /// </summary>
    private static bool OwnsPostBefore(IReadOnlyList<Token> tokens, Mention m, CueLexicon lexicon)
    {
        if (m.IsPronoun) return !m.Pronoun!.Value.Subject && m.End < tokens.Count && lexicon.IsPostLike(tokens, m.End);
        bool Owner(string word) => lexicon.PostAuthors.Contains(word) || lexicon.AccountOwners.Contains(word);
        return m.Start >= 2 && Owner(tokens[m.Start - 1].Lower) && lexicon.IsPostLike(tokens, m.Start - 2)
            || m.Start >= 1 && lexicon.GenitiveArticles.Contains(tokens[m.Start].Lower) && lexicon.IsPostLike(tokens, m.Start - 1);
    }

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/>, taken like a cue's: after a cue of the same sentence it may share
    /// that cue's subject ("Baldwin responded to Walker, tweeting, “…”"); a participle with no cue before takes the
    /// first actor of its clause that is no object ("Trump lambasted Gillibrand on Twitter, writing …").
    /// </summary>
    private Mention? AttributingSubject(Sentence s, List<Mention> mentions, int verb, CueLexicon lexicon)
    {
        var cues = FindCues(s.Tokens, mentions, lexicon).Where(h => h.Last < verb && h.Cue.Relation != RelationType.Signed).ToList();
        var parsed = new Parsed(s, mentions, [.. cues, new Hit(Attributing, [verb])], lexicon);
        var participle = lexicon.SubjectNearVerb && s.Tokens[verb].Lower.EndsWith("ing", StringComparison.Ordinal);
        List<Mention> subjects = [];
        for (var k = 0; k < parsed.Hits.Count; k++)
        {
            var clause = ClauseOf(parsed, k);
            var own = k < cues.Count || !participle ? Subjects(parsed, k, clause).Subjects : [];
            if (own.Count > 0) subjects = own;
            else if (k == cues.Count && participle && subjects.Count == 0) subjects = clause.Before.Where(m => !m.Marked).Take(1).ToList();
        }
        return subjects.FirstOrDefault();
    }

    /// <summary>
    /// The words that attribute the post repost, like or quote it, or name a document as what is quoted. A repost with a caption or
    /// a saying verb after it ("reposted the tweet with the caption:", "shared a screenshot and said:") introduces the sharer's own words.
    /// A cue in scare quotes counts (had “liked” the comment:).
    /// </summary>
    private static bool Relayed(Sentence s, QuotedPosts.Post post, CueLexicon lexicon)
    {
        var span = Enumerable.Range(0, s.Tokens.Count)
            .Where(j => s.Start + s.Tokens[j].Start >= post.AuthorStart && s.Start + s.Tokens[j].End <= Math.Max(post.AuthorEnd, post.CueEnd)
                && (!s.Tokens[j].Quoted || j > 0 && j + 1 < s.Tokens.Count && !s.Tokens[j - 1].IsWord && !s.Tokens[j + 1].IsWord)).ToList();
        // "and said:" (a finite verb joined to the repost, not a gerund, which may be the post's: "a status … saying that").
        bool Captioned(int from) => span.Any(j => j > from + 1 && lexicon.Conjunctions.Contains(s.Tokens[j - 1].Lower) && lexicon.SayingVerbs.Contains(s.Tokens[j].Lower)
                && !s.Tokens[j].Lower.EndsWith("ing", StringComparison.Ordinal))
            || lexicon.Cues.Any(c => c.Relation == RelationType.Quoted && c.MatchAt(s.Tokens, from) is not null);
        return span.Any(j => lexicon.DocumentNouns.Contains(s.Tokens[j].Lower)
            || lexicon.Cues.Any(c => c.Relation is RelationType.Retweeted or RelationType.Liked or RelationType.Quoted && c.MatchAt(s.Tokens, j) is not null) && !Captioned(j));
    }

    /// <summary>
    /// "King shared a tweet by Collett. “Europe is waking up”, King wrote about Collett's tweet.": a post the sharer wrote, quoted
    /// right after the repost in the same paragraph, comments on it, so the repost quoted the post.
    /// </summary>
    private static bool CommentedNext(Parsed s, Discourse discourse, List<Resolved> sources) =>
        discourse.Following is not null && discourse.QuotedPosts.Any(p => p.Sentence == s.Sentence.Index + 1 && sources.Any(r => r.Actor == p.Author));

    /// <summary>The verb that attributes a quoted post, as a cue: its subject is the post's author.</summary>
    private static readonly Cue Attributing = new(RelationType.Tagged, "quoted post", [], QuotedPostConfidence, false, false, false, false, false);

    /// <summary>
    /// The actor a post opens by addressing: a name after an optional greeting and before a comma or "!" ("Liebe Anna Rosenwasser,",
    /// "Dear Mary Collins,"), or an @handle that opens it (a reply). Returns -1 when it opens otherwise.
    /// </summary>
    private int Vocative(string text, int start, int end, CueLexicon lexicon)
    {
        var tokens = Sentences.Tokenize(text[start..end]);
        var i = 0;
        while (i < tokens.Count && !tokens[i].IsWord) i++;
        if (i < tokens.Count && lexicon.Salutations.Contains(tokens[i].Lower) && tokens[i].Text[0] != '@') i++;
        if (i >= tokens.Count || actors.Match(tokens, i) is not { } match) return -1;
        var after = i + match.Length;
        return tokens[i].Text[0] == '@' || after < tokens.Count && tokens[after].Text is "," or "!" ? match.Actor : -1;
    }

    /// <summary>
    /// A person a post addresses by first name ("Alle willkommen, Robert“", "Sehr halbstark, Paul.", "Dear Ruth, …"): the
    /// name stands alone between the post's start, a comma or a greeting and a comma or the end of a sentence, and only
    /// one known person has it.
    /// </summary>
    private IEnumerable<(int Actor, TextSpan At)> Addressed(string text, int start, int end, CueLexicon lexicon)
    {
        var tokens = Sentences.Tokenize(text[start..end]);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || actors.ByFirstName(tokens[i].Text) is not { } person) continue;
            var opens = i == 0 || tokens[i - 1].Text == "," || lexicon.Salutations.Contains(tokens[i - 1].Lower) && (i == 1 || !tokens[i - 2].IsWord);
            var closes = i + 1 == tokens.Count || tokens[i + 1].Text is "," or "." or "!" or "?" or "“" or "”" or "\"" or ":";
            if (opens && closes) yield return (person, new TextSpan(start + tokens[i].Start, tokens[i].Length));
        }
    }

    /// <summary>The name at <paramref name="at"/> is a handle or a hashtag ("#Kenya"; a hashtag that only the bare name matches has its span without the "#").</summary>
    private static bool Tag(string text, TextSpan at) => text[at.Start] is '@' or '#' || at.Start > 0 && text[at.Start - 1] == '#';

    /// <summary>
    /// "Heute hat Markus einen Brief bekommen", "Nobody believes Tom’s story": a post calls a person the text named before it (by name, not by a
    /// pronoun or role) by the first name alone, when only that one known person has it; not a first name with another name after it, nor
    /// one after a noun of family or friends ("with my husband Tom": someone of the poster's own).
    /// <see cref="Addressed"/> takes a lone first name as a vocative even when the text never named the person.
    /// </summary>
    private IEnumerable<(int Actor, TextSpan At)> FirstNamed(string text, int start, int end, IReadOnlyList<List<Mention>> mentions, IReadOnlyList<Sentence> sentences, CueLexicon lexicon)
    {
        var tokens = Sentences.Tokenize(text[start..end]);
        var before = sentences.Where(x => x.Start + x.Text.Length <= start).SelectMany(x => mentions[x.Index].Where(m => !m.IsPronoun && m.Via is null).Select(m => m.Actor)).ToHashSet();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text.EndsWith("’s", StringComparison.Ordinal) || tokens[i].Text.EndsWith("'s", StringComparison.Ordinal) ? tokens[i].Text[..^2] : tokens[i].Text;
            if (!tokens[i].IsWord || word.Length < 3 || !char.IsUpper(word[0]) || actors.ByFirstName(word) is not { } person || !before.Contains(person)) continue;
            if (i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsUpper(tokens[i + 1].Text[0]) || i > 0 && lexicon.KinNouns.Contains(tokens[i - 1].Lower)) continue;
            yield return (person, new TextSpan(start + tokens[i].Start, tokens[i].Length));
        }
    }

    /// <summary>
    /// A platform named in a post ("sortiert Twitter Accounts aus") or an institution as the place something happens ("proud to
    /// stand with you in Congress") is not tagged; its @handle is.
    /// </summary>
    private bool Scenery(string text, int actor, TextSpan at, CueLexicon lexicon)
    {
        if (text[at.Start] == '@') return false;
        var known = actors.Actors[actor];
        if (lexicon.Platforms.Contains(known.Name.ToLowerInvariant())) return true;
        // A person or a party is no place: "anger at Labour" names the party.
        if (known.Kind is ActorKinds.Person or ActorKinds.Party) return false;
        var end = at.Start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        // Only right after the preposition: "in der CDU", "at the 1922 committee" may still address them.
        return start < end && text[start..end] is "in" or "im" or "at";
    }

    private static bool AfterPreposition(string text, int at, CueLexicon lexicon)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < end && lexicon.Prepositions.Contains(text[start..end].ToLowerInvariant());
    }

    /// <summary>
    /// A one-word name that is a common word here: written in lower case where the actor never is ("the 2nd time" is no TIME,
    /// "may" no Theresa May), or in German after an indefinite article ("vergeben einen Stern" is no stern).
    /// </summary>
    private static bool CommonWord(IReadOnlyList<Token> tokens, int at, int length, KnownActor actor, CueLexicon lexicon)
    {
        var word = tokens[at].Text;
        if (length > 1 || word[0] == '@') return false;
        if (char.IsLower(word[0]) && !actor.Aliases.Append(actor.Name).Any(f => f.Length > 0 && (char.IsLower(f[0]) || ActorLexicon.UnpronounceableAcronym(f)))) return true;
        return !lexicon.SubjectNearVerb && actor.Kind != ActorKinds.Person && at > 0 && lexicon.Indefinites.Contains(tokens[at - 1].Lower);
    }

    /// <summary>An English relative clause after a comma (", who is also part of …") holds the token at <paramref name="at"/>.</summary>
    private static bool InRelativeClause(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        if (!lexicon.SubjectNearVerb) return false;
        for (var k = at - 1; k > 0; k--)
        {
            if (tokens[k].Text is "," or "”" or "“" or "\"" || tokens[k].Quoted) return false;
            if (lexicon.Relatives.Contains(tokens[k].Lower) && tokens[k - 1].Text == ",") return true;
        }
        return false;
    }

    /// <summary>Every known actor named in <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, in order, with where in the text.</summary>
    /// <param name="retold">The post is told in the reporter's words: a party in brackets after a name is the reporter's note
    /// ("Kanzler Olaf Scholz (SPD) müsse …"), not named in the post.</param>
    private IEnumerable<(int Actor, TextSpan At)> ActorsIn(string text, int start, int end, CueLexicon lexicon, bool retold = false)
    {
        var tokens = Sentences.Tokenize(text[start..end]).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            // "#AfD" names the AfD as "AfD" would, unless the hashtag itself is a known alias.
            if (actors.Match(tokens, i) is not { } match)
            {
                if (tokens[i].Text is not ['#', _, ..] || actors.Match([tokens[i] with { Text = tokens[i].Text[1..] }], 0) is not { Length: 1 } tag) continue;
                tokens[i] = tokens[i] with { Text = tokens[i].Text[1..], Start = tokens[i].Start + 1, Length = tokens[i].Length - 1 };
                match = tag;
            }
            var after = i + match.Length;
            // "he’s [Hopkins] gone": square brackets hold the reporter's words.
            if (CommonWord(tokens, i, match.Length, actors.Actors[match.Actor], lexicon) || text.LastIndexOf('[', start + tokens[i].Start) > Math.Max(start - 1, text.LastIndexOf(']', start + tokens[i].Start))
                || (retold && i > 1 && tokens[i - 1].Text == "(" && after < tokens.Count && tokens[after].Text == ")" && tokens[i - 2].IsWord && char.IsUpper(tokens[i - 2].Text[0]))) { i = after - 1; continue; }
            if (after >= tokens.Count || !lexicon.MakesGroup(tokens[after], actors.Actors[match.Actor].Kind == ActorKinds.Person)) // not "Labour MPs"
                yield return (match.Actor, new TextSpan(start + tokens[i].Start, tokens[after - 1].End - tokens[i].Start));
            i = after - 1;
        }
    }
}
