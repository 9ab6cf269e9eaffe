using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Guards for replies, reposts and quotes on reporting: the cue word and two actors co-occur, but no reply or repost
/// between them is stated — a demand or plan ("called on X to reply"), a condition ("Had X replied"), an allegation
/// ("accused of retweeting"), counts compared ("more retweets than any tweet by X"), or someone inside a relative clause
/// on a third party ("replied to users who had criticised X").
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>Why the reply, repost or quote cue <paramref name="k"/> (or a like, which may be alleged too) states no act here, or null when it may.</summary>
    private static string? RepostOrReplyUnstated(Parsed s, int k)
    {
        var (tokens, hit, lexicon) = (s.Tokens, s.Hits[k], s.Lexicon);
        if (hit.Cue.Relation is not (RelationType.RepliedTo or RelationType.Retweeted or RelationType.Quoted or RelationType.Liked)) return null;
        // "called on Collins to reply to the Council": after "to" the word is a verb in the infinitive (asked for, planned), not the noun "reply".
        // "only specified people can reply to the post": after a modal too.
        if (hit.Cue.Noun && lexicon.SubjectNearVerb && hit.Anchor > 0 && (lexicon.Infinitive.Contains(tokens[hit.Anchor - 1].Lower) || lexicon.Modals.Contains(tokens[hit.Anchor - 1].Lower)))
            return "a verb, not the noun";
        // "a Tory who had commented on the issue but Conservatives have slammed the post": in English a contrast between the cue's words
        // starts another clause, so they are no one cue (German sets a comma there; "gab aber auch Kontra" is one clause).
        if (lexicon.SubjectNearVerb && Enumerable.Range(hit.Anchor + 1, Math.Max(0, hit.Last - hit.Anchor - 1)).Any(j => !hit.Tokens.Contains(j) && !tokens[j].Quoted && lexicon.Contrasts.Contains(tokens[j].Lower)))
            return "a cue across a contrast";
        // "Hätte Hahn auf Berger geantwortet, …", "Had Baker replied to Collins, …": what an inverted condition supposes did not happen.
        var first = Enumerable.Range(0, tokens.Count).FirstOrDefault(j => tokens[j].IsWord, -1);
        if (first >= 0 && first < hit.Anchor && !tokens[first].Quoted && lexicon.ConditionalOpeners.Contains(tokens[first].Lower)
            && !Enumerable.Range(first, hit.Anchor - first).Any(j => tokens[j].Text == ",")
            && Enumerable.Range(hit.Last + 1, Math.Max(0, tokens.Count - hit.Last - 1)).Any(j => tokens[j].Text == ",")) return "a condition";
        // "accused of retweeting", "wurde vorgeworfen, … geteilt zu haben", "allegedly retweeted": alleged, not stated as fact.
        var allegation = Enumerable.Range(0, hit.Anchor).LastOrDefault(j => !tokens[j].Quoted && lexicon.Allegations.Contains(tokens[j].Lower), -1);
        if (allegation >= 0 && !Enumerable.Range(allegation + 1, hit.Anchor - allegation - 1).Any(j => tokens[j].Text is ";" or "." || lexicon.Contrasts.Contains(tokens[j].Lower))
            // German: an adverb anywhere in the cue's clause ("hat angeblich den Tweet von Berger retweetet").
            && (hit.Anchor - allegation <= 2 || !lexicon.SubjectNearVerb && !Enumerable.Range(allegation + 1, hit.Anchor - allegation - 1).Any(j => tokens[j].Text == ",")
                || (lexicon.SubjectNearVerb ? Enumerable.Range(Math.Max(allegation, hit.Anchor - 2), Math.Min(2, hit.Anchor - allegation)).Any(j => lexicon.Origins.Contains(tokens[j].Lower))
                    : Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(tokens.Count, hit.Last + 3) - hit.Last - 1)).Any(j => lexicon.Infinitive.Contains(tokens[j].Lower)))))
            return "alleged";
        // "got more retweets than any tweet by Baker", "öfter geteilt als jeder Tweet von Hahn": counts compared, no one after "than" acted.
        var than = Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(tokens.Count - 1, hit.Last + 8) - hit.Last - 1))
            .TakeWhile(j => tokens[j].Text is not (";" or ":") && !tokens[j].Quoted).FirstOrDefault(j => lexicon.ComparisonLinks.Contains(tokens[j].Lower), -1);
        if (than >= 0 && !char.IsDigit(tokens[than + 1].Text[0])
            && Enumerable.Range(Math.Max(0, hit.Anchor - 3), than - Math.Max(0, hit.Anchor - 3)).Any(j => lexicon.Comparatives.Contains(tokens[j].Lower) && !lexicon.ComparisonLinks.Contains(tokens[j].Lower)))
            return "counts compared";
        // "posted a screenshot of Baker's tweet" quotes the tweet; a screenshot of an article or a profile quotes no post.
        if (hit.Cue.Relation is RelationType.Quoted && lexicon.CopyNouns.Contains(tokens[hit.Last].Lower)
            && !Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(tokens.Count, hit.Last + 6) - hit.Last - 1)).TakeWhile(j => !tokens[j].Quoted && tokens[j].Text is not ("," or ";" or ":"))
                .Any(j => lexicon.IsPostNoun(tokens[j].Lower)))
            return "a copy of no post";
        // "In response, Collins was attacked", "In the replies, Baker was mocked": the one after a fronted reply phrase is acted on (or
        // described), no one who replied.
        if (hit.Cue.Relation is RelationType.RepliedTo && hit.Cue.Noun && lexicon.SubjectNearVerb && !s.Mentions.Any(m => m.End <= hit.Anchor && !m.Marked)
            && s.Mentions.FirstOrDefault(m => m.Start > hit.Last) is { } after && Enumerable.Range(hit.Last + 1, after.Start - hit.Last - 1).All(j => tokens[j].Text == ",")
            && after.End < tokens.Count && lexicon.PassiveAuxiliaries.Contains(tokens[after.End].Lower))
            return "acted on after the reply phrase";
        if (hit.Cue.Relation is RelationType.RepliedTo && OffThePlatforms(s, hit)) return "off the platforms";
        // "Morgan responded by unfollowing everyone", "reagierte mit einer Sperre": the response was an act that says nothing, no reply.
        var by = Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(tokens.Count, hit.Last + 3) - hit.Last - 1)).TakeWhile(j => tokens[j].IsWord && !tokens[j].Quoted)
            .FirstOrDefault(j => lexicon.Agents.Contains(tokens[j].Lower) || lexicon.Comitatives.Contains(tokens[j].Lower), -1);
        if (hit.Cue.Relation is RelationType.RepliedTo && by > 0 && Enumerable.Range(by + 1, Math.Max(0, Math.Min(tokens.Count, by + 4) - by - 1))
                .TakeWhile(j => tokens[j].IsWord && !tokens[j].Quoted).Any(j => lexicon.SilentActs.Contains(tokens[j].Lower)))
            return "a response by an act";
        return null;
    }

    /// <summary>
    /// "Collins responded to Baker in an interview", "Im Bundestag antwortete Berger auf Hahn", "In a statement, Baker hit back": the
    /// place the reply names is an interview, a statement or a chamber, and the sentence names no platform or post, so it is no reply
    /// on a platform. The place stands right after the reply and its objects or opens the sentence; one after what is answered
    /// ("responded to comments Baker made in an interview") is where that was said.
    /// </summary>
    private static bool OffThePlatforms(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (lexicon.NamesPlatform(s.Sentence) || tokens.Any(t => !t.Quoted && lexicon.IsPostNoun(t.Lower))) return false;
        bool Place(int j) => j < tokens.Count && lexicon.PlatformPrepositions.Contains(tokens[j].Lower) && !tokens[j].Quoted
            && Enumerable.Range(j + 1, Math.Min(3, tokens.Count - j - 1)).TakeWhile(b => tokens[b].IsWord)
                .Any(b => lexicon.Venues.Contains(tokens[b].Lower) || lexicon.Chambers.Contains(tokens[b].Lower));
        var first = Enumerable.Range(0, tokens.Count).FirstOrDefault(j => tokens[j].IsWord, -1);
        if (first >= 0 && first < hit.Anchor && Place(first)) return true;
        for (var j = hit.Last + 1; j < Math.Min(tokens.Count, hit.Last + 7); j++)
        {
            if (!tokens[j].IsWord || tokens[j].Quoted || lexicon.Utterances.Contains(tokens[j].Lower)) return false;
            if (Place(j)) return true;
        }
        return false;
    }

    /// <summary>
    /// "The tweet, from a user mocking Lord Tebbit, was posted in response to …": an actor right after an English participle
    /// (a few words on, no punctuation between) is that participle's object, not the subject of the sentence's verb.
    /// </summary>
    private static bool ParticipleObject(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Relation is not (RelationType.RepliedTo or RelationType.Retweeted or RelationType.Quoted) || !lexicon.SubjectNearVerb || m.IsPronoun) return false;
        // "including by Tom Baker": an agent or an inclusion is no participle's object.
        for (var j = m.Start - 1; j >= Math.Max(0, m.Start - 4); j--)
        {
            if (!tokens[j].IsWord || tokens[j].Quoted || lexicon.Agents.Contains(tokens[j].Lower) || lexicon.IsInclusion(tokens[j].Lower)) return false;
            if (j > 0 && tokens[j].Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[j].Lower.Length > 5 && char.IsLower(tokens[j].Text[0])
                && !s.Hits.Any(h => h.Tokens.Contains(j))) return true;
        }
        return false;
    }

    /// <summary>
    /// "answered his detractors", "countered the claims": a verb that takes what it answers as its object, followed by an article
    /// or a possessive and no known actor, names what the reply answers; no one is implied.
    /// </summary>
    private static bool NamesWhatIsAnswered(Parsed s, Hit hit)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var next = hit.Last + 1;
        return lexicon.SubjectNearVerb && !hit.Cue.Noun && next + 1 < tokens.Count && !tokens[next].Quoted
            && (lexicon.Determiners.Contains(tokens[next].Lower) || lexicon.Possessives.Contains(tokens[next].Lower) || tokens[next].Lower == "her")
            && tokens[next + 1].IsWord && !lexicon.IsPostNoun(tokens[next + 1].Lower) && !lexicon.Platforms.Contains(tokens[next + 1].Lower);
    }

    /// <summary>
    /// "hatte auf die Vorwürfe reagiert und ließ die NÖN wissen", "responded and told the Courier": past a conjunction that starts
    /// no list of actors, a new verb has its own objects; an outlet there is told, not answered (a person may still be the one
    /// answered: "reagierte und frischte die Geschichtskenntnisse der Fraktionschefin auf").
    /// </summary>
    private bool PastAnotherVerb(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Relation is not (RelationType.RepliedTo or RelationType.Retweeted or RelationType.Quoted) || m.Start <= hit.Last || m.IsPronoun
            || actors.Actors[m.Actor].Kind != ActorKinds.Media) return false;
        return Enumerable.Range(hit.Last + 1, m.Start - hit.Last - 1).Any(j => j + 1 < m.Start && !tokens[j].Quoted && lexicon.Conjunctions.Contains(tokens[j].Lower)
            && !lexicon.ReplyPrepositions.Contains(tokens[j + 1].Lower) && !lexicon.Prepositions.Contains(tokens[j + 1].Lower)
            && !s.Mentions.Any(o => o.Start == j + 1 || o.Start == j + 2 && lexicon.Determiners.Contains(tokens[j + 1].Lower)));
    }

    /// <summary>
    /// "replied to users who had criticised Collins", "antwortete auf einen Tweet, in dem Vogt Berger angriff": an actor inside a
    /// relative clause, not right after its pronoun (so not its subject: "a tweet which Collins posted" names the author), is what
    /// the clause's verb acts on, not whom the reply or repost is of.
    /// </summary>
    private static bool InRelativeClauseOnAnother(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Relation is not (RelationType.RepliedTo or RelationType.Retweeted or RelationType.Quoted) || m.Start <= hit.Last) return false;
        return Enumerable.Range(hit.Last + 1, m.Start - hit.Last - 1).Any(j => j + 1 < m.Start && !tokens[j].Quoted && lexicon.Relatives.Contains(tokens[j].Lower)
            && (lexicon.SubjectNearVerb || tokens[j - 1].Text == "," || j >= 2 && lexicon.Prepositions.Contains(tokens[j - 1].Lower) && tokens[j - 2].Text == ","));
    }

    /// <summary>
    /// "Den Tweet von Vogt kommentierte er", "Auf den Post von Vogt reagierte er", "Responding to Quinn's post, he wrote": a pronoun
    /// that replies to, reposts or likes a post is not the one whose post it is, named before it in the clause (by "von", a genitive
    /// or "'s"); that actor is left out when the pronoun is resolved (-1 when none is).
    /// </summary>
    private static int OwnerOfPostActedOn(Parsed s, Hit hit, Clause clause, Mention subject)
    {
        if (!subject.IsPronoun || !subject.Pronoun!.Value.Subject
            || hit.Cue.Relation is not (RelationType.RepliedTo or RelationType.Retweeted or RelationType.Quoted or RelationType.Liked)) return -1;
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        bool Owner(Mention m) => m.Marked && !m.IsPronoun && (lexicon.PostAuthors.Contains(m.Mark!) || m.Mark == "'s" || lexicon.GenitiveArticles.Contains(m.Mark!));
        bool NearPost(Mention m) => Enumerable.Range(Math.Max(0, m.Start - 4), m.Start - Math.Max(0, m.Start - 4)).Concat(Enumerable.Range(m.End, Math.Min(2, tokens.Count - m.End)))
            .Any(j => lexicon.IsPostNoun(tokens[j].Lower) || lexicon.Utterances.Contains(tokens[j].Lower));
        return s.Mentions.LastOrDefault(m => m.Start > clause.Start && m.End <= subject.Start && Owner(m) && NearPost(m))?.Actor ?? -1;
    }
}
