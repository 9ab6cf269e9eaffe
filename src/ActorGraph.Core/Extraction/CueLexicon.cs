using System.Globalization;
using System.Reflection;
using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// A cue: words that state a relation, e.g. <c>folgte … zurück</c> → FOLLOWS. A pattern is a list of steps, each a set of
/// words separated by <c>|</c> (a trailing <c>*</c> matches any ending); <c>…</c> lets up to 12 words stand between two
/// steps within one clause (separable German verbs: <c>schrieb Esken erneut an</c>). The first step is the anchor: the
/// verb whose subject is the relation's source.
/// </summary>
/// <param name="Noun">A noun cue (<c>Tweet an</c>, <c>Unterzeichner</c>): no infinitive check.</param>
/// <param name="NeedsDocument">SIGNED only when the sentence itself names a declaration (<c>joined</c> is vague).</param>
/// <param name="StatesOnly">Only states, organisations and parties as source (persons forge alliances, they do not join them).</param>
public sealed record Cue(RelationType Relation, string Pattern, IReadOnlyList<(HashSet<string> Words, string[] Prefixes, bool Gap)> Steps,
    double Confidence, bool Noun, bool NeedsDocument, bool StatesOnly)
{
    private const int MaxGap = 12;

    /// <summary>The token indices the cue covers when its anchor is at <paramref name="at"/>, or null.</summary>
    public int[]? MatchAt(IReadOnlyList<Token> tokens, int at)
    {
        if (!Matches(0, tokens[at])) return null;
        var matched = new int[Steps.Count];
        matched[0] = at;
        for (var s = 1; s < Steps.Count; s++)
        {
            var next = matched[s - 1] + 1;
            if (!Steps[s].Gap)
            {
                if (next >= tokens.Count || !Matches(s, tokens[next])) return null;
                matched[s] = next;
                continue;
            }
            var found = -1;
            for (var j = next; j < tokens.Count && j <= matched[s - 1] + MaxGap && found < 0; j++)
            {
                if (tokens[j].Text is "," or ";" or ":" or "." or "!" or "?") break;
                if (Matches(s, tokens[j])) found = j;
            }
            if (found < 0) return null;
            matched[s] = found;
        }
        return matched;
    }

    private bool Matches(int step, Token token)
    {
        var word = token.Lower;
        if (Steps[step].Words.Contains(word)) return true;
        foreach (var prefix in Steps[step].Prefixes) if (word.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }
}

/// <summary>
/// What the rules know about one language: the cues (embedded <c>Cues/de.tsv</c>, <c>Cues/en.tsv</c>: relation, pattern,
/// confidence, flags) and the closed word classes the rules need (negations, pronouns, prepositions…).
/// </summary>
public sealed class CueLexicon
{
    public required string Language { get; init; }
    public required IReadOnlyList<Cue> Cues { get; init; }
    public required HashSet<string> Negations { get; init; }
    /// <summary>Conditionals, modals and questions: a cue under them reports something that did not (yet) happen.</summary>
    public required HashSet<string> NonEvents { get; init; }
    /// <summary>Intentions (<c>wollen</c>): the event is announced; kept with lower confidence.</summary>
    public required HashSet<string> Intentions { get; init; }
    public required HashSet<string> Subordinators { get; init; }
    public required HashSet<string> Contrasts { get; init; }
    public required HashSet<string> Prepositions { get; init; }
    public required HashSet<string> GenitiveArticles { get; init; }
    public required HashSet<string> PassiveAuxiliaries { get; init; }
    public required string Agent { get; init; }
    public required HashSet<string> Infinitive { get; init; }
    public required HashSet<string> Exclusions { get; init; }
    /// <summary>Pronoun → gender (<c>m</c>, <c>f</c>, <c>p</c> plural or f, <c>*</c> any) and whether it can be a subject.</summary>
    public required Dictionary<string, (char Gender, bool Subject)> Pronouns { get; init; }

    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static CueLexicon German { get; } = new()
    {
        Language = "de",
        Cues = LoadCues("de"),
        Negations = Set("nicht nie niemals kein keine keinen keinem keiner weder nirgends"),
        NonEvents = Set("würde würden könnte könnten sollte sollten soll sollen möchte möchten dürfte ob falls"),
        Intentions = Set("will wollen wollte wollten"),
        Subordinators = Set("dass weil nachdem obwohl während wie indem sodass damit bevor woraufhin worauf wobei"),
        Contrasts = Set("aber doch jedoch hingegen während sondern"),
        Prepositions = Set("an auf zu zum zur mit von vom für gegen über bei beim nach aus um"),
        GenitiveArticles = Set("des eines"),
        PassiveAuxiliaries = Set("wurde wurden wird werden worden"),
        Agent = "von",
        Infinitive = Set("zu"),
        Exclusions = Set("außer ohne ausgenommen"),
        Pronouns = new()
        {
            ["er"] = ('m', true), ["ihm"] = ('m', false), ["ihn"] = ('m', false), ["sein"] = ('m', false), ["seine"] = ('m', false),
            ["seinen"] = ('m', false), ["seinem"] = ('m', false), ["seiner"] = ('m', false), ["seines"] = ('m', false),
            ["sie"] = ('p', true), ["ihr"] = ('p', false), ["ihre"] = ('p', false), ["ihren"] = ('p', false), ["ihrem"] = ('p', false),
            ["ihrer"] = ('p', false), ["ihres"] = ('p', false), ["ihnen"] = ('*', false),
        },
    };

    public static CueLexicon English { get; } = new()
    {
        Language = "en",
        Cues = LoadCues("en"),
        Negations = Set("not never no neither nor without cannot"),
        NonEvents = Set("would could should might may must whether if will shall"),
        Intentions = Set("wants intends plans"),
        Subordinators = Set("that because after although while whether when before since whereupon"),
        Contrasts = Set("but however whereas while although"),
        Prepositions = Set("to at on with from of for by about towards toward against"),
        GenitiveArticles = Set(""),
        PassiveAuxiliaries = Set("was were been is are be being got"),
        Agent = "by",
        Infinitive = Set("to"),
        Exclusions = Set("except excluding besides"),
        Pronouns = new()
        {
            ["he"] = ('m', true), ["him"] = ('m', false), ["his"] = ('m', false),
            ["she"] = ('f', true), ["her"] = ('f', false), ["hers"] = ('f', false),
            ["they"] = ('*', true), ["them"] = ('*', false), ["their"] = ('*', false),
        },
    };

    public static CueLexicon For(string language) => language switch
    {
        "de" => German,
        "en" => English,
        _ => throw new BadInputException($"Unknown language '{language}': expected de, en or auto."),
    };

    public bool IsNegation(string lower) => Negations.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal);

    private static List<Cue> LoadCues(string language)
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream($"cues/{language}.tsv")
            ?? throw new InvalidOperationException($"The cue lexicon cues/{language}.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var cues = new List<Cue>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (!RelationTypes.TryParse(cells[0], out var relation)) throw new InvalidOperationException($"cues/{language}.tsv: bad relation '{cells[0]}'");
            var steps = new List<(HashSet<string>, string[], bool)>();
            var gap = false;
            foreach (var part in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == "…") { gap = true; continue; }
                var words = part.Split('|');
                steps.Add((words.Where(w => !w.EndsWith('*')).ToHashSet(StringComparer.Ordinal), words.Where(w => w.EndsWith('*')).Select(w => w[..^1]).ToArray(), gap));
                gap = false;
            }
            var flags = cells.Length > 3 ? cells[3].Split(',', StringSplitOptions.TrimEntries) : [];
            cues.Add(new Cue(relation, cells[1], steps, double.Parse(cells[2], CultureInfo.InvariantCulture),
                flags.Contains("noun"), flags.Contains("doc"), flags.Contains("states")));
        }
        // Longer cues first: "markierte … Gefällt mir" is a like, not a tag.
        return cues.OrderByDescending(c => c.Steps.Count).ToList();
    }
}
