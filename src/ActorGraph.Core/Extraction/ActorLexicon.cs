using System.Globalization;
using System.Text;
using ActorGraph.Ingest;
using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>A known actor (or a document such as a declaration) and the forms a text may call it by.</summary>
/// <param name="Gender"><c>f</c>, <c>m</c> or null; lets pronouns skip actors they cannot mean.</param>
public sealed record KnownActor(string Id, string Name, string Kind, string? Gender, IReadOnlyList<string> Aliases)
{
    /// <summary>Declarations, letters, treaties: what SIGNED points to.</summary>
    public bool IsDocument => Kind is "declaration" or "document" or "treaty" or "letter";
}

/// <summary>
/// The actors a text is searched for, read from a TSV (or CSV) file with the header <c>canonical_name, kind, aliases</c>
/// and optional <c>id</c> and <c>gender</c> (f/m). Aliases are <c>|</c>-separated: other spellings, handles (<c>@aplusk</c>),
/// roles that single one person out. The id defaults to the name as a slug (<c>Saskia Esken</c> → <c>saskia-esken</c>).
/// </summary>
/// <remarks>
/// A person's last name is an alias by itself unless two persons share it. Matching ignores case and accepts German
/// and English case endings on the last word (<c>Kutchers</c>, <c>Kutcher's</c>, <c>des Hollywood-Stars</c>); a genitive
/// ending marks the mention as an owner (<c>Kutchers Tweet</c>), never a subject.
/// </remarks>
public sealed class ActorLexicon
{
    private static readonly string[] Endings = ["'s", "’s", "s", "es", "n", "en", "'", "’"];
    private readonly Dictionary<string, List<(string[] Words, int Actor)>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Aliases that several documents share ("a letter" for two letters): the text around them decides.</summary>
    private readonly Dictionary<string, List<(string[] Words, int[] Documents)>> _sharedByFirstWord = new(StringComparer.OrdinalIgnoreCase);

