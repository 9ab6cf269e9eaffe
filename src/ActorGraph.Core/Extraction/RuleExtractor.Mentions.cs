using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>Who wrote a post the text quotes or reports, when its author is a pronoun or named sentences away.</summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// The actors of the last sentence the text itself says before the post and its attribution: "„Ich wüsste … Aber …“,
    /// schrieb er" — the quotation's own sentences name no one who could be "er".
    /// </summary>
    private static IReadOnlyList<Mention> MentionsBefore(QuotedPosts.Post post, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions)
    {
        var at = sentences.Count(s => s.Start <= Math.Min(post.Start - 1, post.AuthorStart)) - 1;
        var k = at < 0 ? -1 : QuotedPosts.NarrativeBefore(sentences, sentences[at]);
        return k >= 0 ? mentions[k] : [];
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
        return s.Hits.Any(h => h.Last < noun && h.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted or RelationType.RepliedTo) ? [] : subjects;
    }

    /// <summary>
    /// A platform named in the sentence of an everyday verb ("thanked", "accused"), or in the sentence before or after it in its
    /// paragraph when that sentence names only pronouns or an actor of this one: "congratulated Ryan. Hours later she deleted the
    /// tweet" is one act on a platform; "… one member posted a defense of Farage. Reform accused the newspaper" tells of another's post.
    /// </summary>
    private static bool PlatformNear(Parsed s, Discourse discourse)
    {
        bool Own(Sentence? beside, IReadOnlyList<Mention> mentions) => beside is not null && s.Lexicon.NamesPlatform(beside)
            && (mentions.All(m => m.Actor < 0 || m.IsPronoun) || mentions.Any(m => m.Actor >= 0 && !m.IsPronoun && s.Mentions.Any(own => own.Actor == m.Actor)));
        return s.Lexicon.NamesPlatform(s.Sentence) || Own(discourse.Recent.LastOrDefault(), discourse.Previous) || Own(discourse.Following, discourse.FollowingMentions);
    }

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
