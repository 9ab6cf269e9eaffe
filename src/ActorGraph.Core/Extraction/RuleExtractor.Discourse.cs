using ActorGraph.Model;

namespace ActorGraph.Extraction;

public sealed partial class RuleExtractor
{
    /// <summary>What earlier sentences leave for later ones.</summary>
    private sealed class Discourse
    {
        public IReadOnlyList<Mention> Previous { get; set; } = [];
        public int LastDocument { get; set; } = -1;
        /// <summary>Documents the text named as the addressee's ("your letter"): not what its writers signed.</summary>
        public HashSet<int> Addressed { get; } = [];
        /// <summary>The document the last title line named ("Antrag …" on a line of its own above a motion's text), and that line's index.</summary>
        public (int Document, int Sentence) Title { get; set; } = (-1, -1);
        /// <summary>The index of the last sentence that reports a signing: a signing verb or noun that is no demand, plan or refusal.</summary>
        public int LastReported { get; set; } = -10;
        /// <summary>An open list of signers: the line that opened it, its cue, and where its last line ends.</summary>
        public (Parsed Opener, Hit Hit, int End)? Signers { get; set; }
        /// <summary>The index of the last sentence that named a document or a signing.</summary>
        public int LastSigning { get; set; } = -10;
        /// <summary>The index of the last sentence with a signing verb or noun that is not negated.</summary>
        public int LastSigned { get; set; } = -10;
        /// <summary>The index of the last sentence whose signing was negated ("Baker refused to sign the letter"), and its document or -1.</summary>
        public (int Sentence, int Document) LastRefused { get; set; } = (-10, -1);
        /// <summary>The index of the last sentence where someone wrote to an actor, no document named ("The senators wrote to Doyle").</summary>
        public int LastWrote { get; set; } = -10;
        /// <summary>The lines just before that each name someone, and nothing else.</summary>
        public List<Parsed> NameRun { get; set; } = [];
        /// <summary>Lines of names carry their own answer ("Cem Özdemir (Grüne)\nkomplett unterschrieben."): a name without one signed nothing.</summary>
        public bool StatusTable { get; set; }
        /// <summary>A letter's salutation ("Dear Secretary Doyle,") came before: lines of names after its text are its signers.</summary>
        public bool LetterOpened { get; set; }
        /// <summary>The last sentence ends with a colon and names no signing: it introduces a list of something else.</summary>
        public bool IntroducedOtherwise { get; set; }
        /// <summary><see cref="IntroducedOtherwise"/> as it was before the first line of <see cref="NameRun"/>.</summary>
        public bool RunIntroducedOtherwise { get; set; }
        /// <summary>Actor → who last tagged or answered them in this text, and the <see cref="Narrative"/> index of that sentence.</summary>
        public Dictionary<int, (int Actor, int Sentence)> AddressedBy { get; } = [];
        /// <summary>Who posted or spoke, most recent first, with the <see cref="Narrative"/> index: whom a reply without a target answers.</summary>
        public List<(int Actor, int Sentence)> Posters { get; } = [];
        /// <summary>The posts the text quotes: the sentence each starts in, where in the text it starts and ends, and who wrote it.</summary>
        public List<(int Sentence, int Start, int End, int Author)> QuotedPosts { get; } = [];
        /// <summary>The tails of embedded posts ("— Name (@handle) date"): where in the text, and who wrote the post.</summary>
        public List<(int Start, int End, int Author)> EmbedTails { get; } = [];
        /// <summary>The sentence after the one being read in its paragraph: "congratulated Ryan on his selection. … deleted their tweets" names the platform after the act.</summary>
        public Sentence? Following { get; set; }
        /// <summary>The actor mentions of <see cref="Following"/>.</summary>
        public IReadOnlyList<Mention> FollowingMentions { get; set; } = [];
        /// <summary>How many sentences so far the text itself says (not those wholly inside a quoted post).</summary>
        public int Narrative { get; set; }
        /// <summary>The last like: who liked, and the <see cref="Narrative"/> index of its sentence.</summary>
        public (int Liker, int Sentence)? LastLike { get; set; }
        /// <summary>Whom the reactions a sentence spoke of were to ("Baillie faced a barrage of criticism"), and the <see cref="Narrative"/> index of that sentence.</summary>
        public (int Actor, int Sentence)? ReactionsTo { get; set; }
        /// <summary>Whose posts a reply, quote or repost of the sentence being read acted on: they posted before its source.</summary>
        public HashSet<int> ActedOn { get; } = [];
        /// <summary>The last reply: who answered whom.</summary>
        public (int Source, int Target)? LastReply { get; set; }
        /// <summary>A like or retweet of a post whose author the text has not named yet.</summary>
        public (Parsed Sentence, Hit Hit, Resolved Source)? PendingPost { get; set; }
        /// <summary>Who follows the accounts a sentence counted without naming them, its <see cref="Narrative"/> index, and whether it ended
        /// with a colon (announcing the list, which may then go on one line per member).</summary>
        public (int Owner, int Sentence, bool Announced)? FollowList { get; set; }
        /// <summary>A follow or like by a group no actor names ("Several MPs liked Baker's post"): its relation, its target, and the <see cref="Narrative"/> index of its sentence.</summary>
        public (RelationType Relation, int Target, int Sentence)? GroupAct { get; set; }
        /// <summary>The last sentence was a line naming a member of a follow list in a run of such lines (see <see cref="BareLineItem"/>).</summary>
        public bool ItemRun { get; set; }
        /// <summary>Whose account the text last spoke of ("Baker's account", "the handle @x"), and the <see cref="Narrative"/> index of that sentence.</summary>
        public (int Owner, int Sentence)? Account { get; set; }
        /// <summary>The <see cref="Narrative"/> index of the last sentence about following on a platform (see <see cref="NoteFollowTopic"/>).</summary>
        public int FollowTopic { get; set; } = -10;
        /// <summary>Who joined others in a letter's act ("joined Baker in calling on") before the text named the letter.</summary>
        public (Parsed Sentence, Hit Hit, List<Mention> Signers)? PendingJoin { get; set; }
        /// <summary>Who the text says is posting, and the <see cref="Narrative"/> index of the last sentence that reported it or went on with their words.</summary>
        public (int Author, int Sentence)? Posting { get; set; }
        /// <summary>The sentence that set <see cref="Posting"/> quoted or embedded the post: what follows in quotation marks is <see cref="QuotedPosts"/>' to attribute.</summary>
        public bool PostingQuoted { get; set; }
        /// <summary>Who last tagged someone by a cue, and the <see cref="Narrative"/> index of its sentence: that sentence reports their post.</summary>
        public (int Tagger, int Sentence)? LastTag { get; set; }
        /// <summary>The author whose post the sentence being read goes on paraphrasing (see <see cref="Posting"/>), or -1.</summary>
        public int PostingNow { get; set; } = -1;
        /// <summary>
        /// The post the text is telling of: its author, set by the last sentence that named a post and who wrote it (a posting verb, a post
        /// noun with its owner, saying on a platform, a reply or repost, an embed), kept over sentences and paragraphs until another such
        /// sentence, or a paragraph that turns to an interview, a statement to the press or a chamber; -1 when there is none.
        /// </summary>
        public int Thread { get; set; } = -1;
        /// <summary>The <see cref="Narrative"/> index of the last sentence that spoke of <see cref="Thread"/>: named a post or platform, or its author.</summary>
        public int ThreadSeen { get; set; } = -10;
        /// <summary>The four sentences before.</summary>
        public List<Sentence> Recent { get; } = [];

        /// <summary>The latest of <see cref="Posters"/> in the <paramref name="reach"/> sentences before this one that <paramref name="fits"/>, or -1.</summary>
        public int RecentPoster(int reach, Func<int, bool> fits) =>
            Posters.FirstOrDefault(p => p.Sentence < Narrative && Narrative - p.Sentence <= reach && fits(p.Actor), (Actor: -1, Sentence: -1)).Actor;
    }
}
