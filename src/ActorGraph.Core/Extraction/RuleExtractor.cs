using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Finds the relations between known actors that a news text states, with rules: a cue lexicon per language
/// (<see cref="CueLexicon"/>) and a few clause heuristics for who is subject and who is object.
/// </summary>
/// <remarks>
/// The work is in stages a statistical model could take over one by one: <see cref="Sentences"/> splits and tokenizes,
/// <see cref="ActorLexicon"/> finds the actors, and <see cref="Extract"/> decides the relations; a model would take the
/// same sentence and actor mentions and return the same <see cref="ExtractedRelation"/> rows.
/// <para>Per sentence: cues are matched longest first; for each cue the source is the first unmarked actor before it
/// (not genitive, not after a preposition, not an object pronoun), else the first after it (German inversion:
/// <c>Darauf antwortete Esken</c>), else the source of the previous cue (coordinated verbs share the subject); in the
/// passive the agent after <c>von</c>/<c>by</c> is the source. Targets are the other actors up to the next cue, a
/// contrast (<c>aber</c>, <c>but</c>) or <c>;</c>; REPLIED_TO, FOLLOWS and LIKED take one, TAGGED all. SIGNED takes every
/// actor of the sentence as signer of the declaration it names, or of the last one the text named.</para>
/// <para>Nothing comes from a cue under a negation or a non-event (<c>reagierte nicht</c>, <c>did not reply</c>,
/// <c>könnte antworten</c>, <c>to reply</c>), from cues inside quotation marks (what someone said, not what happened),
/// or for an actor negated or excluded in a list (<c>nicht aber China</c>, <c>except Poland</c>). Pronouns resolve to
/// the nearest earlier fitting actor of the sentence; only when the sentence has none, to the previous sentence's
/// subject (lower confidence, noted in the explanation): news text often opens a sentence with <c>Er</c>.</para>
/// </remarks>
public sealed partial class RuleExtractor(ActorLexicon actors)
{
    /// <param name="Mark">What makes the mention no subject: the preposition or article before it, <c>'s</c> for a genitive ending; null if unmarked.</param>
    /// <param name="Via">How a role noun or shared last name was resolved (for the explanation); null for a name, alias or handle.</param>
    /// <param name="Latter">A pronoun for the one named last ("Dieser", "the latter"), not the subject before.</param>
    /// <param name="Group">The actors a group word stands for ("the senators", "both", "they" after a list); <paramref name="Actor"/> is the first, relations go to each.</param>
    private sealed record Mention(int Start, int End, int Actor, (char Gender, bool Subject)? Pronoun, string? Mark, string Text, string? Via = null, bool Latter = false,
        int[]? Group = null)
    {
        public bool IsPronoun => Pronoun is not null;
        public bool Marked => Mark is not null;
    }

    private sealed record Hit(Cue Cue, int[] Tokens)
    {
        public int Anchor => Tokens[0];
        public int Last => Tokens[^1];
    }

    /// <summary>An actor, what had to be inferred to get there, a note for the explanation, and the mention in the sentence that stands for it (if any).</summary>
    private readonly record struct Resolved(int Actor, Inference How, string Note, Mention? At = null);

    /// <summary>One sentence with its actor mentions and cues, in the language's lexicon.</summary>
    private sealed record Parsed(Sentence Sentence, List<Mention> Mentions, List<Hit> Hits, CueLexicon Lexicon)
    {
        public IReadOnlyList<Token> Tokens => Sentence.Tokens;
    }

    /// <summary>What earlier sentences leave for later ones.</summary>
    private sealed class Discourse
    {
        public IReadOnlyList<Mention> Previous { get; set; } = [];
        public int LastDocument { get; set; } = -1;
        /// <summary>Documents the text named as the addressee's ("your letter"): not what its writers signed.</summary>
        public HashSet<int> Addressed { get; } = [];
        /// <summary>An open list of signers: the line that opened it, its cue, and where its last line ends.</summary>
        public (Parsed Opener, Hit Hit, int End)? Signers { get; set; }
        /// <summary>The index of the last sentence that named a document or a signing.</summary>
        public int LastSigning { get; set; } = -10;
        /// <summary>The index of the last sentence with a signing verb or noun that is not negated.</summary>
        public int LastSigned { get; set; } = -10;
        /// <summary>The lines just before that each name someone, and nothing else.</summary>
        public List<Parsed> NameRun { get; set; } = [];
        /// <summary>A letter's salutation ("Dear Secretary Doyle,") came before: lines of names after its text are its signers.</summary>
        public bool LetterOpened { get; set; }
        /// <summary>The last sentence ends with a colon and names no signing: it introduces a list of something else.</summary>
        public bool IntroducedOtherwise { get; set; }
        /// <summary><see cref="IntroducedOtherwise"/> as it was before the first line of <see cref="NameRun"/>.</summary>
        public bool RunIntroducedOtherwise { get; set; }
        /// <summary>Actor → who last tagged or answered them in this text.</summary>
        public Dictionary<int, int> AddressedBy { get; } = [];
        /// <summary>Who posted or spoke, most recent first, with the <see cref="Narrative"/> index: whom a reply without a target answers.</summary>
        public List<(int Actor, int Sentence)> Posters { get; } = [];
        /// <summary>The sentence after the one being read in its paragraph: "congratulated Ryan on his selection. … deleted their tweets" names the platform after the act.</summary>
        public Sentence? Following { get; set; }
        /// <summary>The actor mentions of <see cref="Following"/>.</summary>
        public IReadOnlyList<Mention> FollowingMentions { get; set; } = [];
        /// <summary>How many sentences so far the text itself says (not those wholly inside a quoted post).</summary>
        public int Narrative { get; set; }
        /// <summary>The last reply: who answered whom.</summary>
        public (int Source, int Target)? LastReply { get; set; }
        /// <summary>A like or retweet of a post whose author the text has not named yet.</summary>
        public (Parsed Sentence, Hit Hit, Resolved Source)? PendingPost { get; set; }
        /// <summary>Who follows the accounts a sentence counted without naming them, and its <see cref="Narrative"/> index.</summary>
        public (int Owner, int Sentence)? FollowList { get; set; }
        /// <summary>The <see cref="Narrative"/> index of the last sentence about following on a platform (see <see cref="NoteFollowTopic"/>).</summary>
        public int FollowTopic { get; set; } = -10;
        /// <summary>Who joined others in a letter's act ("joined Baker in calling on") before the text named the letter.</summary>
        public (Parsed Sentence, Hit Hit, List<Mention> Signers)? PendingJoin { get; set; }
        /// <summary>The four sentences before.</summary>
        public List<Sentence> Recent { get; } = [];
    }

    /// <summary>Where a cue's clause starts and ends, and the mentions before and after the cue within it.</summary>
    private sealed record Clause(int Start, bool Subordinate, bool Own, List<Mention> Before, List<Mention> After);

    public ActorLexicon Actors => actors;

