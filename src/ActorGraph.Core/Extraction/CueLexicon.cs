using System.Globalization;
using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// A cue: words that state a relation, e.g. <c>folgte … zurück</c> → FOLLOWS. A pattern is a list of steps, each a set of
/// words separated by <c>|</c> (a trailing <c>*</c> matches any ending, a leading one any beginning; a lemma such as
/// <c>antworten~</c> all its forms, see <see cref="CueLexicon"/>'s cue file format); <c>…</c> lets up to 12 words stand between two
/// steps within one clause (separable German verbs: <c>schrieb Esken erneut an</c>). The first step is the anchor: the
/// verb whose subject is the relation's source.
/// </summary>
/// <param name="Noun">A noun cue (<c>Tweet an</c>, <c>Unterzeichner</c>): no infinitive check.</param>
/// <param name="NeedsDocument">SIGNED only when the sentence itself names a declaration (<c>joined</c> is vague).</param>
/// <param name="StatesOnly">Only states, organisations and parties as source (persons forge alliances, they do not join them).</param>
/// <param name="Owner">The noun's owner is the target, the others the sources (<c>zu ihren Followern gehört Vogt</c>).</param>
/// <param name="Reciprocal">Returns an act (<c>folgte zurück</c>): without a target, the one who acted on the source before.</param>
/// <param name="Companions">Its objects did it too when the act follows (<c>joined Baker in sending a letter</c>).</param>
/// <param name="Scene">A verb of saying that is SIGNED only where the document is its medium (<c>urged … in a letter</c>,
/// <c>forderten in einem Brief</c>), not where it is what others are asked to sign.</param>
/// <param name="Authors">A noun that names its authors after <c>of</c>/<c>von</c> (<c>the signatures of</c>, <c>on the initiative of</c>).</param>
/// <param name="LetterObject">Only with a letter, appeal or declaration as its object right after it (<c>supported the letter</c>; supporting a bill is no signing).</param>
/// <param name="AfterPost">A participle after a post noun (<c>a tweet aimed at</c>, <c>his tweets directed at</c>): the post's owner acted; after any other noun ("rhetoric aimed at") no one tagged.</param>
/// <param name="InfinitiveOnly">A base form that is also a noun (<c>reply</c>, <c>respond</c>): a cue only as an infinitive that happened (<c>took to Twitter to respond</c>).</param>
/// <param name="NeedsPlatform">A verb of everyday life (<c>mentioned</c>, <c>wandte sich an</c>, <c>reached out to</c>): an act on a platform only when its sentence, the one before or the one after names one.</param>
/// <param name="OnPost">A verb of saying something about someone (<c>attacked</c>, <c>kritisierte</c>): a post that names its object only when a
/// platform or post phrase stands in its own clause (<c>on Twitter</c>, <c>in einem Tweet</c>), its clause is a relative one about a post
/// (<c>a tweet in which she mocked</c>), or it is a participle after a post noun (<c>a tweet attacking</c>).</param>
/// <param name="Undone">Undoes the relation (<c>unfollowed</c>, <c>entfolgte</c>): it states the relation only under a negation (<c>has not unfollowed</c>: still follows).</param>
public sealed record Cue(RelationType Relation, string Pattern, IReadOnlyList<CueStep> Steps,
    double Confidence, bool Noun, bool NeedsDocument, bool StatesOnly, bool Owner, bool Reciprocal, bool Companions = false, bool Scene = false, bool NeedsPlatform = false, bool Authors = false, bool LetterObject = false, bool InfinitiveOnly = false, bool AfterPost = false, bool Undone = false, bool OnPost = false)
{
    private const int MaxGap = 12;

    /// <summary>The token indices the cue covers when its anchor is at <paramref name="at"/>, or null.</summary>
    public int[]? MatchAt(IReadOnlyList<Token> tokens, int at)
    {
        if (!Matches(0, tokens, at)) return null;
        var matched = new int[Steps.Count];
        matched[0] = at;
        for (var s = 1; s < Steps.Count; s++)
        {
            var next = matched[s - 1] + 1;
            if (!Steps[s].Gap)
            {
                if (next >= tokens.Count || !Matches(s, tokens, next)) return null;
                matched[s] = next;
                continue;
            }
            var found = -1;
            for (var j = next; j < tokens.Count && j <= matched[s - 1] + MaxGap && found < 0; j++)
            {
                // "schrieb Wächter, ehemaliger AfD-Chef, zurück": an apposition after a name stands between commas.
                if (tokens[j].Text == "," && j > next && char.IsUpper(tokens[j - 1].Text[0]) && Apposition(tokens, j) is var close and > 0) { j = close; continue; }
                if (tokens[j].Text is "," or ";" or ":" or "." or "!" or "?") break;
                if (Matches(s, tokens, j) && EndsClause(s, tokens, j)) found = j;
            }
            if (found < 0) return null;
            matched[s] = found;
        }
        return matched;
    }

    /// <summary>The comma that closes an apposition opened by the comma at <paramref name="comma"/> (a few words, no other punctuation), or -1.</summary>
    private static int Apposition(IReadOnlyList<Token> tokens, int comma)
    {
        for (var j = comma + 1; j < tokens.Count && j <= comma + 6; j++)
        {
            if (tokens[j].Text == ",") return j > comma + 1 ? j : -1;
            if (!tokens[j].IsWord || tokens[j].Quoted) return -1;
        }
        return -1;
    }

    /// <summary>A separable particle ends its clause: "forderte X auf, …", not the preposition of "forderte auf Twitter dasselbe".</summary>
    private bool EndsClause(int step, IReadOnlyList<Token> tokens, int at) =>
        Steps[step].Then is not { } then || at + 1 >= tokens.Count || !tokens[at + 1].IsWord || then.Contains(tokens[at + 1].Lower);

    private bool Matches(int step, IReadOnlyList<Token> tokens, int at)
    {
        var word = tokens[at].Lower;
        var words = Steps[step];
        // German capitalises nouns: "Folgen", "Teile" are no forms of folgen, teilen — but the first word of a sentence or quotation is capitalised anyway.
        if (words.Words.Contains(word)) return !words.Verbs.Contains(word) || char.IsLower(tokens[at].Text[0]) || at == 0 || !tokens[at - 1].IsWord && tokens[at - 1].Text is not ("," or "(");
        foreach (var prefix in words.Prefixes) if (word.StartsWith(prefix, StringComparison.Ordinal)) return true;
        foreach (var suffix in words.Suffixes) if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length > suffix.Length) return true;
        return false;
    }
}

/// <summary>
/// One step of a cue: its words, word beginnings (<c>unterzeichner*</c>) and endings (<c>*-antwort</c>: the head of a
/// compound), whether words may stand before it (<c>…</c>), and which of its words are German verb forms (matched in
/// lower case only, unless they open the sentence). <paramref name="Then"/>, when set, are the words that may follow it besides
/// punctuation: a German separable particle ends its clause, or a conjunction or preposition follows ("schlug zurück und …").
/// </summary>
public sealed record CueStep(HashSet<string> Words, string[] Prefixes, string[] Suffixes, bool Gap, HashSet<string> Verbs, HashSet<string>? Then = null);

