using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// One ordered pair of distinct actors a sentence mentions, with the shape of the sentence around them as binary features:
/// what the learned pair scorer weighs to decide whether the sentence states a social relation from <see cref="Source"/>
/// to <see cref="Target"/> that the rules missed.
/// </summary>
/// <param name="SentenceStart">Where the sentence (the evidence) starts in the text read.</param>
/// <param name="RuleTypes">The relation types the rules proposed for this pair (in this order) from this sentence.</param>
/// <param name="Cues">Each cue the sentence holds: its relation and its words in the sentence.</param>
public sealed record PairCandidate(int Sentence, int SentenceStart, string Evidence, string Source, string Target, TextSpan SourceMention, TextSpan TargetMention,
    IReadOnlyList<string> Features, IReadOnlyList<RelationType> RuleTypes, IReadOnlyList<(RelationType Relation, IReadOnlyList<TextSpan> Words)> Cues);

/// <summary>
/// The candidates and features of the learned pair scorer (<c>extract --pairs</c> prints them for
/// <c>eval/extraction/train.py</c>). The actors are those the rules read: names, handles, roles, groups and pronouns as
/// <see cref="Mentions"/> resolves them, and names inside quotation marks as possible targets.
/// </summary>
/// <remarks>
/// Features are general, not per phrasing: which cue classes of the lexicon stand before, between or after the pair, the
/// order of the two, whether the source is the clause's unmarked first actor, the marks (preposition, article, genitive) of
/// both, post nouns and platform words in the sentence or the one before, quotation marks, handles, negation, modals,
/// passive, distance, how many actors, their kinds, what the rules proposed, and a few lower-case word stems between the
/// two hashed into <see cref="WordBuckets"/> buckets. Cost: a pass over each sentence's pairs after the rules ran — a few
/// microseconds per pair.
/// </remarks>
public sealed partial class RuleExtractor
{
    /// <summary>The social types the scorer may propose (SIGNED is the signer lists' work).</summary>
    public static readonly IReadOnlyList<RelationType> ScoredTypes =
        [RelationType.Tagged, RelationType.RepliedTo, RelationType.Follows, RelationType.Liked, RelationType.Quoted, RelationType.Retweeted];

    /// <summary>How many hash buckets the word stems between the two actors fall into.</summary>
    public const int WordBuckets = 512;

    /// <summary>One actor mention that may be one end of a pair: its tokens, the actor, and how it was read.</summary>
    private sealed record Slot(int Start, int End, int Actor, Mention? Mention, bool Quoted, bool Carried);

    /// <summary>Each ordered pair of distinct actors each sentence of <paramref name="text"/> mentions, with its features.</summary>
    public IReadOnlyList<PairCandidate> Pairs(string text, string language = "auto") => Pairs(text, language, Extract(text, language));

    /// <param name="rules">What the rules found in <paramref name="text"/> (a feature of each pair).</param>
    internal IReadOnlyList<PairCandidate> Pairs(string text, string language, IReadOnlyList<ExtractedRelation> rules)
    {
        var lexicon = CueLexicon.For(language == "auto" ? Languages.Detect(text) : language);
        var byRules = rules.ToLookup(r => (r.EvidenceStart, r.Source, r.Target), r => r.Relation);
        var anywhere = rules.Select(r => (r.Source, r.Relation, r.Target)).ToHashSet();
        var candidates = new List<PairCandidate>();
        Parsed? before = null;
        foreach (var (s, previous) in Read(text, lexicon))
        {
            var slots = Slots(s, previous);
            var nearest = new Dictionary<(int, int), (Slot A, Slot B)>();
            foreach (var a in slots.Where(a => !a.Quoted))
                foreach (var b in slots.Where(b => b.Actor != a.Actor))
                    if (!nearest.TryGetValue((a.Actor, b.Actor), out var known) || Distance(a, b) < Distance(known.A, known.B)) nearest[(a.Actor, b.Actor)] = (a, b);
            var cues = s.Hits.Select(h => (h.Cue.Relation, (IReadOnlyList<TextSpan>)h.Tokens.Select(t => new TextSpan(s.Tokens[t].Start, s.Tokens[t].Length)).ToList())).ToList();
            foreach (var (a, b) in nearest.Values.OrderBy(p => Math.Min(p.A.Start, p.B.Start)).ThenBy(p => p.A.Start))
            {
                var (source, target) = (actors.Actors[a.Actor].Id, actors.Actors[b.Actor].Id);
                var ruleTypes = byRules[(s.Sentence.Start, source, target)].Distinct().ToList();
                var features = Features(s, before, slots, a, b, ruleTypes, byRules[(s.Sentence.Start, target, source)], ScoredTypes.Where(t => anywhere.Contains((source, t, target))));
                candidates.Add(new PairCandidate(s.Sentence.Index, s.Sentence.Start, s.Sentence.Text, source, target, Span(s, a), Span(s, b), features, ruleTypes, cues));
            }
            before = s;
        }
        return candidates;

        static int Distance(Slot a, Slot b) => Math.Abs(a.Start - b.Start);
        static TextSpan Span(Parsed s, Slot m) => new(s.Tokens[m.Start].Start, s.Tokens[m.End - 1].End - s.Tokens[m.Start].Start);
    }

