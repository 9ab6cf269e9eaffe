using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Where the cues of a sentence stand, and which of their matches state no act (infinitives, nouns, "followed by" of
/// time); a repost with a comment is a quote.
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>The cues of the sentence in text order; a token belongs to one mention or one cue, the lexicon's order decides which.</summary>
    /// <param name="posting">The sentence goes on with a post's words: <c>onpost</c> cues are kept, for the caller to keep those of the poster (<see cref="ByPoster"/>).</param>
    /// <param name="previous">The mentions of the sentence before: where it named a document, a cue that needs one may have it as a pronoun (<see cref="DocumentAsPronoun"/>).</param>
    private List<Hit> FindCues(IReadOnlyList<Token> tokens, List<Mention> mentions, CueLexicon lexicon, bool posting = false, IReadOnlyList<Mention>? previous = null)
    {
        var documentBefore = previous?.Any(IsDocument) == true;
        var namesDocument = mentions.Any(IsDocument);
        var bare = new Parsed(new Sentence(0, "", 0, tokens), mentions, [], lexicon);
        var used = new bool[tokens.Count];
        foreach (var m in mentions) for (var j = m.Start; j < m.End; j++) used[j] = true;
        var hits = new List<Hit>();
        foreach (var cue in lexicon.Cues)
        {
            // A vague cue ("wrote", "joined") is SIGNED only beside a named document; elsewhere it must not split the clause.
            // "It was written by Collins" right after a sentence that named the letter: the pronoun is the document.
            var pronounOnly = cue.NeedsDocument && !namesDocument;
            if (pronounOnly && !documentBefore) continue;
            // "In a letter to Doyle, Collins and Baker criticised the plan": where a document is named, saying is signing it, not posting.
            if (cue.OnPost && namesDocument) continue;
            for (var i = 0; i < tokens.Count; i++)
            {
                // Cues inside quotation marks are what someone said, not what happened; a quoted button name ("Gefällt mir") is a noun cue.
                if (used[i] || cue.MatchAt(tokens, i) is not { } matched || matched.Any(j => used[j])) continue;
                if (tokens[i].Quoted && !cue.Noun && !ScareQuoted(tokens, matched, mentions, lexicon)) continue;
                if (StatesNoAct(cue, matched, tokens, mentions, lexicon) || pronounOnly && !DocumentAsPronoun(bare, new Hit(cue, matched), previous!)) continue;
                foreach (var j in matched) used[j] = true;
                hits.Add(new Hit(cue, matched));
            }
        }
        hits.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        // "A post by an account praising Ellis was written in response to …": a verb of saying about someone off a post is no cue
        // at all, as it was before such verbs were cues; it must not end the clause of the cue after it.
        var parsed = bare with { Hits = hits };
        return hits.Where((h, k) => !h.Cue.OnPost || posting || PostInClause(parsed, k)).ToList();
    }

    /// <summary>
    /// "Trump “liked” a tweet by Collins", "was “liked” by Baker": quotation marks around the cue's words alone set them off as
    /// the platform's word, they quote no one; a verb then, after its subject, an account or an auxiliary ("fake “likes” from X" are nouns).
    /// </summary>
    private static bool ScareQuoted(IReadOnlyList<Token> tokens, int[] matched, List<Mention> mentions, CueLexicon lexicon)
    {
        var open = matched[0] - 1;
        if (open < 1 || matched[^1] + 1 >= tokens.Count || matched[^1] - matched[0] != matched.Length - 1
            || !IsQuotationMark(tokens[open].Text) || !IsQuotationMark(tokens[matched[^1] + 1].Text)) return false;
        var before = tokens[open - 1].Lower;
        // "Stirling Council’s account “liked”", "Rep. Gosar (R-AZ) “follows”": an account or a name's parenthesis stands for the subject too.
        return mentions.Any(m => m.End == open && (!m.IsPronoun || m.Pronoun!.Value.Subject)) || lexicon.FiniteAuxiliaries.Contains(before)
            || lexicon.PassiveAuxiliaries.Contains(before) || lexicon.Modals.Contains(before) || lexicon.IsAccount(before) || before == ")";
    }

    /// <summary>The cue's words, matched at <paramref name="matched"/>, state no act here (the act may still be stated: see <see cref="StatedInfinitive"/>).</summary>
    private bool StatesNoAct(Cue cue, int[] matched, IReadOnlyList<Token> tokens, List<Mention> mentions, CueLexicon lexicon)
    {
        var i = matched[0];
        // "schrieben einen Brief an Meier": writing a letter to someone is no post to them.
        if (cue.Relation != RelationType.Signed && mentions.Any(m => IsDocument(m) && m.Start > matched[0] && m.Start < matched[^1])) return true;
        var stated = StatedInfinitive(tokens, i, lexicon);
        if (!stated && (cue.InfinitiveOnly || !cue.Noun && i > 0 && lexicon.Infinitive.Contains(tokens[i - 1].Lower))) return true;
        if (!cue.Noun && !stated && cue.Relation != RelationType.Signed && VerbUsedAsNoun(cue, tokens, i, mentions, lexicon)) return true;
        // "MPs supporting such calls – Collins and Baker – released their letter": an English verb of saying after an article, a
        // possessive or "such" is a noun; as a cue it would end the clause whose subject signs.
        if (cue.Scene && !stated && lexicon.SubjectNearVerb && (VerbUsedAsNoun(cue, tokens, i, mentions, lexicon) || i > 0 && lexicon.Comparisons.Contains(tokens[i - 1].Lower))) return true;
        return cue.Relation == RelationType.Follows && !cue.Noun && FollowedInTime(tokens, matched, lexicon);
    }

    /// <summary>
    /// "to reply", "zu antworten" state no act, but "continues to follow" states that it goes on, "the first to sign" and "the
    /// tenth country to join" that it happened, and "took to Twitter to respond" or "um Hahn zu antworten" what a post did.
    /// </summary>
    private static bool StatedInfinitive(IReadOnlyList<Token> tokens, int i, CueLexicon lexicon) =>
        i > 1 && lexicon.Infinitive.Contains(tokens[i - 1].Lower)
        && (lexicon.Aspectuals.Contains(tokens[i - 2].Lower) || lexicon.Firsts.Contains(tokens[i - 2].Lower)
            || i > 2 && (lexicon.Firsts.Contains(tokens[i - 3].Lower) || lexicon.Ordinals.Contains(tokens[i - 3].Lower)) && tokens[i - 2].IsWord && !lexicon.Frequent.Contains(tokens[i - 2].Lower)
            || TurnedToPlatform(tokens, i - 1, lexicon) || PurposeOfPost(tokens, i - 1, lexicon));

    /// <summary>"the mentions", "of replies": a verb form after an article or a preposition; in English also after an owner ("his reply", "Baker's retweets").</summary>
    private static bool VerbUsedAsNoun(Cue cue, IReadOnlyList<Token> tokens, int i, List<Mention> mentions, CueLexicon lexicon)
    {
        if (i == 0 || ActingGerund(cue, tokens, i, mentions, lexicon)) return false;
        var before = tokens[i - 1].Lower;
        // ("Der teilte ein Video": an article that stands alone as a demonstrative subject is no article of the verb.)
        if (lexicon.Determiners.Contains(before) && !mentions.Any(m => m.Start == i - 1 && m.IsPronoun) || lexicon.Prepositions.Contains(before)) return true;
        return lexicon.SubjectNearVerb && cue.Relation != RelationType.Tagged
            && (lexicon.Possessives.Contains(before) || before == "her" || mentions.Any(m => m.End == i && m.Mark == "'s"));
    }

    /// <summary>
    /// "criticised for liking a post by X", "her retweeting Collins's tweet": an English gerund of a like or a repost that takes its
    /// object right after it (an article, a possessive, a name) acts, whatever stands before it ("the likes", "of retweets" do not).
    /// Not "following", which is also a preposition ("told her following the vote").
    /// </summary>
    private static bool ActingGerund(Cue cue, IReadOnlyList<Token> tokens, int i, List<Mention> mentions, CueLexicon lexicon) =>
        lexicon.SubjectNearVerb && cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted
        && tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal) && i + 1 < tokens.Count && !tokens[i + 1].Quoted
        && (lexicon.Determiners.Contains(tokens[i + 1].Lower) || lexicon.Possessives.Contains(tokens[i + 1].Lower) || tokens[i + 1].Lower == "her"
            || mentions.Any(m => m.Start == i + 1 && !m.IsPronoun));

    /// <summary>
    /// "gefolgt von", "followed by" without a passive auxiliary is about time, not about following someone ("an account
    /// followed by Obama" is about following).
    /// </summary>
    private static bool FollowedInTime(IReadOnlyList<Token> tokens, int[] matched, CueLexicon lexicon)
    {
        var i = matched[0];
        return matched[^1] + 1 < tokens.Count && lexicon.Agents.Contains(tokens[matched[^1] + 1].Lower)
            && !tokens.Take(i).Any(t => lexicon.PassiveAuxiliaries.Contains(t.Lower)) && !(i > 0 && lexicon.Platforms.Contains(tokens[i - 1].Lower));
    }

    /// <summary>
    /// "took to Twitter to respond to Collins", "nutzte X, um auf Hahn zu reagieren": the infinitive at <paramref name="to"/> is what
    /// was done on the platform a turning verb just named ("took to Twitter, asking Ellis to respond" is a request).
    /// </summary>
    private static bool TurnedToPlatform(IReadOnlyList<Token> tokens, int to, CueLexicon lexicon)
    {
        var platform = TokenWindow.Before(to, 6).LastOrDefault(j => !tokens[j].Quoted && (lexicon.IsPlatformWord(tokens[j].Lower) || tokens[j].Lower == "media"), -1);
        if (platform < 1 || !TokenWindow.Before(platform, 4).Any(j => lexicon.PlatformTurns.Contains(tokens[j].Lower))) return false;
        // Right after the platform in English; in German after "um" and its objects.
        var between = Enumerable.Range(platform + 1, to - platform - 1).ToList();
        return lexicon.SubjectNearVerb ? between.Count == 0 : between.Count > 0 && between.Count(j => !tokens[j].IsWord) <= 1 && between.Any(j => tokens[j].Lower == "um");
    }

    /// <summary>
    /// "meldete sich auf X zu Wort, um Hahn zu antworten": a German purpose clause ("um … zu") after a post or a platform says what the post was.
    /// </summary>
    private static bool PurposeOfPost(IReadOnlyList<Token> tokens, int to, CueLexicon lexicon)
    {
        if (lexicon.SubjectNearVerb) return false;
        var um = TokenWindow.Before(to, 6).LastOrDefault(j => tokens[j].Lower == "um" && j > 0 && tokens[j - 1].Text == ",", -1);
        return um > 0 && Enumerable.Range(um + 1, to - um - 1).All(j => tokens[j].IsWord)
            && Enumerable.Range(0, um).Any(j => !tokens[j].Quoted && (lexicon.IsPlatformWord(tokens[j].Lower) || lexicon.PostingVerbs.Contains(tokens[j].Lower)));
    }

    /// <summary>
    /// "teilte einen Screenshot von seinem Tweet: „…“", "shared the post and wrote: …": a repost its sharer comments on in
    /// the same sentence (a quotation after a colon, or a saying verb joined by "and") quotes the post.
    /// </summary>
    private static bool Commented(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var j = hit.Last + 1; j < tokens.Count - 1; j++)
        {
            if (tokens[j].Quoted || tokens[j].Text is ";" || RelativeClauseAt(s, j) || s.Hits.Any(h => h.Anchor == j)) return false;
            if (tokens[j].Text == ":" && tokens.Skip(j + 1).Take(2).Any(t => t.Quoted)) return true;
            if (lexicon.Conjunctions.Contains(tokens[j].Lower) && tokens.Skip(j + 1).Take(3).Any(t => lexicon.SayingVerbs.Contains(t.Lower) || lexicon.PostingVerbs.Contains(t.Lower))) return true;
            // "shared Collins's post, adding: …": a saying gerund after the comma is the comment.
            if (tokens[j].Text == "," && lexicon.SubjectNearVerb && lexicon.SayingVerbs.Contains(tokens[j + 1].Lower) && tokens[j + 1].Lower.EndsWith("ing", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
