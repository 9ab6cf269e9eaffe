using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Lists of whom someone follows, spread over sentences: "Trump has 45 accounts that he follows. Conway and Scavino are on
/// the list, as is Pierson. So is Cohen."; "The PM also follows many opposition leaders. Examples include Mufti and Badal."
/// A follow without a named target opens the list; a sentence of membership ("include", "on the list", "so is", "darunter")
/// in the next two names its members.
/// </summary>
public sealed partial class RuleExtractor
{
    private static readonly Cue ListedFollow = new(RelationType.Follows, "member of a follow list", [], 0.8, false, false, false, false, false);

    /// <summary>How many sentences a report on whom someone follows goes on without naming the platform again.</summary>
    private const int FollowTopicReach = 6;

    /// <summary>
    /// "Buhari joined Twitter in 2014 and follows 19 accounts. … He also follows Atiku.": once a sentence speaks of following
    /// (a follow, unfollow or follower word) on a platform, the next sentences that follow someone are about that platform too,
    /// as long as each comes within <see cref="FollowTopicReach"/> sentences of the last.
    /// </summary>
    private static void NoteFollowTopic(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var follows = s.Hits.Any(h => h.Cue.Relation == RelationType.Follows) || tokens.Any(t => !t.Quoted && lexicon.FollowWords.Any(t.Lower.Contains));
        if (follows && (NamesPlatformWord(s.Sentence, lexicon) || OnFollowTopic(discourse))) discourse.FollowTopic = discourse.Narrative;
    }

    private static bool OnFollowTopic(Discourse discourse) => discourse.Narrative - discourse.FollowTopic <= FollowTopicReach;

