namespace ActorGraph.Extraction;

/// <summary>Tells German from English by counting each lexicon's most frequent words; enough for whole news articles.</summary>
public static class Languages
{
    /// <summary><c>de</c> or <c>en</c>; German on a tie, the seed story's language.</summary>
    public static string Detect(string text)
    {
        int de = 0, en = 0;
        foreach (var token in Sentences.Tokenize(text))
        {
            if (CueLexicon.German.Frequent.Contains(token.Text)) de++;
            if (CueLexicon.English.Frequent.Contains(token.Text)) en++;
        }
        return en > de ? "en" : "de";
    }
}
