using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// A like named as a thing, with whose like it is: "Cruz's like of the tweet", "the most recent like on his account is of a
/// tweet by Rosen", "a “like” from Trump", "Haslauers „Like“", "Eines der „Likes“ kommt vom Landeshauptmann". The liker is
/// the owner before the noun, the owner of the account it is on, or who it came from; the liked one is a post's author
/// named after it, else (for one like) who posted just before. A like received is <see cref="ActsReceived"/>'s.
/// </summary>
public sealed partial class RuleExtractor
{
    private static readonly Cue LikeNoun = new(RelationType.Liked, "a like named with its liker", [], 0.75, true, false, false, false, false);

    private IEnumerable<ExtractedRelation> LikesByNoun(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (tokens.Any(t => t.Text == "?")) yield break;
        for (var noun = 1; noun < tokens.Count; noun++)
        {
            // A button's name in quotation marks ("a “like” from") is still the noun; a quoted post is not the text's.
            var quoted = tokens[noun].Quoted && noun + 1 < tokens.Count && IsQuotationMark(tokens[noun - 1].Text) && IsQuotationMark(tokens[noun + 1].Text);
            if (!lexicon.LikeNouns.Contains(tokens[noun].Lower) || tokens[noun].Quoted && !quoted || s.Hits.Any(h => h.Tokens.Contains(noun) && !h.Cue.Noun)) continue;
            // "did not get a single like": a negation or a non-event in the like's clause; one in a relative clause on the liked post
            // (", in which she argues that it bears no resemblance to …") is said of the post.
            var clauseEnd = Enumerable.Range(noun + 1, Math.Max(0, tokens.Count - noun - 1))
                .FirstOrDefault(j => RelativeClauseAt(s, j) || tokens[j - 1].Text == "," && lexicon.Subordinators.Contains(tokens[j].Lower), tokens.Count);
            if (Enumerable.Range(0, clauseEnd).Any(j => !tokens[j].Quoted && (lexicon.NegatesAt(tokens, j) || lexicon.NonEvents.Contains(tokens[j].Lower)))) continue;
            var open = quoted ? noun - 1 : noun;
            var after = quoted ? noun + 2 : noun + 1;
            if (open < 1) continue;
            // A noun: after an article, a possessive, an owner or a number ("a like", "his like", "Cruz's like", "Haslauers Like", "one like"); German writes it capitalised.
            var before = open - 1;
            while (before > 0 && tokens[before].IsWord && char.IsLower(tokens[before].Text[0]) && !lexicon.Determiners.Contains(tokens[before].Lower) && open - before < 3
                   && !s.Mentions.Any(m => m.End == before + 1)) before--;
            var owner = s.Mentions.LastOrDefault(m => m.End == before + 1 && !IsDocument(m) && (m.Owns || !lexicon.SubjectNearVerb && m.Text.EndsWith('s')));
            var isNoun = owner is not null || lexicon.Determiners.Contains(tokens[before].Lower) || lexicon.Indefinites.Contains(tokens[before].Lower)
                || char.IsDigit(tokens[before].Text[0]) || !lexicon.SubjectNearVerb && char.IsUpper(tokens[noun].Text[0]);
            if (!isNoun) continue;
            // Who it came from: "a like from Trump", "kommt vom Chef …: Haslauer", "the like on his account".
            var liker = owner ?? LikerAfter(s, after);
            if (liker is null || Resolve(liker, s.Mentions, discourse.Previous, -1) is not { } source || actors.Actors[source.Actor].Kind == ActorKinds.Media) continue;
            var hit = new Hit(LikeNoun, [noun]);
            // Whose post: its author named after the noun ("of a tweet by Rosen", "on Baker's post"); else, for one like, who posted just before.
            // (Not whom the post is about: "a tweet complimenting Rihanna's work".)
            var author = s.Mentions.FirstOrDefault(m => m.Start > after && m.Start - after <= 10 && m.Actor != source.Actor && !IsDocument(m) && !m.IsPronoun
                && (m.Mark == "'s" ? Enumerable.Range(m.End, Math.Min(3, tokens.Count - m.End)).TakeWhile(j => tokens[j].IsWord).Any(j => lexicon.IsPostNoun(tokens[j].Lower))
                    : m.Mark is { } mark && (lexicon.PostAuthors.Contains(mark) || lexicon.GenitiveArticles.Contains(mark) || lexicon.Origins.Contains(mark))
                      && Enumerable.Range(Math.Max(after, m.Start - 4), m.Start - Math.Max(after, m.Start - 4)).Any(j => lexicon.IsPostNoun(tokens[j].Lower))));
            if (author is not null)
            {
                yield return Row(s, hit, source, new Resolved(author.Actor, Inference.None, "", author), source.How, source.Note, $"{actors.Actors[source.Actor].Name}'s like");
                continue;
            }
            // "Trump's rare Twitter likes" are many, no one's in particular; "Eines der Likes" is one.
            if (tokens[noun].Lower.EndsWith('s') && !TokenWindow.Before(open, 3).Any(j => lexicon.GroupWords.Contains(tokens[j].Lower) || tokens[j].Lower is "one" or "eines" or "einer")) continue;
            var poster = discourse.Posters.FirstOrDefault(p => p.Actor != source.Actor && p.Sentence <= discourse.Narrative && discourse.Narrative - p.Sentence <= 2
                && actors.Actors[p.Actor].Kind != ActorKinds.Media, (Actor: -1, Sentence: -1)).Actor;
            if (poster >= 0)
                yield return Row(s, hit, source, new Resolved(poster, Inference.ImpliedTarget, ""), source.How | Inference.ImpliedTarget, source.Note,
                    $"{actors.Actors[source.Actor].Name}'s like; target implied: {actors.Actors[poster].Name} posted just before");
        }
    }

    /// <summary>The actor a like came from, right after the noun: "from Trump", "vom Chef …: Haslauer" (a colon names who the role is), "on his account".</summary>
    private Mention? LikerAfter(Parsed s, int after)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var j = after;
        // "kommt ausgerechnet vom Chef", "came from": a verb of coming and a word or two before the preposition.
        while (j < tokens.Count && j - after < 3 && tokens[j].IsWord && !lexicon.PostAuthors.Contains(tokens[j].Lower) && !lexicon.Prepositions.Contains(tokens[j].Lower)) j++;
        if (j >= tokens.Count) return null;
        var from = tokens[j].Lower;
        if (!lexicon.PostAuthors.Contains(from) && !(lexicon.Prepositions.Contains(from) && j + 1 < tokens.Count && (lexicon.Possessives.Contains(tokens[j + 1].Lower)
            || s.Mentions.Any(m => m.Start == j + 1 && (m.IsPronoun || m.Mark == "'s")) && Enumerable.Range(j + 1, Math.Min(4, tokens.Count - j - 1)).Any(a => lexicon.IsAccount(tokens[a].Lower)))))
            return null;
        // "removed the like from the SNP post": an actor before a post noun is whose post it was, not who liked.
        var liker = s.Mentions.FirstOrDefault(m => m.Start > j && m.Start - j <= 3 && !IsDocument(m) && !(m.End < tokens.Count && lexicon.IsPostNoun(tokens[m.End].Lower)));
        // "vom Chef der neuen Regierung: Landeshauptmann Wilfried Haslauer": the name after the colon is who the role is.
        return liker ?? s.Mentions.FirstOrDefault(m => m.Start > j && !m.IsPronoun && Enumerable.Range(j, m.Start - j).Any(c => tokens[c].Text == ":") && m.Start - j <= 10);
    }
}
