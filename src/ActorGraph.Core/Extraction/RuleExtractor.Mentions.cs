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
}
