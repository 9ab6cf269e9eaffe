using ActorGraph.Extraction;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>Sentence ends in the lists that name signers: titles, US state abbreviations, numbered lines.</summary>
public sealed class SentencesTests
{
    [Theory]
    [InlineData("Sen. Mary Collins (D-Mich.) led the letter.")]
    [InlineData("Sens. Tom Baker and Ruth Ellis signed it.")]
    [InlineData("Rep. Ruth Ellis (R-N.Y.) and Calif. Gov. Tom Baker signed it.")]
    public void Titles_and_state_abbreviations_end_no_sentence(string text) => Assert.Single(Sentences.Split(text));

    [Fact]
    public void A_numbered_line_is_one_sentence_with_its_number()
    {
        var sentences = Sentences.Split("These members signed:\n1. Mary Collins\n2. Tom Baker\n");
        Assert.Equal(["These members signed:", "1. Mary Collins", "2. Tom Baker"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_sentence_still_ends_before_the_next_one() =>
        Assert.Equal(2, Sentences.Split("Collins signed the letter (in May). Baker did not.").Count);
}