/// <summary>
/// What the rules know about one language, read from two embedded files: <c>Lexicon/de.cues.tsv</c> (relation,
/// pattern, confidence, flags) and <c>Lexicon/de.words.tsv</c>, the closed word classes the rules need (negations,
/// pronouns, prepositions…), one class a line.
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

    /// <summary>Subordinators that are prepositions before a genitive article ("während des Kongresses").</summary>
    public required HashSet<string> Prepositional { get; init; }

    /// <summary>Words that count one: "one", "a single", "einem", "einzigen".</summary>
    public required HashSet<string> Singles { get; init; }
    /// <summary>A subject pronoun for a thing (<c>it</c>, <c>es</c>): no actor, but it may stand for an account named before.</summary>
    public required HashSet<string> NeuterSubjects { get; init; }
    /// <summary>Subject pronouns that can stand for a document (<c>it</c>, <c>er</c> for "der Brief"): "It calls for …", "Er wurde von Berger verfasst".</summary>
    public required HashSet<string> DocumentPronouns { get; init; }
    /// <summary>Object pronouns that can stand for a document (<c>it</c>, <c>ihn</c> for "den Brief"): "co-sponsored it", "Verfasst haben ihn …".</summary>
    public required HashSet<string> DocumentObjects { get; init; }
    /// <summary>Possessives that can stand for a document (<c>its</c>, <c>seine</c> for "des Briefs"): "Its backers include …".</summary>
    public required HashSet<string> DocumentPossessives { get; init; }
    /// <summary>The word that opens reported content as a clause of its own (<c>dass</c>, <c>that</c>), though a subordinator.</summary>
    public required HashSet<string> Complementizers { get; init; }
    /// <summary>Words besides the subordinators that open a clause about something else (<c>wo</c>, <c>als</c>, <c>um</c>): no reported content.</summary>
    public required HashSet<string> AdverbialOpeners { get; init; }
    public required HashSet<string> Contrasts { get; init; }
    public required HashSet<string> Prepositions { get; init; }
    public required HashSet<string> GenitiveArticles { get; init; }
    public required HashSet<string> Determiners { get; init; }
    /// <summary>Words that join the last item of a list (<c>und</c>, <c>sowie</c>).</summary>
    public required HashSet<string> Conjunctions { get; init; }
    /// <summary>German articles that only stand before objects (<c>dem</c>, <c>einen</c>).</summary>
    public required HashSet<string> ObjectArticles { get; init; }
    /// <summary>An article that is genitive after a noun (<c>Kanzlerkandidat der SPD</c>).</summary>
    public required HashSet<string> GenitiveAfterNoun { get; init; }
    /// <summary>Relative pronouns: after a comma they open a clause of their own.</summary>
    public required HashSet<string> Relatives { get; init; }
    /// <summary>Words before the members of a list that still act (<c>darunter</c>, <c>including</c>, <c>mit</c>, <c>with</c>).</summary>
    public required HashSet<string> Inclusions { get; init; }
    /// <summary>Two words before list members that still act, written with <c>_</c> (<c>among_them</c>, <c>unter_ihnen</c>).</summary>
    public required HashSet<string> InclusionPairs { get; init; }
    /// <summary>Inclusion pairs that rank rather than include (<c>followed by</c>, <c>gefolgt von</c>): after a count of followers, the next in a ranking, no follower.</summary>
    public required HashSet<string> RankingPairs { get; init; }
    /// <summary>Prepositions of where someone comes from, after a name in a list (<c>of Ohio</c>, <c>aus Kassel</c>).</summary>
    public required HashSet<string> Origins { get; init; }
    /// <summary>Nouns for members of a group: a party right before them is an attribute (<c>Labour MPs</c>).</summary>
    public required HashSet<string> MemberNouns { get; init; }
    /// <summary>Nouns for a set of those one follows besides accounts and member nouns (<c>users</c>, <c>Konten</c>, <c>Menschen</c>).</summary>
    public required HashSet<string> FollowedSets { get; init; }
    /// <summary>Titles written after a person's name (<c>Mary Collins MP</c>, <c>Jonas Vogt MdB</c>): a title, not a group.</summary>
    public required HashSet<string> TitlesAfterName { get; init; }
    /// <summary>The words that close a letter (<c>sincerely</c>, <c>grüßen</c>); a line of them and <see cref="SignOffModifiers"/> is a sign-off.</summary>
    public required HashSet<string> SignOffs { get; init; }
    /// <summary>Words around a sign-off (<c>yours</c>, <c>best</c>, <c>mit freundlichen</c>), no sign-off alone.</summary>
    public required HashSet<string> SignOffModifiers { get; init; }
    /// <summary>Possessives of the one addressed (<c>your</c>, <c>Ihren</c>), as written: "your letter" is not the writer's.</summary>
    public required HashSet<string> AddresseePossessives { get; init; }
    /// <summary>Words that open a letter's greeting (<c>Dear</c>, <c>Sehr geehrte</c>): the names after them are its addressees.</summary>
    public required HashSet<string> Salutations { get; init; }
    /// <summary>Nouns of family and friends (<c>husband</c>, <c>Tochter</c>): a first name after one names a private person ("my husband Tom").</summary>
    public required HashSet<string> KinNouns { get; init; }
    /// <summary>Prepositions after a post noun that name its author (<c>a tweet by</c>, <c>der Post von</c>).</summary>
    public required HashSet<string> PostAuthors { get; init; }
    /// <summary>Prepositions after a reply verb that name what it answers (<c>replied to</c>, <c>antwortete auf</c>).</summary>
    public required HashSet<string> ReplyPrepositions { get; init; }
    /// <summary>What a reply's preposition may take that is its manner, not whom it answers ("antwortete auf Englisch", "responded at length").</summary>
    public required HashSet<string> ReplyManners { get; init; }
    /// <summary>Acts that say nothing, by or with which someone may respond (<c>responded by unfollowing</c>, <c>reagierte mit einer Sperre</c>): no reply.</summary>
    public required HashSet<string> SilentActs { get; init; }
    /// <summary>Additive particles (<c>also</c>, <c>auch</c>): the act repeats one just reported.</summary>
    public required HashSet<string> Additives { get; init; }
    /// <summary>Restrictive particles (<c>nur</c>, <c>only</c>): after a negation they add ("nicht nur X, sondern auch Y"), they negate nothing.</summary>
    public required HashSet<string> Restrictives { get; init; }
    /// <summary>Pronouns that can only be a subject (<c>er</c>, <c>wir</c>): after a German verb they mark it inverted.</summary>
    public required HashSet<string> Nominatives { get; init; }
    /// <summary>Words for a part of a set before <c>of</c> or a genitive (<c>one of her tweets</c>, <c>einen ihrer Posts</c>).</summary>
    public required HashSet<string> Partitives { get; init; }
    /// <summary>Nouns for the list of whom someone follows, written with <c>_</c> (<c>follow_list</c>, <c>follows</c>, <c>Follow-Liste</c>).</summary>
    public required HashSet<string> FollowLists { get; init; }
    /// <summary>Finite auxiliaries (<c>hat</c>, <c>wurde</c>, <c>kann</c>): in German verb-second order the subject follows them when an object is fronted.</summary>
    public required HashSet<string> FiniteAuxiliaries { get; init; }
    /// <summary>Words before a comitative preposition (<c>along with</c>, <c>gemeinsam mit</c>).</summary>
    public required HashSet<string> Companions { get; init; }
    /// <summary>Finite forms of writing (<c>wrote</c>, <c>schrieben</c>): "wrote to Doyle" without a document may be a letter.</summary>
    public required HashSet<string> WritingVerbs { get; init; }
    /// <summary>Words for more people of the same kind (<c>others</c>, <c>andere</c>): "Others, who signed the letter, are …".</summary>
    public required HashSet<string> Others { get; init; }
    /// <summary>Words by which a letter's writers call themselves (<c>undersigned</c>, <c>Unterzeichnenden</c>): "We, the undersigned, …".</summary>
    public required HashSet<string> Undersigned { get; init; }
    /// <summary>Words that repeat a verb after a contrast (<c>did</c>, <c>schon</c>): "Baker did not sign, but Ellis did".</summary>
    public required HashSet<string> ContrastEchoes { get; init; }
    /// <summary>Verbs of refusing (<c>refused</c>, <c>weigerte</c>): "refused to sign the letter" is a signing that did not happen.</summary>
    public required HashSet<string> Refusals { get; init; }
    /// <summary>Nouns for people against something (<c>critics</c>, <c>opponents</c>, <c>Kritiker</c>): "Her critics include A and B" lists no signers.</summary>
    public required HashSet<string> Opponents { get; init; }
    /// <summary>Words for those a letter went to or who stayed out of it (<c>recipients</c>, <c>absentees</c>, <c>Empfänger</c>): "Among the recipients were …" lists no signers.</summary>
    public required HashSet<string> NonSigners { get; init; }
    /// <summary>Nouns of acting for someone before <c>of</c>/<c>von</c> (<c>on behalf of</c>, <c>im Namen von</c>, <c>im Auftrag von</c>).</summary>
    public required HashSet<string> Proxies { get; init; }
    /// <summary>Verbs of posting (<c>twitterte</c>, <c>tweeted</c>): a quotation they attribute is a post.</summary>
    public required HashSet<string> PostingVerbs { get; init; }
    /// <summary>Verbs of saying (<c>schrieb</c>, <c>wrote</c>): a quotation they attribute is a post when a platform is named near it.</summary>
    public required HashSet<string> SayingVerbs { get; init; }
    /// <summary>Saying verbs of speech (<c>said</c>, <c>sagte</c>): a quotation they attribute is a post only when its own sentence names a platform.</summary>
    public required HashSet<string> SpeechVerbs { get; init; }
    /// <summary>Platform words (<c>Twitter</c>, <c>Instagram</c>, <c>Kurznachrichtendienst</c>).</summary>
    public required HashSet<string> Platforms { get; init; }
    /// <summary>The platforms' own names (<c>twitter</c>, <c>facebook</c>): they also open closed compounds ("Twitterparty").</summary>
    public required HashSet<string> PlatformNames { get; init; }
    /// <summary>Where words are spoken, not posted (<c>interview</c>, <c>Pressekonferenz</c>): a quotation attributed there is no post.</summary>
    public required HashSet<string> Venues { get; init; }
    /// <summary>Where a parliament speaks (<c>parliament</c>, <c>Bundestag</c>): an answer given there is no reply on a platform.</summary>
    public required HashSet<string> Chambers { get; init; }
    /// <summary>What has a title (<c>show</c>, <c>Sendung</c>, <c>slogan</c>): a short quotation right after one is its name, not a post.</summary>
    public required HashSet<string> TitleNouns { get; init; }
    /// <summary>Who speaks for an organisation (<c>spokesperson</c>, <c>Sprecherin</c>): their words go to the press, not to a platform the sentence does not name.</summary>
    public required HashSet<string> Spokespeople { get; init; }
    /// <summary>Words that open what a cue reports (<c>of</c> in "accused X of", <c>why</c>, <c>dass</c>, the comma after "warf X vor").</summary>
    public required HashSet<string> ContentOpeners { get; init; }
    /// <summary>Prepositions that put an act on a platform (<c>on</c> Twitter, <c>in</c> a tweet, <c>auf</c> X).</summary>
    public required HashSet<string> PlatformPrepositions { get; init; }
    /// <summary>Words that give a title its name (<c>called</c>, <c>namens</c>) between the title noun and the quotation.</summary>
    public required HashSet<string> TitleNamings { get; init; }
    /// <summary>Prepositions of time and place (<c>in</c>, <c>am</c>): a capitalised word after them is no title of the name that follows.</summary>
    public required HashSet<string> ScenePrepositions { get; init; }
    /// <summary>The preposition before the act one joins someone in (<c>joined Baker in sending</c>).</summary>
    public required HashSet<string> JointActs { get; init; }
    /// <summary>Gerunds of what a letter does, after a joint act (<c>joined Baker in calling on</c>): a letter named around it is what they signed.</summary>
    public required HashSet<string> LetterActs { get; init; }
    /// <summary>Subject pronouns of the first person (<c>I</c>, <c>wir</c>): in a quotation, the speaker and those with them.</summary>
    public required HashSet<string> FirstPerson { get; init; }
    /// <summary>Words that make a document a new one (<c>another letter</c>, <c>einen weiteren Brief</c>).</summary>
    public required HashSet<string> OtherDocument { get; init; }
    /// <summary>Prepositions that make a document the medium of what is said (<c>in a letter</c>, <c>mit einem Brief</c>).</summary>
    public required HashSet<string> DocumentFrames { get; init; }
    /// <summary>Prepositions of company (<c>with</c>): "co-signed the letter with Baker" — Baker signed too.</summary>
    public required HashSet<string> Comitatives { get; init; }
    /// <summary>Auxiliaries of a state passive (<c>ist … unterzeichnet</c>); empty where the passive auxiliaries cover them.</summary>
    public required HashSet<string> StativeAuxiliaries { get; init; }
    /// <summary>Nouns for a document (<c>letter</c>, <c>Schreiben</c>): where the actors file has no such alias, the document the text is about.</summary>
    public required HashSet<string> DocumentNouns { get; init; }
    /// <summary>Nouns for what else is signed (<c>executive orders</c>, <c>Gesetz</c>): a signing beside them is not of the document the text is about.</summary>
    public required HashSet<string> SignableNouns { get; init; }
    /// <summary>Nouns for a group of people (<c>group</c>, <c>Gruppe</c>): "The group includes A and B".</summary>
    public required HashSet<string> GroupNouns { get; init; }

    /// <summary>Words that compare a list with the noun before them ("critics such as", "Kritiker wie"): its examples, not its members.</summary>
    public required HashSet<string> Comparisons { get; init; }
    /// <summary>Prepositions after a group noun that name whom the group gathers around (<c>Abgeordnete um Berger</c>): its leaders.</summary>
    public required HashSet<string> Circles { get; init; }
    /// <summary>Nouns that stand for the state named after them (<c>the governments of Norway and Canada</c>, <c>die Regierungen von</c>).</summary>
    public required HashSet<string> GovernmentNouns { get; init; }
    /// <summary>Definite articles and possessives before a document noun that refers to a document named before (<c>the</c>, <c>ihrem</c>).</summary>
    public required HashSet<string> DocumentDeterminers { get; init; }
    /// <summary>Two words that repeat the act before for others (<c>so did</c>, <c>as did</c>, <c>ebenso wie</c>), written with <c>_</c>.</summary>
    public required HashSet<string> Echoes { get; init; }
    /// <summary>Words that stand for a group named before (<c>both</c>, <c>the two</c>, <c>beide</c>), beside <see cref="MemberNouns"/>.</summary>
    public required HashSet<string> GroupWords { get; init; }
    /// <summary>Prepositions of topic (<c>about</c>, <c>über</c>): what a post is about is not whom it acts on.</summary>
    public required HashSet<string> Topics { get; init; }
    /// <summary>Verbs of sharing (<c>teilte</c>, <c>shared</c>): a repost only when they share a post, not a photo or a view.</summary>
    public required HashSet<string> ShareVerbs { get; init; }
    /// <summary>Verbs of receiving (<c>erhielt</c>, <c>got</c>): who gets a reply did not give it.</summary>
    public required HashSet<string> ReceivingVerbs { get; init; }
    /// <summary>Words that open a sentence about anyone (<c>Wer …</c>, <c>Whoever …</c>): its actors are examples, not who acted.</summary>
    public required HashSet<string> GenericOpeners { get; init; }
    /// <summary>Interrogative objects that open an indirect question after a comma (<c>überprüft, wem X folgt</c>): X is its subject, the object is asked for.</summary>
    public required HashSet<string> InterrogativeObjects { get; init; }
    /// <summary>Words that open an inserted reporting clause after a comma (<c>, so X,</c>, <c>, as X noted,</c>): its actor is not the sentence's subject.</summary>
    public required HashSet<string> Parentheticals { get; init; }
    /// <summary>Prepositions of manner before an owner (<c>in the PM's defence</c>, <c>zur Verteidigung</c>): whom one defends is not whom one answers.</summary>
    public required HashSet<string> MannerPrepositions { get; init; }
    /// <summary>Possessive pronouns (<c>his</c>, <c>seine</c>): an owner, never the one tagged or answered.</summary>
    public required HashSet<string> Possessives { get; init; }
    /// <summary>Verbs that link a follower to whom they follow (<c>is</c>, <c>gehört</c>, <c>includes</c>).</summary>
    public required HashSet<string> Copulas { get; init; }
    /// <summary>Particles that make a follow verb another verb (<c>followed up</c>, <c>followed suit</c>).</summary>
    public required HashSet<string> FollowParticles { get; init; }
    /// <summary>Prepositions after a follow verb that make it a succession (<c>folgt auf Vogt</c>): who comes after whom.</summary>
    public required HashSet<string> Succession { get; init; }
    /// <summary>Words after the one followed that name an office (<c>followed Baker as leader</c>, <c>folgte ihm als Chefin</c>).</summary>
    public required HashSet<string> SuccessionRoles { get; init; }
    /// <summary>Prepositions of a goal after the one followed (<c>followed Baker into the party</c>, <c>folgte ihm nach Berlin</c>): coming after someone somewhere; two words written with <c>_</c>.</summary>
    public required HashSet<string> SuccessionGoals { get; init; }
    /// <summary>Prepositions before a gerund after the one followed (<c>followed Baker in voting against</c>): doing the same after them.</summary>
    public required HashSet<string> SuccessionActs { get; init; }
    /// <summary>Words between an account noun and its owner (<c>account of</c>, <c>Konto des</c>); two words written with <c>_</c>.</summary>
    public required HashSet<string> AccountOwners { get; init; }
    /// <summary>Verbs before an infinitive that state the act goes on or begins (<c>continues to follow</c>).</summary>
    public required HashSet<string> Aspectuals { get; init; }
    /// <summary>Relative pronouns that can be the object of the clause's verb (<c>who</c>, <c>whom</c>, <c>dem</c>).</summary>
    public required HashSet<string> ObjectRelatives { get; init; }
    /// <summary>Nouns for what someone said (<c>comments</c>, <c>Aussage</c>): a reply to someone's comments answers them.</summary>
    public required HashSet<string> Utterances { get; init; }
    /// <summary>What one posts besides a tweet (<c>photo</c>, <c>video</c>, <c>Foto</c>): "liked Collins's photo" likes her post, "liked Collins's policies" no post.</summary>
    public required HashSet<string> PostedMedia { get; init; }
    /// <summary>Nouns for a copy of something (<c>screenshot</c>, <c>Bildschirmfoto</c>): "a screenshot of his tweet" shares the tweet.</summary>
    public required HashSet<string> CopyNouns { get; init; }
    /// <summary>Verbs that put a picture online (<c>posted</c>, <c>shared</c>, <c>teilte</c>, <c>veröffentlichte</c>): whom a picture posted shows, the poster named.</summary>
    public required HashSet<string> PictureVerbs { get; init; }
    /// <summary>Pictures and films (<c>photo</c>, <c>selfie</c>, <c>Foto</c>; German compounds end in them: <c>Hochzeitsbild</c>).</summary>
    public required HashSet<string> PictureNouns { get; init; }
    /// <summary>Verbs that put an article online (<c>shared</c>, <c>sharing</c>, <c>teilte</c>): the outlet of an article posted is named.</summary>
    public required HashSet<string> ArticleVerbs { get; init; }
    /// <summary>News pieces an outlet publishes (<c>story</c>, <c>report</c>, <c>Artikel</c>): posted, they show the outlet's name.</summary>
    public required HashSet<string> ArticleNouns { get; init; }
    /// <summary>What marks an outlet after an article noun as its source (<c>from</c>, <c>of</c>, <c>des</c>, <c>der</c> as "genitive", <c>von</c>).</summary>
    public required HashSet<string> ArticleSources { get; init; }
    /// <summary>Verbs whose subject is a post and whose object its words (<c>read</c>, <c>lautete</c>, <c>heißt es</c>): "the tweet from Baker read: “…”".</summary>
    public required HashSet<string> PostContentVerbs { get; init; }
    /// <summary>Who stands with someone in a picture (<c>with</c>, <c>mit</c>, <c>neben</c>): company, not whom the picture is about.</summary>
    public required HashSet<string> PictureCompany { get; init; }
    /// <summary>Verbs of turning to a platform (<c>took</c> to Twitter, <c>nutzte</c> X): an infinitive after them says what was done there.</summary>
    public required HashSet<string> PlatformTurns { get; init; }
    /// <summary>Nouns for a reply (<c>response</c>, <c>Antwort</c>): "Her reply was swift" says she answered.</summary>
    public required HashSet<string> ReplyNouns { get; init; }
    /// <summary>Words of an account that is not its name's (<c>pretending</c> to be, <c>parody</c>, <c>gefälschter</c>).</summary>
    public required HashSet<string> Impostors { get; init; }
    /// <summary>Labels of a picture credit (<c>Foto</c>: Stadt Lahr, <c>Screengrab</c> / Rawstory): who took or holds the picture.</summary>
    public required HashSet<string> CreditLabels { get; init; }
    /// <summary>Words of membership (<c>include</c>, <c>on the list</c>, <c>so is</c>, <c>darunter</c>): after a follow that named no one, who is on its list.</summary>
    public required HashSet<string> ListFrames { get; init; }
    /// <summary>Words by which an inclusion points back to a group just spoken of (<c>among them</c>, <c>they include</c>, <c>darunter</c>, <c>unter ihnen</c>).</summary>
    public required HashSet<string> GroupAnaphors { get; init; }
    /// <summary>Words that make a reply preposition part of another (<c>according to</c>).</summary>
    public required HashSet<string> CompoundPrepositions { get; init; }
    /// <summary>Relative pronouns that stand for a whole clause (<c>was</c>, <c>which</c>).</summary>
    public required HashSet<string> SententialRelatives { get; init; }
    /// <summary>Verbs of denial (<c>denied</c>, <c>bestritt</c>): the act after them is what was denied.</summary>
    public required HashSet<string> Denials { get; init; }
    /// <summary>Words of allegation (<c>accused</c>, <c>vorgeworfen</c>, <c>allegedly</c>): the act they govern is alleged, not stated.</summary>
    public required HashSet<string> Allegations { get; init; }
    /// <summary>A finite verb that opens an inverted condition (<c>Had</c>, <c>Hätte</c>): "Had Baker replied, …" supposes, it does not report.</summary>
    public required HashSet<string> ConditionalOpeners { get; init; }
    /// <summary>Modal verbs (<c>can</c>, <c>will</c>): the word after one is a verb, not a noun.</summary>
    public required HashSet<string> Modals { get; init; }
    /// <summary>The word after a comparative that names what is compared (<c>than</c>, <c>als</c>).</summary>
    public required HashSet<string> ComparisonLinks { get; init; }
    /// <summary>The subject stands right before its verb (English), not first in its clause (German).</summary>
    public required bool SubjectNearVerb { get; init; }
    public required HashSet<string> PassiveAuxiliaries { get; init; }
    /// <summary>The prepositions before the agent of a passive (<c>von</c>, <c>vom</c>, <c>by</c>).</summary>
    public required HashSet<string> Agents { get; init; }
    public required HashSet<string> Infinitive { get; init; }
    /// <summary>"the first to sign": before an infinitive, what makes it a fact, not a plan.</summary>
    public required HashSet<string> Firsts { get; init; }
    /// <summary>"second", "dritte": a place in a count after the first, which says that those counted before did the same.</summary>
    public required HashSet<string> Ordinals { get; init; }
    /// <summary>Prepositions that make a document the means of an act (<c>antwortete mit einem Brief</c>, <c>responded with a letter</c>).</summary>
    public required HashSet<string> Instruments { get; init; }
    /// <summary>Indefinite articles: a document introduced as new (<c>einem offenen Brief</c>).</summary>
    public required HashSet<string> Indefinites { get; init; }
    public required HashSet<string> Exclusions { get; init; }
    /// <summary>Pronoun → gender (<c>m</c>, <c>f</c>, <c>p</c> plural or f, <c>*</c> any) and whether it can be a subject.</summary>
    public required Dictionary<string, (char Gender, bool Subject)> Pronouns { get; init; }
    /// <summary>"Mr", "Frau": the gender of the person whose last name follows.</summary>
    public required Dictionary<string, char> Honorifics { get; init; }
    /// <summary>What opens a role noun that stands for a person named before ("der Historiker", "the senator").</summary>
    public required HashSet<string> RoleDeterminers { get; init; }
    /// <summary>Adjectives between the determiner and the role ("der frühere Kanzler", "the former prime minister").</summary>
    public required HashSet<string> RoleModifiers { get; init; }
    /// <summary>Role nouns an English text puts before a name ("campaign manager Corey Lewandowski"); German takes any capitalised noun there.</summary>
    public required HashSet<string> RoleNouns { get; init; }
    /// <summary>Nouns that stand for the one actor of a kind named before ("the party", "das Ministerium") → that kind.</summary>
    public required Dictionary<string, string> KindRoles { get; init; }
    /// <summary>Determiners of a plural that stands for a group named before ("the senators", "die Abgeordneten").</summary>
    public required HashSet<string> GroupDeterminers { get; init; }
    /// <summary>Words that count a group named before ("both", "the two", "die beiden") → how many it has.</summary>
    /// <remarks>Alone: the word needs no determiner before it ("both", "beide"; not "two").</remarks>
    public required Dictionary<string, (int Size, bool Alone)> GroupCounts { get; init; }
    /// <summary>Abbreviated titles and the role they stand for ("Sen." → senator).</summary>
    public required Dictionary<string, string> TitleAbbreviations { get; init; }
    /// <summary>"Dieser konterte", "the latter": pronouns that mean the one named last, not the subject before.</summary>
    public required Dictionary<string, (char Gender, bool Subject)> Latter { get; init; }

    /// <summary>German articles that stand alone as a subject for the one named last ("Die hat …", "Der teilte …"): gender per form.</summary>
    public required Dictionary<string, (char Gender, bool Subject)> DemonstrativeSubjects { get; init; }
    /// <summary>Capitalised pronouns that address the reader (<c>Sie</c>) when not at the start of a sentence; case-sensitive.</summary>
    public required HashSet<string> PoliteAddress { get; init; }
    /// <summary>Verb forms of reported speech (German Konjunktiv I: <c>sei</c>, <c>müsse</c>, <c>habe</c>): the sentence goes on with what someone said or posted.</summary>
    public required HashSet<string> ReportedSpeech { get; init; }
    /// <summary>Words that name another source for what follows (<c>laut</c>, <c>zufolge</c>, <c>according</c>).</summary>
    public required HashSet<string> Hearsay { get; init; }
    /// <summary>Words that count a noun (<c>more</c>, <c>many</c>, <c>mehr</c>): "more mentions than" is no verb.</summary>
    public required HashSet<string> Quantifiers { get; init; }
    /// <summary>Words that ask: a question or a press inquiry ("question", "Anfrage", "asked"); what answers them is a reply on a platform only when one is named.</summary>
    public required HashSet<string> Inquiries { get; init; }
    /// <summary>Things one may answer, beside posts, media and utterances: "op-ed", "speech", "Rede" (a reply to "Baker's resignation" answers no one).</summary>
    public required HashSet<string> Answerable { get; init; }
    /// <summary>Words after a like or repost that mean the post just spoken of ("retweeted it", "teilte es").</summary>
    public required HashSet<string> PostAnaphors { get; init; }
    /// <summary>Words that stand alone for what the text just reported ("That prompted a response from X", "Dies provozierte eine Antwort von X").</summary>
    public required HashSet<string> EventAnaphors { get; init; }
    /// <summary>Nouns of the reactions an act drew (<c>Reaktionen</c>, <c>backlash</c>): the posts the text then quotes answer whoever drew them.</summary>
    public required HashSet<string> ReactionNouns { get; init; }
    /// <summary>Words before a reaction noun that make it one received (<c>zu Reaktionen geführt</c>, <c>faced a backlash</c>), beside <see cref="ReceivingVerbs"/>.</summary>
    public required HashSet<string> ReactionFrames { get; init; }
    /// <summary>Verbs of telling someone something (<c>told</c>, <c>versicherte</c>): who is told is the addressee of a statement.</summary>
    public required HashSet<string> TellingVerbs { get; init; }
    /// <summary>Nouns of a like or a follow that one receives ("got a like from", "a follow back from"); reply nouns are <see cref="ReplyNouns"/>.</summary>
    public required HashSet<string> LikeNouns { get; init; }
    /// <summary>Verbs whose dative is the one pleased ("Ihm gefallen bei Facebook die AfD …"); English has none, its liker is the subject.</summary>
    public required HashSet<string> PleasingVerbs { get; init; }
    /// <summary>Pronouns in the dative ("ihm", "ihnen").</summary>
    public required HashSet<string> DativePronouns { get; init; }
    public required HashSet<string> FollowNouns { get; init; }
    /// <summary>Parts of words that speak of following without being a follow of someone named ("unfollowed", "Follower", "entfolgt").</summary>
    public required HashSet<string> FollowWords { get; init; }
    /// <summary>A comparison of numbers: "more followers than", "so viele Follower wie".</summary>
    public required HashSet<string> Comparatives { get; init; }
    /// <summary>The language's most frequent words, for telling languages apart.</summary>
    public required HashSet<string> Frequent { get; init; }

    public static CueLexicon German { get; } = Load("de");

    public static CueLexicon English { get; } = Load("en");

    public static CueLexicon For(string language) => language switch
    {
        "de" => German,
        "en" => English,
        _ => throw new BadInputException($"Unknown language '{language}': expected de, en or auto."),
    };

    /// <summary>
    /// A picture noun, in German also as the head of a compound ("Wahlkampffoto", "Instagram-Video", "Hochzeitsbild"); "Bild" heads
    /// a picture only after a hyphen or a linking "s" ("Vorbild", "Leitbild" are none).
    /// </summary>
    public bool IsPictureNoun(string lower) => PictureNouns.Contains(lower)
        || !SubjectNearVerb && PictureNouns.Any(n => lower.Length > n.Length + 2 && lower.EndsWith(n, StringComparison.Ordinal)
            && (!n.StartsWith("bild", StringComparison.Ordinal) || lower[^(n.Length + 1)] is '-' or 's'));

    /// <summary>A negation at <paramref name="at"/> that negates: not "nicht nur", "not only", "not just" (which add).</summary>
    public bool NegatesAt(IReadOnlyList<Token> tokens, int at) =>
        IsNegation(tokens[at].Lower) && !(at + 1 < tokens.Count && Restrictives.Contains(tokens[at + 1].Lower));

    public bool IsNegation(string lower) => Negations.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal);

    /// <summary>A platform, a post or followers are named in the sentence (outside quotations).</summary>
    public bool NamesPlatform(Sentence sentence) => sentence.Tokens.Where((t, i) => !t.Quoted && PlatformAt(sentence.Tokens, i)).Any();

    /// <summary>The token at <paramref name="i"/> names a platform, a post, a posting or followers.</summary>
    public bool PlatformAt(IReadOnlyList<Token> tokens, int i)
    {
        var lower = tokens[i].Lower;
        return IsPlatformWord(lower) || PostingVerbs.Contains(lower) || lower.Contains("tweet", StringComparison.Ordinal) || lower.Contains("follower", StringComparison.Ordinal)
            || lower.EndsWith("post", StringComparison.Ordinal) && !Outlet(tokens, i)
            || (lower is "social" or "sozialen" && i + 1 < tokens.Count && tokens[i + 1].Lower is "media" or "medien" or "netzwerken");
    }

    /// <summary>
    /// A platform word, also inside a compound: "Twitter-Kommentaren", "Partei-Kanälen", "Social-Media-Video", "Twitterparty"
    /// (a platform's own name opens a closed compound, not a person's noun like "Youtuber"; a generic one like "Netz" does not: "Netzpolitik").
    /// </summary>
    public bool IsPlatformWord(string lower) => Platforms.Contains(lower) || lower.Contains("social-media", StringComparison.Ordinal)
        || (lower.Contains('-') && lower.Split('-').Any(Platforms.Contains))
        || PlatformNames.Any(p => lower.Length >= p.Length + 3 && lower.StartsWith(p, StringComparison.Ordinal));

    /// <summary>
    /// The word after a name makes it a group ("Labour MPs", "Miliband loyalists"), unless it is a person's title ("Collins MP").
    /// A person's group is plural or written in lower case ("a Long Bailey supporter"): in "Mary Collins\nSenator Tom Baker" the
    /// capitalised singular starts the next name.
    /// </summary>
    public bool MakesGroup(Token next, bool person) => MemberNouns.Contains(next.Lower)
        && !(person && (TitlesAfterName.Contains(next.Lower) || (!next.Lower.EndsWith('s') && !char.IsLower(next.Text[0]))));

    /// <summary>An account on a platform: account, handle, feed, Konto, Profil, Twitter-Account.</summary>
    public bool IsAccount(string lower) => lower is "account" or "accounts" or "handle" or "feed" or "profile" or "page" or "channel" or "konto" or "profil" or "kanal" or "seite"
        || lower.EndsWith("account", StringComparison.Ordinal) || lower.EndsWith("konto", StringComparison.Ordinal)
        // "das Instagram-Profil von", "den YouTube-Kanal von", "die Facebook-Seite der": a compound's head.
        || lower.EndsWith("-profil", StringComparison.Ordinal) || lower.EndsWith("-kanal", StringComparison.Ordinal) || lower.EndsWith("-seite", StringComparison.Ordinal);

    /// <summary>
    /// A post noun at <paramref name="at"/> that is no newspaper's name: "the Washington Post", "der Jerusalem Post", "HuffPost"
    /// name an outlet; "his Facebook Post", "Trumps Post" (a German genitive) and a sentence's first word are posts.
    /// </summary>
    public bool IsPostNounAt(IReadOnlyList<Token> tokens, int at) => IsPostNoun(tokens[at].Lower) && !Outlet(tokens, at);

    private bool Outlet(IReadOnlyList<Token> tokens, int at)
    {
        var text = tokens[at].Text;
        if (text.Length > 4 && text.EndsWith("Post", StringComparison.Ordinal) && char.IsLower(text[^5])) return true;
        if (text != "Post" || at == 0 || IsPlatformWord(tokens[at - 1].Lower)) return false;
        // English writes its post nouns in lower case; German capitalises every noun, and a name before one is an outlet's unless it is an owner's genitive.
        var before = tokens[at - 1];
        return SubjectNearVerb || before.IsWord && char.IsUpper(before.Text[0]) && !before.Text.EndsWith('s') && !Determiners.Contains(before.Lower) && !Prepositions.Contains(before.Lower);
    }

    /// <summary>A post, an account or what one posts (tweet, Beitrag, account, Profil, photo, message): what may say the words of a post.</summary>
    public bool IsPostLike(IReadOnlyList<Token> tokens, int at) => IsPostNounAt(tokens, at) || IsAccount(tokens[at].Lower) || PostedMedia.Contains(tokens[at].Lower);

    /// <summary>A post on a platform: tweet, post, posting, Beitrag (Beiträge).</summary>
    public bool IsPostNoun(string lower) => lower.Contains("tweet", StringComparison.Ordinal)
        // German compounds by their head ("Blogpost"); English ones are no post ("signpost", "outpost") unless hyphenated.
        || lower.EndsWith("post", StringComparison.Ordinal) && (!SubjectNearVerb || lower is "post" or "repost" || lower.EndsWith("-post", StringComparison.Ordinal))
        // German "des Posts", "die Postings" (the mail, "die Post", has no such forms); "Beitrag", "Beiträge" and their compounds.
        || lower is "posting" || !SubjectNearVerb && lower is "posts" or "postings"
        || lower.Split('-')[^1] is var head && (head.StartsWith("beitrag", StringComparison.Ordinal) || head.StartsWith("beiträge", StringComparison.Ordinal));

    /// <summary>A mark under which an actor still takes part: <c>darunter</c>, <c>including</c>, <c>along with</c>.</summary>
    public bool IsInclusion(string mark) => Inclusions.Contains(mark) || InclusionPairs.Contains(mark) || (mark.Split(' ') is [var first, _] && Companions.Contains(first));

    /// <summary>A word that may stand between two items of a list: a comma, a conjunction or an article.</summary>
    public bool IsListGlue(string lower) => lower is "," or ";" || Conjunctions.Contains(lower) || Determiners.Contains(lower);

    private static CueLexicon Load(string language)
    {
        using var words = Open($"{language}.words.tsv");
        using var cues = Open($"{language}.cues.tsv");
        return Load(language, words, cues);
    }

    /// <summary>The lexicon from its two files; a word class no rule reads (a typo, a merge's leftover) is refused, not ignored.</summary>
    internal static CueLexicon Load(string language, TextReader wordsFile, TextReader cuesFile)
    {
        var words = LoadWords(language, wordsFile);
        var read = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string> Class(string name)
        {
            read.Add(name);
            return words.TryGetValue(name, out var list) ? new HashSet<string>(list, StringComparer.Ordinal)
                : throw new InvalidOperationException($"lexicon/{language}.words.tsv: no line '{name}'.");
        }
        var lexicon = new CueLexicon
        {
            Language = language,
            Cues = LoadCues(language, cuesFile, ClauseGoesOn(words)),
            Negations = Class("negations"),
            NonEvents = Class("non-events"),
            Intentions = Class("intentions"),
            Subordinators = Class("subordinators"),
            Prepositional = Class("prepositional-subordinators"),
            Singles = Class("singles"),
            NeuterSubjects = Class("neuter-subjects"),
            DocumentPronouns = Class("document-pronouns"),
            DocumentObjects = Class("document-objects"),
            DocumentPossessives = Class("document-possessives"),
            Complementizers = Class("complementizers"),
            AdverbialOpeners = Class("adverbial-openers"),
            Contrasts = Class("contrasts"),
            Prepositions = Class("prepositions"),
            GenitiveArticles = Class("genitive-articles"),
            Determiners = Class("determiners"),
            Conjunctions = Class("conjunctions"),
            ObjectArticles = Class("object-articles"),
            GenitiveAfterNoun = Class("genitive-after-noun"),
            Relatives = Class("relatives"),
            Inclusions = Class("inclusions"),
            InclusionPairs = Class("inclusion-pairs").Select(p => p.Replace('_', ' ')).ToHashSet(StringComparer.Ordinal),
            RankingPairs = Class("ranking-pairs").Select(p => p.Replace('_', ' ')).ToHashSet(StringComparer.Ordinal),
            Origins = Class("origins"),
            MemberNouns = Class("member-nouns"),
            FollowedSets = Class("followed-sets"),
            TitlesAfterName = Class("titles-after-name"),
            SignOffs = Class("sign-offs"),
            SignOffModifiers = Class("sign-off-modifiers"),
            AddresseePossessives = Class("addressee-possessives"),
            Salutations = Class("salutations"),
            KinNouns = Class("kin-nouns"),
            PostAuthors = Class("post-authors"),
            ReplyPrepositions = Class("reply-prepositions"),
            ReplyManners = Class("reply-manners"),
            SilentActs = Class("silent-acts"),
            Additives = Class("additives"),
            Restrictives = Class("restrictives"),
            Nominatives = Class("nominatives"),
            Partitives = Class("partitives"),
            FollowLists = Class("follow-lists").Select(p => p.Replace('_', ' ')).ToHashSet(StringComparer.Ordinal),
            FiniteAuxiliaries = Class("finite-auxiliaries"),
            Companions = Class("companions"),
            Proxies = Class("proxies"),
            Others = Class("others"),
            Opponents = Class("opponents"),
            NonSigners = Class("non-signers"),
            Refusals = Class("refusals"),
            ContrastEchoes = Class("contrast-echoes"),
            Undersigned = Class("undersigned"),
            WritingVerbs = Class("writing-verbs"),
            PostingVerbs = Class("posting-verbs"),
            SayingVerbs = Class("saying-verbs"),
            SpeechVerbs = Class("speech-verbs"),
            Platforms = Class("platforms"),
            PlatformNames = Class("platform-names"),
            Venues = Class("venues"),
            Chambers = Class("chambers"),
            TitleNouns = Class("title-nouns"),
            Spokespeople = Class("spokespeople"),
            ContentOpeners = Class("content-openers"),
            PlatformPrepositions = Class("platform-prepositions"),
            TitleNamings = Class("title-namings"),
            Topics = Class("topics"),
            OtherDocument = Class("other-document"),
            JointActs = Class("joint-acts"),
            LetterActs = Class("letter-acts"),
            FirstPerson = Class("first-person"),
            DocumentFrames = Class("document-frames"),
            DocumentNouns = Class("document-nouns"),
            Comitatives = Class("comitatives"),
            DocumentDeterminers = Class("document-determiners"),
            SignableNouns = Class("signable-nouns"),
            GroupNouns = Class("group-nouns"),
            Comparisons = Class("comparisons"),
            Circles = Class("circles"),
            GovernmentNouns = Class("government-nouns"),
            StativeAuxiliaries = Class("stative-auxiliaries"),
            Echoes = Class("echoes").Select(p => p.Replace('_', ' ')).ToHashSet(StringComparer.Ordinal),
            GroupWords = Class("group-words"),
            ScenePrepositions = Class("scene-prepositions"),
            ShareVerbs = Class("share-verbs"),
            ReceivingVerbs = Class("receiving-verbs"),
            GenericOpeners = Class("generic-openers"),
            InterrogativeObjects = Class("interrogative-objects"),
            Parentheticals = Class("parentheticals"),
            MannerPrepositions = Class("manner-prepositions"),
            Possessives = Class("possessives"),
            Copulas = Class("copulas"),
            FollowParticles = Class("follow-particles"),
            Succession = Class("succession"),
            CompoundPrepositions = Class("compound-prepositions"),
            SententialRelatives = Class("sentential-relatives"),
            ListFrames = Class("list-frames").Select(p => p.Replace('_', ' ')).ToHashSet(StringComparer.Ordinal),
            GroupAnaphors = Class("group-anaphors"),
            Utterances = Class("utterances"),
            PostedMedia = Class("posted-media"),
            CopyNouns = Class("copy-nouns"),
            PictureVerbs = Class("picture-verbs"),
            PictureNouns = Class("picture-nouns"),
            PictureCompany = Class("picture-company"),
            ArticleVerbs = Class("article-verbs"),
            ArticleNouns = Class("article-nouns"),
            ArticleSources = Class("article-sources"),
            PostContentVerbs = Class("post-content-verbs"),
            PlatformTurns = Class("platform-turns"),
            ReplyNouns = Class("reply-nouns"),
            Impostors = Class("impostors"),
            CreditLabels = Class("credit-labels"),
            Aspectuals = Class("aspectuals"),
            ObjectRelatives = Class("object-relatives"),
            AccountOwners = Class("account-owners").Select(p => p.Replace('_', ' ')).ToHashSet(StringComparer.Ordinal),
            SuccessionRoles = Class("succession-roles").Select(p => p.Replace('_', ' ')).ToHashSet(StringComparer.Ordinal),
            SuccessionGoals = Class("succession-goals").Select(p => p.Replace('_', ' ')).ToHashSet(StringComparer.Ordinal),
            SuccessionActs = Class("succession-acts"),
            Denials = Class("denials"),
            Allegations = Class("allegations"),
            ConditionalOpeners = Class("conditional-openers"),
            ComparisonLinks = Class("comparison-links"),
            Modals = Class("modals"),
            SubjectNearVerb = Class("word-order").Single() == "svo",
            PassiveAuxiliaries = Class("passive-auxiliaries"),
            Agents = Class("agents"),
            Infinitive = Class("infinitive"),
            Firsts = Class("firsts"),
            Ordinals = Class("ordinals"),
            Instruments = Class("instruments"),
            Indefinites = Class("indefinites"),
            Exclusions = Class("exclusions"),
            Pronouns = Class("pronouns").Select(p => p.Split(':')).ToDictionary(p => p[0], p => (p[1][0], p.Length > 2 && p[2] == "subject")),
            PoliteAddress = Class("polite-address"),
            Honorifics = Class("honorifics").Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1][0]),
            RoleDeterminers = Class("role-determiners"),
            RoleModifiers = Class("role-modifiers"),
            RoleNouns = Class("role-nouns"),
            KindRoles = Class("kind-roles").Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1]),
            GroupDeterminers = Class("group-determiners"),
            GroupCounts = Class("group-counts").Select(p => p.Split(':')).ToDictionary(p => p[0], p => (int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p.Length > 2 && p[2] == "alone")),
            TitleAbbreviations = Class("title-abbreviations").Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1]),
            Latter = Class("latter").Select(p => p.Split(':')).ToDictionary(p => p[0], p => (p[1][0], p.Length > 2 && p[2] == "subject")),
            DemonstrativeSubjects = Class("demonstrative-subjects").Select(p => p.Split(':')).ToDictionary(p => p[0], p => (p[1][0], true)),
            ReportedSpeech = Class("reported-speech"),
            Hearsay = Class("hearsay"),
            Quantifiers = Class("quantifiers"),
            Inquiries = Class("inquiries"),
            Answerable = Class("answerable"),
            PostAnaphors = Class("post-anaphors"),
            EventAnaphors = Class("event-anaphors"),
            ReactionNouns = Class("reaction-nouns"),
            ReactionFrames = Class("reaction-frames"),
            TellingVerbs = Class("telling-verbs"),
            LikeNouns = Class("like-nouns"),
            PleasingVerbs = Class("pleasing-verbs"),
            DativePronouns = Class("dative-pronouns"),
            FollowNouns = Class("follow-nouns"),
            FollowWords = Class("follow-words"),
            Comparatives = Class("comparatives").Select(p => p.Replace('_', ' ')).ToHashSet(StringComparer.Ordinal),
            Frequent = new HashSet<string>(Class("frequent"), StringComparer.OrdinalIgnoreCase),
        };
        return words.Keys.FirstOrDefault(name => !read.Contains(name)) is { } stray
            ? throw new InvalidOperationException($"lexicon/{language}.words.tsv: the class '{stray}' is read by no rule.")
            : lexicon;
    }

    private static StreamReader Open(string name) =>
        new(typeof(CueLexicon).Assembly.GetManifestResourceStream($"lexicon/{name}")
            ?? throw new InvalidOperationException($"The lexicon file lexicon/{name} is not embedded."));

    /// <summary>Class name → its words (space-separated in the file).</summary>
    private static Dictionary<string, string[]> LoadWords(string language, TextReader reader)
    {
        reader.ReadLine();
        var classes = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (!classes.TryAdd(cells[0], cells.Length > 1 ? cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : []))
                throw new InvalidOperationException($"lexicon/{language}.words.tsv: the class '{cells[0]}' twice.");
        }
        return classes;
    }

    /// <summary>
    /// The cues of a cue file, one line each: relation, pattern, confidence, flags. A pattern word written as a lemma stands for
    /// its forms (<see cref="Inflections"/>); <c>!word</c> takes a form out again (<c>like~|!like</c>: "like" is a preposition).
    /// A German separable verb (<c>zurück+folgen~</c>) gives two cues: its finite forms with the particle at the clause end
    /// (<c>folgte … zurück</c>) and the forms with the particle joined (<c>zurückgefolgt</c>).
    /// </summary>
    private static List<Cue> LoadCues(string language, TextReader reader, HashSet<string> clauseGoesOn)
    {
        reader.ReadLine();
        var cues = new List<Cue>();
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            string Where() => $"lexicon/{language}.cues.tsv line {number}";
            if (!RelationTypes.TryParse(cells[0], out var relation)) throw new InvalidOperationException($"{Where()}: bad relation '{cells[0]}'");
            if (cells.Length < 3 || !double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
                throw new InvalidOperationException($"{Where()}: expected relation, pattern, confidence and flags separated by tabs");
            var flags = cells.Length > 3 ? cells[3].Split(',', StringSplitOptions.TrimEntries) : [];
            var steps = new List<CueStep>();
            var separable = new List<(string Particle, Inflections.Lemma Lemma)>();
            var gap = false;
            foreach (var part in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == "…") { gap = true; continue; }
                var words = new HashSet<string>(StringComparer.Ordinal);
                var verbs = new HashSet<string>(StringComparer.Ordinal);
                foreach (var word in part.Split('|'))
                {
                    if (Inflections.Parse(word) is not { } lemma) { words.Add(word); continue; }
                    if (lemma.Particle.Length > 0) separable.Add((lemma.Particle, lemma));
                    var forms = Inflections.Forms(lemma, language).ToList();
                    words.UnionWith(forms);
                    if (lemma.Verb && language == "de") verbs.UnionWith(forms);
                }
                foreach (var excluded in words.Where(w => w.StartsWith('!')).ToList()) { words.Remove(excluded); words.Remove(excluded[1..]); }
                steps.Add(Step(words, verbs, gap));
                gap = false;
            }
            if (separable.Count > 0 && steps.Count > 1) throw new InvalidOperationException($"{Where()}: a separable verb ({separable[0].Particle}+{separable[0].Lemma.Word}~) must stand alone in its pattern");
            Cue Make(IReadOnlyList<CueStep> pattern) => new(relation, cells[1], pattern, confidence,
                flags.Contains("noun"), flags.Contains("doc"), flags.Contains("states"), flags.Contains("owner"), flags.Contains("back"), flags.Contains("with"), flags.Contains("scene"), flags.Contains("platform"), flags.Contains("by"), flags.Contains("letter"), flags.Contains("infinitive"), flags.Contains("post"), flags.Contains("undone"), flags.Contains("onpost"));
            cues.Add(Make(steps));
            foreach (var particle in separable.GroupBy(p => p.Particle))
            {
                var finite = particle.SelectMany(p => Inflections.Finite(p.Lemma, language)).ToHashSet(StringComparer.Ordinal);
                cues.Add(Make([Step(finite, finite, false), Step([particle.Key], [], true) with { Then = clauseGoesOn }]));
            }
        }
        // Longer cues first: "markierte … Gefällt mir" is a like, not a tag.
        return cues.OrderByDescending(c => c.Steps.Count).ToList();
    }

    /// <summary>Words that may follow the end of a clause: conjunctions, subordinators, prepositions, the infinitive's "zu".</summary>
    private static HashSet<string> ClauseGoesOn(Dictionary<string, string[]> words) =>
        new[] { "conjunctions", "subordinators", "complementizers", "prepositions", "infinitive" }.SelectMany(c => words.GetValueOrDefault(c) ?? []).ToHashSet(StringComparer.Ordinal);

    /// <summary>A step from its words: <c>unterzeichner*</c> matches the words it begins, <c>*-antwort</c> those it ends.</summary>
    private static CueStep Step(HashSet<string> words, HashSet<string> verbs, bool gap) => new(
        words.Where(w => !w.EndsWith('*') && !w.StartsWith('*')).ToHashSet(StringComparer.Ordinal),
        words.Where(w => w.EndsWith('*')).Select(w => w[..^1]).ToArray(),
        words.Where(w => w.StartsWith('*') && w.Length > 1).Select(w => w[1..]).ToArray(), gap, verbs);
}
