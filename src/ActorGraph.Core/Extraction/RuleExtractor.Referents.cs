using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Who is meant when a text does not repeat the name: a role noun for the person it was given to ("Historiker Peter
/// Brandt … Der Historiker", "Sen. Mary Collins … the senator", an alias "Bundeskanzlerin" … "die Kanzlerin"), a last
/// name two persons share ("Mrs Trump", or the only one of them named so far), and pronouns further back.
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>The antecedents a pronoun may take: the previous sentence's mentions, then those of up to three sentences before it (most recent first).</summary>
    private sealed class Antecedents(IReadOnlyList<Mention> last, IReadOnlyList<IReadOnlyList<Mention>> older) : IReadOnlyList<Mention>
    {
        public IReadOnlyList<IReadOnlyList<Mention>> Older => older;
        public Mention this[int index] => last[index];
        public int Count => last.Count;
        public IEnumerator<Mention> GetEnumerator() => last.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The roles a text (or the actors file) gave to persons, and who has been named so far, read sentence by sentence.</summary>
    private sealed class Referents(ActorLexicon actors, CueLexicon lexicon)
    {
        /// <summary>Role noun (lower case, as the text or an alias puts it before the name) → the persons it was given to.</summary>
        private readonly Dictionary<string, HashSet<int>> _roles = AliasRoles(actors);
        /// <summary>How often each actor was named so far (by a name, alias or handle only it has).</summary>
        private readonly Dictionary<int, int> _named = [];

        /// <summary>"Senator Gillibrand", "SPD-Chefin Saskia Esken", an alias "Bundeskanzlerin": the words an alias puts before the person's name, or a one-word alias that is no name.</summary>
        private static Dictionary<string, HashSet<int>> AliasRoles(ActorLexicon actors)
        {
            var roles = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            for (var i = 0; i < actors.Actors.Count; i++)
            {
                var actor = actors.Actors[i];
                if (actor.Kind != ActorKinds.Person) continue;
                var names = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var alias in actor.Aliases)
                {
                    var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var name = Array.FindIndex(words, names.Contains);
                    var role = name > 0 ? words[..name] : name < 0 && words.Length == 1 && char.IsUpper(words[0][0]) ? words : null;
                    if (role is null || role[^1].StartsWith('@')) continue;
                    Add(roles, role[^1].TrimEnd('.').ToLowerInvariant(), i);
                }
            }
            return roles;
        }

        private static void Add(Dictionary<string, HashSet<int>> roles, string role, int person)
        {
            if (role.Length > 1) (roles.TryGetValue(role, out var set) ? set : roles[role] = []).Add(person);
        }

        /// <summary>Learns from a sentence's mentions: who was named, and the role right before a person's name ("Historiker Peter Brandt", "campaign manager Corey Lewandowski", "Sen. Mary Collins").</summary>
        public void Read(IReadOnlyList<Token> tokens, List<Mention> mentions)
        {
            foreach (var m in mentions.Where(m => !m.IsPronoun && m.Via is null))
            {
                _named[m.Actor] = _named.GetValueOrDefault(m.Actor) + 1;
                if (actors.Actors[m.Actor].Kind != ActorKinds.Person || m.Start == 0) continue;
                var j = m.Start - 1;
                if (tokens[j].Text == "." && j > 0) j--;
                var word = tokens[j];
                if (!word.IsWord || word.Quoted || mentions.Any(o => o.Start <= j && o.End > j)) continue;
                var lower = word.Lower;
                if (lexicon.TitleAbbreviations.TryGetValue(lower, out var title)) Add(_roles, title, m.Actor);
                else if (lexicon.SubjectNearVerb ? lexicon.RoleNouns.Contains(lower) : char.IsUpper(word.Text[0]) && !lexicon.Frequent.Contains(lower)) Add(_roles, lower, m.Actor);
            }
        }

        /// <summary>Of persons sharing a last name: the one an honorific's gender fits ("Mrs Trump"), else the one of them the text named more often so far (not a tie).</summary>
        public int Person(int[] persons, IReadOnlyList<Token> tokens, int at)
        {
            var fitting = persons.ToList();
            if (at > 0 && lexicon.Honorifics.TryGetValue(tokens[at - 1].Lower.TrimEnd('.'), out var gender))
                fitting = fitting.Where(p => actors.Actors[p].Gender is not { } g || g[0] == gender).ToList();
            if (fitting.Count == 1) return fitting[0];
            var named = fitting.Select(p => (Person: p, Times: _named.GetValueOrDefault(p))).OrderByDescending(p => p.Times).ToList();
            return named[0].Times > 0 && (named.Count == 1 || named[0].Times > named[1].Times) ? named[0].Person : -1;
        }

        /// <summary>
        /// A role noun at <paramref name="at"/> (a determiner, adjectives, the role: "die Ministerin", "the former prime minister",
        /// "des Kanzlers") given to exactly one person before or in the actors file: that person, where the mention starts and
        /// ends, and a genitive ending. Not when a name follows (then the role is a title) or two persons fit.
        /// </summary>
        public (int Person, int Start, int End, bool Genitive, string Role)? Role(IReadOnlyList<Token> tokens, int at)
        {
            if (!lexicon.RoleDeterminers.Contains(tokens[at].Lower)) return null;
            for (var j = at + 1; j < Math.Min(tokens.Count, at + 4); j++)
            {
                var token = tokens[j];
                if (!token.IsWord || token.Quoted) return null;
                var (noun, genitive) = Stripped(token.Lower);
                if (lexicon.SubjectNearVerb ? char.IsLower(token.Text[0]) || lexicon.RoleNouns.Contains(noun) : char.IsUpper(token.Text[0]))
                {
                    var persons = Fitting(noun);
                    if (persons.Count == 1 && !(j + 1 < tokens.Count && (actors.Match(tokens, j + 1) is not null || (lexicon.SubjectNearVerb && tokens[j + 1].IsWord && char.IsUpper(tokens[j + 1].Text[0])))))
                        return (persons[0], at + 1, j + 1, genitive, string.Join(' ', Enumerable.Range(at, j - at + 1).Select(k => tokens[k].Text)));
                }
                // Adjectives between ("die neue Ministerin", "the former prime minister").
                if (!lexicon.RoleModifiers.Contains(token.Lower) && !char.IsLower(token.Text[0])) return null;
            }
            return null;
        }

        /// <summary>The role's case or genitive ending taken off: "Kanzlers" → "kanzler", "senator's" → "senator".</summary>
        private (string Noun, bool Genitive) Stripped(string lower)
        {
            foreach (var ending in new[] { "'s", "’s" }) if (lower.EndsWith(ending, StringComparison.Ordinal)) return (lower[..^ending.Length], true);
            if (!lexicon.SubjectNearVerb && !_roles.ContainsKey(lower))
                foreach (var ending in new[] { "es", "s", "en", "n" })
                    if (lower.Length > ending.Length + 3 && lower.EndsWith(ending, StringComparison.Ordinal) && Fitting(lower[..^ending.Length]).Count > 0)
                        return (lower[..^ending.Length], ending is "s" or "es");
            return (lower, false);
        }

        /// <summary>The persons a role noun fits: given that role, or (German) a compound with it as head ("Familienministerin" for "Ministerin"), of a fitting grammatical gender.</summary>
        private List<int> Fitting(string noun)
        {
            var persons = _roles.Where(r => r.Key == noun || (!lexicon.SubjectNearVerb && noun.Length >= 4 && r.Key.EndsWith(noun, StringComparison.Ordinal) && r.Key.Length > noun.Length))
                .SelectMany(r => r.Value).Distinct().ToList();
            // "die Ministerin" is a woman; "der Minister" no woman.
            if (!lexicon.SubjectNearVerb)
                persons = persons.Where(p => actors.Actors[p].Gender is not { } g || (noun.EndsWith("in", StringComparison.Ordinal) ? g == "f" : g == "m")).ToList();
            return persons;
        }
    }
}
