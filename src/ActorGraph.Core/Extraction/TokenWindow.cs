namespace ActorGraph.Extraction;

/// <summary>Index windows over a sentence's tokens that the rules scan.</summary>
internal static class TokenWindow
{
    /// <summary>The indices of the up to <paramref name="count"/> tokens right before <paramref name="at"/>, in text order.</summary>
    public static IEnumerable<int> Before(int at, int count) => Enumerable.Range(Math.Max(0, at - count), Math.Min(count, at));
}
