namespace ActorGraph.Extraction;

/// <summary>
/// The written forms of a verb or noun given once as its lemma in a cue file, so that the lexicon states the words of the
/// phenomenon and not the forms one corpus happened to use (<c>antworten~</c> → antwortete, geantwortet, antworte …).
/// Regular forms are generated; irregular ones are given in brackets after the lemma.
/// </summary>
/// <remarks>
/// German verbs: <c>antworten~</c> (weak), <c>schlagen~(schlug,geschlagen,schlägt)</c> (strong: past, participle, optionally
/// the present with its changed vowel), <c>zurück+folgen~</c> (separable particle). English verbs: <c>reply~</c>,
/// <c>shoot~(shot)</c>, <c>write~(wrote,written)</c>. Nouns end in <c>+</c>: <c>reply+</c>, <c>Antwort+(antworten)</c> (plural).
/// </remarks>
internal static class Inflections
{
    /// <summary>German prefixes that take no <c>ge-</c> in the participle (<c>erwidert</c>, <c>verlinkt</c>, <c>beantwortet</c>).</summary>
    private static readonly string[] Inseparable = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "unter", "über", "hinter", "wider"];

    /// <summary>A lemma as written in a cue file: the word, its separable particle and the irregular forms in brackets.</summary>
    public sealed record Lemma(string Word, string Particle, string[] Irregular, bool Verb);

    /// <summary>The lemma a pattern word writes (<c>zurück+folgen~</c>, <c>reply+</c>), or null for a plain word.</summary>
    public static Lemma? Parse(string word)
    {
        var bracket = word.IndexOf('(');
        var irregular = bracket > 0 && word.EndsWith(')') ? word[(bracket + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        var head = bracket > 0 ? word[..bracket] : word;
        if (head.Length < 2 || head[^1] is not ('~' or '+')) return null;
        var verb = head[^1] == '~';
        head = head[..^1];
        var plus = verb ? head.IndexOf('+') : -1;
        return new Lemma(plus > 0 ? head[(plus + 1)..] : head, plus > 0 ? head[..plus] : "", irregular, verb);
    }

    /// <summary>The finite forms that a separable particle follows at the clause end (<c>folgte … zurück</c>).</summary>
    public static IEnumerable<string> Finite(Lemma lemma, string language) => language == "de" ? GermanVerb(lemma with { Particle = "" }, finiteOnly: true) : [];

    /// <summary>Every form of the lemma; for a German separable verb, the forms with the particle joined to it (<c>zurückgefolgt</c>, <c>zurückzufolgen</c>).</summary>
    public static IEnumerable<string> Forms(Lemma lemma, string language) => (lemma.Verb, language) switch
    {
        (true, "de") => GermanVerb(lemma, finiteOnly: false),
        (true, _) => EnglishVerb(lemma),
        (false, "de") => [lemma.Word, .. lemma.Irregular.Length > 0 ? lemma.Irregular : [lemma.Word + (lemma.Word.EndsWith('e') ? "n" : "en")]],
        _ => [lemma.Word, .. lemma.Irregular.Length > 0 ? lemma.Irregular : [EnglishS(lemma.Word)]],
    };

    private static IEnumerable<string> GermanVerb(Lemma lemma, bool finiteOnly)
    {
        var word = lemma.Word;
        // "twittern", "ändern": the stem keeps its -er/-el; "antworten", "liken": -en goes.
        var stem = word.EndsWith("ern", StringComparison.Ordinal) || word.EndsWith("eln", StringComparison.Ordinal) ? word[..^1] : word[..^2];
        // "antwortet", "zeichnete": an e before -t after d/t or a consonant before m/n.
        // Not after l, r or a vowel's h ("lernt", "filmt", "wohnt"; but "rechnet").
        var e = stem.EndsWith('d') || stem.EndsWith('t') || (stem.Length > 2 && stem[^1] is 'm' or 'n' && !"aeiouäöülr".Contains(stem[^2]) && !(stem[^2] == 'h' && stem[^3] != 'c')) ? "e" : "";
        var forms = new List<string> { word, stem + "e", stem + e + "st", stem + e + "t", stem + "est", stem + "et" };
        if (stem.EndsWith("er", StringComparison.Ordinal) || stem.EndsWith("el", StringComparison.Ordinal)) forms.Add(stem[..^2] + stem[^1] + "e"); // "twittre"
        var past = lemma.Irregular.Length > 0 ? lemma.Irregular[0] : stem + e + "te";
        forms.AddRange(past.EndsWith('e') ? [past, past + "n", past + "st", past + "t"] : [past, past + "en", past + "st", past + "t", past + "et"]);
        if (lemma.Irregular.Length > 2) forms.AddRange([lemma.Irregular[2], lemma.Irregular[2][..^1] + "st"]);
        if (finiteOnly) return forms.Distinct();
        var noGe = word.EndsWith("ieren", StringComparison.Ordinal) || Inseparable.Any(p => word.StartsWith(p, StringComparison.Ordinal) && word.Length > p.Length + 3);
        var participle = lemma.Irregular.Length > 1 ? lemma.Irregular[1] : (noGe ? "" : "ge") + stem + e + "t";
        // Not the participle as an adjective ("der geteilten Artikel"): it describes a thing, its agent is seldom named; a line lists those it wants.
        forms.Add(participle);
        if (lemma.Particle.Length == 0) return forms.Distinct();
        var particle = lemma.Particle;
        return forms.Select(f => particle + f).Append(particle + "zu" + word).Distinct();
    }

    private static IEnumerable<string> EnglishVerb(Lemma lemma)
    {
        var word = lemma.Word;
        var doubled = Doubles(word) ? word + word[^1] : word;
        var past = lemma.Irregular.Length > 0 ? lemma.Irregular[0]
            : word.EndsWith('e') ? word + "d"
            : ConsonantY(word) ? word[..^1] + "ied"
            : doubled + "ed";
        var participle = lemma.Irregular.Length > 1 ? lemma.Irregular[1] : past;
        var ing = word.EndsWith("ie", StringComparison.Ordinal) ? word[..^2] + "ying"
            : word.EndsWith('e') && !word.EndsWith("ee", StringComparison.Ordinal) && word.Length > 2 ? word[..^1] + "ing"
            : doubled + "ing";
        return new[] { word, EnglishS(word), past, participle, ing }.Distinct();
    }

    private static string EnglishS(string word) =>
        ConsonantY(word) ? word[..^1] + "ies"
        : word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) ? word + "es"
        : word + "s";

    private static bool ConsonantY(string word) => word.Length > 1 && word[^1] == 'y' && !IsVowel(word[^2]);

    /// <summary>A one-syllable word ending in a single vowel and a consonant doubles it (<c>tag</c> → tagged, <c>hit</c> → hitting).</summary>
    private static bool Doubles(string word) =>
        word.Length >= 3 && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && !IsVowel(word[^3])
        && word[..^2].Count(IsVowel) == 0;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
