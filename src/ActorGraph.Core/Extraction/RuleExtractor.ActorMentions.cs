using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// The actor mentions of a sentence: names, aliases and handles, documents, role nouns, groups and pronouns, each with
/// the word that marks it as no subject (a preposition, an object article, a genitive); affiliations dropped.
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>The actor mentions of each sentence, documents named by a shared alias or a generic noun decided from what came before.</summary>
    private List<List<Mention>> MentionsOf(IReadOnlyList<Sentence> sentences, CueLexicon lexicon, CancellationToken ct)
    {
        var mentionsOf = new List<List<Mention>>();
        var lastDocument = -1;
        var namedDocuments = new HashSet<int>();
        var onlyDocument = actors.Actors.Count(a => a.IsDocument) == 1 ? actors.Actors.ToList().FindIndex(a => a.IsDocument) : -1;
        var referents = new Referents(actors, lexicon);
        foreach (var s in sentences)
        {
            ct.ThrowIfCancellationRequested();
            mentionsOf.Add(FindMentions(s.Tokens, lexicon, (shared, at) => actors.Actors[shared[0]].IsDocument
                    ? DocumentMeant(shared, sentences, s.Index, at, lastDocument, lexicon) : referents.Person(shared, s.Tokens, at),
                at => GenericDocument(s.Tokens, at, lexicon) ? lastDocument >= 0 ? lastDocument : onlyDocument : -1, referents));
            referents.Read(s.Tokens, mentionsOf[^1]);
            // "signed another open letter" after the letter was named: a different one, whatever its alias says.
            mentionsOf[^1].RemoveAll(m => IsDocument(m) && namedDocuments.Contains(m.Actor)
                && TokenWindow.Before(m.Start, 2).Any(j => lexicon.OtherDocument.Contains(s.Tokens[j].Lower)));
            namedDocuments.UnionWith(mentionsOf[^1].Where(IsDocument).Select(m => m.Actor));
            if (mentionsOf[^1].LastOrDefault(IsDocument) is { } named) lastDocument = named.Actor;
        }
        return mentionsOf;
    }

    /// <param name="documentMeant">For an alias several documents (or persons) share: the one meant at that token, or -1.</param>
    /// <param name="genericDocument">For a document noun no alias covers ("das Schreiben"): the document meant at that token, or -1.</param>
    /// <param name="referents">Roles given so far: a role noun ("die Ministerin", "the senator") for the one person it fits.</param>
    private List<Mention> FindMentions(IReadOnlyList<Token> tokens, CueLexicon lexicon, Func<int[], int, int>? documentMeant = null, Func<int, int>? genericDocument = null,
        Referents? referents = null)
    {
        var mentions = new List<Mention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Quoted || !tokens[i].IsWord)
            {
                // A document's title in quotation marks ("Erstunterzeichner des „Manifest für Frieden“") is still the document; so is
                // a name the marks hold alone ("einen Artikel der „Süddeutschen Zeitung“", "spiegel.de"-Artikel): the text names it.
                if (actors.Match(tokens, i) is { } title && (actors.Actors[title.Actor].IsDocument || QuotedAlone(tokens, i, title.Length, lexicon)))
                {
                    mentions.Add(new Mention(i, i + title.Length, title.Actor, null, MarkBefore(tokens, actors.Actors[title.Actor].IsDocument ? i : i - 1, lexicon), tokens[i].Text));
                    i += title.Length - 1;
                }
                continue;
            }
            var mark = MarkBefore(tokens, i, lexicon);
            if (actors.Match(tokens, i) is { } match && !EnglishPlural(tokens, i, match, lexicon) && !CommonNounAfterIndefinite(tokens, i, match, lexicon))
            {
                if (InCredit(tokens, i, lexicon))
                {
                    i += match.Length - 1;
                    continue;
                }
                // "die Abgeordneten der Grünen Terry Reintke": the genitive is the party's; the name after it stands in apposition to the noun before.
                if (mark == "genitive" && mentions.Count > 0 && mentions[^1].End == i && !mentions[^1].IsPronoun && actors.Actors[mentions[^1].Actor].Kind is ActorKinds.Party or ActorKinds.Organisation)
                    mark = null;
                // "Democrats’ priorities": the apostrophe after a plural stands as a token of its own.
                var apostrophe = i + match.Length < tokens.Count && tokens[i + match.Length].Text is "'" or "’" && tokens[i + match.Length - 1].Text.EndsWith('s');
                var genitive = match.Genitive || apostrophe ? "'s" : null;
                // "Der Gründer der Plattform Blitz.at", "die Kritik des Senders X": an alias that opens with a genitive article owns the
                // noun before it ("der" only after a noun with its own article: "Auch der Kanzler", "in Paris der Kanzler" open a subject).
                if (mark is null && (lexicon.GenitiveArticles.Contains(tokens[i].Lower)
                        || lexicon.GenitiveAfterNoun.Contains(tokens[i].Lower) && i >= 2 && tokens[i - 1].IsWord && char.IsUpper(tokens[i - 1].Text[0])
                           && (lexicon.RoleDeterminers.Contains(tokens[i - 2].Lower) || lexicon.ObjectArticles.Contains(tokens[i - 2].Lower) || lexicon.Indefinites.Contains(tokens[i - 2].Lower) || lexicon.Possessives.Contains(tokens[i - 2].Lower))))
                    mark = lexicon.GenitiveArticles.Contains(tokens[i].Lower) ? tokens[i].Lower : "genitive";
                // "Corbyn's account", "the official Twitter account of the White House": an account stands for its owner.
                if (genitive is not null && IsAccountAt(tokens, i + match.Length + (apostrophe ? 1 : 0), lexicon)) genitive = null;
                else if (AccountOwnedFrom(tokens, i, lexicon) is var phrase and >= 0) mark = MarkBefore(tokens, phrase, lexicon);
                // "The governments of Norway and Canada issued": the state stands for the whole phrase.
                else if (i > 1 && lexicon.AccountOwners.Contains(tokens[i - 1].Lower) && lexicon.GovernmentNouns.Contains(tokens[i - 2].Lower))
                    mark = i > 2 && lexicon.Determiners.Contains(tokens[i - 3].Lower) ? MarkBefore(tokens, i - 3, lexicon) : MarkBefore(tokens, i - 2, lexicon);
                // "Den Aufruf hat Müller gestartet" (a document's alias with its article): the article marks the object.
                var article = match.Length > 1 && actors.Actors[match.Actor].IsDocument && lexicon.ObjectArticles.Contains(tokens[i].Lower) ? tokens[i].Lower : null;
                // "Hollywoodstar Ashton Kutcher": two names of one actor side by side are one mention.
                // "Senators Mary Collins": a role alias in the plural is a title here, no genitive.
                if (mentions.Count > 0 && mentions[^1].Actor == match.Actor && mentions[^1].End == i)
                    mentions[^1] = mentions[^1] with { End = i + match.Length, Mark = (mentions[^1].Mark == "'s" ? MarkBefore(tokens, mentions[^1].Start, lexicon) : mentions[^1].Mark) ?? genitive };
                else
                    mentions.Add(new Mention(i, i + match.Length, match.Actor, null, genitive ?? mark ?? article, tokens[i].Text));
                i += match.Length - 1;
            }
            else if (documentMeant is not null && actors.MatchShared(tokens, i) is var (documents, length, shared))
            {
                // "the Trumps" is a plural, "Trump's" a genitive.
                var apostrophe = HasApostrophe(tokens[i + length - 1]);
                if (!(shared && lexicon.SubjectNearVerb && !apostrophe) && documentMeant(documents, i) is var meant and >= 0)
                    mentions.Add(new Mention(i, i + length, meant, null, shared ? "'s" : mark, tokens[i].Text,
                        actors.Actors[meant].IsDocument ? null : $"'{tokens[i].Text}' = {actors.Actors[meant].Name} (a last name several share)"));
                i += length - 1;
            }
            else if (referents?.Offices(tokens, i) is var (holders, officesStart, officesEnd, offices))
            {
                mentions.Add(GroupMention(tokens, officesStart, officesEnd, holders, offices, lexicon, "each place's office holder"));
                i = officesEnd - 1;
            }
            else if (referents?.Role(tokens, i) is var (person, start, end, roleGenitive, role))
            {
                // "des Kanzlers" keeps its article as the mark (a genitive article), "the senator's" its ending.
                mentions.Add(new Mention(start, end, person, null, MarkBefore(tokens, start, lexicon) is { } before && !(roleGenitive && lexicon.SubjectNearVerb) ? before : roleGenitive ? "'s" : null, tokens[start].Text,
                    $"role '{role}' = {actors.Actors[person].Name}"));
                i = end - 1;
            }
            else if (referents?.Group(tokens, i) is var (members, groupStart, groupEnd, words))
            {
                mentions.Add(GroupMention(tokens, groupStart, groupEnd, members, words, lexicon));
                i = groupEnd - 1;
            }
            else if (lexicon.Latter.TryGetValue(tokens[i].Lower, out var latter) && LatterAt(tokens, i, lexicon))
                mentions.Add(new Mention(i, i + 1, -1, latter, latter.Subject ? MarkBefore(tokens, i, lexicon) : "object", tokens[i].Text, Latter: true));
            else if (lexicon.DemonstrativeSubjects.TryGetValue(tokens[i].Lower, out var demonstrative) && DemonstrativeSubjectAt(tokens, i, lexicon))
                mentions.Add(new Mention(i, i + 1, -1, demonstrative, null, tokens[i].Text, Latter: true));
            else if (genericDocument?.Invoke(i) is >= 0 and var generic) mentions.Add(new Mention(i, i + 1, generic, null, mark, tokens[i].Text));
            else if (lexicon.Pronouns.TryGetValue(tokens[i].Lower, out var pronoun) && !(i > 0 && lexicon.PoliteAddress.Contains(tokens[i].Text)))
            {
                if (pronoun.Subject && referents?.They(tokens, i) is { } they)
                {
                    mentions.Add(GroupMention(tokens, i, i + 1, they, tokens[i].Text, lexicon));
                    continue;
                }
                // A pronoun takes no article: "in dem sie antwortete" is a relative clause, "sie" its subject.
                var preposition = i > 0 && lexicon.Prepositions.Contains(tokens[i - 1].Lower) ? tokens[i - 1].Lower : null;
                mentions.Add(new Mention(i, i + 1, -1, pronoun, preposition ?? (pronoun.Subject ? null : "object"), tokens[i].Text));
            }
        }
        mentions.RemoveAll(m => IsAffiliation(m, mentions, tokens, lexicon));
        MarkLists(mentions, tokens, lexicon, IsDocument);
        MarkAsides(mentions, tokens, lexicon);
        return mentions;
    }

    /// <summary>In English a plain "s" makes a plural ("The senators"), not a genitive.</summary>
    private static bool EnglishPlural(IReadOnlyList<Token> tokens, int at, (int Actor, int Length, bool Genitive) match, CueLexicon lexicon) =>
        match.Genitive && lexicon.SubjectNearVerb && !HasApostrophe(tokens[at + match.Length - 1]);

    private static bool HasApostrophe(Token token) => token.Text.Contains('\'') || token.Text.Contains('’');

    /// <summary>"einen Stern", "ein Link": a one-word name after a German indefinite article is the common noun (a document's alias is not: "einen Brief").</summary>
    private bool CommonNounAfterIndefinite(IReadOnlyList<Token> tokens, int at, (int Actor, int Length, bool Genitive) match, CueLexicon lexicon) =>
        match.Length == 1 && !lexicon.SubjectNearVerb && at > 0 && lexicon.Indefinites.Contains(tokens[at - 1].Lower) && char.IsLetter(tokens[at].Text[0])
        && !actors.Actors[match.Actor].IsDocument;

    private Mention GroupMention(IReadOnlyList<Token> tokens, int start, int end, int[] members, string words, CueLexicon lexicon, string how = "listed before") =>
        new(start, end, members[0], null, MarkBefore(tokens, start, lexicon), tokens[start].Text,
            $"group '{words}' = {string.Join(", ", members.Select(a => actors.Actors[a].Name))}, {how}", Group: members);

    /// <summary>"Dieser konterte", "the latter replied": a demonstrative that stands alone (no noun after it), "latter" after "the".</summary>
    private static bool LatterAt(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        if (lexicon.SubjectNearVerb) return at > 0 && tokens[at - 1].Lower == "the" && !(at + 1 < tokens.Count && tokens[at + 1].IsWord && char.IsLower(tokens[at + 1].Text[0]) && at + 2 < tokens.Count && !tokens[at + 2].IsWord);
        // "nach dieser - durchaus fragwürdigen - Rundumklatsche": after a preposition a subject form is a determiner.
        if (at > 0 && lexicon.Prepositions.Contains(tokens[at - 1].Lower) && lexicon.Latter[tokens[at].Lower].Subject) return false;
        if (at + 1 >= tokens.Count || !tokens[at + 1].IsWord) return true;
        // "Dieser Tweet", "dieser neue Tweet": a determiner before a noun.
        return char.IsLower(tokens[at + 1].Text[0]) && !(at + 2 < tokens.Count && tokens[at + 2].IsWord && char.IsUpper(tokens[at + 2].Text[0]));
    }

    /// <summary>
    /// "Wirbel um die Polizei: Die hat einen Tweet von X geteilt", "Der teilte ein Video": a German article that opens its
    /// sentence (or what a colon or dash introduces) and stands right before a finite verb has no noun; it is a demonstrative
    /// subject for the one named last.
    /// </summary>
    private static bool DemonstrativeSubjectAt(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon) =>
        !lexicon.SubjectNearVerb && char.IsUpper(tokens[at].Text[0]) && !tokens[at].Quoted
        && Enumerable.Range(0, at).Reverse().TakeWhile(j => !tokens[j].IsWord).All(j => tokens[j].Text is ":" or "–" or "—" || IsQuotationMark(tokens[j].Text))
        && (at == 0 || tokens[at - 1].Text is ":" or "–" or "—" || !tokens[at - 1].IsWord && Enumerable.Range(0, at).All(j => !tokens[j].IsWord))
        && at + 1 < tokens.Count && tokens[at + 1].IsWord && char.IsLower(tokens[at + 1].Text[0])
        && (lexicon.FiniteAuxiliaries.Contains(tokens[at + 1].Lower) || lexicon.Cues.Any(c => !c.Noun && c.MatchAt(tokens, at + 1) is not null));

    /// <summary>
    /// The <paramref name="length"/> tokens at <paramref name="at"/> are all a quotation holds, and it is no source the text
    /// cites ("dem „Spiegel“ zufolge", "laut „Bild“").
    /// </summary>
    private static bool QuotedAlone(IReadOnlyList<Token> tokens, int at, int length, CueLexicon lexicon) =>
        tokens[at].Quoted && at > 0 && at + length < tokens.Count && IsQuotationMark(tokens[at - 1].Text) && IsQuotationMark(tokens[at + length].Text)
        && !(at + length + 1 < tokens.Count && lexicon.Hearsay.Contains(tokens[at + length + 1].Lower))
        && !Enumerable.Range(Math.Max(0, at - 4), Math.Min(3, Math.Max(0, at - 1))).Any(j => lexicon.Hearsay.Contains(tokens[j].Lower));

    private static bool IsQuotationMark(string token) => token is "„" or "“" or "”" or "\"" or "«" or "»";

    /// <summary>An account noun at <paramref name="at"/>, a platform word or two before it allowed ("Twitter account", "MP account").</summary>
    private static bool IsAccountAt(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        for (var j = at; j < Math.Min(tokens.Count, at + 3); j++)
        {
            if (!tokens[j].IsWord) return false;
            if (lexicon.IsAccount(tokens[j].Lower) && !tokens[j].Lower.EndsWith('s')) return true;
        }
        return false;
    }

    /// <summary>
    /// Where "the official Twitter account of", "das Konto von", "the account belonging to" starts when it stands right before
    /// the mention at <paramref name="at"/>, else -1: the owner takes the place of the whole phrase.
    /// </summary>
    private static int AccountOwnedFrom(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        var j = at - 1;
        if (j >= 0 && lexicon.Determiners.Contains(tokens[j].Lower) && !lexicon.AccountOwners.Contains(tokens[j].Lower)) j--;
        if (j >= 2 && lexicon.AccountOwners.Contains($"{tokens[j - 1].Lower} {tokens[j].Lower}")) j -= 2;
        else if (j >= 1 && lexicon.AccountOwners.Contains(tokens[j].Lower)) j--;
        else return -1;
        if (j < 0 || !lexicon.IsAccount(tokens[j].Lower) || tokens[j].Lower.EndsWith('s')) return -1;
        // Back over adjectives and platform words to the article: "the official Twitter account".
        for (var k = j - 1; k >= Math.Max(0, j - 4); k--)
        {
            if (!tokens[k].IsWord) return -1;
            if (lexicon.Determiners.Contains(tokens[k].Lower)) return k;
        }
        return -1;
    }

    /// <summary>
    /// "the letter", "this statement", "das Schreiben", "ihrem Brief": a document noun after a definite article or a
    /// possessive (adjectives between), not "another letter" or "a letter" (a new one).
    /// </summary>
    private static bool GenericDocument(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        var noun = tokens[at];
        if (noun.Quoted || !lexicon.DocumentNouns.Contains(noun.Lower) || (!lexicon.SubjectNearVerb && !char.IsUpper(noun.Text[0]))) return false;
        for (var j = at - 1; j >= Math.Max(0, at - 3); j--)
        {
            var lower = tokens[j].Lower;
            if (lexicon.OtherDocument.Contains(lower) || !tokens[j].IsWord) return false;
            if (lexicon.DocumentDeterminers.Contains(lower)) return true;
            if (char.IsUpper(tokens[j].Text[0]) && j > 0) return false;
        }
        return false;
    }

    /// <summary>
    /// The word that makes a mention at <paramref name="at"/> an object or owner: a preposition or genitive article right
    /// before it (also with an article between: "an den"); in German an object article ("dem Satiriker Böhmermann",
    /// "einen Tweet") or a genitive "der" after a noun ("Kanzlerkandidat der SPD"), with up to two words between.
    /// </summary>
    private static string? MarkBefore(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        if (at == 0) return null;
        // "to Energy Secretary John Doyle", "by Sens. Tom Baker", "von CDU-Chef Merz": titles between the preposition and the name.
        var title = at;
        // "Secretary of State Mary Collins", "President of the European Commission Jean-Claude Juncker": in English a
        // capitalised noun before a preposition makes the whole one title; the name is no object of that preposition.
        bool TitleOf(int preposition) => lexicon.SubjectNearVerb && preposition > 0 && !lexicon.Inclusions.Contains(tokens[preposition].Lower)
            && tokens[preposition - 1].IsWord && char.IsUpper(tokens[preposition - 1].Text[0]);
        while (true)
        {
            var start = title;
            // "mit dem 1. Beigeordneten Hahn": an ordinal is part of the title.
            // "from SNP councillor Gerry McLaughlan": an English role noun is written in lower case.
            // "folgt auf Instagram Collins": a platform right before the name is where, not a title ("by Twitter CEO Jack Dorsey" is one).
            while (title > 1 && start - title < 4 && !(title == at && lexicon.Platforms.Contains(tokens[title - 1].Lower))
                   && (tokens[title - 1].Text == "." || (tokens[title - 1].IsWord && char.IsUpper(tokens[title - 1].Text[0]))
                       || lexicon.SubjectNearVerb && lexicon.RoleNouns.Contains(tokens[title - 1].Lower) && title == at
                       || char.IsDigit(tokens[title - 1].Text[0]) && tokens[title].Text == ".")) title--;
            var of = title - 1 > 0 && lexicon.Determiners.Contains(tokens[title - 1].Lower) ? title - 2 : title - 1;
            if (title == start || of <= 0 || at - title > 10 || !lexicon.Prepositions.Contains(tokens[of].Lower) || !TitleOf(of)) break;
            title = of;
        }
        if (title < at && title > 0 && (lexicon.Prepositions.Contains(tokens[title - 1].Lower) || lexicon.Inclusions.Contains(tokens[title - 1].Lower))
            && !lexicon.ScenePrepositions.Contains(tokens[title - 1].Lower) && tokens[title].Text != ".")
            at = title;
        // "von der SPD-Abgeordneten Ursula Lindt": an article between the preposition and the title; but "President of the
        // European Commission Jean-Claude Juncker" is one title (an English capitalised noun before the preposition).
        else if (title < at && title > 1 && lexicon.Determiners.Contains(tokens[title - 1].Lower) && lexicon.Prepositions.Contains(tokens[title - 2].Lower)
                 && !lexicon.ScenePrepositions.Contains(tokens[title - 2].Lower) && tokens[title].Text != "."
                 && !TitleOf(title - 2))
            at = title - 1;
        var previous = tokens[at - 1].Lower;
        // "Zusammen mit Hahn hat Berger …": a companion before the inclusion makes the pair ("mit" alone includes).
        if (lexicon.Inclusions.Contains(previous)) return at > 1 && lexicon.Companions.Contains(tokens[at - 2].Lower) ? $"{tokens[at - 2].Lower} {previous}" : previous;
        // "Darunter sind Berger und Hahn", "etwa die Bundesregierung": the inclusion before a copula or an article.
        if (at > 1 && (lexicon.Copulas.Contains(previous) || lexicon.Determiners.Contains(previous)) && lexicon.Inclusions.Contains(tokens[at - 2].Lower)) return tokens[at - 2].Lower;
        // "among them Collins", "unter ihnen sind Berger und Hahn"
        // ", among others, Collins": the pair as an aside between commas.
        for (var p = at - 2; p >= Math.Max(0, at - 3); p--)
            if (lexicon.InclusionPairs.Contains($"{tokens[p].Lower} {tokens[p + 1].Lower}")
                && (p == at - 2 || char.IsLower(tokens[at - 1].Text[0]) || tokens[at - 1].Text == ":" || (tokens[at - 1].Text == "," && p > 0 && tokens[p - 1].Text == ",")))
                return $"{tokens[p].Lower} {tokens[p + 1].Lower}";
        if (lexicon.Prepositions.Contains(previous) || lexicon.GenitiveArticles.Contains(previous))
            return at > 1 && lexicon.Companions.Contains(tokens[at - 2].Lower) ? $"{tokens[at - 2].Lower} {previous}" : previous;
        // "in einer Erklärung": German's indefinite articles are no determiners of their own; nor are possessives ("in ihrem Brief").
        if (at > 1 && (lexicon.Determiners.Contains(previous) || lexicon.Indefinites.Contains(previous) || lexicon.Possessives.Contains(previous))
            && (lexicon.Prepositions.Contains(tokens[at - 2].Lower) || lexicon.Inclusions.Contains(tokens[at - 2].Lower))) return tokens[at - 2].Lower;
        // "for the right-wing Reform Party": an English adjective between the preposition's article and the name ("a screenshot showing X" is no adjective).
        if (lexicon.SubjectNearVerb && at > 2 && tokens[at - 1].IsWord && char.IsLower(tokens[at - 1].Text[0]) && !tokens[at - 1].Lower.EndsWith("ing", StringComparison.Ordinal)
            && lexicon.Determiners.Contains(tokens[at - 2].Lower) && lexicon.Prepositions.Contains(tokens[at - 3].Lower) && !lexicon.ScenePrepositions.Contains(tokens[at - 3].Lower))
            return tokens[at - 3].Lower;
        // article [lower-case adjective] [capitalised role noun] mention; "Initiiert hat den Brief Hahn": a document noun is no role.
        var k = at - 1;
        if (k > 0 && tokens[k].IsWord && char.IsUpper(tokens[k].Text[0]) && !IsArticle(tokens[k].Lower) && !lexicon.DocumentNouns.Contains(tokens[k].Lower)) k--;
        if (k > 0 && tokens[k].IsWord && char.IsLower(tokens[k].Text[0]) && !IsArticle(tokens[k].Lower)) k--;
        if (k < 0 || !IsArticle(tokens[k].Lower)) return null;
        if (lexicon.ObjectArticles.Contains(tokens[k].Lower)) return tokens[k].Lower;
        return k > 0 && tokens[k - 1].IsWord && char.IsUpper(tokens[k - 1].Text[0]) ? "genitive" : null;

        bool IsArticle(string lower) => lexicon.ObjectArticles.Contains(lower) || lexicon.GenitiveAfterNoun.Contains(lower);
    }

    /// <summary>
    /// A party, organisation or state that only says where a person belongs: in brackets after the name ("Söder (CSU)",
    /// "(alle Grüne)") or right before it ("Labour MP Justin Madders"). It is no participant of the sentence.
    /// </summary>
    private bool IsAffiliation(Mention m, List<Mention> mentions, IReadOnlyList<Token> tokens, CueLexicon lexicon)
    {
        if (m.IsPronoun || actors.Actors[m.Actor].IsDocument) return false;
        // "Labour MPs who oppose …", "Ed Miliband loyalists": the name describes a group, it is no actor of its own ("the letter's signatories" are the letter's).
        if (m.End < tokens.Count && lexicon.MakesGroup(tokens[m.End], actors.Actors[m.Actor].Kind == ActorKinds.Person)) return true;
        // "Liberal and National MPs", "Kirklees and Calderdale council leaders": the first of two group names before one member noun
        // (the second name may run over several words).
        if (m.End + 2 < tokens.Count && lexicon.Conjunctions.Contains(tokens[m.End].Lower) && char.IsUpper(tokens[m.End + 1].Text[0])
            && (mentions.FirstOrDefault(o => o.Start == m.End + 1 && !o.IsPronoun)?.End ?? m.End + 2) is var second && second < tokens.Count
            && lexicon.MakesGroup(tokens[second], actors.Actors[m.Actor].Kind == ActorKinds.Person)) return true;
        // "die CDU/CSU-Abgeordneten Weiler und Pantel": the party names the group of a compound after a slash.
        if (m.End + 1 < tokens.Count && tokens[m.End].Text == "/" && tokens[m.End + 1].Lower.Split('-')[^1] is var tail && tail != tokens[m.End + 1].Lower
            && lexicon.MemberNouns.Contains(tail)) return true;
        if (actors.Actors[m.Actor].Kind is not (ActorKinds.Party or ActorKinds.Organisation or ActorKinds.State)) return false;
        bool IsPerson(Mention o) => !o.IsPronoun && actors.Actors[o.Actor].Kind == ActorKinds.Person;
        // "Republicans including Sen. Haddad", "Grüne wie Anna Berger": a party right before the members it includes names their group.
        if (actors.Actors[m.Actor].Kind == ActorKinds.Party && m.End < tokens.Count && lexicon.Inclusions.Contains(tokens[m.End].Lower)
            && !lexicon.Conjunctions.Contains(tokens[m.End].Lower) && !lexicon.Comitatives.Contains(tokens[m.End].Lower)
            && mentions.Any(o => IsPerson(o) && o.Start > m.End && o.Start - m.End <= 4)) return true;
        // "Konstantin Vogt von den Grünen", "Mary Collins of Ohio": right after a person's name, where the person is from.
        if (m.Mark is { } origin && lexicon.Origins.Contains(origin) && mentions.Any(o => IsPerson(o) && o.End < m.Start
            && Enumerable.Range(o.End, m.Start - o.End).All(j => lexicon.Origins.Contains(tokens[j].Lower) || lexicon.Determiners.Contains(tokens[j].Lower)))) return true;
        var open = TokenWindow.Before(m.Start, 2).LastOrDefault(j => tokens[j].Text == "(", -1);
        if (open >= 0 && mentions.Any(o => IsPerson(o) && (o.End == open || (o.End == open - 1 && lexicon.TitlesAfterName.Contains(tokens[open - 1].Lower))))) return true;
        // "Tom Baker MP Greens": the party after a person's title.
        if (m.Start > 1 && lexicon.TitlesAfterName.Contains(tokens[m.Start - 1].Lower) && mentions.Any(o => IsPerson(o) && o.End == m.Start - 1)) return true;
        var next = mentions.FirstOrDefault(o => o.Start >= m.End && o.Actor != m.Actor);
        if (next is null || !IsPerson(next)) return false;
        if (next.Start - m.End <= 2 && m.Mark is null && Enumerable.Range(m.End, next.Start - m.End).All(j => tokens[j].IsWord && char.IsUpper(tokens[j].Text[0]))) return true;
        // "SNP councillor Gerry McLaughlan", "Peoples Democratic Party (PDP) leader Mehbooba Mufti": a role noun between (after the party's abbreviation).
        var role = next.Start - 1;
        var after = m.End < tokens.Count && tokens[m.End].Text == "(" && mentions.FirstOrDefault(o => o.Start == m.End + 1 && o.Actor == m.Actor) is { } abbreviation
            && abbreviation.End < tokens.Count && tokens[abbreviation.End].Text == ")" ? abbreviation.End + 1
            : m.End < tokens.Count && tokens[m.End].Text == ")" ? m.End + 1 : m.End;
        return lexicon.SubjectNearVerb && role == after && lexicon.RoleNouns.Contains(tokens[role].Lower);
    }
}
