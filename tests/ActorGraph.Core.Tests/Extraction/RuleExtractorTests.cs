using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>Inputs from real reporting that once made the extractor throw instead of reading on.</summary>
public sealed class RuleExtractorTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
        new KnownActor("quinns", "The Quinns", "organisation", null, ["the band The Quinns"]),
    ]));

    [Fact]
    public void Extract_reads_on_when_a_name_glued_to_a_prefix_sits_inside_the_cue()
    {
        // "an anti-Tracy Morgan comment" (Newser, 2011): the name starts inside the retweet cue's span.
        var error = Record.Exception(() => Extractor.Extract("An aide retweeted an anti-Tom Baker comment from the band The Quinns.", "en"));

        Assert.Null(error);
    }

    [Fact]
    public void Extract_stops_when_its_token_is_cancelled()
    {
        // A service runs an article under a time limit; the extractor must give the thread back when it expires.
        using var expired = new CancellationTokenSource();
        expired.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Extractor.Extract("Tom Baker retweeted a post by the band The Quinns.", "en", expired.Token));
    }
}
