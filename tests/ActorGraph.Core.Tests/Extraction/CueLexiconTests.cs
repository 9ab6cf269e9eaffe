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

    private const string Header = "relation\tpattern\tconfidence\tflags\n";

    /// <summary>The words of <paramref name="text"/> a one-line cue file's cues match, joined with " … " per hit.</summary>
    private static List<string> Hits(string language, string line, string text)
    {
        var lexicon = CueLexicon.Load(language, new StringReader(Embedded($"{language}.words.tsv")), new StringReader(Header + line + "\n"));
        var tokens = Sentences.Tokenize(text);
        return lexicon.Cues.SelectMany(c => Enumerable.Range(0, tokens.Count).Select(i => c.MatchAt(tokens, i)).OfType<int[]>()
            .Select(m => string.Join(" … ", m.Select(j => tokens[j].Text)))).ToList();
    }

    [Theory]
    [InlineData("en", "REPLIED_TO\treply~\t0.9\t", "She replies. He replied. They are replying. Reply now.", "replies|replied|replying|Reply")]
    [InlineData("en", "REPLIED_TO\tretort~|!retort\t0.9\t", "A retort: she retorts, he retorted, retorting.", "retorts|retorted|retorting")]
    [InlineData("en", "TAGGED\ttag~\t0.9\t", "He tagged her; she tags him while tagging them.", "tagged|tags|tagging")]
    [InlineData("en", "REPLIED_TO\tshoot~(shot)|strike~(struck) back\t0.9\t", "He shot back, she shoots back, they struck back, striking back.", "shot … back|shoots … back|struck … back|striking … back")]
    [InlineData("en", "LIKED\tlike~|!like|!liking\t0.9\t", "Like Baker, she liked it and likes it, liking it.", "liked|likes")]
    [InlineData("en", "FOLLOWS\tfollower+\t0.8\tnoun,owner", "one follower, two followers", "follower|followers")]
    [InlineData("de", "REPLIED_TO\tantworten~\t0.9\t", "Sie antwortete, er antwortet, sie antworten, er habe geantwortet, sie antworte.", "antwortete|antwortet|antworten|geantwortet|antworte")]
    [InlineData("de", "REPLIED_TO\tkontern~|erwidern~|beantworten~\t0.9\t", "Sie konterte, er erwiderte, sie hat erwidert und beantwortet.", "konterte|erwiderte|erwidert|beantwortet")]
    [InlineData("de", "REPLIED_TO\tkommentieren~\t0.9\t", "Sie kommentierte, er hat kommentiert.", "kommentierte|kommentiert")]
    [InlineData("de", "REPLIED_TO\tzurück+schlagen~(schlug,geschlagen,schlägt)\t0.9\t", "Sie schlug sofort zurück, er schlägt zurück, sie hat zurückgeschlagen.", "zurückgeschlagen|schlug … zurück|schlägt … zurück")]
    [InlineData("de", "FOLLOWS\tzurück+folgen~\t0.9\tback", "Er folgte ihr zurück, weil sie ihm zurückfolgte; sie ist ihm zurückgefolgt.", "zurückfolgte|zurückgefolgt|folgte … zurück")]
    [InlineData("de", "TAGGED\tan+sprechen~(sprach,gesprochen,spricht)\t0.75\tplatform", "Sie sprach an der Uni, dann sprach sie ihn an und ging.", "sprach … an")]
    [InlineData("de", "LIKED\tliken~|!like\t0.9\t", "Sie likte, er likt, sie hat gelikt, ein Like.", "likte|likt|gelikt")]
    [InlineData("de", "TAGGED\tzeichnen~\t0.9\t", "Er zeichnet, sie zeichnete, gezeichnet.", "zeichnet|zeichnete|gezeichnet")]
    [InlineData("de", "REPLIED_TO\t*-antwort\t0.75\tnoun", "Die Twitter-Antwort kam, eine Antwort nicht.", "Twitter-Antwort")]
    public void A_lemma_in_a_cue_stands_for_its_forms(string language, string line, string text, string expected) =>
        Assert.Equal(expected.Split('|').Order(), Hits(language, line, text).Order());

    [Theory]
    [InlineData("Die Folgen sind klar, folgen wird ihr keiner.", "folgen")]
    [InlineData("Folgen wird ihr keiner, sagt er.", "Folgen")]
    [InlineData("Er sagte: „Folgen Sie mir!“", "Folgen")]
    public void A_German_verb_form_written_capitalised_inside_a_sentence_is_a_noun(string text, string expected) =>
        Assert.Equal([expected], Hits("de", "FOLLOWS\tfolgen~\t0.85\t", text));

    [Theory]
    [InlineData("FOLLOWS\tzurück+folgen~ auf\t0.9\tback", "line 2: a separable verb (zurück+folgen~) must stand alone")]
    [InlineData("FOLLOWS\tfolgen~\tsehr\t", "line 2: expected relation, pattern, confidence")]
    [InlineData("FOLGT\tfolgen~\t0.9\t", "line 2: bad relation 'FOLGT'")]
    public void A_bad_cue_line_is_refused_naming_file_and_line(string line, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Hits("de", line, "x"));
        Assert.Contains("lexicon/de.cues.tsv", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
