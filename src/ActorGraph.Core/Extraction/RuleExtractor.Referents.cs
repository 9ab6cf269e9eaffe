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

    /// <summary>Where in the text a group word stands (its first character) → the actors it stands for.</summary>
    private static Dictionary<int, int[]> Groups(IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentionsOf) =>
        sentences.SelectMany(s => mentionsOf[s.Index].Where(m => m.Group is not null).Select(m => (At: s.Start + s.Tokens[m.Start].Start, m.Group)))
            .DistinctBy(g => g.At).ToDictionary(g => g.At, g => g.Group!);

    /// <summary>A relation whose source or target is a group word, once for each of the group's actors (none with itself).</summary>
    private IEnumerable<ExtractedRelation> ForEachMember(ExtractedRelation relation, Dictionary<int, int[]> groups)
    {
        int[]? Members(TextSpan? span, string id) =>
            span is { } at && groups.TryGetValue(relation.EvidenceStart + at.Start, out var members) && actors.Actors[members[0]].Id == id ? members : null;
        var sources = Members(relation.SourceMention, relation.Source)?.Select(a => actors.Actors[a].Id) ?? [relation.Source];
        var targets = Members(relation.TargetMention, relation.Target)?.Select(a => actors.Actors[a].Id) ?? [relation.Target];
        foreach (var source in sources)
            foreach (var target in targets)
                if (source != target || relation.Source == relation.Target) yield return relation with { Source = source, Target = target };
    }

    /// <summary>The roles a text (or the actors file) gave to persons, and who has been named so far, read sentence by sentence.</summary>
    private sealed class Referents(ActorLexicon actors, CueLexicon lexicon)
    {
        /// <summary>Role noun (lower case, as the text or an alias puts it before the name) → the persons it was given to.</summary>
        private readonly Dictionary<string, HashSet<int>> _roles = AliasRoles(actors);
        /// <summary>An office and its place, as an alias gives them to one person ("Mayor of Hull", "Innenministerin von Bayern"): the office's words and the place (lower case).</summary>
        private readonly List<(string[] Office, string Place, int Person)> _offices = OfficeAliases(actors);
        /// <summary>How often each actor was named so far (by a name, alias or handle only it has).</summary>
        private readonly Dictionary<int, int> _named = [];
        /// <summary>The sentence (counted by <see cref="Read"/>) that last named each actor.</summary>
        private readonly Dictionary<int, int> _lastNamed = [];
        /// <summary>The sentence that last named each actor with a word (lower case, no genitive ending): "Obama" recalls "Barack Obama", not "@FLOTUS".</summary>
        private readonly Dictionary<(int Actor, string Word), int> _lastNamedAs = [];
        private int _read;
        /// <summary>The actors the text last listed together, how many sentences ago, and whether the list was that sentence's subject.</summary>
        private int[] _group = [];
        private int _groupAge;
        private bool _groupIsSubject;

        /// <summary>"Senator Gillibrand", "SPD-Chefin Saskia Esken", an alias "Bundeskanzlerin": the words an alias puts before the person's name, or a one-word alias that is no name.</summary>
        private static Dictionary<string, HashSet<int>> AliasRoles(ActorLexicon actors)
        {
            var roles = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            for (var i = 0; i < actors.Actors.Count; i++)
            {
                var actor = actors.Actors[i];
                if (actor.Kind != ActorKinds.Person) continue;
                foreach (var role in actor.Aliases.Select(a => ActorLexicon.AliasRole(actor, a)).OfType<string[]>())
                    Add(roles, role[^1].TrimEnd('.').ToLowerInvariant(), i);
            }
            return roles;
        }

        /// <summary>Aliases of the shape office, "of"/"von"/"aus", place ("the mayor of Hull", "Innenministerin von Bayern"); an office two persons hold in one place names neither.</summary>
        private static List<(string[] Office, string Place, int Person)> OfficeAliases(ActorLexicon actors)
        {
            var origins = CueLexicon.English.Origins.Concat(CueLexicon.German.Origins).ToHashSet(StringComparer.Ordinal);
            var offices = new List<(string[] Office, string Place, int Person)>();
            for (var i = 0; i < actors.Actors.Count; i++)
                if (actors.Actors[i].Kind == ActorKinds.Person)
                    foreach (var alias in actors.Actors[i].Aliases)
                    {
                        var words = alias.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(IsArticle).ToArray();
                        var of = Array.FindIndex(words, origins.Contains);
                        if (of is > 0 and <= 3 && of < words.Length - 1 && !words[(of + 1)..].Any(origins.Contains))
                            offices.Add((words[..of], string.Join(' ', words[(of + 1)..]), i));
                    }
            return offices.GroupBy(o => (string.Join(' ', o.Office), o.Place)).Where(g => g.Select(o => o.Person).Distinct().Count() == 1).Select(g => g.First()).ToList();
        }

        private static bool IsArticle(string word) => CueLexicon.English.Determiners.Contains(word) || CueLexicon.German.Determiners.Contains(word);

        /// <summary>
        /// "the mayors of Hull and Derby", "die Innenminister von Bayern und Sachsen": an office in the plural and a list of
        /// places, each place's office an alias of one person (Mayor of Hull, Innenministerin von Bayern): those persons,
        /// where the phrase starts and ends. At least two places; a place whose office holder no alias names is skipped.
        /// </summary>
        public (int[] Members, int Start, int End, string Words)? Offices(IReadOnlyList<Token> tokens, int at)
        {
            if (_offices.Count == 0 || tokens[at].Quoted || !tokens[at].IsWord) return null;
            foreach (var length in _offices.Select(o => o.Office.Length).Distinct())
            {
                var of = at + length;
                // "Innenminister" in the plural is both the Innenminister's and the Innenministerin's office.
                var fitting = of + 1 < tokens.Count && lexicon.Origins.Contains(tokens[of].Lower)
                    ? _offices.Where(o => o.Office.Length == length && Enumerable.Range(0, length - 1).All(k => tokens[at + k].Lower == o.Office[k]) && PluralOf(tokens[of - 1], o.Office[^1])).ToList()
                    : [];
                if (fitting.Count == 0) continue;
                var members = new List<int>();
                var places = 0;
                var j = of + 1;
                while (j < tokens.Count)
                {
                    var end = j;
                    while (end < tokens.Count && tokens[end].IsWord && !tokens[end].Quoted && char.IsUpper(tokens[end].Text[0]) && end - j < 3) end++;
                    if (end == j) break;
                    places++;
                    var place = string.Join(' ', Enumerable.Range(j, end - j).Select(k => tokens[k].Lower));
                    if (fitting.FirstOrDefault(o => o.Place == place) is { Office: not null } holder && !members.Contains(holder.Person))
                        members.Add(holder.Person);
                    var next = end;
                    if (next < tokens.Count && tokens[next].Text == ",") next++;
                    if (next < tokens.Count && lexicon.Conjunctions.Contains(tokens[next].Lower)) next++;
                    if (next == end || next >= tokens.Count) { j = end; break; }
                    j = next;
                }
                if (places >= 2 && members.Count > 0)
                {
                    var last = j;
                    while (last > of && !tokens[last - 1].IsWord) last--;
                    return ([.. members], at, last, string.Join(' ', Enumerable.Range(at, last - at).Select(k => tokens[k].Text)));
                }
            }
            return null;
        }

        /// <summary>"mayors" for "mayor", "secretaries" for "secretary"; German "Innenminister", "Innenministern", "Bürgermeisterinnen" for "innenministerin", "bürgermeister(in)".</summary>
        private bool PluralOf(Token token, string office)
        {
            var lower = token.Lower;
            if (lexicon.SubjectNearVerb)
                return lower.EndsWith('s') && (lower[..^1] == office || lower.EndsWith("es", StringComparison.Ordinal) && lower[..^2] == office
                    || lower.EndsWith("ies", StringComparison.Ordinal) && lower[..^3] + "y" == office);
            if (!char.IsUpper(token.Text[0])) return false;
            string[] stems = [lower, .. new[] { "n", "en", "nen" }.Where(e => lower.Length > e.Length + 3 && lower.EndsWith(e, StringComparison.Ordinal)).Select(e => lower[..^e.Length])];
            return stems.Any(stem => stem == office || stem + "in" == office);
        }

        private static void Add(Dictionary<string, HashSet<int>> roles, string role, int person)
        {
            if (role.Length > 1) (roles.TryGetValue(role, out var set) ? set : roles[role] = []).Add(person);
        }

        /// <summary>Learns from a sentence's mentions: who was named, and the role right before a person's name ("Historiker Peter Brandt", "campaign manager Corey Lewandowski", "Sen. Mary Collins").</summary>
        public void Read(IReadOnlyList<Token> tokens, List<Mention> mentions)
        {
            if (tokens.Any(t => t.IsWord && !t.Quoted)) _groupAge++;
            // "Wyden and Moran urged …": the first list of two or more actors the sentence names; a later "the senators", "both", "they" means them.
            foreach (var m in mentions.Where(m => !m.IsPronoun && m.Group is null && !actors.Actors[m.Actor].IsDocument))
            {
                var listed = WithCoordinated(m, mentions, tokens, lexicon).Where(o => !o.IsPronoun && !actors.Actors[o.Actor].IsDocument).Select(o => o.Actor).Distinct().ToArray();
                if (listed.Length < 2) continue;
                (_group, _groupAge, _groupIsSubject) = (listed, 0, m == mentions[0] && !m.Marked);
                break;
            }
            // A shared last name or role resolved here names that person last too ("Puzder and his wife, Deanna": both).
            foreach (var m in mentions.Where(m => !m.IsPronoun && m.Group is null))
            {
                _lastNamed[m.Actor] = _read;
                for (var j = m.Start; j < m.End; j++)
                    if (tokens[j].IsWord) _lastNamedAs[(m.Actor, NameWord(tokens[j].Text))] = _read;
            }
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
            _read++;
        }

        /// <summary>
        /// Of persons sharing a last name: the one an honorific's gender fits ("Mrs Trump") or a title given to one of them
        /// ("Sen. Baker"), else the one of them the text named most recently (not two in that sentence), else the one named
        /// more often (not a tie).
        /// </summary>
        public int Person(int[] persons, IReadOnlyList<Token> tokens, int at)
        {
            var fitting = persons.ToList();
            // "Mrs. Trump", "Sen. Baker": the abbreviation's period is a token of its own.
            var title = at > 1 && tokens[at - 1].Text == "." ? at - 2 : at - 1;
            var before = title >= 0 ? tokens[title].Lower.TrimEnd('.') : "";
            if (lexicon.Honorifics.TryGetValue(before, out var gender))
                fitting = fitting.Where(p => actors.Actors[p].Gender is not { } g || g[0] == gender).ToList();
            // "Sen. Baker", "Ministerin Baker": the one of them given that role.
            else if ((lexicon.TitleAbbreviations.TryGetValue(before, out var spelled) ? spelled : before) is var role && _roles.TryGetValue(role, out var holders)
                     && fitting.Count(holders.Contains) == 1)
                return fitting.Single(holders.Contains);
            if (fitting.Count == 1) return fitting[0];
            // The one the text last called by this name ("President Barack Obama … @FLOTUS … Obama": him), else the one it named
            // most recently at all, if that sentence named no other of them; else the one named more often.
            var word = NameWord(tokens[at].Text);
            string[] forms = [word, .. ActorLexicon.Stems(word)];
            foreach (var last in new[] { fitting.Select(p => forms.Max(f => _lastNamedAs.GetValueOrDefault((p, f), -1))).ToList(), fitting.Select(p => _lastNamed.GetValueOrDefault(p, -1)).ToList() })
                if (last.Max() >= 0 && last.Count(l => l == last.Max()) == 1) return fitting[last.IndexOf(last.Max())];
            var named = fitting.Select(p => (Person: p, Times: _named.GetValueOrDefault(p))).OrderByDescending(p => p.Times).ToList();
            return named[0].Times > 0 && named[0].Times > named[1].Times ? named[0].Person : -1;
        }

        /// <summary>A name's word as <see cref="Person"/> compares it: lower case, without an English genitive ending.</summary>
        private static string NameWord(string text)
        {
            var lower = text.ToLowerInvariant();
            return lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) ? lower[..^2] : lower.TrimEnd('\'', '’');
        }

        /// <summary>
        /// A role noun at <paramref name="at"/> (a determiner, adjectives, the role: "die Ministerin", "the former prime minister",
        /// "des Kanzlers") given to exactly one person before or in the actors file, or a noun of an actor's kind ("the party",
        /// "das Ministerium") when the text named exactly one actor of that kind before: that actor, where the mention starts
        /// and ends, and a genitive ending. Not when a name follows (then the role is a title) or two fit.
        /// </summary>
        public (int Actor, int Start, int End, bool Genitive, string Role)? Role(IReadOnlyList<Token> tokens, int at)
        {
            // "„Frau Ministerin, …“", "“Mr President, …”": an honorific before a role addresses its holder, also in a quoted post.
            var vocative = lexicon.Honorifics.ContainsKey(tokens[at].Lower);
            if (!lexicon.RoleDeterminers.Contains(tokens[at].Lower) && !vocative) return null;
            for (var j = at + 1; j < Math.Min(tokens.Count, at + 4); j++)
            {
                var token = tokens[j];
                if (!token.IsWord || token.Quoted && !vocative) return null;
                if (OfKind(tokens, j) is var (organisation, kindGenitive))
                    return (organisation, at + 1, j + 1, kindGenitive, string.Join(' ', Enumerable.Range(at, j - at + 1).Select(k => tokens[k].Text)));
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

        /// <summary>
        /// "the party", "die Partei", "des Ministeriums", "the party's": the one actor of the noun's kind the text named so far.
        /// Not before a name ("die Partei der Grünen" names it), and in English not as the first part of a compound ("the party
        /// conference", "the government shutdown"): the word after it must be a verb, a preposition or punctuation.
        /// </summary>
        private (int Actor, bool Genitive)? OfKind(IReadOnlyList<Token> tokens, int at)
        {
            var lower = tokens[at].Lower;
            var (noun, genitive) = Stripped(lower);
            if (!lexicon.KindRoles.TryGetValue(noun, out var kind) && !(!lexicon.SubjectNearVerb && lower.EndsWith('s') && lexicon.KindRoles.TryGetValue(noun = lower.TrimEnd('s'), out kind)))
                return null;
            genitive |= noun != lower;
            if (at + 1 < tokens.Count && actors.Match(tokens, at + 1) is not null) return null;
            if (lexicon.SubjectNearVerb && at + 1 < tokens.Count && tokens[at + 1] is { IsWord: true } next && !genitive && !Verbish(next.Lower)) return null;
            var named = _named.Keys.Where(a => actors.Actors[a].Kind == kind).ToList();
            return named.Count == 1 ? (named[0], genitive) : null;
        }

        /// <summary>An English word that can follow a subject: an auxiliary, copula, past form, adverb or preposition ("The party said", "the ministry on Monday").</summary>
        /// <param name="cues">Also a cue's first word ("The party tagged"); not after a count, where "tweets" counts posts.</param>
        private bool Verbish(string lower, bool cues = true) =>
            lexicon.PassiveAuxiliaries.Contains(lower) || lexicon.Copulas.Contains(lower) || lexicon.Prepositions.Contains(lower) || lexicon.Negations.Contains(lower)
            || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ly", StringComparison.Ordinal) || cues && lexicon.Cues.Any(c => c.Steps.Count > 0 && c.Steps[0].Words.Contains(lower))
            || lower is "said" or "says" or "also" or "then" or "itself" or "later" or "will" or "would" or "did" or "does" or "had" or "has" or "wrote" or "posted";

        /// <summary>
        /// "the senators", "the two MPs", "both", "die beiden", "beide Abgeordneten", and "they" after a list as subject: the
        /// actors the text listed together in the last three sentences ("Wyden and Moran"), where the words start and end.
        /// A count must fit the list; a noun after "both"/"beide" must be a role or member noun ("beide Tweets" is no group);
        /// a role in the plural needs a list of persons; a name after it makes it a title ("the senators Wyden and Moran").
        /// </summary>
        public (int[] Members, int Start, int End, string Words)? Group(IReadOnlyList<Token> tokens, int at)
        {
            if (_group.Length < 2 || _groupAge > 2 || tokens[at].Quoted) return null;
            var j = at;
            // "the two", "die beiden Abgeordneten"; not "one of the two", "einen der beiden" (one of them).
            var determiner = lexicon.GroupDeterminers.Contains(tokens[j].Lower);
            if (determiner && at > 0 && tokens[at - 1].Lower == "of") return null;
            if (determiner) j++;
            if (j >= tokens.Count || !tokens[j].IsWord || tokens[j].Quoted) return null;
            // "both", "beide" stand alone; "two", "zwei" only after a determiner.
            var counted = lexicon.GroupCounts.TryGetValue(tokens[j].Lower, out var count);
            if (counted && (count.Size != _group.Length || (!determiner && !count.Alone))) return null;
            if (counted) j++;
            else if (!determiner) return null;
            // "the political leaders", "die beiden grünen Abgeordneten": adjectives before the noun.
            var noun = j;
            while (noun < Math.Min(tokens.Count, j + 2) && tokens[noun].IsWord && char.IsLower(tokens[noun].Text[0]) && !PluralRole(tokens[noun]) && !Verbish(tokens[noun].Lower)) noun++;
            var end = noun < tokens.Count && tokens[noun].IsWord && !tokens[noun].Quoted && PluralRole(tokens[noun]) ? noun + 1 : j;
            // A count alone ("both replied", "beide antworteten"): no noun after it, unless a verb ("both tweets", "beide Tweets" count things).
            if (end == j && (!counted || j < tokens.Count && tokens[j].IsWord && (lexicon.SubjectNearVerb ? !Verbish(tokens[j].Lower, cues: false) && tokens[j].Lower != "of" : char.IsUpper(tokens[j].Text[0]))))
                return null;
            if (end > j && !_group.All(a => actors.Actors[a].Kind == ActorKinds.Person)) return null;
            // "the senators Wyden and Moran": a name after it makes it a title; "the lawmakers who signed": a relative clause says which others.
            if (end < tokens.Count && (actors.Match(tokens, end) is not null || end > j && lexicon.Relatives.Contains(tokens[end].Lower))) return null;
            return (_group, determiner ? at + 1 : at, end, string.Join(' ', Enumerable.Range(at, end - at).Select(k => tokens[k].Text)));
        }

        /// <summary>"they"/"sie" as the subject right after a sentence whose subject was a list: its members.</summary>
        public int[]? They(IReadOnlyList<Token> tokens, int at) =>
            _groupIsSubject && _groupAge == 0 && (lexicon.SubjectNearVerb ? tokens[at].Lower == "they"
                : tokens[at].Lower == "sie" && at + 1 < tokens.Count && tokens[at + 1].IsWord && char.IsLower(tokens[at + 1].Text[0]) && tokens[at + 1].Lower.EndsWith("en", StringComparison.Ordinal))
                ? _group : null;

        /// <summary>A role or member noun in the plural: "senators", "MPs", "lawmakers", "Abgeordneten", "Ministerinnen".</summary>
        private bool PluralRole(Token token)
        {
            var lower = token.Lower;
            // "the signatories", "die Unterzeichner": a cue word, which the signer rules read.
            if (lexicon.Cues.Any(c => c.Steps.Count > 0 && c.Steps[0].Words.Contains(lower))) return false;
            if (lexicon.SubjectNearVerb)
                return lower.Length > 2 && lower.EndsWith('s') && (lexicon.RoleNouns.Contains(lower[..^1]) || _roles.ContainsKey(lower[..^1]) || lexicon.TitleAbbreviations.ContainsValue(lower[..^1]));
            return char.IsUpper(token.Text[0]) && (lexicon.MemberNouns.Contains(lower) && (lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("er", StringComparison.Ordinal))
                || lower.EndsWith("innen", StringComparison.Ordinal));
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

    /// <summary>
    /// "She also alleged … . Mercer replied to her tweet": a pronoun that was the subject carries whom it stood for into the next
    /// sentence. A sentence wholly inside a quotation names no one a later pronoun could mean.
    /// </summary>
    private void Carry(Discourse discourse, Sentence sentence, List<Mention> mentions)
    {
        if (!sentence.Tokens.Any(t => t.IsWord && !t.Quoted)) return;
        var older = discourse.Previous is Antecedents before ? before.Older.Prepend(before).Take(3).ToList() : [discourse.Previous];
        discourse.Previous = new Antecedents(mentions.Select(m => m.IsPronoun && Resolve(m, mentions, discourse.Previous, -1) is { } r ? m with { Actor = r.Actor } : m).ToList(),
            older.Where(o => o.Count > 0).ToList());
    }

    /// <summary>The actor a mention stands for; a pronoun takes the nearest earlier fitting actor of its sentence, else the previous sentence's subject.</summary>
    private Resolved? Resolve(Mention mention, List<Mention> sentence, IReadOnlyList<Mention> previous, int exclude, IEnumerable<int>? salient = null)
    {
        if (!mention.IsPronoun) return new Resolved(mention.Actor, Inference.None, mention.Via ?? "", mention);
        var gender = mention.Pronoun!.Value.Gender;
        bool Fits(Mention m) => !m.IsPronoun && m.Actor != exclude && Compatible(actors.Actors[m.Actor], gender);
        // "Dieser konterte", "the latter": the one named last, in this sentence or the one before.
        if (mention.Latter)
            return (sentence.LastOrDefault(m => m.End <= mention.Start && Fits(m)) ?? previous.LastOrDefault(Fits)) is { } last
                ? new Resolved(last.Actor, Inference.PronounFromPreviousSentence, $"{mention.Text} = {actors.Actors[last.Actor].Name}, named last", mention) : null;
        // The subject of an earlier clause is the likelier antecedent ("Hahn markierte Krüger, woraufhin Vogt ihm antwortete").
        var salientSet = salient?.ToHashSet() ?? [];
        var near = sentence.LastOrDefault(m => m.End <= mention.Start && salientSet.Contains(m.Actor) && Fits(m))
                   ?? sentence.LastOrDefault(m => m.End <= mention.Start && Fits(m));
        if (near is not null) return new Resolved(near.Actor, Inference.None, "", mention);
        bool Carried(Mention m) => m.IsPronoun && m.Actor >= 0 && m.Actor != exclude && Compatible(actors.Actors[m.Actor], gender);
        var earlier = previous.FirstOrDefault(m => !m.Marked && (Fits(m) || Carried(m))) ?? previous.LastOrDefault(Fits);
        if (earlier is not null)
            return new Resolved(earlier.Actor, Inference.PronounFromPreviousSentence, $"pronoun {mention.Text} = {actors.Actors[earlier.Actor].Name} from the previous sentence", mention);
        // "He", "him" for a person neither this sentence (but the source: "Throp tweeted at him" is someone else) nor the previous one
        // names: the last one it fits, up to three sentences further back.
        bool Anyone(Mention m) => !m.IsPronoun && Compatible(actors.Actors[m.Actor], gender);
        if (gender is 'm' or 'f' && previous is Antecedents { Older: var older }
            && !sentence.Any(m => m.End <= mention.Start && Anyone(m) && m.Actor != exclude) && !previous.Any(Anyone))
            foreach (var before in older)
                if ((before.FirstOrDefault(m => !m.Marked && (Fits(m) || Carried(m))) ?? before.LastOrDefault(Fits)) is { } further)
                    return new Resolved(further.Actor, Inference.PronounFromPreviousSentence, $"pronoun {mention.Text} = {actors.Actors[further.Actor].Name} from a sentence before", mention);
        return null;
    }

    private static bool Compatible(KnownActor actor, char gender) => !actor.IsDocument && gender switch
    {
        'm' => actor.Gender != "f" && actor.Kind is ActorKinds.Person or ActorKinds.Unknown,
        'f' => actor.Gender != "m" && actor.Kind is ActorKinds.Person or ActorKinds.Unknown,
        'p' => actor.Gender != "m",
        // German "der" as a demonstrative: a man, or anything that is no woman ("der Rat", "der Verband").
        'x' => actor.Gender != "f",
        _ => true,
    };
}
