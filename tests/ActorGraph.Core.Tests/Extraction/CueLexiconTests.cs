using ActorGraph.Extraction;

namespace ActorGraph.Core.Tests.Extraction;

public sealed class CueLexiconTests
{
    private static string Embedded(string name)
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream($"lexicon/{name}")!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static CueLexicon Load(string language, string words) =>
        CueLexicon.Load(language, new StringReader(words), new StringReader(Embedded($"{language}.cues.tsv")));

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void The_shipped_word_classes_are_each_read_by_a_rule(string language) =>
        Assert.Equal(language, Load(language, Embedded($"{language}.words.tsv")).Language);

    [Theory]
    [InlineData("de", "<<<<<<< HEAD\n", "'<<<<<<< HEAD' is read by no rule")]
    [InlineData("en", "negation\tnot\n", "'negation' is read by no rule")]
    [InlineData("en", "negations\tnever\n", "'negations' twice")]
    public void A_word_class_no_rule_reads_or_a_class_given_twice_is_refused_with_the_file(string language, string line, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load(language, Embedded($"{language}.words.tsv") + line));
        Assert.Contains($"lexicon/{language}.words.tsv", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
