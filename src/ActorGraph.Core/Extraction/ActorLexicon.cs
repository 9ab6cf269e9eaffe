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
/// A person's last name is an alias by itself, with its particles too (<c>von Storch</c>, <c>Van der Bellen</c>); a last
/// name two persons share goes to the text around it (<see cref="MatchShared"/>). Matching ignores case and accepts German
/// and English case endings on the last word (<c>Kutchers</c>, <c>Kutcher's</c>, <c>des Hollywood-Stars</c>), German case
/// endings inside an organisation's name (<c>der Europäischen Kommission</c>, <c>des Bundesministeriums des Innern</c>),
/// middle initials (<c>Donald J. Trump</c>), handles with or without <c>@</c> and glued to a compound
/// (<c>@BBCBreaking-Tweet</c>), and hashtags (<c>#AfD</c>); a genitive ending marks the mention as an owner
/// (<c>Kutchers Tweet</c>), never a subject. A one-word form written capitalised is not matched in lower case
/// (<c>klein</c>, <c>link</c>, <c>bush</c>), unless it is an acronym without a vowel (<c>spd</c>, <c>svp</c>).
/// </remarks>
public sealed class ActorLexicon
{
    private static readonly string[] Endings = ["'s", "’s", "s", "es", "n", "en", "'", "’"];
    private readonly Dictionary<string, List<(string[] Words, int Actor)>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Aliases that several documents or several persons share ("a letter" for two letters, "Trump" for two Trumps): the text around them decides.</summary>
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
            // "Robert F. Kennedy Jr.": a generational suffix follows the last name, it is none.
            if (words.Length > 2 && Suffixes.Contains(words[^1].TrimEnd('.').TrimEnd(','))) words = words[..^1];
            if (actors[i].Kind == ActorKinds.Person && words.Length > 1)
            {
                (lastNames.TryGetValue(words[^1], out var list) ? list : lastNames[words[^1]] = []).Add(i);
                // "Beatrix von Storch" is "von Storch": the particle belongs to the last name, it is no preposition.
                var particle = Array.FindIndex(words, 1, words.Length - 2, w => Particles.Contains(w));
                if (particle > 0) (lastNames.TryGetValue(string.Join(' ', words[particle..]), out var full) ? full : lastNames[string.Join(' ', words[particle..])] = []).Add(i);
            }
            // "Mr President", "Frau Bundeskanzlerin": a role the actors file gives, addressed with an honorific of the person's gender.
            if (actors[i].Kind == ActorKinds.Person)
                foreach (var role in actors[i].Aliases.Select(a => AliasRole(actors[i], a)).OfType<string[]>().Select(r => string.Join(' ', r)).Distinct())
                    foreach (var (honorific, gender) in CueLexicon.English.Honorifics.Concat(CueLexicon.German.Honorifics))
                        if (actors[i].Gender is null || actors[i].Gender![0] == gender)
                        {
                            AddForm($"{honorific} {role}", i);
                            if (CueLexicon.English.Honorifics.ContainsKey(honorific)) AddForm($"{honorific}. {role}", i);
                        }
            // "@SenCollinsFict" is also written without its "@" (a handle-like word: an inner capital, digit or underscore).
            foreach (var alias in actors[i].Aliases)
                if (alias.Length > 3 && alias[0] == '@' && alias[1..].Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c) || c == '_')) AddForm(alias[1..], i);
        }
        // A last name two persons share is decided by the text (Mr/Mrs, who was named before).
        foreach (var (name, owners) in lastNames)
            foreach (var owner in owners) AddForm(name, owner);
        var firstNames = actors.Select((a, i) => (Words: a.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries), Index: i))
            .Where(a => actors[a.Index].Kind == ActorKinds.Person && a.Words.Length > 1 && a.Words[0].Length > 2 && char.IsUpper(a.Words[0][0]))
            .GroupBy(a => a.Words[0], StringComparer.OrdinalIgnoreCase);
        foreach (var group in firstNames)
            if (group.Count() == 1) _byFirstName[group.Key] = group.Single().Index;
        foreach (var (form, owners) in forms)
        {
            var words = Sentences.Tokenize(form).Select(t => t.Text).ToArray();
            // An alias two actors share says nothing about which one is meant, unless all are documents or all persons and the context tells.
            if (owners.Count > 1)
            {
                if (owners.All(o => actors[o].IsDocument) || owners.All(o => actors[o].Kind == ActorKinds.Person))
                    (_sharedByFirstWord.TryGetValue(words[0], out var shared) ? shared : _sharedByFirstWord[words[0]] = []).Add((words, owners.Order().ToArray()));
                continue;
            }
            (_byFirstWord.TryGetValue(words[0], out var list) ? list : _byFirstWord[words[0]] = []).Add((words, owners.First()));
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        foreach (var list in _sharedByFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>
    /// The role an alias gives a person: the words it puts before the person's name ("President Donald Trump" → President,
    /// "SPD-Chefin Saskia Esken" → SPD-Chefin), or a one-word alias that is no name ("Bundeskanzlerin"); null for a handle or name.
    /// </summary>
    public static string[]? AliasRole(KnownActor person, string alias)
    {
        var names = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = Array.FindIndex(words, names.Contains);
        var role = name > 0 ? words[..name] : name < 0 && words.Length == 1 && char.IsUpper(words[0][0]) ? words : null;
        return role is null || role[^1].StartsWith('@') || role.Any(w => IsArticle(w)) ? null : role;
    }

    /// <summary>The documents (or persons) an alias at <paramref name="at"/> may mean when several share it, how many tokens it spans, and whether it carries a genitive ending.</summary>
    public (int[] Documents, int Length, bool Genitive)? MatchShared(IReadOnlyList<Token> tokens, int at)
    {
        var first = tokens[at].Text;
        var stems = Stems(first).Prepend(first);
        foreach (var stem in stems)
            if (_sharedByFirstWord.TryGetValue(stem, out var candidates))
                foreach (var (words, documents) in candidates)
                    if ((stem == first || words.Length == 1) && MatchWords(words, Actors[documents[0]].Kind, tokens, at) is var (length, genitive))
                        return (documents, length, genitive);
        return null;
    }

    /// <summary>A word without each case ending it may carry ("Obamas" → "Obama", "Trump's" → "Trump").</summary>
    public static IEnumerable<string> Stems(string word) =>
        Endings.Where(e => word.Length > e.Length + 1 && word.EndsWith(e, StringComparison.OrdinalIgnoreCase)).Select(e => word[..^e.Length]);

    public IReadOnlyList<KnownActor> Actors { get; }

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>Words that open a last name ("von", "van der", "de", "zu"): part of the name, no preposition.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "von", "van", "de", "der", "den", "del", "della", "di", "da", "du", "zu", "vom", "zum", "ten", "ter", "le", "la" };

    private readonly Dictionary<string, int> _byFirstName = new(StringComparer.Ordinal);

    /// <summary>The one person whose first name is <paramref name="word"/> (as written, capitalised), if only one has it.</summary>
    public int? ByFirstName(string word) => _byFirstName.TryGetValue(word, out var actor) ? actor : null;

    private static bool IsArticle(string word) =>
        CueLexicon.German.Determiners.Contains(word.ToLowerInvariant()) || CueLexicon.English.Determiners.Contains(word.ToLowerInvariant());

    /// <summary>The actor at <paramref name="at"/>: its index, how many tokens it spans and whether it carries a genitive ending.</summary>
    public (int Actor, int Length, bool Genitive)? Match(IReadOnlyList<Token> tokens, int at)
    {
        foreach (var candidate in Candidates(tokens[at].Text))
            if (MatchWords(candidate.Words, Actors[candidate.Actor].Kind, tokens, at) is var (length, genitive)) return (candidate.Actor, length, genitive);
        // "#AfD", "@BBCBreaking-Tweet" (a handle has no hyphen: the compound goes on after it), "@SPDde" for the alias "SPDde".
        var text = tokens[at].Text;
        if (text.Length > 2 && text[0] is '#' or '@')
        {
            var handle = text.Split('-')[0];
            string[] bare = text[0] == '#' ? [text[1..]] : [handle, handle[1..]];
            foreach (var form in bare.Where(b => b.Length > 1 && b != text))
                foreach (var candidate in Candidates(form))
                    if (candidate.Words.Length == 1 && (string.Equals(form, candidate.Words[0], StringComparison.OrdinalIgnoreCase) || (text[0] == '#' && Ending(form, candidate.Words[0]) is not null)))
                        return (candidate.Actor, 1, false);
        }
        // "F.D.P.", "N.D.P.": an acronym written with a period after each letter (the tokenizer keeps "F.D.P" together) is the acronym.
        if (text.Length >= 3 && text.Split('.') is { Length: >= 2 } letters && letters.All(l => l.Length == 1 && char.IsUpper(l[0])))
            foreach (var candidate in Candidates(string.Concat(letters)))
                if (candidate.Words.Length == 1 && candidate.Words[0] == string.Concat(letters)) return (candidate.Actor, 1, false);
        // "auf den Lindner-Tweet", "ein Kramp-Karrenbauer-Post": a name before a post noun in a compound owns the post (a genitive).
        var dash = text.LastIndexOf('-');
        if (dash > 1 && CueLexicon.German.IsPostNoun(text[(dash + 1)..].ToLowerInvariant()))
            foreach (var candidate in Candidates(text[..dash]))
                if (candidate.Words.Length == 1 && string.Equals(candidate.Words[0], text[..dash], StringComparison.OrdinalIgnoreCase) && char.IsUpper(text[0]))
                    return (candidate.Actor, 1, true);
        return null;
    }

    /// <summary>The tokens a name's words cover from <paramref name="at"/> (middle initials between them allowed for a person), and whether the last carries a genitive ending.</summary>
    private static (int Length, bool Genitive)? MatchWords(string[] words, string kind, IReadOnlyList<Token> tokens, int at)
    {
        var person = kind == ActorKinds.Person;
        // "klein", "link", "bush", "time": a one-word name written capitalised is no lower-case word; an acronym without a
        // vowel ("spd", "svp", "bjp") is no word either way.
        if (words.Length == 1 && char.IsUpper(words[0][0]) && char.IsLower(tokens[at].Text[0]) && !UnpronounceableAcronym(words[0])) return null;
        var j = at;
        var genitive = false;
        for (var k = 0; k < words.Length; k++, j++)
        {
            // "Donald J. Trump", "John F. Kennedy": initials between a person's first and last name.
            if (person && k > 0)
                for (var initials = 0; initials < 2 && j + 1 < tokens.Count && tokens[j].Text.Length == 1 && char.IsUpper(tokens[j].Text[0]) && !string.Equals(tokens[j].Text, words[k], StringComparison.OrdinalIgnoreCase); initials++)
                    j += tokens[j + 1].Text == "." ? 2 : 1;
            if (j >= tokens.Count) return null;
            var text = tokens[j].Text;
            if (string.Equals(text, words[k], StringComparison.OrdinalIgnoreCase)) continue;
            if (k < words.Length - 1)
            {
                // "offenem Brief" for "offenen Brief"; "der Europäischen Kommission", "des Bundesministeriums des Innern": case endings inside an organisation's name.
                if (SameAdjective(text, words[k], !person) || (!person && !words[k].StartsWith('@') && Ending(text, words[k]) is "s" or "es" or "n" or "en")) continue;
                return null;
            }
            if (Ending(text, words[k]) is not { } ending) return null;
            genitive = ending is "s" or "'s" or "’s" or "es" or "'" or "’";
        }
        return (j - at, genitive);
    }

    /// <summary>"SPD", "SVP", "BJP": an acronym with no vowel, which no word is; its lower-case form ("spd") still names it.</summary>
    public static bool UnpronounceableAcronym(string word) =>
        word.Length >= 3 && word.All(char.IsUpper) && !word.Any(c => "AEIOUYÄÖÜ".Contains(c));

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
                // "Kutchers"; "des Bundesministeriums des Innern" (an organisation's first word in the genitive).
                foreach (var c in stem) if (c.Words.Length == 1 || (Actors[c.Actor].Kind != ActorKinds.Person && !Actors[c.Actor].IsDocument)) yield return c;
        // An alias that opens with an adjective ("offenen Brief") in another case ("offenem Brief").
        if (Stem(first, capitalised: true) is { } adjective)
            foreach (var ending in AdjectiveEndings)
                if (adjective + ending != first && _byFirstWord.TryGetValue(adjective + ending, out var inflected))
                    foreach (var c in inflected) if (c.Words.Length > 1) yield return c;
    }

    private static readonly string[] AdjectiveEndings = ["en", "em", "er", "es", "e"];

    /// <summary>"offenem" and "offenen" in "per offenem Brief" / alias "offenen Brief": one adjective in two case endings
    /// (lower case, or with <paramref name="capitalised"/> also "Europäischen" for "Europäische" inside an organisation's name).</summary>
    private static bool SameAdjective(string text, string word, bool capitalised = false) =>
        Stem(word, capitalised) is { } stem && string.Equals(Stem(capitalised ? text : text.ToLowerInvariant(), capitalised)?.ToLowerInvariant(), stem.ToLowerInvariant(), StringComparison.Ordinal);

    private static string? Stem(string w, bool capitalised = false) =>
        (char.IsLower(w[0]) || capitalised) && AdjectiveEndings.FirstOrDefault(e => w.EndsWith(e, StringComparison.Ordinal)) is { } e && w.Length - e.Length >= 4 ? w[..^e.Length] : null;

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
