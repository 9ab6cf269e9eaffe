namespace ActorGraph.Extraction;

/// <summary>Tells German from English by counting frequent function words; enough for whole news articles.</summary>
public static class Languages
{
    private static readonly HashSet<string> German = new(["der", "die", "das", "und", "nicht", "ist", "mit", "den", "auf", "sich", "ein", "eine", "zu", "von", "dem", "des", "hat", "er", "sie", "auch", "für", "wurde"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> English = new(["the", "and", "of", "to", "is", "that", "with", "on", "not", "he", "she", "was", "his", "her", "by", "for", "has", "had", "it", "a"], StringComparer.OrdinalIgnoreCase);

    /// <summary><c>de</c> or <c>en</c>; German on a tie, the seed story's language.</summary>
    public static string Detect(string text)
    {
        int de = 0, en = 0;
        foreach (var token in Sentences.Tokenize(text))
        {
            if (German.Contains(token.Text)) de++;
            if (English.Contains(token.Text)) en++;
        }
        return en > de ? "en" : "de";
    }
}
