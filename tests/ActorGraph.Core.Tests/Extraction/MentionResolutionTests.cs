using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Who is meant: the names, handles, roles and pronouns a text uses for known actors, and whom they resolve to
/// (invented German and English sentences, one class each).
/// </summary>
public sealed class MentionResolutionTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@SenCollinsFict"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
        new KnownActor("rail-council", "Rail Council", "organisation", null, []),
    ]));

    [Fact]
    public void Mentions_lists_each_sentence_with_its_names_resolved_pronouns_and_cues()
    {
        const string text = "Mary Collins met Tom Baker on Monday. She replied to him on Twitter. They did not say more.";

        var sentences = Extractor.Mentions(text, "en");

        Assert.Equal(3, sentences.Count);
        Assert.Equal(["Mary Collins=mary-collins", "Tom Baker=tom-baker"], sentences[0].Mentions.Select(m => $"{m.Text}={m.Actor}"));
        var reply = sentences[1];
        Assert.Equal(text.IndexOf("She", StringComparison.Ordinal), reply.Mentions[0].Start);
        Assert.Equal(["She=mary-collins", "him=tom-baker"], reply.Mentions.Select(m => $"{m.Text}={m.Actor}"));
        Assert.Contains("previous sentence", reply.Mentions[0].Via);
        Assert.Equal(["REPLIED_TO: replied"], reply.Cues);
        Assert.Equal("to", reply.Mentions[1].Mark);
    }

    [Fact]
    public void Mentions_shows_names_inside_a_quotation_apart_and_leaves_a_pronoun_without_antecedent_unresolved()
    {
        var sentences = Extractor.Mentions("Er schrieb auf X: „Danke, Anna Berger!“", "de");

        var mentions = sentences.Single().Mentions;
        Assert.Null(mentions[0].Actor);
        Assert.Equal("unresolved", mentions[0].Via);
        Assert.Equal(("Anna Berger", "anna-berger", "quoted"), (mentions[1].Text, mentions[1].Actor, mentions[1].Via));
    }
}