    /// <summary>The sentences of <paramref name="text"/> as the rules read them, each with the mentions of the sentences before (for pronouns).</summary>
    private IEnumerable<(Parsed Sentence, IReadOnlyList<Mention> Previous)> Read(string text, CueLexicon lexicon)
    {
        var sentences = Split(text, lexicon);
        var mentionsOf = MentionsOf(sentences, lexicon, CancellationToken.None);
        var discourse = new Discourse();
        foreach (var s in sentences)
        {
            var mentions = mentionsOf[s.Index];
            yield return (new Parsed(s, mentions, FindCues(s.Tokens, mentions, lexicon), lexicon), discourse.Previous);
            Carry(discourse, s, mentions);
        }
    }

    /// <summary>The actors a sentence mentions (each member of a group; a pronoun as resolved), and the names inside its quotation marks.</summary>
    private List<Slot> Slots(Parsed s, IReadOnlyList<Mention> previous)
    {
        var slots = new List<Slot>();
        foreach (var m in s.Mentions)
        {
            if (m.Group is { } members) slots.AddRange(members.Select(a => new Slot(m.Start, m.End, a, m, false, false)));
            else if (Resolve(m, s.Mentions, previous, -1) is { } r) slots.Add(new Slot(m.Start, m.End, r.Actor, m, false, r.How.HasFlag(Inference.PronounFromPreviousSentence)));
        }
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Quoted && tokens[i].IsWord && actors.Match(tokens, i) is { } quoted)
            {
                if (!s.Mentions.Any(m => m.Start == i)) slots.Add(new Slot(i, i + quoted.Length, quoted.Actor, null, true, false));
                i += quoted.Length - 1;
            }
        return slots.Where(m => !actors.Actors[m.Actor].IsDocument).OrderBy(m => m.Start).ToList();
    }

    private List<string> Features(Parsed s, Parsed? before, List<Slot> slots, Slot a, Slot b, IReadOnlyList<RelationType> ruleTypes, IEnumerable<RelationType> reverse,
        IEnumerable<RelationType> anywhere)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var f = new List<string> { "bias", "lang:" + lexicon.Language };
        var ab = a.Start < b.Start;
        var (first, second) = ab ? (a, b) : (b, a);
        f.Add(ab ? "order:AB" : "order:BA");
        for (var k = 0; k < s.Hits.Count; k++)
        {
            var hit = s.Hits[k];
            var type = hit.Cue.Relation.ToName();
            var where = hit.Anchor < first.Start ? "before" : hit.Anchor >= second.End ? "after" : "between";
            f.Add($"cue:{type}");
            f.Add($"cue:{type}:{where}");
            f.Add($"cue:{type}:{where}:{(ab ? "AB" : "BA")}");
            if (hit.Cue.Noun) f.Add($"cue:{type}:noun");
            if (Negated(s, k, out var intention)) f.Add($"cue:{type}:negated");
            if (intention) f.Add($"cue:{type}:intention");
        }
        if (before is not null) foreach (var type in before.Hits.Select(h => h.Cue.Relation.ToName()).Distinct()) f.Add($"cue-before:{type}");
        foreach (var type in ruleTypes) f.Add($"rule:{type.ToName()}");
        foreach (var type in reverse.Distinct()) f.Add($"rule-reverse:{type.ToName()}");
        foreach (var type in anywhere) f.Add($"rule-elsewhere:{type.ToName()}");
        if (ruleTypes.Count == 0 && s.Hits.Count > 0) f.Add("rule:none-with-cue");

        Role("A", a);
        Role("B", b);
        var unquoted = slots.Where(m => !m.Quoted).ToList();
        if (unquoted.FirstOrDefault() is { } opener && opener.Start == a.Start) f.Add("A:first");
        if (unquoted.FirstOrDefault(m => m.Mention is { Marked: false }) is { } subject && subject.Start == a.Start) f.Add("A:first-unmarked");
        if (a.Start > 0 && lexicon.Agents.Contains(tokens[a.Start - 1].Lower)) f.Add("A:agent");
        // "Baker's tweet", "ein Post des Kanzlers", "einen Tweet von X": the target owns a post.
        if (Enumerable.Range(b.End, Math.Max(0, Math.Min(3, tokens.Count - b.End))).Any(j => lexicon.IsPostNoun(tokens[j].Lower))) f.Add(b.Mention?.Mark == "'s" ? "B:genitive-post" : "B:post-after");
        if (TokenWindow.Before(b.Start, 3).Any(j => lexicon.IsPostNoun(tokens[j].Lower))) f.Add("B:post-before");

        bool Post(Sentence? x) => x is not null && x.Tokens.Any(t => !t.Quoted && lexicon.IsPostNoun(t.Lower));
        if (Post(s.Sentence)) f.Add("post-noun");
        if (lexicon.NamesPlatform(s.Sentence)) f.Add("platform");
        if (before is not null && (Post(before.Sentence) || lexicon.NamesPlatform(before.Sentence))) f.Add("platform-before");
        if (tokens.Any(t => t.Quoted)) f.Add("quotation");
        if (tokens.Any(t => lexicon.IsNegation(t.Lower))) f.Add("negation");
        if (tokens.Any(t => lexicon.NonEvents.Contains(t.Lower))) f.Add("modal");
        if (tokens.Any(t => lexicon.Intentions.Contains(t.Lower))) f.Add("intention");
        if (tokens.Any(t => lexicon.PassiveAuxiliaries.Contains(t.Lower))) f.Add("passive-auxiliary");

        var between = Enumerable.Range(first.End, Math.Max(0, second.Start - first.End)).Select(j => tokens[j]).ToList();
        f.Add("distance:" + (between.Count switch { <= 1 => "1", <= 3 => "2-3", <= 6 => "4-6", <= 12 => "7-12", _ => "13+" }));
        f.Add("actors:" + Math.Min(unquoted.Select(m => m.Actor).Distinct().Count(), 5));
        if (slots.Any(m => m.Start > first.Start && m.Start < second.Start && m.Actor != a.Actor && m.Actor != b.Actor)) f.Add("actor-between");
        if (between.Any(t => t.Text is "," )) f.Add("comma-between");
        if (between.Any(t => t.Text is ";" or ":" || IsDash(t.Text) || lexicon.Contrasts.Contains(t.Lower))) f.Add("break-between");
        if (between.Any(t => t.Quoted)) f.Add("quotation-between");
        foreach (var t in between.Where(t => t.IsWord && !t.Quoted).Take(8)) f.Add("word#" + Bucket(t.Lower));
        return f.Distinct().ToList();

        void Role(string which, Slot m)
        {
            var kind = actors.Actors[m.Actor].Kind;
            f.Add($"{which}:kind:{kind}");
            if (m.Quoted) f.Add($"{which}:quoted");
            if (tokens[m.Start].Text.StartsWith('@')) f.Add($"{which}:handle");
            if (m.Mention is not { } mention) return;
            if (mention.Group is not null) f.Add($"{which}:group");
            if (mention.IsPronoun) f.Add(mention.Pronoun!.Value.Subject ? $"{which}:pronoun-subject" : $"{which}:pronoun-object");
            else if (mention.Via is not null) f.Add($"{which}:role");
            if (m.Carried) f.Add($"{which}:from-before");
            f.Add($"{which}:mark:" + mention.Mark switch { null => "none", "'s" => "genitive", "object" => "object", var mark when lexicon.Prepositions.Contains(mark) => mark, _ => "article" });
        }
    }

    /// <summary>The bucket of a word's stem (its first five letters: "antwortete", "antwortet" → "antwo"), by FNV-1a so that it never changes between runs.</summary>
    public static int Bucket(string lower)
    {
        var stem = lower.Length > 5 ? lower[..5] : lower;
        var hash = 2166136261u;
        foreach (var c in stem) hash = (hash ^ c) * 16777619u;
        return (int)(hash % WordBuckets);
    }
}
