using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>Who wrote a post the text quotes or reports, when its author is a pronoun or named sentences away.</summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// Whom a pronoun that attributes <paramref name="post"/> may stand for, as a cue's would: the actors of the last sentence the text
    /// itself says before the post and its attribution ("„Ich wüsste … Aber …“, schrieb er" — the quotation's own sentences name no one
    /// who could be "er"), and those of the sentences before it. "Hahn reagierte verärgert. Diese sei „unwürdig“. „…“, schrieb er":
    /// a sentence that names no person leaves "er" to the one named before it.
    /// </summary>
    private static IReadOnlyList<Mention> MentionsBefore(QuotedPosts.Post post, IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<Mention>> antecedents)
    {
        var at = sentences.Count(s => s.Start <= Math.Min(post.Start - 1, post.AuthorStart)) - 1;
        return at < 0 ? [] : antecedents[at];
    }

    /// <summary>What a pronoun in each sentence may refer back to (<see cref="Discourse.Previous"/> as the sentences are read), for posts found before the sentences are read.</summary>
    private List<IReadOnlyList<Mention>> AntecedentsOf(IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions)
    {
        var discourse = new Discourse();
        var before = new List<IReadOnlyList<Mention>>();
        foreach (var s in sentences)
        {
            before.Add(discourse.Previous);
            Carry(discourse, s, mentions[s.Index]);
        }
        return before;
    }

    /// <summary>
    /// <paramref name="post"/> goes on with <paramref name="before"/>: its attribution ("Und weiter:", "It went on:", and "He added:"
    /// when "He" found no one, for the sentence before holds only the post's pronoun) names no actor and stands in the sentence
    /// right after the one where the post before ends.
    /// </summary>
    private static bool Continues(QuotedPosts.Post before, QuotedPosts.Post post, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions)
    {
        var at = sentences.Count(s => s.Start <= post.AuthorStart) - 1;
        var ended = sentences.Count(s => s.Start < before.End) - 1;
        if (at < 0 || post.By == QuotedPosts.Author.Embed || before.Start >= post.Start) return false;
        var s = sentences[at];
        return at - ended is 0 or 1 && !mentions[at].Any(m => !m.IsPronoun && s.Start + s.Tokens[m.Start].Start >= post.AuthorStart && s.Start + s.Tokens[m.End - 1].End <= post.AuthorEnd);
    }

    /// <summary>The words that attribute <paramref name="post"/> name a post ("this tweet from July 21:", "Der Tweet lautete:").</summary>
    private static bool NamesPost(Sentence s, QuotedPosts.Post post, CueLexicon lexicon) => s.Tokens.Any(t => !t.Quoted && lexicon.IsPostNoun(t.Lower)
        && s.Start + t.Start >= post.AuthorStart && s.Start + t.End <= Math.Max(post.AuthorEnd, post.CueEnd));

    /// <summary>
    /// "Romney also follows Puzder. Then there was this tweet from July 21: “…”": a post named without its author is by the one the
    /// sentence before is about (its first actor that is no object), unless that sentence tells of a post liked or shared, which is another's.
    /// "His first tweet said that the President was weak." ⏎ "“…,” the first tweet read.": a post that sentence names with its owner
    /// ("His first tweet", "Baker's tweet") is the one the words come back to, and its owner wrote it.
    /// </summary>
    private (int Actor, TextSpan At, Inference How)? SubjectBefore(int index, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions,
        IReadOnlyList<IReadOnlyList<Mention>> antecedents, CueLexicon lexicon)
    {
        var k = QuotedPosts.NarrativeBefore(sentences, sentences[index]);
        if (k < 0) return null;
        var s = sentences[k];
        if (Enumerable.Range(0, s.Tokens.Count).Any(j => lexicon.Cues.Any(c => c.Relation is RelationType.Retweeted or RelationType.Liked or RelationType.Quoted && c.MatchAt(s.Tokens, j) is not null))) return null;
        TextSpan At(Mention m) => new(s.Start + s.Tokens[m.Start].Start, s.Tokens[m.End - 1].End - s.Tokens[m.Start].Start);
        // The owner right before the post noun, a word or two between ("His first tweet").
        bool OwnsPost(Mention m) => (m.Mark is "'s" or "genitive" || m.IsPronoun && !m.Pronoun!.Value.Subject && lexicon.Possessives.Contains(s.Tokens[m.Start].Lower))
            && Enumerable.Range(m.End, Math.Min(3, s.Tokens.Count - m.End)).TakeWhile(j => s.Tokens[j].IsWord && !s.Tokens[j].Quoted).Any(j => lexicon.IsPostNounAt(s.Tokens, j));
        if (mentions[k].FirstOrDefault(m => !IsDocument(m) && OwnsPost(m)) is { } owner)
            return Resolve(owner, mentions[k], antecedents[k], -1) is { } author ? (author.Actor, At(owner), Inference.PronounFromPreviousSentence) : null;
        return mentions[k].FirstOrDefault(m => !m.Marked && !m.IsPronoun && !IsDocument(m)) is { } subject
            ? (subject.Actor, At(subject), Inference.PronounFromPreviousSentence)
            : null;
    }

    /// <summary>
    /// "„Frau Ministerin, treten Sie zurück!“", "“Mr President, …”": a post addresses by honorific and role the one person the text
    /// (or the actors file) gave that role before the post. Mentions leave quoted words out, so the roles are read again up to the post.
    /// </summary>
    private IEnumerable<(int Actor, TextSpan At)> RolesIn(QuotedPosts.Post post, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions, CueLexicon lexicon)
    {
        var referents = new Referents(actors, lexicon);
        foreach (var s in sentences)
        {
            if (s.Start >= post.End) yield break;
            for (var i = 0; s.Start + s.Text.Length > post.Start && i < s.Tokens.Count; i++)
                if (s.Tokens[i].Quoted && s.Start + s.Tokens[i].Start >= post.Start && lexicon.Honorifics.ContainsKey(s.Tokens[i].Lower) && referents.Role(s.Tokens, i) is var (person, start, end, _, _)
                    && s.Start + s.Tokens[end - 1].End <= post.End && Fits(actors.Actors[person], lexicon.Honorifics[s.Tokens[i].Lower]))
                    yield return (person, new TextSpan(s.Start + s.Tokens[i].Start, s.Tokens[end - 1].End - s.Tokens[i].Start));
            referents.Read(s.Tokens, mentions[s.Index]);
        }
        // "Mr Senator" is no senator the text calls "she".
        static bool Fits(KnownActor person, char gender) => person.Gender is not { Length: > 0 } given || given[0] == gender;
    }

    /// <summary>
    /// "His tweet was in response to Baker's tweet which read:", "Bergers Post, der lautete:": the words that end the attribution are a
    /// post that reads them, and a name or possessive right before that post owns it; the owner wrote the words, not the sentence's subject.
    /// </summary>
    private static Mention? OwnerOfPostReading(Sentence s, List<Mention> mentions, int verb, CueLexicon lexicon)
    {
        var tokens = s.Tokens;
        var reads = Enumerable.Range(Math.Max(0, verb - 2), verb - Math.Max(0, verb - 2) + 1).LastOrDefault(j => lexicon.PostContentVerbs.Contains(tokens[j].Lower), -1);
        if (reads < 0) return null;
        var noun = Enumerable.Range(Math.Max(0, reads - 3), reads - Math.Max(0, reads - 3)).Reverse().TakeWhile(j => tokens[j].IsWord || tokens[j].Text == ",")
            .FirstOrDefault(j => lexicon.IsPostNounAt(tokens, j), -1);
        // An actors file may list the possessive itself as an alias ("Bawah-Mogtari's").
        return noun < 1 ? null : mentions.FirstOrDefault(m => m.End == noun && (m.Mark is "'s" or "genitive" || tokens[m.End - 1].Lower.EndsWith("'s", StringComparison.Ordinal)
            || tokens[m.End - 1].Lower.EndsWith("’s", StringComparison.Ordinal) || m.IsPronoun && !m.Pronoun!.Value.Subject && lexicon.Possessives.Contains(tokens[m.Start].Lower)));
    }

    /// <summary>
    /// "prompted Rep. Eric Swalwell (D-CA) to post, “…”", "asked Baker to tweet": an English infinitive's subject is the actor right
    /// before "to" (a bracket after the name skipped), whoever the sentence's subject is.
    /// </summary>
    private static Mention? InfinitiveSubject(Sentence s, List<Mention> mentions, int verb, CueLexicon lexicon)
    {
        var tokens = s.Tokens;
        if (!lexicon.SubjectNearVerb || verb < 2 || tokens[verb - 1].Lower != "to") return null;
        var end = verb - 2;
        if (tokens[end].Text == ")") end = Enumerable.Range(0, end).LastOrDefault(j => tokens[j].Text == "(", 0) - 1;
        return mentions.FirstOrDefault(m => m.End == end + 1 && !m.Marked && !m.IsPronoun);
    }

    /// <summary>
    /// Who posted what a participle cue describes ("his critical tweets directed at", "Baker's tweet aimed at", "apologised for
    /// a tweet aimed at"): the owner of the post noun right before the cue, else the clause's subject unless the post is one it
    /// liked, shared or answered ("liking a tweet aimed at Foster"); no one when no post noun stands there ("rhetoric aimed at").
    /// </summary>
    private List<Resolved> PostAuthor(Parsed s, Hit hit, List<Resolved> subjects, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var noun = hit.Anchor - 1;
        if (noun >= 0 && lexicon.PassiveAuxiliaries.Contains(tokens[noun].Lower)) noun--;
        if (noun < 1 || !lexicon.IsPostNoun(tokens[noun].Lower)) return [];
        for (var j = noun - 1; j >= Math.Max(0, noun - 4); j--)
        {
            if (s.Mentions.FirstOrDefault(m => m.End == j + 1) is { } owner)
            {
                if (owner.Mark != "'s" && !(owner.IsPronoun && lexicon.Possessives.Contains(tokens[j].Lower))) break;
                return Resolve(owner, s.Mentions, discourse.Previous, -1) is { } author ? [author] : [];
            }
            if (!tokens[j].IsWord || lexicon.Determiners.Contains(tokens[j].Lower)) break;
        }
        // "posted a tweet directed at him from Joseph Hopkins": the post's author after it.
        if (s.Mentions.FirstOrDefault(m => m.Start > hit.Last && m.Mark is { } mark && lexicon.PostAuthors.Contains(mark)) is { } by)
            return Resolve(by, s.Mentions, discourse.Previous, -1) is { } author ? [author] : [];
        // "Why Did Baker 'Like' This Tweet Mocking Quinn?": a like in scare quotes or a headline's capitals is no cue, but the post is still another's.
        return s.Hits.Any(h => h.Last < noun && h.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted or RelationType.RepliedTo)
            || TokenWindow.Before(noun, 4).Any(j => lexicon.LikeNouns.Contains(tokens[j].Lower)) ? [] : subjects;
    }

    /// <summary>
    /// "said “disgraceful” in his post, which also tagged Luton Council", "wrote a tweet, which named Collins": an English relative
    /// pronoun right after a post and its comma stands for the post, whose author acted: its owner ("his post", "Baker's tweet"), else
    /// the first actor of the sentence that is no object. Not a post liked, shared or answered, which is another's.
    /// </summary>
    private Mention? AuthorOfPostBefore(Parsed s, Clause clause)
    {
        var (tokens, lexicon, relative) = (s.Tokens, s.Lexicon, clause.Start);
        if (!lexicon.SubjectNearVerb || !clause.Subordinate || clause.Before.Count > 0 || relative < 2 || tokens[relative - 1].Text != ","
            || !lexicon.ObjectRelatives.Contains(tokens[relative].Lower)) return null;
        // The post may have a place after it ("a tweet on Monday,"), not a clause of its own.
        var noun = Enumerable.Range(0, relative - 1).Reverse().Take(4).TakeWhile(j => tokens[j].IsWord).FirstOrDefault(j => lexicon.IsPostNounAt(tokens, j), -1);
        if (noun < 0 || s.Hits.Any(h => h.Last < noun && h.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted or RelationType.RepliedTo)
            || TokenWindow.Before(noun, 4).Any(j => lexicon.LikeNouns.Contains(tokens[j].Lower) || lexicon.ReplyPrepositions.Contains(tokens[j].Lower))) return null;
        return s.Mentions.FirstOrDefault(m => m.End == noun && m.Owns)
            ?? s.Mentions.FirstOrDefault(m => m.End <= noun && !m.Marked && !IsDocument(m));
    }

    /// <summary>
    /// A platform named in the sentence of an everyday verb ("thanked", "accused"), or in the sentence before or after it in its
    /// paragraph when that sentence names only pronouns or an actor this one names or refers to: "congratulated Ryan. Hours later
    /// she deleted the tweet" is one act on a platform; "… one member posted a defense of Farage. Reform accused the newspaper"
    /// tells of another's post. In what the cue reports ("accused Anderson of taking control of the Tory Twitter account", "warf
    /// ihm vor, seine Tweets zu löschen") a platform is the topic, and counts only after a preposition that puts the act there ("of lying in a tweet").
    /// </summary>
    private bool PlatformNear(Parsed s, Hit hit, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var content = ContentStart(tokens, hit, lexicon);
        bool Here(int i) => !tokens[i].Quoted && lexicon.PlatformAt(tokens, i)
            && (i < content || QuotedPosts.PlacedOn(tokens, i, lexicon));
        // A pronoun may stand for anyone it could be resolved to once the source is known ("Buhari congratulated him").
        var named = s.Mentions.Where(m => !m.IsPronoun).Select(m => m.Actor).Append(-1).ToList();
        var own = s.Mentions.SelectMany(m => m.IsPronoun ? named.Select(source => Resolve(m, s.Mentions, discourse.Previous, source)?.Actor ?? -1) : [m.Actor]).Where(a => a >= 0).ToHashSet();
        bool Own(Sentence? beside, IReadOnlyList<Mention> mentions) => beside is not null && s.Lexicon.NamesPlatform(beside)
            && (mentions.All(m => m.Actor < 0 || m.IsPronoun) || mentions.Any(m => !m.IsPronoun && own.Contains(m.Actor)));
        return Enumerable.Range(0, tokens.Count).Any(Here) || Own(discourse.Recent.LastOrDefault(), discourse.Previous) || Own(discourse.Following, discourse.FollowingMentions);
    }

    /// <summary>
    /// "attacked Collins on social media", "kritisierte Hahn in einem Tweet": saying something about someone is a post that names
    /// them only where its own clause puts it on a platform; a platform elsewhere in the sentence may be another act's.
    /// The clause of cue <paramref name="k"/> is a post: a platform or post phrase stands in it ("on Twitter", "in a posting on
    /// Twitter", "in einem Tweet", "durch einen Social-Media-Post"), not in a relative clause about someone ("Baker, who is big on
    /// Twitter,"), not before a verb of saying that has it ("wrote on X that Ellis attacked Quinn" is Ellis's act, said there),
    /// and not after one subject and before another ("Baker pushed back on Twitter against claims she insulted Collins");
    /// or the clause is a relative one about a post ("a tweet in which she mocked", "Tweet, in dem er … bezeichnete"); or the cue
    /// is a participle right after a post noun ("a tweet attacking").
    /// </summary>
    private static bool PostInClause(Parsed s, int k)
    {
        var (tokens, hit, lexicon) = (s.Tokens, s.Hits[k], s.Lexicon);
        if (AfterPostNoun(s, hit)) return true;
        // "Krüger, häufig als deutsche Berger bezeichnet, und …", "Collins, often described as the new Baker,": a participle
        // that closes an aside between commas, or opens one with "as", says what someone is called, no act.
        // A German auxiliary before the first comma makes the participle that clause's ("Hahn hat Berger, die Ministerin, auf X kritisiert,").
        var open = Enumerable.Range(0, hit.Anchor).LastOrDefault(j => tokens[j].Text == ",", -1);
        var closes = hit.Last + 1 < tokens.Count && (tokens[hit.Last + 1].Text == ","
            || lexicon.Comparisons.Contains(tokens[hit.Last + 1].Lower) && Enumerable.Range(hit.Last + 1, tokens.Count - hit.Last - 1).Any(j => tokens[j].Text == ","));
        if (open > 0 && closes && s.Mentions.Any(m => m.End == open && !m.IsPronoun)
            && !s.Mentions.Any(m => m.Start == open + 1) && !Enumerable.Range(0, open).Any(j => lexicon.FiniteAuxiliaries.Contains(tokens[j].Lower))
            && !Enumerable.Range(open + 1, hit.Anchor - open - 1).Any(j => lexicon.Relatives.Contains(tokens[j].Lower) || lexicon.Subordinators.Contains(tokens[j].Lower))) return false;
        var clause = ClauseOf(s, k);
        // "von Hahn in einem Posting beleidigt": a German agent before the participle is a passive's, whatever its auxiliary.
        if (!lexicon.SubjectNearVerb && clause.Before.Any(m => m.Mark is { } mark && lexicon.Agents.Contains(mark)) && Passive(tokens, hit, clause, lexicon) is (false, _)) return false;
        // "angry at the trolls who kept attacking Ellis on Twitter": a relative pronoun that follows no actor is the subject, and no one known.
        if (lexicon.SubjectNearVerb && Enumerable.Range(clause.Before.LastOrDefault()?.End ?? clause.Start + 1, Math.Max(0, hit.Anchor - (clause.Before.LastOrDefault()?.End ?? clause.Start + 1)))
                .Any(j => lexicon.Relatives.Contains(tokens[j].Lower) && !s.Mentions.Any(m => m.End == j || m.End == j - 1 && tokens[j - 1].Text == ","))) return false;
        bool Says(int j) => lexicon.SayingVerbs.Contains(tokens[j].Lower) || lexicon.SpeechVerbs.Contains(tokens[j].Lower) || lexicon.PostingVerbs.Contains(tokens[j].Lower);
        bool Phrase(int i) => !tokens[i].Quoted && (lexicon.IsPlatformWord(tokens[i].Lower) || lexicon.IsPostNounAt(tokens, i)
                || tokens[i].Lower is "posts" or "postings" || tokens[i].Lower == "media" && i > 0 && tokens[i - 1].Lower == "social")
            && QuotedPosts.PlacedOn(tokens, i, lexicon) && !QuotedPosts.Describing(tokens, i, lexicon)
            && !(i < hit.Anchor ? Enumerable.Range(i + 1, hit.Anchor - i - 1) : Enumerable.Range(hit.Last + 1, Math.Max(0, i - hit.Last - 1))).Any(Says);
        bool Between(int i) => i < hit.Anchor && clause.Before.Any(m => m.Start > i && !m.Marked)
            && (s.Mentions.Any(m => m.End <= i && !m.Marked) || s.Hits.Any(h => h.Last < i));
        if (Enumerable.Range(clause.Start + 1, Math.Max(0, clause.End - clause.Start - 1)).Any(i => !hit.Tokens.Contains(i) && Phrase(i) && !Between(i))) return true;
        // ", in which …", ", in dem …": a relative clause on a post noun before its comma (a word or two may stand between: "mit einem Tweet
        // Aufsehen, in dem"); read from the comma, for "in dem er Berger" also looks like an article before a name.
        var comma = Enumerable.Range(0, hit.Anchor).LastOrDefault(j => tokens[j].Text == ",", -1);
        return comma > 0 && comma + 2 < hit.Anchor
            && (lexicon.Relatives.Contains(tokens[comma + 1].Lower) || lexicon.Prepositions.Contains(tokens[comma + 1].Lower) && lexicon.Relatives.Contains(tokens[comma + 2].Lower))
            && TokenWindow.Before(comma, 3).Any(j => lexicon.IsPostNounAt(tokens, j));
    }

    /// <summary>"a tweet attacking", "a video message targeting": the cue is a participle right after a post noun.</summary>
    private static bool AfterPostNoun(Parsed s, Hit hit) => hit.Anchor > 0 && s.Lexicon.IsPostNounAt(s.Tokens, hit.Anchor - 1);

    /// <summary>
    /// "In seinem Tweet kritisiert Hahn Berger", "Mit ihrem Post griff Krüger Hahn an", "hat Berger in seinem Tweet kritisiert":
    /// German puts no participle after a noun, so a post noun right before the verb that a preposition opens (articles,
    /// possessives and adjectives between) is where the clause's subject said it, and a possessive in it is that subject's.
    /// </summary>
    private static bool PostPhraseBeforeGermanVerb(Parsed s, Hit hit)
    {
        if (s.Lexicon.SubjectNearVerb) return false;
        for (var j = hit.Anchor - 2; j >= Math.Max(0, hit.Anchor - 6); j--)
        {
            var token = s.Tokens[j];
            if (!token.IsWord || token.Quoted) return false;
            if (s.Lexicon.Prepositions.Contains(token.Lower)) return true;
            if (char.IsUpper(token.Text[0]) && !s.Lexicon.Possessives.Contains(token.Lower) && !s.Lexicon.Determiners.Contains(token.Lower)
                && !s.Lexicon.Indefinites.Contains(token.Lower)) return false;
        }
        return false;
    }

    /// <summary>
    /// Where what a cue reports begins: "of" before a gerund ("accused X of taking"), "why", "that", "dass", "ob", or in German the
    /// comma right after a separable particle ("warf ihm vor, …"); the sentence's end when none follows the cue.
    /// </summary>
    private static int ContentStart(IReadOnlyList<Token> tokens, Hit hit, CueLexicon lexicon)
    {
        return Enumerable.Range(hit.Last + 1, Math.Max(0, tokens.Count - hit.Last - 1)).FirstOrDefault(j => lexicon.ContentOpeners.Contains(tokens[j].Lower)
            && (tokens[j].Lower switch
            {
                // "accused Ellis of merely copying": an adverb may stand before the gerund.
                "of" => Gerund(j + 1) || j + 2 < tokens.Count && tokens[j + 1].IsWord && char.IsLower(tokens[j + 1].Text[0]) && char.IsLower(tokens[j + 2].Text[0]) && Gerund(j + 2),
                "," => j == hit.Last + 1 && hit.Tokens.Length > 1,
                _ => true,
            }), tokens.Count);
        bool Gerund(int j) => j < tokens.Count && tokens[j].Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// Not whom a tag cue addresses: an actor in what it reports ("wirft den Räten vor, Hahn zu unterstützen", "accused the NDP of
    /// heckling him"), or a subject pronoun that opens the cue's clause ("twitterte, sie wünsche Hahn Glück": "sie" wishes).
    /// </summary>
    private static bool Reported(Parsed s, Hit hit, Mention m) =>
        m.Start >= ContentStart(s.Tokens, hit, s.Lexicon)
        || m.IsPronoun && m.Pronoun!.Value.Subject && m.End == hit.Anchor && (m.Start == 0 || !s.Tokens[m.Start - 1].IsWord);

    /// <summary>
    /// "more mentions than Notley", "his 1,000 mentions", "has “liked” tweets that mention him": the cue word is a counted noun
    /// here, or the object of a like, share or reply (whose posts are someone else's), not a verb.
    /// </summary>
    private static bool CountedNoun(IReadOnlyList<Token> tokens, int anchor, CueLexicon lexicon)
    {
        if (anchor == 0 || !tokens[anchor].Lower.EndsWith('s')) return false;
        var before = anchor - 1;
        while (before > 0 && !tokens[before].IsWord && tokens[before].Text is "“" or "”" or "\"" or "‘" or "’") before--;
        return lexicon.Quantifiers.Contains(tokens[anchor - 1].Lower) || lexicon.Determiners.Contains(tokens[anchor - 1].Lower)
            || lexicon.Possessives.Contains(tokens[anchor - 1].Lower) || char.IsDigit(tokens[anchor - 1].Text[0])
            || lexicon.IsPostNoun(tokens[anchor].Lower) && lexicon.Cues.Any(c => c.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted or RelationType.RepliedTo
                && c.MatchAt(tokens, before) is not null);
    }
}
