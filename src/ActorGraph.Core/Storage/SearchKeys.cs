namespace ActorGraph.Storage;

/// <summary>The text both stores keep per actor and match a search against, so a search finds the same actors in each.</summary>
internal static class SearchKeys
{
    public static string Of(string text) => text.Trim().ToLowerInvariant();
}
