using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Reporters paraphrase a post once the text has said there was one: "Baker wrote on X that … . She accused Collins of …".
/// While the sentences right after a post go on with its author's words, a verb of saying something about someone
/// (an <c>onpost</c> or <c>platform</c> cue) by that author is the post, as if the sentence named the platform.
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// Before the sentence's cues: whether it goes on with the words of whoever the sentence before reported posting
    /// (<see cref="Discourse.Posting"/>); sets <see cref="Discourse.PostingNow"/> to that author, or -1.
    /// </summary>
    private void ContinuePosting(Parsed s, Discourse discourse)
    {
        discourse.PostingNow = -1;
        // A sentence wholly inside a quotation is the post itself; the context goes on past it.
        if (!s.Tokens.Any(t => t.IsWord && !t.Quoted)) return;
        if (discourse.Posting is not var (author, at) || discourse.Narrative != at + 1 || !Speaks(s, discourse, author)) { discourse.Posting = null; return; }
        discourse.Posting = (author, discourse.Narrative);
        discourse.PostingNow = author;
    }

    /// <summary>
    /// <paramref name="author"/> is the subject of the sentence's first verb of saying, posting or saying something about someone:
    /// "She accused Collins of …", "Vogt forderte Hahn auf, …". Not words told to the press ("sagte Hahn der Zeitung", "told CNN"),
    /// heard from someone else ("according to"), or another's ("Baker regretted that Collins had posted it").
    /// </summary>
    private bool Speaks(Parsed s, Discourse discourse, int author)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (QuotedPosts.SpokenElsewhere(s.Sentence, lexicon) || tokens.Any(t => !t.Quoted && lexicon.Hearsay.Contains(t.Lower))
            || s.Mentions.Any(m => !m.IsPronoun && actors.Actors[m.Actor].Kind == ActorKinds.Media) && !lexicon.NamesPlatform(s.Sentence)) return false;
        bool Saying(int j) => !tokens[j].Quoted && (lexicon.SayingVerbs.Contains(tokens[j].Lower) || lexicon.SpeechVerbs.Contains(tokens[j].Lower) || lexicon.PostingVerbs.Contains(tokens[j].Lower)
            || lexicon.Cues.Any(c => c.Relation == RelationType.Tagged && !c.Noun && c.MatchAt(tokens, j) is not null));
        var verb = Enumerable.Range(0, tokens.Count).FirstOrDefault(Saying, -1);
        if (verb < 0) return false;
        var named = s.Mentions.Where(m => !m.Marked && !IsDocument(m) && (!m.IsPronoun || m.Pronoun!.Value.Subject)).ToList();
        // "Quinn went further, mocking Ellis": a participle with no cue before it has the subject before it.
        var subject = AttributingSubject(s.Sentence, s.Mentions, verb, lexicon)
            ?? named.LastOrDefault(m => m.End <= verb && !Enumerable.Range(m.End, verb - m.End).Any(j => Saying(j) || lexicon.Subordinators.Contains(tokens[j].Lower)))
            ?? (lexicon.SubjectNearVerb ? null : named.FirstOrDefault(m => m.Start > verb && m.Start - verb <= 2));
        return subject is not null && !IsDocument(subject) && Resolve(subject, s.Mentions, discourse.Previous, -1) is { } who && who.Actor == author;
    }

    /// <summary>
    /// "Baker wrote on X", "schrieb Hahn auf Instagram", "Collins said in a Facebook post": the subject of a verb of saying that a
    /// platform or post phrase right after it places there ("said the party had left Facebook" names the platform as what was said).
    /// </summary>
    private Mention? SaidOnPlatform(Parsed s)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Quoted || !(lexicon.SayingVerbs.Contains(tokens[j].Lower) || lexicon.SpeechVerbs.Contains(tokens[j].Lower))) continue;
            var placed = Enumerable.Range(j + 1, Math.Min(6, tokens.Count - j - 1)).TakeWhile(i => tokens[i].IsWord && !s.Mentions.Any(m => m.Start == i && !m.Marked))
                .Any(i => (lexicon.IsPlatformWord(tokens[i].Lower) || lexicon.IsPostNounAt(tokens, i)) && QuotedPosts.PlacedOn(tokens, i, lexicon));
            if (placed) return AttributingSubject(s.Sentence, s.Mentions, j, lexicon);
        }
        return null;
    }

    /// <summary>Cue <paramref name="k"/> is said by the author whose words the sentence goes on with (<see cref="Discourse.PostingNow"/>): its subjects are that author, or it shares theirs.</summary>
    private bool ByPoster(Parsed s, int k, Discourse discourse)
    {
        if (discourse.PostingNow < 0) return false;
        // "Baker had praised Ellis a year before": an English pluperfect is an act before the post.
        if (s.Lexicon.SubjectNearVerb && TokenWindow.Before(s.Hits[k].Anchor, 2).Any(j => s.Tokens[j].Lower == "had")) return false;
        var subjects = Subjects(s, k, ClauseOf(s, k)).Subjects;
        return subjects.Count == 0 ? k == 0 || s.Hits.Take(k).All(h => h.Cue.Relation == RelationType.Tagged)
            : subjects.All(m => Resolve(m, s.Mentions, discourse.Previous, -1) is { } who && who.Actor == discourse.PostingNow);
    }

    /// <summary>
    /// After the sentence: whoever it reports posting is posting, for the sentence after — the author of a post it quotes or embeds,
    /// who tagged someone in it, who posted or owns a post it names ("Hahn twitterte", "Bakers Tweet", "one of his posts"), or who said
    /// something on a platform ("wrote on X"). Not words told to the press.
    /// </summary>
    private void NotePosting(Parsed s, Discourse discourse)
    {
        if (discourse.PostingNow >= 0 || !s.Tokens.Any(t => t.IsWord && !t.Quoted)) return;
        var quoted = discourse.QuotedPosts.Where(p => p.Sentence == s.Sentence.Index).Select(p => p.Author)
            .Concat(discourse.EmbedTails.Where(e => e.End > s.Sentence.Start && e.End <= s.Sentence.Start + s.Sentence.Text.Length).Select(e => e.Author)).DefaultIfEmpty(-1).Last();
        var poster = quoted >= 0 ? quoted
            : discourse.LastTag is var (tagger, tagged) && tagged == discourse.Narrative ? tagger
            : QuotedPosts.SpokenElsewhere(s.Sentence, s.Lexicon) ? -1
            : PosterMentions(s, speakers: false, pronouns: true).Concat(s.Mentions.Where(m => PossessiveBeforePost(s, m))).FirstOrDefault() is { } named && Resolve(named, s.Mentions, discourse.Previous, -1) is { } who ? who.Actor
            : SaidOnPlatform(s) is { } sayer && Resolve(sayer, s.Mentions, discourse.Previous, -1) is { } said ? said.Actor : -1;
        discourse.Posting = poster >= 0 ? (poster, discourse.Narrative) : null;
        discourse.PostingQuoted = quoted >= 0;
    }

    /// <summary>
    /// "Egger schreibt auf Instagram, die Regierung wandle auf alten Spuren." ⏎ "„Denn Landesrätin Gutschi will …“": a sentence wholly in
    /// quotation marks that no attribution makes a post of its own, while the text goes on with someone's post (<paramref name="told"/>,
    /// <see cref="Discourse.Posting"/> before the sentence), is that post's words: its author tagged everyone it names. So is one that a
    /// few words with no one named lead in to ("It read: “…”", "Darin heißt es: „…“"): "it" is the post the sentence before told of.
    /// </summary>
    private IEnumerable<ExtractedRelation> QuotedInPost(string text, Parsed s, Discourse discourse, (int Author, int Sentence)? told, IReadOnlyList<Sentence> sentences,
        IReadOnlyList<List<Mention>> mentions)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var open = Enumerable.Range(0, tokens.Count).FirstOrDefault(j => tokens[j].Quoted, -1);
        if (told is not var (author, at) || discourse.PostingQuoted || open < 0 || tokens.Skip(open).Any(t => t.IsWord && !t.Quoted)) return [];
        var leadIn = tokens.Take(open).Where(t => t.IsWord).ToList();
        if (leadIn.Count == 0 ? at != discourse.Narrative
            : at != discourse.Narrative - 1 || leadIn.Count > 3 || tokens.Take(open).LastOrDefault(t => !QuotedPosts.OpeningMarks.Contains(t.Text[0])).Text is not (":" or ",") || s.Mentions.Any(m => m.Start < open)
              || !leadIn.Any(t => lexicon.PostContentVerbs.Contains(t.Lower) || lexicon.SayingVerbs.Contains(t.Lower) || lexicon.SpeechVerbs.Contains(t.Lower))) return [];
        var (start, end) = (s.Sentence.Start + tokens[open].Start, s.Sentence.Start + tokens.Last(t => t.IsWord).End);
        // The quotation opens with its mark (quotation marks that do not pair up mark words quoted that are not), says something (a line
        // without a sentence's end is a heading), and is no post of its own.
        var words = s.Sentence.Text[(start - s.Sentence.Start)..].Trim();
        var mark = text[..start].TrimEnd();
        if (mark.Length == 0 || !QuotedPosts.OpeningMarks.Contains(mark[^1]) || !words.Any(c => c is '.' or '!' or '?')
            || discourse.QuotedPosts.Any(p => p.Start < end && start < p.End)) return [];
        // "“But @Baker, you …”" after Baker's post: words that name the person who posted are someone else's answer.
        if (actors.Actors[author].Kind == ActorKinds.Person && ActorsIn(text, start, end, lexicon).Any(a => a.Actor == author)) return [];
        var sentenceEnd = s.Sentence.Start + s.Sentence.Text.Length;
        var post = new QuotedPosts.Post(start, end, start, start, s.Sentence.Start, sentenceEnd, s.Sentence.Start, start, QuotedPosts.Author.SentenceBefore);
        return NamedInPost(text, post, author, null, Inference.PronounFromPreviousSentence, $"; the text goes on with {actors.Actors[author].Name}'s post", sentences, mentions, lexicon);
    }

    /// <summary>
    /// "Baker went on, calling Collins a “failure who sides with Quinn”": words quoted in a sentence that goes on with the post
    /// (<see cref="Discourse.PostingNow"/>: its author says them) are the post's: its author tagged everyone they name.
    /// </summary>
    private IEnumerable<ExtractedRelation> QuotedWhilePosting(string text, Parsed s, Discourse discourse, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> mentions)
    {
        var (tokens, author) = (s.Tokens, discourse.PostingNow);
        if (author < 0) yield break;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (!tokens[j].Quoted || !tokens[j].IsWord) continue;
            var k = j;
            while (k + 1 < tokens.Count && tokens[k + 1].Quoted) k++;
            var (start, end) = (s.Sentence.Start + tokens[j].Start, s.Sentence.Start + tokens[k].End);
            j = k;
            if (discourse.QuotedPosts.Any(p => p.Start < end && start < p.End)) continue;
            var post = new QuotedPosts.Post(start, end, start, start, s.Sentence.Start, s.Sentence.Start + s.Sentence.Text.Length, s.Sentence.Start, start, QuotedPosts.Author.SentenceBefore);
            foreach (var relation in NamedInPost(text, post, author, null, Inference.PronounFromPreviousSentence, $"; the sentence goes on with {actors.Actors[author].Name}'s post", sentences, mentions, s.Lexicon))
                yield return relation;
        }
    }
}