    /// <summary>
    /// "follows a rival, Collins, and two critics, Ellis and Quinn": past a comma, a follow's object may be the first of a list
    /// of names after its last comma, joined by a conjunction, that no saying verb reports (", Collins and Ellis said").
    /// </summary>
    private static bool FollowListed(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Relation != RelationType.Follows) return false;
        var comma = Enumerable.Range(hit.Last + 1, m.Start - hit.Last - 1).Last(j => tokens[j].Text == ",");
        var listed = s.Mentions.Where(o => o.Start > comma && !o.IsPronoun).ToList();
        return listed.Count > 1 && Enumerable.Range(listed[0].End, listed[^1].Start - listed[0].End).Any(j => lexicon.Conjunctions.Contains(tokens[j].Lower))
            && !Enumerable.Range(comma, tokens.Count - comma).Any(j => !tokens[j].Quoted && lexicon.SayingVerbs.Contains(tokens[j].Lower));
    }

    /// <summary>
    /// "follows just 65 people — mostly government accounts, the Chicago Bulls, …", "retweeted two of its MPs – Collins and
    /// Ellis": a dash right after the count of those followed or reposted opens the list of them, as a colon does; the dash's
    /// index, or -1.
    /// </summary>
    private static int CountedListDash(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Relation is not (RelationType.Follows or RelationType.Retweeted)) return -1;
        var dash = Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(tokens.Count, hit.Last + 7) - hit.Last - 1)).FirstOrDefault(j => IsDash(tokens[j].Text), -1);
        if (dash < 0) return -1;
        var between = Enumerable.Range(hit.Last + 1, dash - hit.Last - 1).Where(j => !lexicon.Platforms.Contains(tokens[j].Lower) && !lexicon.PlatformPrepositions.Contains(tokens[j].Lower)).ToList();
        // What follows the dash is a list, its items parted by commas or joined ("– Collins and Ellis", "– Collins and a staffer";
        // "– a number Collins mocked" is a comment on the count).
        var listed = s.Mentions.Where(m => m.Start > dash && !m.IsPronoun).Take(1).ToList();
        return between.All(j => tokens[j].IsWord) && between.Any(j => Counts(tokens[j], lexicon))
            && !s.Mentions.Any(m => m.Start > hit.Last && m.Start < dash)
            && (Enumerable.Range(dash + 1, tokens.Count - dash - 1).Any(j => tokens[j].Text == ",")
                || listed.Count == 1 && listed[0].End < tokens.Count && lexicon.Conjunctions.Contains(tokens[listed[0].End].Lower)) ? dash : -1;
    }

    /// <summary>A number, in digits or words ("65", "two", "zwei"), or a quantifier ("many", "einige").</summary>
    private static bool Counts(Token token, CueLexicon lexicon) =>
        char.IsDigit(token.Text[0]) || lexicon.Quantifiers.Contains(token.Lower) || lexicon.GroupCounts.ContainsKey(token.Lower);

    /// <summary>
    /// "which follows only one Twitter handle, Ministry of Housing": the one account counted right after a follow, named
    /// after a comma (the first word after it begins the name).
    /// </summary>
    private static bool CountedOneNamed(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Relation != RelationType.Follows || m.IsPronoun || m.Start < 2 || tokens[m.Start - 1].Text != ",") return false;
        var counted = Enumerable.Range(hit.Last + 1, m.Start - 1 - hit.Last - 1).ToList();
        return counted.Count is > 0 and <= 5 && counted.All(j => tokens[j].IsWord && !tokens[j].Quoted)
            && counted.Any(j => lexicon.Singles.Contains(tokens[j].Lower)) && lexicon.IsAccount(tokens[m.Start - 2].Lower);
    }

    /// <summary>
    /// "his account is only following seven others", "Trumps Twitter-Account folgt", "the city's account liked": an account
    /// right before the verb acts for its owner (a possessive or a genitive before it, a platform word between).
    /// </summary>
    private static Mention? AccountOwnerBefore(Parsed s, Clause clause, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var account = Enumerable.Range(Math.Max(clause.Start + 1, hit.Anchor - 3), Math.Max(0, hit.Anchor - Math.Max(clause.Start + 1, hit.Anchor - 3)))
            .LastOrDefault(j => lexicon.IsAccount(tokens[j].Lower), -1);
        if (account < 0 || !Enumerable.Range(account + 1, hit.Anchor - account - 1).All(j => tokens[j].IsWord && char.IsLower(tokens[j].Text[0]))) return null;
        var ownerEnd = account > 0 && lexicon.IsPlatformWord(tokens[account - 1].Lower) ? account - 1 : account;
        return clause.Before.LastOrDefault(m => m.End == ownerEnd && m.Owns);
    }

    /// <summary>
    /// "the accounts of the WA Electoral Commission", "two accounts operated by UNICEF": the owner of an account named right
    /// before; in a list ("the accounts of the Commission, Perth's stadium and the Arena") the first item's.
    /// </summary>
    private static bool OwnsAccountBefore(Parsed s, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var index = s.Mentions.IndexOf(m);
        while (index > 0 && s.Mentions[index - 1].Mark == m.Mark && Glue(s.Mentions[index - 1], s.Mentions[index], tokens, lexicon) is not null) index--;
        var p = s.Mentions[index].Start - 1;
        if (p > 0 && lexicon.Determiners.Contains(tokens[p].Lower)) p--;
        return p > 0 && lexicon.AccountOwners.Contains(tokens[p].Lower) && lexicon.IsAccount(tokens[p - 1].Lower)
            || p > 1 && lexicon.AccountOwners.Contains($"{tokens[p - 1].Lower} {tokens[p].Lower}") && lexicon.IsAccount(tokens[p - 2].Lower);
    }

    /// <summary>
    /// "@POTUS has 65 users on his follow list, including Biden and Clinton", "Baker's Twitter follow list includes Collins",
    /// "his follows include Ben Folds", "Auf seiner Follow-Liste stehen unter anderem Berger und Vogt": the owner of a follow
    /// list follows the members an inclusion, a copula or a colon names after it. Not negated, not asked.
    /// </summary>
    private IEnumerable<ExtractedRelation> FollowListMembers(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (tokens.Where((t, j) => !t.Quoted && (lexicon.NegatesAt(tokens, j) || t.Text == "?")).Any()) yield break;
        for (var j = 1; j < tokens.Count; j++)
        {
            var length = lexicon.FollowLists.Contains(tokens[j].Lower) ? 1 : j + 1 < tokens.Count && lexicon.FollowLists.Contains($"{tokens[j].Lower} {tokens[j + 1].Lower}") ? 2 : 0;
            if (length == 0 || tokens[j].Quoted) continue;
            // Whose list: a possessive or genitive right before it (a platform word between).
            var ownerEnd = lexicon.IsPlatformWord(tokens[j - 1].Lower) ? j - 1 : j;
            if (s.Mentions.LastOrDefault(m => m.End == ownerEnd && m.Owns) is not { } ownerMention
                || Resolve(ownerMention, s.Mentions, discourse.Previous, -1) is not { } owner) continue;
            // The members: after an inclusion, a membership verb or a colon past the list noun, up to a relative or subordinate clause.
            var after = j + length;
            var frame = Enumerable.Range(after, Math.Max(0, Math.Min(tokens.Count, after + 4) - after)).FirstOrDefault(f => tokens[f].Text == ":"
                || lexicon.Inclusions.Contains(tokens[f].Lower) || lexicon.ListFrames.Contains(tokens[f].Lower), -1);
            if (frame < 0) continue;
            var end = Enumerable.Range(frame + 1, tokens.Count - frame - 1).FirstOrDefault(e => RelativeClauseAt(s, e) || tokens[e].Text == ";"
                || tokens[e - 1].Text == "," && lexicon.Subordinators.Contains(tokens[e].Lower) || lexicon.Relatives.Contains(tokens[e].Lower) && !lexicon.Determiners.Contains(tokens[e].Lower), tokens.Count);
            var hit = new Hit(ListedFollow, Enumerable.Range(j, length).ToArray());
            foreach (var m in s.Mentions.Where(m => m.Start > frame && m.End <= end && !m.IsPronoun && !IsDocument(m) && m.Actor != owner.Actor
                         && (m.Mark is null || lexicon.IsInclusion(m.Mark))).DistinctBy(m => m.Actor))
                yield return Row(s, hit, owner, new Resolved(m.Actor, Inference.None, "", m), owner.How, owner.Note, $"on {actors.Actors[owner.Actor].Name}'s follow list");
        }
    }

    /// <summary>
    /// The members a sentence of membership names for the follow list opened just before; after a follow that announced its list
    /// with a colon, also the member that opens each line ("@Kailashkher: A singer who …", "Ruth Ellis – a critic"), and the list
    /// goes on as long as its lines do.
    /// </summary>
    private IEnumerable<ExtractedRelation> ListedFollows(string text, Parsed s, Discourse discourse)
    {
        if (discourse.FollowList is not var (owner, opened, announced) || discourse.Narrative == opened) yield break;
        if (s.Hits.Any(h => h.Cue.Relation != RelationType.Signed)) { discourse.FollowList = null; yield break; }
        // "Instagram/Screenshots via Geo.tv": a line ended without a sentence's final punctuation (a caption's credit, a heading) does not count towards the reach.
        if (Unterminated(text, s)) { discourse.FollowList = (owner, opened + 1, announced); yield break; }
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        // "… the people who “POTUS” follows. … There's photographer Ruth Ellis:\nPress Secretary Tom Baker:": lines that each name one
        // member and end with a colon (an embedded post each introduced, stripped) list the members, as lines after an announcing colon
        // do; a run of two such lines may start a sentence later.
        var bare = BareLineItem(text, s.Sentence, s.Mentions, lexicon);
        var run = bare is not null && (discourse.ItemRun || discourse.Following is { } next && BareLineItem(text, next, discourse.FollowingMentions, lexicon) is not null);
        discourse.ItemRun = false;
        if (discourse.Narrative - opened > (run ? 3 : 2)) { discourse.FollowList = null; yield break; }
        var source = new Resolved(owner, Inference.ImpliedTarget, "");
        if ((run ? bare : announced ? LineItem(text, s) : null) is { } item && item.Actor != owner && !IsDocument(item))
        {
            discourse.ItemRun = run;
            discourse.FollowList = (owner, discourse.Narrative, announced);
            yield return Row(s, new Hit(ListedFollow, [item.End]), source, new Resolved(item.Actor, Inference.None, "", item), Inference.ImpliedTarget,
                $"a line of the list of those {actors.Actors[owner].Name} follows, announced just before");
            yield break;
        }
        var frame = Enumerable.Range(0, tokens.Count).FirstOrDefault(j => !tokens[j].Quoted
            && (lexicon.ListFrames.Contains(tokens[j].Lower) || (j + 1 < tokens.Count && lexicon.ListFrames.Contains($"{tokens[j].Lower} {tokens[j + 1].Lower}"))), -1);
        if (frame < 0) yield break;
        // Members stand before a relative or subordinate clause that says more about them ("…, who resigned as a minister").
        var end = Enumerable.Range(1, tokens.Count - 1).FirstOrDefault(j => RelativeClauseAt(s, j) || (tokens[j - 1].Text == "," && lexicon.Subordinators.Contains(tokens[j].Lower)), tokens.Count);
        var hit = new Hit(ListedFollow, [frame]);
        // "These include the verified accounts of the PTI and the hospital": an account's owner is a member too.
        foreach (var m in s.Mentions.Where(m => !m.IsPronoun && !IsDocument(m) && m.End <= end && m.Actor != owner
                     && (m.Mark is null || lexicon.IsInclusion(m.Mark) || OwnsAccountBefore(s, m))).DistinctBy(m => m.Actor))
            yield return Row(s, hit, source, new Resolved(m.Actor, Inference.None, "", m), Inference.ImpliedTarget,
                $"listed among those {actors.Actors[owner].Name} follows, as the text said just before");
    }

    /// <summary>How many sentences on "it" or "the account" may still mean the account the text spoke of.</summary>
    private const int AccountReach = 2;

    /// <summary>
    /// "Baker's account has 300 followers", "the handle @bakerfan", "the account of the Council", "@bakerfan is another account":
    /// the text speaks of someone's account, which a later "it" or "the account" may mean (<see cref="AccountAsSubject"/>).
    /// </summary>
    private void NoteAccount(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Quoted || !lexicon.IsAccount(tokens[j].Lower)) continue;
            var ownerEnd = j > 0 && lexicon.IsPlatformWord(tokens[j - 1].Lower) ? j - 1 : j;
            // One account, named by its handle right after it, by "of", or by a copula before it; "the accounts Trump follows" names a follower.
            var one = !tokens[j].Lower.EndsWith('s');
            // ("Baker's account" is one mention, unmarked: the account stands for its owner.)
            var owner = s.Mentions.LastOrDefault(m => m.End == ownerEnd && (m.Owns || !m.Marked && !m.IsPronoun && tokens[m.End - 1].Lower.EndsWith('s')))
                ?? s.Mentions.FirstOrDefault(m => one && !m.IsPronoun && (m.Start == j + 1 || m.Start == j + 2 && lexicon.Origins.Contains(tokens[j + 1].Lower)))
                ?? s.Mentions.LastOrDefault(m => one && !m.IsPronoun && !m.Marked && m.End < j && j - m.End <= 5
                    && Enumerable.Range(m.End, j - m.End).All(b => tokens[b].IsWord) && Enumerable.Range(m.End, j - m.End).Any(b => lexicon.Copulas.Contains(tokens[b].Lower)));
            if (owner is not null && Resolve(owner, s.Mentions, discourse.Previous, -1) is { } who) discourse.Account = (who.Actor, discourse.Narrative);
        }
    }

    /// <summary>
    /// "Baker's account has 300 followers. It follows 40 accounts", "Among the accounts it follows are …", "The account also liked …",
    /// "It has 758 followers including Collins": a thing's pronoun or "the account" right before the cue (a few lower-case words or a
    /// count between) stands for the account spoken of just before, which acts for its owner. Not "it follows that …".
    /// </summary>
    private Resolved? AccountAsSubject(Parsed s, Clause clause, Hit hit, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (discourse.Account is not var (owner, said) || discourse.Narrative - said > AccountReach
            || hit.Last + 1 < tokens.Count && lexicon.Complementizers.Contains(tokens[hit.Last + 1].Lower)) return null;
        var j = hit.Anchor - 1;
        bool Between(int b) => b > clause.Start && tokens[b].IsWord && !tokens[b].Quoted && (char.IsLower(tokens[b].Text[0]) || char.IsDigit(tokens[b].Text[0]))
            && !lexicon.NeuterSubjects.Contains(tokens[b].Lower) && !lexicon.IsAccount(tokens[b].Lower);
        while (j > hit.Anchor - 4 && j >= 0 && Between(j)) j--;
        if (j <= clause.Start || s.Mentions.Any(m => m.Start < hit.Anchor && m.End > j)) return null;
        var subject = lexicon.NeuterSubjects.Contains(tokens[j].Lower)
            || lexicon.IsAccount(tokens[j].Lower) && !tokens[j].Lower.EndsWith('s') && j > 0 && lexicon.Determiners.Contains(tokens[j - 1].Lower);
        return subject ? new Resolved(owner, Inference.PronounFromPreviousSentence, $"{tokens[j].Text} = {actors.Actors[owner].Name}'s account, spoken of just before") : null;
    }

    /// <summary>A noun for a set of those one may follow: accounts, people, users, Konten, Personen (and member nouns: MPs, Politiker).</summary>
    private static bool FollowedSetNoun(string lower, CueLexicon lexicon) =>
        lexicon.IsAccount(lower) || lexicon.MemberNouns.Contains(lower) || lexicon.FollowedSets.Contains(lower);

    /// <summary>
    /// "Zu den Accounts, denen Hahn folgt, gehören Berger und Vogt", "Unter den Konten, denen sie folgt, sind Berger und Vogt": a
    /// follow in a relative clause on those followed, set off by commas, and right past its closing comma a verb of membership
    /// that names them. English needs no commas there ("the accounts Baker follows include Collins" is the cue's object).
    /// </summary>
    private static List<Mention> MembersAfterRelativeFollow(Parsed s, Hit hit, Clause clause)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var rel = clause.Start;
        if (!clause.Subordinate || rel < 2 || tokens[rel - 1].Text != "," || !lexicon.ObjectRelatives.Contains(tokens[rel].Lower) || !FollowedSetNoun(tokens[rel - 2].Lower, lexicon)) return [];
        var close = Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(tokens.Count - 1, hit.Last + 3) - hit.Last - 1)).FirstOrDefault(j => tokens[j].Text == ",", -1);
        if (close < 0 || !Enumerable.Range(hit.Last + 1, close - hit.Last - 1).All(j => tokens[j].IsWord)) return [];
        var link = tokens[close + 1].Lower;
        if (!(lexicon.ListFrames.Contains(link) || link is "ist" or "sind" or "war" or "waren" or "is" or "are" or "was" or "were")) return [];
        var end = Enumerable.Range(close + 2, tokens.Count - close - 2).FirstOrDefault(e => RelativeClauseAt(s, e) || tokens[e].Text == ";"
            || tokens[e - 1].Text == "," && lexicon.Subordinators.Contains(tokens[e].Lower), tokens.Count);
        // Not one denied membership ("gehört nicht Vogt") or who says so (", sagte Vogt").
        return s.Mentions.Where(m => m.Start > close + 1 && m.End <= end && !m.IsPronoun && (m.Mark is null || lexicon.IsInclusion(m.Mark))
            && !Enumerable.Range(close + 1, m.Start - close - 1).Any(j => lexicon.NegatesAt(tokens, j)) && !Reporter(s, m, close + 1)).ToList();
    }

    /// <summary>A sentence that ends its line without a sentence's final punctuation or a closing quotation mark ("… account. Instagram/Screenshots via Geo.tv").</summary>
    private static bool Unterminated(string text, Parsed s)
    {
        var end = s.Sentence.Start + s.Sentence.Text.Length;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return (end == text.Length || text[end] is '\n' or '\r') && s.Sentence.Text.TrimEnd() is [.., var last] && char.IsLetterOrDigit(last);
    }

    /// <summary>
    /// A sentence that ends its line with a colon and names one actor: words before it ("There's official photographer
    /// Ruth Ellis:", "…and, of course, Press Secretary Tom Baker (who …):"), after it only a relative clause on them; null otherwise.
    /// </summary>
    private static Mention? BareLineItem(string text, Sentence sentence, IReadOnlyList<Mention> mentions, CueLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        var end = sentence.Start + sentence.Text.Length;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        if (end < text.Length && text[end] is not ('\n' or '\r') || tokens is not [.., { Text: ":" }]) return null;
        var names = mentions.Where(m => !m.IsPronoun).ToList();
        if (names.Count != 1 || names[0] is not { } item || tokens.Take(item.Start).Any(t => t.Text == ":" || t.Quoted)) return null;
        var after = item.End;
        if (after == tokens.Count - 1) return item;
        // ", who cleared up a point:", " (who has the most interesting account):": said of the one named.
        var relative = tokens[after].Text is "," or "(" && after + 1 < tokens.Count && lexicon.Relatives.Contains(tokens[after + 1].Lower);
        return relative && mentions.All(m => m.Start < after) ? item : null;
    }

    /// <summary>The name or handle that opens a line, before a colon or a dash ("@NitishKumar : His rival …", "Ruth Ellis – a critic"); null otherwise.</summary>
    private static Mention? LineItem(string text, Parsed s)
    {
        var start = s.Sentence.Start;
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        if (start > 0 && text[start - 1] != '\n') return null;
        var first = s.Mentions.FirstOrDefault(m => !m.IsPronoun && m.Start == 0);
        return first is not null && first.End < s.Tokens.Count && s.Tokens[first.End].Text is ":" or "-" or "–" or "—" ? first : null;
    }
}
