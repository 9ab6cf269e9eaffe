using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Where a proposal's words stand (issue 13.5): the source mention, the target mention and the cue as spans of the
/// evidence sentence, which is itself a span of the text that was read. Texts written for these tests, invented people.
/// </summary>
public sealed class EvidenceSpansTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger", "die Ministerin"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", ["@mhahn"]),
        new KnownActor("jonas-vogt", "Jonas Vogt", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@SenCollinsFict", "the senator"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("letter", "Open letter on rail funding", "document", null, ["Brief", "offenen Brief", "the letter"]),
    ]));

    /// <summary>The one proposal for <paramref name="relation"/>, after checking that the evidence is the text's substring where it says.</summary>
    private static ExtractedRelation Only(string text, string language, string relation)
    {
        var found = Extractor.Extract(text, language);
        foreach (var r in found) Assert.Equal(r.Evidence, text.Substring(r.EvidenceStart, r.Evidence.Length));
        return Assert.Single(found, r => $"{r.Source} {r.Relation.ToName()} {r.Target}" == relation);
    }

    /// <summary>The words at <paramref name="span"/>, read from the evidence and, independently, from the text at the evidence's offset.</summary>
    private static string At(string text, ExtractedRelation r, TextSpan? span)
    {
        Assert.NotNull(span);
        var inEvidence = r.Evidence.Substring(span.Value.Start, span.Value.Length);
        Assert.Equal(inEvidence, text.Substring(r.EvidenceStart + span.Value.Start, span.Value.Length));
        return inEvidence;
    }

    private static string Cue(string text, ExtractedRelation r) => string.Join(" ", r.CueWords.Select(c => At(text, r, c)));

    [Fact]
    public void German_reply_marks_both_names_with_umlaut_and_the_verb()
    {
        const string text = "Der Streit um Radwege geht weiter. Am Montag antwortete Lea Krüger dem Abgeordneten Jonas Vogt auf Twitter.";
        var r = Only(text, "de", "lea-krueger REPLIED_TO jonas-vogt");

        Assert.Equal("Lea Krüger", At(text, r, r.SourceMention));
        Assert.Equal("Jonas Vogt", At(text, r, r.TargetMention));
        Assert.Equal("antwortete", Cue(text, r));
        Assert.Equal(text.IndexOf("Am Montag", StringComparison.Ordinal), r.EvidenceStart);
    }

    [Fact]
    public void English_cue_of_several_words_gives_a_span_per_word()
    {
        const string text = "Trains were late again on Monday.\nMary Collins fired back at Tom Baker on Twitter after the vote.";
        var r = Only(text, "en", "mary-collins REPLIED_TO tom-baker");

        Assert.Equal("Mary Collins", At(text, r, r.SourceMention));
        Assert.Equal("Tom Baker", At(text, r, r.TargetMention));
        Assert.StartsWith("fired back", Cue(text, r));
    }

    [Fact]
    public void Spans_after_a_word_hyphenated_at_a_line_break_point_at_the_right_words()
    {
        // The text is hard-wrapped: "Radwe-\nge" reads as one word, and every offset after it must still fit the text.
        const string text = "Nach dem langen Streit über die geplanten neuen Radwe-\nge in der Innenstadt antwortete Lea Krüger am Abend Jonas Vogt auf Twitter.";
        var r = Only(text, "de", "lea-krueger REPLIED_TO jonas-vogt");

        Assert.Equal("Lea Krüger", At(text, r, r.SourceMention));
        Assert.Equal("Jonas Vogt", At(text, r, r.TargetMention));
        Assert.Equal("antwortete", Cue(text, r));
    }

    [Fact]
    public void A_name_hyphenated_at_a_line_break_is_marked_as_it_stands_in_the_text()
    {
        const string text = "Im Streit über die geplanten neuen Radwege in der Stadt antwortete Jonas Vogt\nder Abgeordneten Lea Krü-\nger am Montag auf Twitter.";
        var r = Only(text, "de", "jonas-vogt REPLIED_TO lea-krueger");

        Assert.Equal("Lea Krü-\nger", At(text, r, r.TargetMention));
        Assert.Equal("Jonas Vogt", At(text, r, r.SourceMention));
    }

    [Fact]
    public void A_pronoun_that_stands_for_the_source_is_its_mention()
    {
        const string text = "Markus Hahn kritisierte den Plan. Er antwortete Anna Berger noch am Abend auf Twitter.";
        var r = Only(text, "de", "markus-hahn REPLIED_TO anna-berger");

        Assert.Equal("Er", At(text, r, r.SourceMention));
        Assert.Equal("Anna Berger", At(text, r, r.TargetMention));
    }

    [Fact]
    public void Signers_and_the_declaration_are_marked()
    {
        const string text = "Den offenen Brief unterzeichneten die Abgeordneten Anna Berger, Markus Hahn und Jonas Vogt.";
        var found = Extractor.Extract(text, "de");

        Assert.Equal(["Anna Berger", "Markus Hahn", "Jonas Vogt"], found.Select(r => At(text, r, r.SourceMention)));
        Assert.All(found, r => Assert.Equal("offenen Brief", At(text, r, r.TargetMention)));
        Assert.All(found, r => Assert.Equal("unterzeichneten", Cue(text, r)));
    }

    [Fact]
    public void A_target_inferred_from_earlier_text_has_no_mention()
    {
        const string text = "Jonas Vogt markierte Lea Krüger in einem Post über Radwege. Lea Krüger antwortete prompt.";
        var r = Only(text, "de", "lea-krueger REPLIED_TO jonas-vogt");

        Assert.Equal("Lea Krüger", At(text, r, r.SourceMention));
        Assert.Null(r.TargetMention);
        Assert.Equal("antwortete", Cue(text, r));
    }

    [Fact]
    public void A_quoted_post_marks_its_author_the_tagged_handle_and_what_makes_it_a_post()
    {
        const string text = "The row went on.\nTrains are late again, @tombaker. — Mary Collins (@SenCollinsFict) May 9, 2019";
        var r = Only(text, "en", "mary-collins TAGGED tom-baker");

        Assert.Equal("Mary Collins", At(text, r, r.SourceMention));
        Assert.Equal("@tombaker", At(text, r, r.TargetMention));
        Assert.Equal("(@SenCollinsFict)", Cue(text, r));
    }

    [Fact]
    public void A_quotation_attributed_by_a_posting_verb_marks_the_verb()
    {
        const string text = "„Danke für die Unterstützung, @mhahn!“, twitterte Anna Berger am Abend.";
        var r = Only(text, "de", "anna-berger TAGGED markus-hahn");

        Assert.Equal("Anna Berger", At(text, r, r.SourceMention));
        Assert.Equal("@mhahn", At(text, r, r.TargetMention));
        Assert.Equal("twitterte", Cue(text, r));
    }
}
