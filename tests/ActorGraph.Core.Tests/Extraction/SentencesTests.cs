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
}
