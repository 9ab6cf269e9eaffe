using ActorGraph.Extraction;

namespace ActorGraph.Core.Tests.Extraction;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("Das Bild verbreitete sich später auch auf X. Dort teilte es ein großer Account.", 2)]
    [InlineData("She posted it on X. Then she deleted it.", 2)]
    [InlineData("Der Brief ging an John F. Kennedy in Washington.", 1)]
    [InlineData("Malcolm X. Little was born in Omaha.", 1)]
    public void The_platform_X_ends_a_sentence_an_initial_does_not(string text, int count) => Assert.Equal(count, Sentences.Split(text).Count);

    [Theory]
    // Abbreviations, initials and dates end no sentence.
    [InlineData("Sen. Mary Collins and Rep. Tom Baker wrote to Dr. Ruth Ellis.", 1)]
    [InlineData("Der Brief ging an Anna Berger bzw. Markus Hahn und u.a. an die Stadt St. Gallen.", 1)]
    [InlineData("Am 3. März schrieb Anna Berger an die Ministerin.", 1)]
    [InlineData("The letter from Mary R. Collins arrived on Monday.", 1)]
    // A quotation closing after the period ends the sentence; a lower-case word after it goes on.
    [InlineData("„Das ist falsch.“ Anna Berger antwortete auf X.", 2)]
    [InlineData("“This is wrong!” she wrote on Twitter.", 1)]
    // A narrow column: a short line that goes on in lower case continues the sentence; a headline does not.
    [InlineData("Die Abgeordnete Anna Berger hatte\nden Brief am Montag\nunterschrieben.", 1)]
    [InlineData("Berger unterschreibt\nDie Abgeordnete hat den Brief am Montag unterschrieben.", 2)]
    [InlineData("Sehr geehrter Herr Meier,\nwir fordern mehr Geld.", 2)]
    [InlineData("Berger unterschreibt\n\nauch Hahn hat den Brief am Montag unterschrieben.", 2)]
    [InlineData("Den Brief unterschrieben Prof. Dr. h. c. mult. Anna Berger und Dr. rer. nat. Markus Hahn.", 1)]
    [InlineData("Unterzeichnet hat auch Dr. med. Lea Krüger, LL.M. Der Brief ging an Klaus Meier.", 2)]
    public void Sentences_end_where_the_text_ends_one(string text, int count) =>
        Assert.Equal(count, Sentences.Split(text).Count);

    [Theory]
    [InlineData("Mary Collins¹, Tom Baker² and Ruth Ellis³", "Mary Collins , Tom Baker and Ruth Ellis")]
    [InlineData("Anna Berger [1], Markus Hahn [12] und Lea Krüger", "Anna Berger , Markus Hahn und Lea Krüger")]
    [InlineData("CO2-Preis, H2O und 3. Lesung", "CO2-Preis , H2O und 3 . Lesung")]
    public void Footnote_marks_are_no_tokens_and_no_part_of_a_word(string text, string tokens) =>
        Assert.Equal(tokens, string.Join(' ', Sentences.Tokenize(text).Select(t => t.Text)));
}