    /// <summary>The relations <paramref name="text"/> states; <paramref name="language"/> is <c>de</c>, <c>en</c> or <c>auto</c>.
    /// <paramref name="ct"/> is checked once per sentence, so a service's time limit stops a long article.</summary>
    public IReadOnlyList<ExtractedRelation> Extract(string text, string language = "auto", CancellationToken ct = default)
    {
        var lexicon = CueLexicon.For(language == "auto" ? Languages.Detect(text) : language);
        var best = new Dictionary<(string, RelationType, string), ExtractedRelation>();
        var order = new List<(string, RelationType, string)>();
        var discourse = new Discourse();
        var sentences = Split(text, lexicon);
        var mentionsOf = MentionsOf(sentences, lexicon, ct);
        var groups = Groups(sentences, mentionsOf);
        void Keep(ExtractedRelation relation)
        {
            foreach (var each in ForEachMember(relation, groups))
            {
                var key = (each.Source, each.Relation, each.Target);
                if (!best.TryGetValue(key, out var known)) order.Add(key);
                if (known is null || each.Confidence > known.Confidence) best[key] = each;
            }
        }
        foreach (var relation in PostTags(text, sentences, mentionsOf, lexicon)) Keep(relation);
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            var mentions = mentionsOf[sentence.Index];
            if (sentence.Tokens.Any(t => t.IsWord && !t.Quoted)) discourse.Narrative++;
            // The next sentence of the paragraph, or what a line ending with a colon introduces.
            discourse.Following = sentence.Index + 1 < sentences.Count && sentences[sentence.Index + 1] is var following
                && (sentence.Text.TrimEnd().EndsWith(':') || !text[(sentence.Start + sentence.Text.Length)..following.Start].Contains('\n')) ? following : null;
            discourse.FollowingMentions = discourse.Following is { } next ? mentionsOf[next.Index] : [];
            var parsed = new Parsed(sentence, mentions, FindCues(sentence.Tokens, mentions, lexicon), lexicon);
            foreach (var relation in ExtractSentence(parsed, discourse)) Keep(relation);
            foreach (var relation in ListedSigners(text, parsed, discourse)) Keep(relation);
            foreach (var relation in DocumentAuthors(parsed, discourse)) Keep(relation);
            foreach (var relation in ListedFollows(parsed, discourse)) Keep(relation);
            foreach (var relation in RepliesByNoun(parsed, discourse)) Keep(relation);
            foreach (var relation in ActsReceived(parsed, discourse)) Keep(relation);
            foreach (var relation in SignersByMedium(parsed, discourse)) Keep(relation);
            foreach (var relation in SignersJoining(parsed, discourse)) Keep(relation);
            if (discourse.PendingPost is var (liked, likeHit, liker) && liked.Sentence.Index < sentence.Index)
            {
                // Only a sentence that comes back to the post ("The tweet was posted by …") names its author.
                if (parsed.Tokens.Where((t, j) => j > 0 && lexicon.IsPostNoun(t.Lower) && lexicon.Determiners.Contains(parsed.Tokens[j - 1].Lower)).Any()
                    && Posters(parsed, speakers: false).Where(p => p != liker.Actor).Select(p => (int?)p).FirstOrDefault() is { } author) Keep(PostAuthorLater(text, liked, likeHit, liker, parsed, author));
                if (sentence.Index - liked.Sentence.Index >= 4) discourse.PendingPost = null;
            }
            NoteFollowTopic(parsed, discourse);
            foreach (var poster in Posters(parsed, speakers: true)) discourse.Posters.Insert(0, (poster, discourse.Narrative));
            // "His post has since drawn 1,100 reactions": a possessive before a post names its author.
            foreach (var m in mentions.Where(m => m.IsPronoun && !m.Pronoun!.Value.Subject && m.End < sentence.Tokens.Count && !sentence.Tokens[m.Start].Quoted
                         && lexicon.IsPostNoun(sentence.Tokens[m.End].Lower)))
                if (Resolve(m, mentions, discourse.Previous, -1) is { } owner) discourse.Posters.Insert(0, (owner.Actor, discourse.Narrative));
            foreach (var m in mentions.Where(IsDocument))
            {
                // "your letter" (also as the alias itself) is the addressee's.
                if (lexicon.AddresseePossessives.Contains(sentence.Tokens[m.Start].Text) || (m.Start > 0 && lexicon.AddresseePossessives.Contains(sentence.Tokens[m.Start - 1].Text)))
                    discourse.Addressed.Add(m.Actor);
                else discourse.LastDocument = m.Actor;
            }
            // "Here is a list of the senators who did not sign": the names after a negated signing are no signers.
            var signings = Enumerable.Range(0, parsed.Hits.Count).Where(k => parsed.Hits[k].Cue.Relation == RelationType.Signed).ToList();
            if (signings.Any(k => Negated(parsed, k, out _))) discourse.LastSigning = -10;
            else if (signings.Count > 0 || mentions.Any(IsDocument)) discourse.LastSigning = sentence.Index;
            if (signings.Count > 0 && !signings.Any(k => Negated(parsed, k, out _))) discourse.LastSigned = sentence.Index;
            discourse.IntroducedOtherwise = sentence.Tokens is [.., { Text: ":" }] && signings.Count == 0;
            Carry(discourse, sentence, mentions);
            discourse.Recent.Add(sentence);
            if (discourse.Recent.Count > 4) discourse.Recent.RemoveAt(0);
        }
        return order.Select(k => best[k]).ToList();
    }

    /// <summary>Sentences, with no break inside a name or a list broken across lines.</summary>
    private IReadOnlyList<Sentence> Split(string text, CueLexicon lexicon) =>
        Sentences.Split(text, actors.LineBreaksInNames(text).Union(SignerLists.ListLineBreaks(text, lexicon)).ToHashSet());

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
                && Enumerable.Range(Math.Max(0, m.Start - 2), m.Start - Math.Max(0, m.Start - 2)).Any(j => lexicon.OtherDocument.Contains(s.Tokens[j].Lower)));
            namedDocuments.UnionWith(mentionsOf[^1].Where(IsDocument).Select(m => m.Actor));
            if (mentionsOf[^1].LastOrDefault(IsDocument) is { } named) lastDocument = named.Actor;
        }
        return mentionsOf;
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
            // In English a plain "s" makes a plural ("The senators"), not a genitive. "einen Stern", "ein Link": a one-word name after
            // an indefinite article is the common noun (a document's alias is not: "einen Brief").
            if (actors.Match(tokens, i) is { } match && !(match.Genitive && lexicon.SubjectNearVerb && !tokens[i + match.Length - 1].Text.Contains('\'') && !tokens[i + match.Length - 1].Text.Contains('’'))
                && !(match.Length == 1 && !lexicon.SubjectNearVerb && i > 0 && lexicon.Indefinites.Contains(tokens[i - 1].Lower) && char.IsLetter(tokens[i].Text[0]) && !actors.Actors[match.Actor].IsDocument))
            {
                // "Democrats’ priorities": the apostrophe after a plural stands as a token of its own.
                var apostrophe = i + match.Length < tokens.Count && tokens[i + match.Length].Text is "'" or "’" && tokens[i + match.Length - 1].Text.EndsWith('s');
                var genitive = match.Genitive || apostrophe ? "'s" : null;
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
                var apostrophe = tokens[i + length - 1].Text.Contains('\'') || tokens[i + length - 1].Text.Contains('’');
                if (!(shared && lexicon.SubjectNearVerb && !apostrophe) && documentMeant(documents, i) is var meant and >= 0)
                    mentions.Add(new Mention(i, i + length, meant, null, shared ? "'s" : mark, tokens[i].Text,
                        actors.Actors[meant].IsDocument ? null : $"'{tokens[i].Text}' = {actors.Actors[meant].Name} (a last name several share)"));
                i += length - 1;
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

    private Mention GroupMention(IReadOnlyList<Token> tokens, int start, int end, int[] members, string words, CueLexicon lexicon) =>
        new(start, end, members[0], null, MarkBefore(tokens, start, lexicon), tokens[start].Text,
            $"group '{words}' = {string.Join(", ", members.Select(a => actors.Actors[a].Name))}, listed before", Group: members);

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
            while (title > 1 && start - title < 4 && (tokens[title - 1].Text == "." || (tokens[title - 1].IsWord && char.IsUpper(tokens[title - 1].Text[0])))) title--;
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
        if (lexicon.Inclusions.Contains(previous)) return previous;
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
        // "in einer Erklärung": German's indefinite articles are no determiners of their own.
        if (at > 1 && (lexicon.Determiners.Contains(previous) || lexicon.Indefinites.Contains(previous))
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
        // "Liberal and National MPs": the first of two group names before one member noun.
        if (m.End + 2 < tokens.Count && lexicon.Conjunctions.Contains(tokens[m.End].Lower) && char.IsUpper(tokens[m.End + 1].Text[0])
            && lexicon.MakesGroup(tokens[m.End + 2], actors.Actors[m.Actor].Kind == ActorKinds.Person)) return true;
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
        var open = Enumerable.Range(Math.Max(0, m.Start - 2), m.Start - Math.Max(0, m.Start - 2)).LastOrDefault(j => tokens[j].Text == "(", -1);
        if (open >= 0 && mentions.Any(o => IsPerson(o) && (o.End == open || (o.End == open - 1 && lexicon.TitlesAfterName.Contains(tokens[open - 1].Lower))))) return true;
        // "Tom Baker MP Greens": the party after a person's title.
        if (m.Start > 1 && lexicon.TitlesAfterName.Contains(tokens[m.Start - 1].Lower) && mentions.Any(o => IsPerson(o) && o.End == m.Start - 1)) return true;
        var next = mentions.FirstOrDefault(o => o.Start >= m.End);
        return next is not null && IsPerson(next) && next.Start - m.End <= 2 && m.Mark is null
            && Enumerable.Range(m.End, next.Start - m.End).All(j => tokens[j].IsWord && char.IsUpper(tokens[j].Text[0]));
    }

    /// <summary>
    /// In "an Esken, Sippel und Walter-Borjans" all three are objects like the first. A run joined only by commas is no
    /// list ("In a reply to Ward, Miller wrote"): it must end with und/and/sowie/oder/or.
    /// </summary>
    private static void MarkLists(List<Mention> mentions, IReadOnlyList<Token> tokens, CueLexicon lexicon, Func<Mention, bool> isDocument)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            // "In a letter, Collins and Baker urged …": the people after a document are no list with it.
            if (!mentions[i].Marked || mentions[i].IsPronoun || isDocument(mentions[i])) continue;
            var last = i;
            var conjunction = false;
            while (last + 1 < mentions.Count && Glue(mentions[last], mentions[last + 1], tokens, lexicon) is { } glue)
            {
                // "In a letter to Doyle, Collins and Baker urged …": the opening phrase ends at its comma, the subject follows.
                if (last == i && OpeningPhraseEnds(tokens, mentions[i], glue, lexicon)) break;
                // "Muscat, on behalf of the Council of the European Union, and Juncker": an aside opened by a comma closes at ", and".
                if (glue.Contains(",") && glue.Any(lexicon.Conjunctions.Contains) && AsideAt(tokens, mentions[i], lexicon)) break;
                last++;
                conjunction = glue.Any(lexicon.Conjunctions.Contains);
                if (conjunction) break;
            }
            if (!conjunction) continue;
            for (var j = i + 1; j <= last; j++) mentions[j] = mentions[j] with { Mark = mentions[i].Mark };
            i = last;
        }
    }

    /// <summary>The mention stands in a phrase a comma opened with a preposition (", on behalf of the Council of …").</summary>
    private static bool AsideAt(IReadOnlyList<Token> tokens, Mention m, CueLexicon lexicon)
    {
        var comma = m.Start - 1;
        while (comma >= 0 && tokens[comma].IsWord) comma--;
        return comma >= 0 && tokens[comma].Text == "," && Enumerable.Range(comma + 1, m.Start - comma - 1).Any(j => lexicon.Prepositions.Contains(tokens[j].Lower));
    }

    /// <summary>An English sentence opens with a prepositional phrase, <paramref name="m"/> ends it and a comma follows.</summary>
    private static bool OpeningPhraseEnds(IReadOnlyList<Token> tokens, Mention m, List<string> glue, CueLexicon lexicon) =>
        lexicon.SubjectNearVerb && lexicon.Prepositions.Contains(tokens[0].Lower) && glue.Contains(",") && !glue.Any(lexicon.Conjunctions.Contains)
        && !tokens.Take(m.Start).Any(t => t.Text == ",");

    /// <summary>
    /// The words between two mentions if they can join two items of a list, else null: commas, conjunctions, articles,
    /// and what names carry in lists ("Sen.", "(R-Ohio)", "MdB", "Emma-Chefredakteurin"): capitalised words, brackets, periods.
    /// </summary>
    private static List<string>? Glue(Mention a, Mention b, IReadOnlyList<Token> tokens, CueLexicon lexicon)
    {
        if (b.Start - a.End is 0 or > 8) return null;
        var glue = Enumerable.Range(a.End, b.Start - a.End).Select(j => tokens[j]).ToList();
        var depth = 0;
        for (var g = 0; g < glue.Count; g++)
        {
            var t = glue[g];
            // "1) Anna Berger, 2) Markus Hahn": the number of a list item.
            if (t.Text.All(char.IsDigit) && g + 1 < glue.Count && glue[g + 1].Text is ")" or ".") g++;
            else if (t.Text == "(") depth++;
            else if (t.Text == ")") depth--;
            else if (depth == 0 && !lexicon.IsListGlue(t.Lower) && t.Text != "." && !(t.IsWord && char.IsUpper(t.Text[0]))) return null;
        }
        var words = glue.Select(t => t.Lower).ToList();
        return words.Any(w => w is "," or ";" || lexicon.Conjunctions.Contains(w)) ? words : null;
    }

    private List<Hit> FindCues(IReadOnlyList<Token> tokens, List<Mention> mentions, CueLexicon lexicon)
    {
        var namesDocument = mentions.Any(IsDocument);
        var used = new bool[tokens.Count];
        foreach (var m in mentions) for (var j = m.Start; j < m.End; j++) used[j] = true;
        var hits = new List<Hit>();
        foreach (var cue in lexicon.Cues)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                // Cues inside quotation marks are what someone said, not what happened; a quoted button name ("Gefällt mir") is a noun cue.
                // A vague cue ("wrote", "joined") is SIGNED only beside a named document; elsewhere it must not split the clause.
                if (cue.NeedsDocument && !namesDocument) break;
                if (used[i] || (tokens[i].Quoted && !cue.Noun) || cue.MatchAt(tokens, i) is not { } matched) continue;
                if (matched.Any(j => used[j])) continue;
                // "schrieben einen Brief an Meier": writing a letter to someone is no post to them.
                if (cue.Relation != RelationType.Signed && mentions.Any(m => IsDocument(m) && m.Start > matched[0] && m.Start < matched[^1])) continue;
                // "to reply", "zu antworten"; "continues to follow" states that it goes on, "the first to sign" that it happened.
                var goesOn = i > 1 && lexicon.Infinitive.Contains(tokens[i - 1].Lower) && (lexicon.Aspectuals.Contains(tokens[i - 2].Lower) || lexicon.Firsts.Contains(tokens[i - 2].Lower)
                    || TurnedToPlatform(tokens, i - 1, lexicon) || PurposeOfPost(tokens, i - 1, lexicon));
                if (!cue.Noun && i > 0 && lexicon.Infinitive.Contains(tokens[i - 1].Lower) && !goesOn || cue.InfinitiveOnly && !goesOn) continue;
                // "the mentions", "of replies": a verb form used as a noun states no act.
                // "his reply", "Baker's retweets": after an owner too.
                if (!cue.Noun && i > 0 && !goesOn && (lexicon.Determiners.Contains(tokens[i - 1].Lower) || lexicon.Prepositions.Contains(tokens[i - 1].Lower)
                    || lexicon.SubjectNearVerb && cue.Relation != RelationType.Tagged
                       && (lexicon.Possessives.Contains(tokens[i - 1].Lower) || tokens[i - 1].Lower == "her" || mentions.Any(m => m.End == i && m.Mark == "'s")))
                    && cue.Relation != RelationType.Signed) continue;
                // "gefolgt von", "followed by" without a passive auxiliary is about time, not about following someone.
                // "an account followed by Obama" is about following.
                if (cue.Relation == RelationType.Follows && !cue.Noun && matched[^1] + 1 < tokens.Count && lexicon.Agents.Contains(tokens[matched[^1] + 1].Lower)
                    && !tokens.Take(i).Any(t => lexicon.PassiveAuxiliaries.Contains(t.Lower)) && !(i > 0 && lexicon.Platforms.Contains(tokens[i - 1].Lower))) continue;
                foreach (var j in matched) used[j] = true;
                hits.Add(new Hit(cue, matched));
            }
        }
        hits.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        return hits;
    }

    /// <summary>
    /// "took to Twitter to respond to Collins", "nutzte X, um auf Hahn zu reagieren": the infinitive at <paramref name="to"/> is what
    /// was done on the platform a turning verb just named ("took to Twitter, asking Ellis to respond" is a request).
    /// </summary>
    private static bool TurnedToPlatform(IReadOnlyList<Token> tokens, int to, CueLexicon lexicon)
    {
        var platform = Enumerable.Range(Math.Max(0, to - 6), to - Math.Max(0, to - 6)).LastOrDefault(j => !tokens[j].Quoted && (lexicon.IsPlatformWord(tokens[j].Lower) || tokens[j].Lower == "media"), -1);
        if (platform < 1 || !Enumerable.Range(Math.Max(0, platform - 4), platform - Math.Max(0, platform - 4)).Any(j => lexicon.PlatformTurns.Contains(tokens[j].Lower))) return false;
        // Right after the platform in English; in German after "um" and its objects.
        var between = Enumerable.Range(platform + 1, to - platform - 1).ToList();
        return lexicon.SubjectNearVerb ? between.Count == 0 : between.Count > 0 && between.Count(j => !tokens[j].IsWord) <= 1 && between.Any(j => tokens[j].Lower == "um");
    }

    /// <summary>
    /// "meldete sich auf X zu Wort, um Hahn zu antworten": a German purpose clause ("um … zu") after a post or a platform says what the post was.
    /// </summary>
    private static bool PurposeOfPost(IReadOnlyList<Token> tokens, int to, CueLexicon lexicon)
    {
        if (lexicon.SubjectNearVerb) return false;
        var um = Enumerable.Range(Math.Max(0, to - 6), to - Math.Max(0, to - 6)).LastOrDefault(j => tokens[j].Lower == "um" && j > 0 && tokens[j - 1].Text == ",", -1);
        return um > 0 && Enumerable.Range(um + 1, to - um - 1).All(j => tokens[j].IsWord)
            && Enumerable.Range(0, um).Any(j => !tokens[j].Quoted && (lexicon.IsPlatformWord(tokens[j].Lower) || lexicon.PostingVerbs.Contains(tokens[j].Lower)));
    }

    /// <summary>Each cue of the sentence in order: negation, then who acted (roles), then on whom, then the rows.</summary>
    private IEnumerable<ExtractedRelation> ExtractSentence(Parsed s, Discourse discourse)
    {
        List<Resolved>? previousSources = null;
        var sentenceSources = new List<int>();
        var results = new List<ExtractedRelation>();
        for (var k = 0; k < s.Hits.Count; k++)
        {
            var hit = s.Hits[k];
            if (Negated(s, k, out var intention) || Unstated(s, k, discourse) is not null) { previousSources = null; continue; }
            // "will Hahn noch heute antworten": a plan is no post, like, follow or repost yet (a signing announced keeps a lower confidence).
            if (intention && hit.Cue.Relation is not (RelationType.Signed or RelationType.Tagged)) { previousSources = null; continue; }
            if (hit.Cue.Relation == RelationType.Retweeted && Commented(s, hit)) hit = hit with { Cue = hit.Cue with { Relation = RelationType.Quoted } };
            var basis = intention ? new Resolved(-1, Inference.Intention, "announced (intention)") : new Resolved(-1, Inference.None, "");
            if (hit.Cue.Relation == RelationType.Signed)
            {
                results.AddRange(Signed(s, k, discourse, basis));
                continue;
            }

            if (hit.Cue.Owner)
            {
                results.AddRange(Owned(s, k, discourse, basis));
                continue;
            }
            var clause = ClauseOf(s, k);
            var (subjects, passive) = Subjects(s, k, clause);
            // A letter is addressed to someone, it does not tag them: only SIGNED points at a document.
            // "Tharoor hit back at Malviya by saying that he liked …": a subject pronoun means the subject of the clause before.
            var sources = subjects.Where(m => !IsDocument(m) && !Impersonated(s, m)).Select(m => Resolve(m, s.Mentions, discourse.Previous, -1, sentenceSources)).OfType<Resolved>().Select(r => r with { How = r.How | (passive ? Inference.Passive : 0) }).ToList();
            if (passive) basis = basis with { Note = Join(basis.Note, "passive: agent") };
            if (sources.Count == 0 && !passive && k > 0 && previousSources is not null)
                sources = previousSources.Select(p => p with { How = p.How | Inference.InheritedSubject, Note = Join(p.Note, $"subject shared with '{s.Tokens[s.Hits[k - 1].Anchor].Text}'") }).ToList();
            // "The post was a response to a comment made by Anderson": a post as the subject is its author's act.
            if (sources.Count == 0 && !passive && hit.Cue.Relation == RelationType.RepliedTo && PostAsSubject(s, clause, hit)
                && discourse.Posters.FirstOrDefault(p => p.Sentence < discourse.Narrative && discourse.Narrative - p.Sentence <= 2, (Actor: -1, Sentence: -1)).Actor is var author and >= 0)
                sources = [new Resolved(author, Inference.PronounFromPreviousSentence, $"the post is {actors.Actors[author].Name}'s, who posted just before")];
            // "after his tweets directed at the Labour leader": the post's owner tagged, whoever the clause's subject is.
            if (hit.Cue.AfterPost) sources = PostAuthor(s, hit, sources, discourse);
            if (sources.Count == 0) { previousSources = null; continue; }

            var objects = Objects(s, hit, clause, subjects, passive);
            var targets = new List<int>();
            foreach (var source in sources)
            {
                var any = false;
                foreach (var o in objects)
                {
                    if (Resolve(o, s.Mentions, discourse.Previous, source.Actor, sentenceSources) is not { } target || target.Actor == source.Actor) continue;
                    any = true;
                    targets.Add(target.Actor);
                    results.Add(Row(s, hit, source, target, basis.How | source.How | target.How, basis.Note, source.Note, target.Note));
                }
                // "Kutcher markierte Esken. Esken reagierte prompt": whom she answered is the one who last tagged or answered her.
                if (!any && (hit.Cue.Relation is RelationType.RepliedTo || hit.Cue.Relation is RelationType.Liked && !NamesPostAfter(s, hit) && !AnyPosts(s, hit) || hit.Cue.Reciprocal)
                    && discourse.AddressedBy.TryGetValue(source.Actor, out var asker))
                {
                    targets.Add(asker);
                    results.Add(Row(s, hit, source, new Resolved(asker, Inference.ImpliedTarget, ""), basis.How | source.How | Inference.ImpliedTarget, basis.Note, source.Note,
                        $"target implied: {actors.Actors[asker].Name} addressed {actors.Actors[source.Actor].Name} before"));
                }
                // "McAuliffe fired back. Northam also responded.": the same target as the reply before.
                else if (!any && hit.Cue.Relation is RelationType.RepliedTo && discourse.LastReply is var (replier, answered) && replier != source.Actor && answered != source.Actor
                         && (ClauseHas(s, clause, hit, s.Lexicon.Additives) || AddsToPrevious(discourse, source.Actor, s.Lexicon)))
                {
                    targets.Add(answered);
                    results.Add(Row(s, hit, source, new Resolved(answered, Inference.ImpliedTarget, ""), basis.How | source.How | Inference.ImpliedTarget, basis.Note, source.Note,
                        $"target implied: {actors.Actors[answered].Name}, whom {actors.Actors[replier].Name} answered before"));
                }
                // "Montgomerie tweeted: …. Mr Perkins replied: …": a reply to no one named answers the last one who posted or spoke
                // (three sentences back, not counting those of a quoted post); "liked the tweet" the last one who posted. An outlet
                // that asked for comment is not answered on a platform.
                // "Following Kuenssberg's tweet, Dorries pushed back": a post its own sentence names comes first.
                else if (!any && (hit.Cue.Relation is RelationType.RepliedTo && !AddressedInClause(s, hit, clause) && !AttributesQuote(s, hit) && !Asked(s, clause, hit) || NamesPostAfter(s, hit))
                         && (Posters(s, speakers: false).Where(p => p != source.Actor).DefaultIfEmpty(-1).First() is var here and >= 0 ? here
                             : discourse.Posters.FirstOrDefault(p => p.Actor != source.Actor && p.Sentence < discourse.Narrative && discourse.Narrative - p.Sentence <= ImpliedReach(s, hit)
                             && actors.Actors[p.Actor].Kind != ActorKinds.Media, (Actor: -1, Sentence: -1)).Actor) is var poster && poster >= 0)
                {
                    targets.Add(poster);
                    results.Add(Row(s, hit, source, new Resolved(poster, Inference.ImpliedTarget, ""), basis.How | source.How | Inference.ImpliedTarget, basis.Note, source.Note,
                        $"target implied: {actors.Actors[poster].Name} posted or spoke just before"));
                }
                // "Collins liked a tweet. The tweet was posted by Baker.": the author may follow.
                else if (!any && NamesPostAfter(s, hit)) discourse.PendingPost = (s, hit, source);
            }
            // "Trump has 45 accounts that he follows": a follow that names no one opens a list the next sentences may name.
            if (hit.Cue.Relation == RelationType.Follows && !hit.Cue.Reciprocal && targets.Count == 0 && sources.Count == 1) discourse.FollowList = (sources[0].Actor, discourse.Narrative);
            previousSources = sources;
            sentenceSources.AddRange(sources.Select(x => x.Actor));
            if (hit.Cue.Relation is RelationType.Tagged or RelationType.RepliedTo or RelationType.Follows)
                foreach (var source in sources) foreach (var target in targets) discourse.AddressedBy[target] = source.Actor;
            if (hit.Cue.Relation is RelationType.Tagged or RelationType.RepliedTo or RelationType.Quoted or RelationType.Retweeted)
                foreach (var source in sources) discourse.Posters.Insert(0, (source.Actor, discourse.Narrative));
            if (hit.Cue.Relation is RelationType.RepliedTo && targets.Count > 0) discourse.LastReply = (sources[^1].Actor, targets[^1]);
        }
        return results;
    }

    /// <summary>
    /// Who posted or spoke in the sentence: the subject of a posting or saying verb ("Montgomerie tweeted:", "Delaney
    /// said:", "schrieb Chebli"; with <paramref name="speakers"/> also of a saying verb), the owner of a post ("Trump's tweet",
    /// "a tweet by Heer", "der Post von Kickl").
    /// </summary>
    private IEnumerable<int> Posters(Parsed s, bool speakers)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var named = s.Mentions.Where(m => !m.IsPronoun && !IsDocument(m)).ToList();
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Quoted) continue;
            var lower = tokens[j].Lower;
            Mention? poster = null;
            if (lexicon.PostingVerbs.Contains(lower) && j + 1 < tokens.Count && lexicon.PostAuthors.Contains(tokens[j + 1].Lower)) // "posted by"
                poster = named.FirstOrDefault(m => m.Start > j && m.Start - j <= 6 && Enumerable.Range(j + 1, m.Start - j - 1).All(b => tokens[b].IsWord));
            else if (lexicon.PostingVerbs.Contains(lower) || (speakers && lexicon.SayingVerbs.Contains(lower)))
                poster = named.LastOrDefault(m => m.End <= j && j - m.End <= 3 && !m.Marked) ?? named.FirstOrDefault(m => m.Start > j && m.Start - j <= 2 && !m.Marked);
            else if (lexicon.IsPostNoun(lower) || (lexicon.Platforms.Contains(lower) && j + 1 < tokens.Count && tokens[j + 1].IsWord)) // "Trump's Twitter attack"
                poster = named.LastOrDefault(m => m.End == j && m.Mark == "'s")
                    ?? named.FirstOrDefault(m => m.Start > j && m.Start - j <= 3 && m.Mark is { } mark && lexicon.PostAuthors.Contains(mark));
            if (poster is not null) yield return poster.Actor;
        }
    }

    /// <summary>The like, retweet or quote in <paramref name="first"/> was of a post by <paramref name="author"/>, named in <paramref name="later"/>; the evidence runs over both.</summary>
    private ExtractedRelation PostAuthorLater(string text, Parsed first, Hit hit, Resolved source, Parsed later, int author)
    {
        var start = first.Sentence.Start;
        var end = later.Sentence.Start + later.Sentence.Text.Length;
        var merged = new Sentence(first.Sentence.Index, text[start..end], start, Sentences.Tokenize(text[start..end]));
        var mentions = FindMentions(merged.Tokens, first.Lexicon);
        var at = mentions.LastOrDefault(m => m.Actor == author);
        return Row(new Parsed(merged, mentions, [hit], first.Lexicon), hit, source, new Resolved(author, Inference.ImpliedTarget, "", at), source.How | Inference.ImpliedTarget,
            source.Note, $"target implied: {actors.Actors[author].Name} posted it, as the text says after");
    }

    /// <summary>
    /// "teilte einen Screenshot von seinem Tweet: „…“", "shared the post and wrote: …": a repost its sharer comments on in
    /// the same sentence (a quotation after a colon, or a saying verb joined by "and") quotes the post.
    /// </summary>
    private static bool Commented(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var j = hit.Last + 1; j < tokens.Count - 1; j++)
        {
            if (tokens[j].Quoted || tokens[j].Text is ";" || RelativeClauseAt(s, j) || s.Hits.Any(h => h.Anchor == j)) return false;
            if (tokens[j].Text == ":" && tokens.Skip(j + 1).Take(2).Any(t => t.Quoted)) return true;
            if (lexicon.Conjunctions.Contains(tokens[j].Lower) && tokens.Skip(j + 1).Take(3).Any(t => lexicon.SayingVerbs.Contains(t.Lower) || lexicon.PostingVerbs.Contains(t.Lower))) return true;
            // "shared Collins's post, adding: …": a saying gerund after the comma is the comment.
            if (tokens[j].Text == "," && lexicon.SubjectNearVerb && lexicon.SayingVerbs.Contains(tokens[j + 1].Lower) && tokens[j + 1].Lower.EndsWith("ing", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// How many sentences back a reply with no target may find whom it answers: three, but a bare "In response," answers
    /// what was reported just before, so only the sentence before.
    /// </summary>
    private static int ImpliedReach(Parsed s, Hit hit) => hit.Cue.Noun && hit.Last + 1 < s.Tokens.Count && s.Tokens[hit.Last + 1].Text == "," ? 1 : 3;

    /// <summary>"liked a tweet", "retweeted the post": the object is a post whose author the clause does not name.</summary>
    private static bool NamesPostAfter(Parsed s, Hit hit) =>
        hit.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted
        && Enumerable.Range(hit.Anchor + 1, Math.Max(0, Math.Min(s.Tokens.Count, hit.Last + 5) - hit.Anchor - 1)).Any(j => !hit.Tokens.Contains(j) && s.Lexicon.IsPostNoun(s.Tokens[j].Lower)
            && !(j - 1 == hit.Last && AnyPosts(s, hit)))
        // "Baker retweeted it": the post the text just spoke of.
        || hit.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted && hit.Last + 1 < s.Tokens.Count && s.Lexicon.PostAnaphors.Contains(s.Tokens[hit.Last + 1].Lower);

    /// <summary>"he usually liked tweets that …": a bare plural right after the cue is posts in general, no one's in particular.</summary>
    private static bool AnyPosts(Parsed s, Hit hit) => s.Lexicon.SubjectNearVerb && hit.Last + 1 < s.Tokens.Count && s.Lexicon.IsPostNoun(s.Tokens[hit.Last + 1].Lower)
        && s.Tokens[hit.Last + 1].Lower.EndsWith('s');

    /// <summary>The clause before the cue opens with "the post", "der Tweet" and names no actor: the post stands for its author.</summary>
    private static bool PostAsSubject(Parsed s, Clause clause, Hit hit) => hit.Cue.Noun && clause.Start < 0 && clause.Before.Count == 0
        && Enumerable.Range(clause.Start + 1, Math.Max(0, Math.Min(2, hit.Anchor - clause.Start - 2))).Any(j => s.Lexicon.Determiners.Contains(s.Tokens[j].Lower) && s.Lexicon.IsPostNoun(s.Tokens[j + 1].Lower));

    /// <summary>"Rezo sprang ebenfalls auf das Thema auf. Er reagierte mit einem Gif.": the sentence before, with the same subject, says the act repeats.</summary>
    private static bool AddsToPrevious(Discourse discourse, int source, CueLexicon lexicon) =>
        discourse.Recent.Count > 0 && discourse.Recent[^1].Tokens.Any(t => !t.Quoted && lexicon.Additives.Contains(t.Lower))
        && discourse.Previous.FirstOrDefault(m => !m.Marked) is { Actor: var subject } && subject == source;

    /// <summary>A word of <paramref name="words"/> in the cue's clause ("Northam also responded").</summary>
    private static bool ClauseHas(Parsed s, Clause clause, Hit hit, HashSet<string> words) =>
        Enumerable.Range(clause.Start + 1, Math.Max(0, Math.Min(s.Tokens.Count, hit.Last + 3) - clause.Start - 1)).Any(j => words.Contains(s.Tokens[j].Lower));

    /// <summary>"Collins, asked by the Courier, responded that …", "Auf Nachfrage antwortete Berger": the reply answers a question, not the last poster.</summary>
    private static bool Asked(Parsed s, Clause clause, Hit hit) => ClauseHas(s, clause, hit, s.Lexicon.Inquiries)
        || Enumerable.Range(0, Math.Max(0, clause.Start + 1)).Any(j => !s.Tokens[j].Quoted && s.Lexicon.Inquiries.Contains(s.Tokens[j].Lower));

    /// <summary>"„…“, kommentierte Gröhe": the verb only says who said the quotation before it ("„…“, keilte Lindner zurück" is a reply).</summary>
    private static bool AttributesQuote(Parsed s, Hit hit) =>
        hit.Tokens.Length == 1 && hit.Anchor >= 2 && s.Tokens[hit.Anchor - 1].Text == "," && s.Tokens[hit.Anchor - 2].Text is "“" or "”" or "\"" or "«" or "»" or "'" or "’";

    /// <summary>"replied to the criticism", "antwortete auf die Frage": the reply names what it answers, just not as a known actor.</summary>
    private static bool AddressedInClause(Parsed s, Hit hit, Clause clause)
    {
        // "her response to the abortion decision": the cue's own "to" already names what is answered.
        if (s.Lexicon.ReplyPrepositions.Contains(s.Tokens[hit.Last].Lower) && hit.Last + 1 < s.Tokens.Count && s.Tokens[hit.Last + 1].IsWord && !s.Tokens[hit.Last + 1].Quoted
            && !s.Lexicon.Platforms.Contains(s.Tokens[hit.Last + 1].Lower)) return !PostBefore(s, hit.Last);
        var end = clause.After.Count > 0 ? clause.After[^1].End : s.Tokens.Count;
        for (var j = hit.Last + 1; j < s.Tokens.Count && j < end + 1; j++)
        {
            if (s.Tokens[j].Text is "." or ":" or ";" || s.Tokens[j].Quoted) break;
            // "responded with the following, according to a report": a compound preposition names no one answered.
            if (s.Lexicon.ReplyPrepositions.Contains(s.Tokens[j].Lower) && !(j + 1 < s.Tokens.Count && s.Lexicon.Platforms.Contains(s.Tokens[j + 1].Lower))
                && !s.Lexicon.CompoundPrepositions.Contains(s.Tokens[j - 1].Lower)) return !PostBefore(s, j);
        }
        return false;
    }

    /// <summary>
    /// "reagiert auf diesen Tweet", "replied to the post": after the reply preposition at <paramref name="to"/> a post or utterance
    /// the text spoke of before (a definite or demonstrative article, no author after it), so its author is whom the reply answers.
    /// </summary>
    private static bool PostBefore(Parsed s, int to)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (to + 2 >= tokens.Count || !lexicon.RoleDeterminers.Contains(tokens[to + 1].Lower)) return false;
        var noun = Enumerable.Range(to + 2, Math.Min(3, tokens.Count - to - 2)).TakeWhile(j => tokens[j].IsWord && !tokens[j].Quoted)
            .FirstOrDefault(j => lexicon.IsPostNoun(tokens[j].Lower) || lexicon.Utterances.Contains(tokens[j].Lower) || lexicon.PostedMedia.Contains(tokens[j].Lower), -1);
        if (noun < 0) return false;
        // "Responding to the posts" of several: no one in particular.
        var plural = tokens[noun].Lower.EndsWith('s') || !lexicon.SubjectNearVerb && (tokens[noun].Lower.EndsWith("en", StringComparison.Ordinal) || tokens[noun].Lower.EndsWith("äge", StringComparison.Ordinal));
        return noun > 0 && !plural && !(noun + 1 < tokens.Count && (lexicon.PostAuthors.Contains(tokens[noun + 1].Lower) || lexicon.Origins.Contains(tokens[noun + 1].Lower)
            || lexicon.GenitiveArticles.Contains(tokens[noun + 1].Lower) || lexicon.GenitiveAfterNoun.Contains(tokens[noun + 1].Lower)));
    }

    /// <summary>
    /// A noun whose owner is the target: "zu ihren Followern gehört Vogt", "Vogt ist Follower von Berger". The owner is the
    /// possessive or genitive right before the noun or the "von"/"of" object right after it; the other actors of the clause are the sources.
    /// </summary>
    private IEnumerable<ExtractedRelation> Owned(Parsed s, int k, Discourse discourse, Resolved basis)
    {
        var hit = s.Hits[k];
        var clause = ClauseOf(s, k);
        // "So erklärt Meta die Follower von Trump": only a link ("ist", "gehört", "includes", "has … including") makes someone a follower.
        var next = s.Hits.ElementAtOrDefault(k + 1)?.Anchor ?? s.Tokens.Count;
        if (!Enumerable.Range(clause.Start + 1, Math.Max(0, next - clause.Start - 1)).Any(j => s.Lexicon.Copulas.Contains(s.Tokens[j].Lower) || s.Lexicon.Inclusions.Contains(s.Tokens[j].Lower)))
            yield break;
        // "mehr Follower als Hahn", "so viele Follower auf X wie Hahn": a comparison of numbers names no follower ("mehr als 5000 Follower, darunter Vogt" does).
        if (Enumerable.Range(Math.Max(clause.Start + 1, hit.Anchor - 3), hit.Anchor - Math.Max(clause.Start + 1, hit.Anchor - 3))
                .Any(j => s.Lexicon.Comparatives.Contains(s.Tokens[j].Lower) || j > 0 && s.Lexicon.Comparatives.Contains($"{s.Tokens[j - 1].Lower} {s.Tokens[j].Lower}"))
            && Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(s.Tokens.Count, hit.Last + 5) - hit.Last - 1)).TakeWhile(j => s.Tokens[j].IsWord)
                .Any(j => s.Lexicon.Comparisons.Contains(s.Tokens[j].Lower) || s.Lexicon.Comparatives.Contains(s.Tokens[j].Lower))) yield break;
        bool Included(Mention m) => m.Mark is { } mark && s.Lexicon.IsInclusion(mark);
        var owner = clause.Before.LastOrDefault(m => m.End >= hit.Anchor - 1 && m.Marked)
            ?? clause.After.FirstOrDefault(m => m.Start <= hit.Last + 3 && m.Marked && !Included(m));
        // "Quinn has 700 followers, including Collins": the subject owns them, those included follow.
        var subjectOwns = owner is null;
        owner ??= clause.Before.FirstOrDefault(m => !m.Marked && !IsDocument(m));
        if (owner is null || Resolve(owner, s.Mentions, discourse.Previous, -1) is not { } target) yield break;
        foreach (var m in clause.Before.Concat(clause.After))
        {
            if (m == owner || IsDocument(m) || (m.Mark is not null && !Included(m)) || (subjectOwns && !(Included(m) && m.Start > hit.Last))) continue;
            if (Resolve(m, s.Mentions, discourse.Previous, target.Actor) is not { } source || source.Actor == target.Actor) continue;
            yield return Row(s, hit, source, target, basis.How | source.How | target.How, basis.Note, source.Note, target.Note);
        }
    }

    /// <summary>
    /// The cue's clause starts after the cue before it, a subordinator ("indem sie Kutcher antwortete") or a colon, and
    /// ends at the next cue, a contrast, a semicolon, or (in a subordinate clause, which ends with its verb) the next comma.
    /// </summary>
    private static Clause ClauseOf(Parsed s, int k)
    {
        var (tokens, hit, lexicon) = (s.Tokens, s.Hits[k], s.Lexicon);
        var before = s.Hits.ElementAtOrDefault(k - 1)?.Last ?? -1;
        var start = before;
        var subordinate = false;
        for (var j = before + 1; j < hit.Anchor; j++)
        {
            if (lexicon.Subordinators.Contains(tokens[j].Lower) || RelativeClauseAt(s, j)) { start = j; subordinate = true; }
            // "Auf die Frage, ob Hahn gehen solle, antwortete Berger": German puts the main verb right after the comma that closes a subordinate clause.
            else if (subordinate && !lexicon.SubjectNearVerb && j == hit.Anchor - 1 && tokens[j].Text == ",") { start = j; subordinate = false; }
            // "… – und reagierte prompt": after a dash and a conjunction the verb shares the subject before.
            else if (tokens[j].Text is ":" or ";" || (IsDash(tokens[j].Text) && !(j + 1 < tokens.Count && lexicon.Conjunctions.Contains(tokens[j + 1].Lower))))
            { start = j; subordinate = false; }
        }
        var end = End(s, hit, s.Hits.ElementAtOrDefault(k + 1)?.Anchor ?? tokens.Count);
        if (subordinate) end = Math.Min(end, Enumerable.Range(hit.Last + 1, Math.Max(0, end - hit.Last - 1)).FirstOrDefault(j => tokens[j].Text == ",", end));
        var inCue = hit.Tokens.ToHashSet();
        var after = s.Mentions.Where(m => m.Start > hit.Anchor && m.Start < end && !inCue.Contains(m.Start)).ToList();
        // A new subject for the next cue ("…, und Sippel antwortete") is not an object of this one.
        if (s.Hits.ElementAtOrDefault(k + 1) is { } next && NewSubject(s.Mentions, tokens, next.Anchor, hit.Last) is { } nextSubject)
            after.RemoveAll(m => m.Start >= nextSubject.Start);
        // A clause of its own puts the subject first (German verb-final order); after "und" it stands right before the verb.
        var own = k == 0 || subordinate || start > before;
        return new Clause(start, subordinate, own, s.Mentions.Where(m => m.Start > start && m.End <= hit.Anchor).ToList(), after);
    }

    /// <summary>
    /// Who acted: the agent of a passive; else in a clause of its own the first unmarked actor before the cue, else the
    /// first after it (German inversion); after "und" the actor right before the verb. Coordinated actors join it.
    /// </summary>
    private static (List<Mention> Subjects, bool Passive) Subjects(Parsed s, int k, Clause clause)
    {
        var hit = s.Hits[k];
        if (Passive(s.Tokens, hit, clause, s.Lexicon) is var (isPassive, agent) && isPassive)
            return (agent is null ? [] : WithCoordinated(agent, s.Mentions, s.Tokens, s.Lexicon), true);
        var before = s.Hits.ElementAtOrDefault(k - 1)?.Last ?? -1;
        // "reacted to Tharoor liking a post", "found her liking a post": a gerund's subject stands right before it, whatever governs it.
        if (s.Lexicon.SubjectNearVerb && s.Tokens[hit.Anchor].Lower.EndsWith("ing", StringComparison.Ordinal) && clause.Before.LastOrDefault() is { } owner
            && owner.End == hit.Anchor)
            return ([owner], false);
        var unmarked = clause.Before.Where(m => !m.Marked).ToList();
        // "Among the eight people who liked Heer's tweet was Pence": the members after the copula did it.
        if (clause.Before.Count == 0 && hit.Anchor > 0 && s.Lexicon.Relatives.Contains(s.Tokens[hit.Anchor - 1].Lower)
            && s.Tokens.FirstOrDefault(t => t.IsWord) is { } opener && s.Lexicon.Inclusions.Contains(opener.Lower)
            && Enumerable.Range(hit.Last + 1, Math.Max(0, s.Tokens.Count - hit.Last - 1)).FirstOrDefault(j => (s.Lexicon.Copulas.Contains(s.Tokens[j].Lower) || s.Tokens[j].Text == ":") && !s.Tokens[j].Quoted, -1) is var copula and > 0
            && s.Mentions.FirstOrDefault(m => m.Start > copula && m.Start - copula <= 5 && !m.IsPronoun) is { } member)
            return (WithCoordinated(member, s.Mentions, s.Tokens, s.Lexicon), false);
        // "Baker, who follows Collins on Twitter": an English relative pronoun right before its verb stands for the name before its comma.
        if (clause.Subordinate && s.Lexicon.SubjectNearVerb && clause.Before.Count == 0 && clause.Start > 1 && s.Lexicon.ObjectRelatives.Contains(s.Tokens[clause.Start].Lower)
            && s.Tokens[clause.Start - 1].Text == "," && Enumerable.Range(clause.Start + 1, Math.Max(0, hit.Anchor - clause.Start - 1)).All(j => s.Tokens[j].IsWord && char.IsLower(s.Tokens[j].Text[0]))
            && s.Mentions.LastOrDefault(m => m.End == clause.Start - 1 && !m.IsPronoun) is { } antecedent)
            return ([antecedent], false);
        // English puts the subject right before its verb (after it only past a comma: "In a tweet directed at Baker, Collins wrote") ("Hannity is one of those the president follows"); German first in its clause.
        var subject = !clause.Own ? NewSubject(s.Mentions, s.Tokens, hit.Anchor, before)
            : s.Lexicon.SubjectNearVerb ? ListHead(unmarked.LastOrDefault(), s) : unmarked.FirstOrDefault();
        // Inverted order ("Darauf antwortete Esken"); after a noun cue ("in response to") or in English only past a comma.
        // German inversion puts the subject before the clause's first comma ("konterte lediglich, die AfD sei …" names no subject).
        bool CommaBetween(int from, Mention m) => Enumerable.Range(from + 1, Math.Max(0, m.Start - from - 1)).Any(j => s.Tokens[j].Text == ",");
        // "The tweet followed Collins's speech, Baker said": who reports a finite act after a comma did not do it ("Responding to Baker, Collins said" did).
        bool Reports(Mention m) => hit.Cue.Relation is RelationType.Follows or RelationType.Liked or RelationType.Retweeted or RelationType.Quoted && !hit.Cue.Noun
            && !s.Tokens[hit.Anchor].Lower.EndsWith("ing", StringComparison.Ordinal) && Reporter(s, m, hit.Last);
        subject ??= clause.Own ? clause.After.FirstOrDefault(m => !m.Marked
            && (!hit.Cue.Noun && !s.Lexicon.SubjectNearVerb ? !CommaBetween(hit.Last, m) : CommaBetween(hit.Last, m)) && !Reports(m)) : null;
        return (subject is null ? [] : WithCoordinated(subject, s.Mentions, s.Tokens, s.Lexicon), false);
    }

    /// <summary>
    /// On whom: after the subject in verb-final clauses, marked ones before an inverted subject ("Auf Bergers Tweet
    /// antwortete Hahn"), and those after the cue; no documents, none excluded. Only TAGGED takes more than one.
    /// </summary>
    private List<Mention> Objects(Parsed s, Hit hit, Clause clause, List<Mention> subjects, bool passive)
    {
        var tokens = s.Tokens;
        List<Mention> objects;
        // "were both tagged in a tweet by the Chronicle that featured … Corbyn": a passive's objects stand before its agent.
        if (passive) objects = clause.Before.Concat(clause.After).Where(m => !subjects.Contains(m) && !IsDocument(m) && !(subjects.Count > 0 && m.Start > subjects[^1].End)).ToList();
        else
        {
            var lastComma = Enumerable.Range(clause.Start + 1, Math.Max(0, hit.Anchor - clause.Start - 1)).LastOrDefault(j => tokens[j].Text == ",", -1);
            var inverted = subjects.Count > 0 && subjects[0].Start > hit.Anchor;
            objects = clause.Before.Where(m => subjects.Count > 0 && (inverted ? m.Marked : m.Start > subjects[^1].Start && m.Start > lastComma) && !subjects.Contains(m))
                .Concat(clause.After.Where(m => !subjects.Contains(m)))
                // A topic's preposition marks no target, unless the cue ends with it ("tweeted her support for X").
                .Where(m => !IsDocument(m) && !MentionNegated(tokens, m, s.Lexicon) && !(m.Mark is { } mark && s.Lexicon.Topics.Contains(mark) && !(hit.Tokens.Length > 1 && tokens[hit.Last].Lower == mark)
                    // "um Hahn zu antworten": "um" opens the purpose clause, Hahn is the infinitive's object.
                    && !(mark == "um" && hit.Anchor > 0 && PurposeOfPost(tokens, hit.Anchor - 1, s.Lexicon)))).ToList();
        }
        objects = objects.Where(m => !NoTarget(s, hit, m)).ToList();
        // "liked a tweet dissing Trump", "Tweet Mentioning Abbott": past the post, only its author ("a tweet by", "der Beitrag des") is the target.
        if (hit.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted)
            objects = objects.Where(m => !Enumerable.Range(hit.Last + 1, Math.Max(0, m.Start - hit.Last - 1)).Any(j => s.Lexicon.IsPostNoun(s.Tokens[j].Lower))
                || m.Mark is { } mark && (s.Lexicon.PostAuthors.Contains(mark) || s.Lexicon.GenitiveArticles.Contains(mark))).ToList();
        // "replied to a tweet mentioning Collins": the same for the post a reply answers ("replied in a tweet to Collins" answers her);
        // its author stands right after it ("den Beitrag Schellhorns", "a post Faruqi shared", "a tweet of Trump's").
        if (hit.Cue.Relation is RelationType.RepliedTo)
            objects = objects.Where(m => m.Start < hit.Anchor || !Enumerable.Range(hit.Last + 1, Math.Max(0, m.Start - hit.Last - 1)).Any(j => s.Lexicon.IsPostNoun(s.Tokens[j].Lower) && AnsweredPost(s, hit, j))
                || m.Mark is { } mark && (s.Lexicon.PostAuthors.Contains(mark) || s.Lexicon.GenitiveArticles.Contains(mark) || s.Lexicon.Origins.Contains(mark))
                || Enumerable.Range(Math.Max(hit.Last + 1, m.Start - 2), m.Start - Math.Max(hit.Last + 1, m.Start - 2)).Reverse().SkipWhile(j => s.Lexicon.Origins.Contains(s.Tokens[j].Lower))
                    .Take(1).Any(j => s.Lexicon.IsPostNoun(s.Tokens[j].Lower))).ToList();
        // "her response to", "seine Antwort auf": the possessive before a noun cue is whose act it is, not its target.
        if (hit.Cue.Noun) objects = objects.Where(m => !(m.IsPronoun && m.End == hit.Anchor)).ToList();
        // A tag noun names its target after it ("a tweet to Warren"); what stands before is its author or context.
        if (hit.Cue.Noun && hit.Cue.Relation == RelationType.Tagged) objects = objects.Where(m => m.Start > hit.Last && m.Start <= hit.Last + 2).ToList();
        // "tweeted at Cornyn … to vote on Garland's nomination": a tag through a preposition names the ones right after it.
        if (hit.Cue.Relation == RelationType.Tagged && !hit.Cue.Noun && s.Lexicon.SubjectNearVerb && s.Lexicon.Prepositions.Contains(tokens[hit.Last].Lower)
            && objects.FirstOrDefault(m => m.Start > hit.Last) is { } addressed)
            return WithCoordinated(addressed, s.Mentions, tokens, s.Lexicon).Where(objects.Contains).ToList();
        if (hit.Cue.Relation == RelationType.Tagged) return objects;
        // "followed Collins's advice", "folgte dem Aufruf von Hahn": one follows the actor itself, or an account of theirs.
        if (hit.Cue.Relation == RelationType.Follows && !passive) objects = objects.Where(m => m.IsPronoun ? m.Mark is null or "object" : FollowedObject(s, m)).ToList();
        var first = objects.FirstOrDefault(m => m.Start > hit.Anchor) ?? objects.LastOrDefault();
        if (first is null && !passive && RelativeAntecedents(s, clause, subjects) is { Count: > 0 } antecedents)
            return hit.Cue.Relation is RelationType.Follows or RelationType.Tagged ? antecedents : [antecedents[0]];
        if (first is null) return hit.Cue.Relation == RelationType.Follows && !passive && subjects.Count == 1 && OneOfThoseFollowed(s, subjects[0]) is { } member ? [member] : [];
        // One follows many at once ("follows 40 accounts, including Collins and Ellis", "folgt den Accounts der Hotels sowie
        // Beratern wie Conway"): every object after the verb that no preposition other than an inclusion governs; a reply or a like has one target.
        // "retweeting accounts like the Coast Guard, CDC and the National Guard": an inclusion lists them all.
        if (hit.Cue.Relation != RelationType.Follows)
            return first.Mark is { } inclusion && s.Lexicon.IsInclusion(inclusion) ? WithCoordinated(first, s.Mentions, tokens, s.Lexicon).Where(objects.Contains).ToList() : [first];
        return WithCoordinated(first, s.Mentions, tokens, s.Lexicon).Where(objects.Contains)
            .Concat(objects.Where(m => m.Start > hit.Anchor && !m.IsPronoun && FollowedObject(s, m)
                // "continued to follow them after they left the BJP": not past a subordinate clause's opening.
                // "19 people that include Magufuli, Sall and Kagame": a relative that only includes goes on listing.
                && !Enumerable.Range(hit.Last + 1, Math.Max(0, m.Start - hit.Last - 1)).Any(j => s.Lexicon.Subordinators.Contains(tokens[j].Lower) && !s.Lexicon.Inclusions.Contains(tokens[j].Lower)
                    && !(j + 1 < tokens.Count && s.Lexicon.Inclusions.Contains(tokens[j + 1].Lower))))).Distinct().OrderBy(m => m.Start).ToList();
    }

    /// <summary>The post noun at <paramref name="noun"/> is what the reply answers: the nearest preposition before it is "to"/"auf", not "in"/"mit".</summary>
    private static bool AnsweredPost(Parsed s, Hit hit, int noun) =>
        Enumerable.Range(hit.Anchor, noun - hit.Anchor).Reverse().FirstOrDefault(j => s.Lexicon.Prepositions.Contains(s.Tokens[j].Lower) || s.Lexicon.ReplyPrepositions.Contains(s.Tokens[j].Lower), -1) is var p
        && p >= 0 && s.Lexicon.ReplyPrepositions.Contains(s.Tokens[p].Lower);

    /// <summary>
    /// "Sidhu and Azad, who the PM follows", "Vogt, dem Berger folgt": in a relative clause with a subject of its own the
    /// relative pronoun is the object; it stands for the actors right before its comma, or for the clause before (", was Hahn konterte").
    /// </summary>
    private List<Mention> RelativeAntecedents(Parsed s, Clause clause, List<Mention> subjects)
    {
        var (tokens, lexicon, rel) = (s.Tokens, s.Lexicon, clause.Start);
        if (!clause.Subordinate || rel < 2 || !(lexicon.ObjectRelatives.Contains(tokens[rel].Lower) || lexicon.SententialRelatives.Contains(tokens[rel].Lower)) || tokens[rel - 1].Text != ","
            || subjects.Count == 0 || subjects.Any(m => m.Start <= rel)) return [];
        var last = s.Mentions.LastOrDefault(m => m.End == rel - 1 && !m.IsPronoun);
        // "Wagenknecht hatte von Ungeimpften gesprochen, was Lauterbach konterte": what is answered is the clause, said by its subject.
        if (last is null && lexicon.SententialRelatives.Contains(tokens[rel].Lower))
            return s.Mentions.Where(m => m.End < rel && !m.Marked && !IsDocument(m)).Take(1).ToList();
        return last is null || ListHead(last, s) is not { } head ? [] : WithCoordinated(head, s.Mentions, tokens, lexicon).Where(m => m.End <= last.End).ToList();
    }

    /// <summary>An object a follow may take: unmarked, in the dative or genitive, after an inclusion, or the owner of an account ("Puzder's Twitter account").</summary>
    private static bool FollowedObject(Parsed s, Mention m) => m.Mark switch
    {
        null or "genitive" => true,
        "'s" => Enumerable.Range(m.End, Math.Min(3, s.Tokens.Count - m.End)).Any(j => s.Lexicon.IsAccount(s.Tokens[j].Lower)),
        // "two accounts operated by UNICEF": the owner of the accounts named right before.
        var mark => s.Lexicon.IsInclusion(mark) || s.Lexicon.ObjectArticles.Contains(mark) || s.Lexicon.GenitiveAfterNoun.Contains(mark)
            || m.Start > 2 && s.Lexicon.AccountOwners.Contains($"{s.Tokens[m.Start - 2].Lower} {s.Tokens[m.Start - 1].Lower}") && s.Lexicon.IsAccount(s.Tokens[m.Start - 3].Lower),
    };

    private bool IsDocument(Mention m) => m.Actor >= 0 && actors.Actors[m.Actor].IsDocument;

    /// <summary>The cue's confidence lowered by what had to be inferred; each inference has its fixed factor.</summary>
    public static double Confidence(double cue, Inference how)
    {
        var confidence = cue;
        if (how.HasFlag(Inference.Intention)) confidence *= 0.8;
        if (how.HasFlag(Inference.InheritedSubject)) confidence *= 0.9;
        if (how.HasFlag(Inference.PronounFromPreviousSentence)) confidence *= 0.75;
        if (how.HasFlag(Inference.ImpliedTarget)) confidence *= 0.8;
        if (how.HasFlag(Inference.DocumentFromContext)) confidence *= 0.85;
        return Math.Round(confidence, 3);
    }

    /// <summary>A relation the sentence states, with where its source, target and cue stand in the sentence.</summary>
    private ExtractedRelation Row(Parsed s, Hit hit, Resolved source, Resolved target, Inference how, params string[] notes)
    {
        var note = Join(notes);
        TextSpan? At(Mention? m) => m is null ? null : new TextSpan(s.Tokens[m.Start].Start, s.Tokens[m.End - 1].End - s.Tokens[m.Start].Start);
        return new(actors.Actors[source.Actor].Id, hit.Cue.Relation, actors.Actors[target.Actor].Id, s.Sentence.Text, Confidence(hit.Cue.Confidence, how), hit.Cue.Pattern,
            $"cue '{string.Join(" … ", hit.Tokens.Select(t => s.Tokens[t].Text))}' ({s.Lexicon.Language}: {hit.Cue.Pattern}){(note.Length > 0 ? "; " + note : "")}", how)
        {
            EvidenceStart = s.Sentence.Start,
            SourceMention = At(source.At),
            TargetMention = At(target.At),
            CueWords = hit.Tokens.Select(t => new TextSpan(s.Tokens[t].Start, s.Tokens[t].Length)).ToList(),
        };
    }

    private static string Join(params string[] notes) => string.Join("; ", notes.Where(n => n.Length > 0));

    /// <summary>Targets end at the next cue, a contrast ("aber", "but"), a semicolon or a subordinate clause after a comma.</summary>
    private static int End(Parsed s, Hit hit, int nextAnchor)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var j = hit.Anchor + 1; j < nextAnchor; j++)
        {
            if (j <= hit.Last) continue;
            var lower = tokens[j].Lower;
            if (lower == ";" || IsDash(tokens[j].Text) || lexicon.Contrasts.Contains(lower) || (tokens[j - 1].Text == "," && lexicon.Subordinators.Contains(lower))) return j;
            // A relative clause (", in dem es um … geht", ", who had shared …") says something about the object, not the act.
            if (RelativeClauseAt(s, j)) return j;
        }
        return nextAnchor;
    }

    private static bool IsDash(string token) => token is "–" or "—" or "-";

    /// <summary>
    /// A relative clause opens at <paramref name="j"/>: a comma, then a relative pronoun (or a preposition and one) that is
    /// no article of a name (", die Schweiz" continues a list).
    /// </summary>
    private static bool RelativeClauseAt(Parsed s, int j)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (j == 0 || tokens[j - 1].Text != "," || tokens[j].Quoted) return false;
        var pronoun = lexicon.Relatives.Contains(tokens[j].Lower) ? j
            : lexicon.Prepositions.Contains(tokens[j].Lower) && j + 1 < tokens.Count && lexicon.Relatives.Contains(tokens[j + 1].Lower) ? j + 1 : -1;
        // ", which criticised former minister Clarke" opens a clause; ", die grüne Baerbock" may continue a list.
        if (pronoun >= 0 && !lexicon.Determiners.Contains(tokens[pronoun].Lower)) return true;
        // ", der SPD-Politiker Hahn", ", die frühere Ministerin Berger": an article with a role before a name continues a list.
        return pronoun >= 0 && !s.Mentions.Any(m => !m.IsPronoun && m.Start >= pronoun && m.Start <= pronoun + 3
            && (m.Start - pronoun <= 2 || char.IsUpper(tokens[m.Start - 1].Text[0]))
            && Enumerable.Range(pronoun + 1, Math.Max(0, m.Start - pronoun - 1)).All(j => tokens[j].IsWord && !lexicon.Relatives.Contains(tokens[j].Lower)));
    }

    /// <summary>An unmarked actor standing right before a later cue (at most three words between, no punctuation): that cue's own subject.</summary>
    private static Mention? NewSubject(List<Mention> mentions, IReadOnlyList<Token> tokens, int anchor, int after)
    {
        var candidate = mentions.LastOrDefault(m => m.Start > after && m.End <= anchor);
        if (candidate is null || candidate.Marked || anchor - candidate.End > 3) return null;
        for (var j = candidate.End; j < anchor; j++) if (!tokens[j].IsWord) return null;
        return candidate;
    }

    private static List<Mention> WithCoordinated(Mention first, List<Mention> mentions, IReadOnlyList<Token> tokens, CueLexicon lexicon)
    {
        var list = new List<Mention> { first };
        var joined = false;
        for (var i = mentions.IndexOf(first) + 1; i < mentions.Count; i++)
        {
            if (Glue(list[^1], mentions[i], tokens, lexicon) is not { } glue || !glue.Any(g => g is "," or ";" || lexicon.Conjunctions.Contains(g))) break;
            list.Add(mentions[i]);
            joined |= glue.Any(lexicon.Conjunctions.Contains);
        }
        // "antwortete Berger, Hahn habe recht": names joined only by commas are no list (the next clause's subject follows);
        // "Collins, Baker and 40 colleagues" is one.
        joined |= list[^1].End < tokens.Count && lexicon.Conjunctions.Contains(tokens[list[^1].End].Lower);
        return joined ? list : [first];
    }

    /// <summary>With a passive auxiliary in the clause, the actor after <c>von</c>/<c>by</c> is the one who acted.</summary>
    /// <summary>
    /// Passive voice (an auxiliary in the clause) and its agent after <c>von</c>/<c>by</c>; a passive whose agent is no known
    /// actor ("liked by a member of staff") has no source at all.
    /// </summary>
    private static (bool Passive, Mention? Agent) Passive(IReadOnlyList<Token> tokens, Hit hit, Clause clause, CueLexicon lexicon)
    {
        // "was just responding to a suggestion made by Hughes" is progressive, not passive.
        if (lexicon.SubjectNearVerb && hit.Tokens.Any(j => tokens[j].Lower.EndsWith("ing", StringComparison.Ordinal))) return (false, null);
        // "The post was a response to a comment made by Baker": before a noun the auxiliary is a copula.
        if (hit.Cue.Noun) return (false, null);
        var auxiliary = false;
        for (var j = clause.Start + 1; j <= Math.Min(hit.Last + 2, tokens.Count - 1); j++) auxiliary |= lexicon.PassiveAuxiliaries.Contains(tokens[j].Lower);
        // "The letter, led by Collins": a participle with its agent right after it is a passive without auxiliary.
        // "responded by calling" is a manner, not an agent.
        var agentAfter = !hit.Cue.Noun && hit.Last + 2 < tokens.Count && lexicon.Agents.Contains(tokens[hit.Last + 1].Lower)
            && !tokens[hit.Last + 2].Lower.EndsWith("ing", StringComparison.Ordinal);
        if (!auxiliary && !(agentAfter && hit.Tokens.Length == 1)) return (false, null);
        // "Baker's post was retweeted thousands of times", "wurde tausendfach geteilt": a participle right after its auxiliary
        // (an adverb between) is a passive even with no agent named; then who acted is not said.
        var participle = !hit.Cue.Noun && (lexicon.SubjectNearVerb || !tokens[hit.Anchor].Lower.EndsWith("en", StringComparison.Ordinal) || tokens[hit.Anchor].Lower.StartsWith("ge", StringComparison.Ordinal));
        var adjacent = participle && Enumerable.Range(Math.Max(0, hit.Anchor - 3), Math.Min(3, hit.Anchor)).Any(j => lexicon.PassiveAuxiliaries.Contains(tokens[j].Lower)
            && Enumerable.Range(j + 1, hit.Anchor - j - 1).All(b => tokens[b].IsWord && !lexicon.Agents.Contains(tokens[b].Lower) && char.IsLower(tokens[b].Text[0])));
        // "retweeted by Baker's critics": an owner before the agent's noun did not act.
        bool IsAgent(Mention m) => !m.IsPronoun && m.Start > 0 && m.Mark != "'s" && (lexicon.Agents.Contains(tokens[m.Start - 1].Lower) || (m.Mark is { } mark && lexicon.Agents.Contains(mark))
            || (m.Start > 1 && lexicon.Determiners.Contains(tokens[m.Start - 1].Lower) && lexicon.Agents.Contains(tokens[m.Start - 2].Lower)));
        // The agent nearest the verb: after it ("liked by Krüger"), else the last before it ("von Vogt … von Krüger gelikt").
        // English names the agent after the verb; "Candidates, led by Farage, were found to have liked" names another act's.
        var agent = clause.After.FirstOrDefault(IsAgent) ?? (lexicon.SubjectNearVerb ? null : clause.Before.LastOrDefault(IsAgent));
        // "followed by 3 million people, including Baker": the members an inclusion names after a group agent acted.
        var by = Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(tokens.Count, hit.Last + 6) - hit.Last - 1)).FirstOrDefault(j => lexicon.Agents.Contains(tokens[j].Lower), -1);
        if (agent is null && by >= 0 && lexicon.SubjectNearVerb)
            agent = clause.After.FirstOrDefault(m => !m.IsPronoun && m.Start > by && m.Mark is { } mark && lexicon.IsInclusion(mark) && m.Start - by <= 8);
        // "von Schäfer und Berger mitgetragen": a list of agents before the verb starts at its first name.
        for (var i = clause.Before.IndexOf(agent!); i > 0 && IsAgent(clause.Before[i - 1]) && Glue(clause.Before[i - 1], clause.Before[i], tokens, lexicon) is not null; i--)
            agent = clause.Before[i - 1];
        // "wird auf Twitter von mehr Menschen gefolgt als Hahn": a German participle with "werden" is a passive wherever they stand.
        var german = !lexicon.SubjectNearVerb && auxiliary && tokens[hit.Anchor].Lower.StartsWith("ge", StringComparison.Ordinal) && hit.Tokens.Length == 1;
        return (agent is not null || agentAfter || adjacent || german, agent);
    }

    /// <summary>The first member of the list <paramref name="last"/> ends ("A and B replied" → A).</summary>
    private static Mention? ListHead(Mention? last, Parsed s)
    {
        if (last is null) return null;
        var index = s.Mentions.IndexOf(last);
        while (index > 0 && Glue(s.Mentions[index - 1], s.Mentions[index], s.Tokens, s.Lexicon) is not null && !s.Mentions[index - 1].Marked) index--;
        return s.Mentions[index];
    }

    /// <summary>
    /// A negation or non-event word in the cue's clause: from the last comma (or the cue before) up to the anchor, inside
    /// the cue, and up to two words after it. Intentions ("wollen") only lower the confidence.
    /// </summary>
    private static bool Negated(Parsed s, int k, out bool intention)
    {
        var (tokens, hit, lexicon) = (s.Tokens, s.Hits[k], s.Lexicon);
        intention = false;
        var start = s.Hits.ElementAtOrDefault(k - 1)?.Last ?? -1;
        for (var j = hit.Anchor - 1; j > start; j--) if (tokens[j].Text is "," or ";" or ":") { start = j; break; }
        // German puts the negation after the inverted subject and the objects ("Auf Nachfrage reagierte Berger nicht auf …").
        var stop = hit.Last + (s.Lexicon.SubjectNearVerb ? 2 : 6);
        for (var j = hit.Last + 1; j <= Math.Min(stop, tokens.Count - 1); j++) if (!tokens[j].IsWord) { stop = j - 1; break; }
        for (var j = start + 1; j <= Math.Min(stop, tokens.Count - 1); j++)
        {
            var lower = tokens[j].Lower;
            // Past the usual window a negation before a name or an article negates that ("antwortete Hahn und nicht Vogt").
            var namesNext = j > hit.Last + 2 && j + 1 < tokens.Count && tokens[j + 1].IsWord && (char.IsUpper(tokens[j + 1].Text[0]) || lexicon.Determiners.Contains(tokens[j + 1].Lower));
            if ((lexicon.IsNegation(lower) && !NegatesANoun(tokens, j, hit) && !namesNext) || lexicon.NonEvents.Contains(lower) && j <= hit.Last + 2) return true;
            intention |= lexicon.Intentions.Contains(lower);
        }
        return false;
    }

    /// <summary>"wasted no time hitting back", "made no secret of liking": "no" before a noun negates the noun, not the gerund cue after it.</summary>
    private static bool NegatesANoun(IReadOnlyList<Token> tokens, int negation, Hit hit) =>
        tokens[negation].Lower == "no" && hit.Anchor > negation + 1 && tokens[hit.Anchor].Lower.EndsWith("ing", StringComparison.Ordinal)
        && Enumerable.Range(negation + 1, hit.Anchor - negation - 1).All(j => tokens[j].IsWord);

    /// <summary>"nicht aber China", "except Poland", "Polen hingegen nicht", "Österreich will später": this actor is left out.</summary>
    private static bool MentionNegated(IReadOnlyList<Token> tokens, Mention m, CueLexicon lexicon)
    {
        for (var j = m.Start - 1; j >= Math.Max(0, m.Start - 2); j--)
        {
            if (!tokens[j].IsWord) break;
            if (lexicon.IsNegation(tokens[j].Lower) || lexicon.Exclusions.Contains(tokens[j].Lower)) return true;
        }
        // "Polen hingegen nicht", "Österreich will erst im Herbst entscheiden": not (yet) part of it.
        for (var j = m.End; j < Math.Min(tokens.Count, m.End + 3); j++)
        {
            if (!tokens[j].IsWord) break;
            var lower = tokens[j].Lower;
            // "opposing No Deal": a capitalised "No" is part of a name.
            if (lower != tokens[j].Text) continue;
            if (lexicon.IsNegation(lower) || lexicon.NonEvents.Contains(lower) || lexicon.Intentions.Contains(lower)) return true;
        }
        return false;
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
        _ => true,
    };
}
