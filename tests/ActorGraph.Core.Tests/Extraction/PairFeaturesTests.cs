using ActorGraph.Extraction;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// The candidates and features of the learned pair scorer (<c>extract --pairs</c>): each ordered pair of distinct actors a
/// sentence mentions, with the sentence's shape around them (invented German and English sentences).
/// </summary>
public sealed class PairFeaturesTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@SenCollinsFict"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
        new KnownActor("letter", "Letter", "document", null, ["the letter"]),
    ]));

    private static PairCandidate Pair(string text, string language, string source, string target) =>
        Assert.Single(Extractor.Pairs(text, language), p => p.Source == source && p.Target == target);

    [Theory]
    [InlineData("Mary Collins replied to Tom Baker on Twitter.", "en", "mary-collins", "tom-baker")]
    [InlineData("Mary Collins fired back at Tom Baker on X.", "en", "mary-collins", "tom-baker")]
    [InlineData("Anna Berger antwortete Markus Hahn auf Twitter.", "de", "anna-berger", "markus-hahn")]
    [InlineData("Markus Hahn konterte auf X gegen Anna Berger.", "de", "markus-hahn", "anna-berger")]
    public void A_reply_between_source_and_target_fires_the_reply_cue_between_them_and_the_source_is_the_unmarked_first_actor(string text, string language, string source, string target)
    {
        var pair = Pair(text, language, source, target);

        Assert.Contains("cue:REPLIED_TO:between:AB", pair.Features);
        Assert.Contains("A:first-unmarked", pair.Features);
        Assert.Contains("platform", pair.Features);
        Assert.DoesNotContain("A:first-unmarked", Pair(text, language, target, source).Features);
    }

    [Theory]
    [InlineData("Tom Baker liked a tweet by Mary Collins.", "en", "tom-baker", "mary-collins", "B:post-before")]
    [InlineData("Tom Baker liked Mary Collins's post.", "en", "tom-baker", "mary-collins", "B:genitive-post")]
    [InlineData("Markus Hahn likte einen Post von Anna Berger.", "de", "markus-hahn", "anna-berger", "B:post-before")]
    public void A_target_that_owns_a_post_is_marked_as_its_owner(string text, string language, string source, string target, string feature)
    {
        var pair = Pair(text, language, source, target);

        Assert.Contains(feature, pair.Features);
        Assert.Contains("post-noun", pair.Features);
    }

    [Fact]
    public void A_pronoun_resolved_from_the_sentence_before_stands_for_its_actor_and_says_so()
    {
        var pair = Assert.Single(Extractor.Pairs("Mary Collins met Tom Baker on Monday. She later followed him on Instagram.", "en"),
            p => p is { Sentence: 1, Source: "mary-collins", Target: "tom-baker" });

        Assert.Contains("A:pronoun-subject", pair.Features);
        Assert.Contains("A:from-before", pair.Features);
        Assert.Contains("B:mark:object", pair.Features);
        Assert.Contains("cue:FOLLOWS:between:AB", pair.Features);
        Assert.Equal("She", pair.Evidence.Substring(pair.SourceMention.Start, pair.SourceMention.Length));
    }

    [Fact]
    public void A_handle_inside_quotation_marks_is_a_target_but_never_a_source()
    {
        var pairs = Extractor.Pairs("Markus Hahn schrieb auf X: „Danke, @annaberger!“", "de");

        var pair = Assert.Single(pairs);
        Assert.Equal(("markus-hahn", "anna-berger"), (pair.Source, pair.Target));
        Assert.Contains("B:quoted", pair.Features);
        Assert.Contains("B:handle", pair.Features);
    }

    [Fact]
    public void Negation_modals_and_what_the_rules_proposed_are_features()
    {
        var negated = Pair("Mary Collins did not reply to Tom Baker on Twitter.", "en", "mary-collins", "tom-baker");
        var stated = Pair("Mary Collins replied to Tom Baker on Twitter.", "en", "mary-collins", "tom-baker");

        Assert.Contains("negation", negated.Features);
        Assert.Contains("cue:REPLIED_TO:negated", negated.Features);
        Assert.Empty(negated.RuleTypes);
        Assert.DoesNotContain("negation", stated.Features);
        Assert.Contains("rule:REPLIED_TO", stated.Features);
        Assert.Equal([Model.RelationType.RepliedTo], stated.RuleTypes);
    }

    [Fact]
    public void Documents_are_no_end_of_a_pair_and_each_pair_is_listed_once_per_sentence()
    {
        var pairs = Extractor.Pairs("Mary Collins and Tom Baker signed the letter; Collins thanked Baker.", "en");

        Assert.DoesNotContain(pairs, p => p.Source == "letter" || p.Target == "letter");
        Assert.Equal(2, pairs.Count);
    }

    [Fact]
    public void Word_buckets_are_stable_and_shared_by_forms_of_one_stem()
    {
        Assert.Equal(RuleExtractor.Bucket("antwortete"), RuleExtractor.Bucket("antwortet"));
        Assert.InRange(RuleExtractor.Bucket("replied"), 0, RuleExtractor.WordBuckets - 1);
        Assert.NotEqual(RuleExtractor.Bucket("replied"), RuleExtractor.Bucket("liked"));
    }
}