    public ActorLexicon(IReadOnlyList<KnownActor> actors)
    {
        Actors = actors;
        var forms = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
        void AddForm(string form, int actor) { if (form.Length > 0) (forms.TryGetValue(form, out var set) ? set : forms[form] = []).Add(actor); }
        var lastNames = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < actors.Count; i++)
        {
            AddForm(actors[i].Name, i);
            foreach (var alias in actors[i].Aliases)
            {
                AddForm(alias.Trim(), i);
                // "der Grünen-Chef" is also "den Grünen-Chef": the role without its article.
                if (alias.Trim().Split(' ', 2) is [var article, var rest] && IsArticle(article)) AddForm(rest, i);
            }
            var words = actors[i].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (actors[i].Kind == ActorKinds.Person && words.Length > 1)
                (lastNames.TryGetValue(words[^1], out var list) ? list : lastNames[words[^1]] = []).Add(i);
        }
        foreach (var (name, owners) in lastNames)
            if (owners.Count == 1) AddForm(name, owners[0]);
        var firstNames = actors.Select((a, i) => (Words: a.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries), Index: i))
            .Where(a => actors[a.Index].Kind == ActorKinds.Person && a.Words.Length > 1 && a.Words[0].Length > 2 && char.IsUpper(a.Words[0][0]))
            .GroupBy(a => a.Words[0], StringComparer.OrdinalIgnoreCase);
        foreach (var group in firstNames)
            if (group.Count() == 1) _byFirstName[group.Key] = group.Single().Index;
        foreach (var (form, owners) in forms)
        {
            var words = Sentences.Tokenize(form).Select(t => t.Text).ToArray();
            // An alias two actors share says nothing about which one is meant, unless both are documents and the context tells.
            if (owners.Count > 1)
            {
                if (owners.All(o => actors[o].IsDocument))
                    (_sharedByFirstWord.TryGetValue(words[0], out var shared) ? shared : _sharedByFirstWord[words[0]] = []).Add((words, owners.Order().ToArray()));
                continue;
            }
            (_byFirstWord.TryGetValue(words[0], out var list) ? list : _byFirstWord[words[0]] = []).Add((words, owners.First()));
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        foreach (var list in _sharedByFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The documents an alias at <paramref name="at"/> may mean when several share it, and how many tokens it spans.</summary>
    public (int[] Documents, int Length)? MatchShared(IReadOnlyList<Token> tokens, int at)
    {
        if (!_sharedByFirstWord.TryGetValue(tokens[at].Text, out var candidates)) return null;
        foreach (var (words, documents) in candidates)
            if (at + words.Length <= tokens.Count && words.Select((w, k) => string.Equals(w, tokens[at + k].Text, StringComparison.OrdinalIgnoreCase)).All(x => x))
                return (documents, words.Length);
        return null;
    }

    public IReadOnlyList<KnownActor> Actors { get; }

    private readonly Dictionary<string, int> _byFirstName = new(StringComparer.Ordinal);

    /// <summary>The one person whose first name is <paramref name="word"/> (as written, capitalised), if only one has it.</summary>
    public int? ByFirstName(string word) => _byFirstName.TryGetValue(word, out var actor) ? actor : null;

    private static bool IsArticle(string word) =>
        CueLexicon.German.Determiners.Contains(word.ToLowerInvariant()) || CueLexicon.English.Determiners.Contains(word.ToLowerInvariant());

    /// <summary>The actor at <paramref name="at"/>: its index, how many tokens it spans and whether it carries a genitive ending.</summary>
    public (int Actor, int Length, bool Genitive)? Match(IReadOnlyList<Token> tokens, int at)
    {
        var first = tokens[at].Text;
        foreach (var candidate in Candidates(first))
        {
            var words = candidate.Words;
            if (at + words.Length > tokens.Count) continue;
            var genitive = false;
            var ok = true;
            for (var k = 0; k < words.Length && ok; k++)
            {
                var text = tokens[at + k].Text;
                if (string.Equals(text, words[k], StringComparison.OrdinalIgnoreCase) || (k < words.Length - 1 && SameAdjective(text, words[k]))) continue;
                ok = k == words.Length - 1 && Ending(text, words[k]) is { } ending;
                genitive = ok && Ending(text, words[k]) is "s" or "'s" or "’s" or "es" or "'" or "’";
            }
            if (ok) return (candidate.Actor, words.Length, genitive);
        }
        return null;
    }

    /// <summary>The line breaks inside a known name ("Mary\nCollins" in a narrow column): they end no sentence.</summary>
    public HashSet<int> LineBreaksInNames(string text)
    {
        var breaks = new HashSet<int>();
        var tokens = Sentences.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || Match(tokens, i) is not { Length: > 1 } match) continue;
            var last = tokens[i + match.Length - 1];
            var inside = text[tokens[i].Start..(last.Start + last.Text.Length)];
            var newline = inside.IndexOf('\n');
            if (newline >= 0 && inside.IndexOf('\n', newline + 1) < 0) breaks.Add(tokens[i].Start + newline);
            i += match.Length - 1;
        }
        return breaks;
    }

    private IEnumerable<(string[] Words, int Actor)> Candidates(string first)
    {
        if (_byFirstWord.TryGetValue(first, out var exact)) foreach (var c in exact) yield return c;
        foreach (var ending in Endings)
            if (first.Length > ending.Length + 1 && first.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                && _byFirstWord.TryGetValue(first[..^ending.Length], out var stem))
                foreach (var c in stem) if (c.Words.Length == 1) yield return c;
        // An alias that opens with an adjective ("offenen Brief") in another case ("offenem Brief").
        if (Stem(first) is { } adjective)
            foreach (var ending in AdjectiveEndings)
                if (adjective + ending != first && _byFirstWord.TryGetValue(adjective + ending, out var inflected))
                    foreach (var c in inflected) if (c.Words.Length > 1) yield return c;
    }

    private static readonly string[] AdjectiveEndings = ["en", "em", "er", "es", "e"];

    /// <summary>"offenem" and "offenen" in "per offenem Brief" / alias "offenen Brief": one lower-case adjective in two case endings.</summary>
    private static bool SameAdjective(string text, string word) => Stem(word) is { } stem && string.Equals(Stem(text.ToLowerInvariant()), stem, StringComparison.Ordinal);

    private static string? Stem(string w) =>
        char.IsLower(w[0]) && AdjectiveEndings.FirstOrDefault(e => w.EndsWith(e, StringComparison.Ordinal)) is { } e && w.Length - e.Length >= 4 ? w[..^e.Length] : null;

    private static string? Ending(string text, string word) =>
        text.Length > word.Length && text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
            ? Endings.FirstOrDefault(e => text.Length == word.Length + e.Length && text.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            : null;

    public static ActorLexicon Load(Stream stream, string file)
    {
        using var table = CsvTable.Open(stream, file);
        var name = table.RequiredColumn("canonical_name", "name");
        var kind = table.RequiredColumn("kind");
        var aliases = table.Column("aliases");
        var id = table.Column("id");
        var gender = table.Column("gender");
        var actors = new List<KnownActor>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (table.MoveNext())
        {
            var canonical = table.Required(name, "canonical_name");
            var actorId = table.Text(id) ?? Slug(canonical);
            if (!ids.Add(actorId)) throw table.Error("canonical_name", $"each actor once, '{actorId}' is listed twice");
            var g = table.Text(gender)?.ToLowerInvariant();
            if (g is not (null or "f" or "m")) throw table.Error("gender", $"f, m or empty, got '{g}'");
            var aliasList = (table.Text(aliases) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            actors.Add(new KnownActor(actorId, canonical, table.Required(kind, "kind").ToLowerInvariant(), g, aliasList));
        }
        if (actors.Count == 0) throw new IngestException(file, 1, null, "at least one actor row below the header");
        return new ActorLexicon(actors);
    }

    /// <summary><c>Norbert Walter-Borjans</c> → <c>norbert-walter-borjans</c>; umlauts spelled out (<c>Kühnert</c> → <c>kuehnert</c>).</summary>
    public static string Slug(string name)
    {
        var spelled = name.ToLowerInvariant().Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss").Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var c in spelled)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
