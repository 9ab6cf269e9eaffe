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
    /// <summary>Why the reply, repost or quote cue <paramref name="k"/> states no act here, or null when it may.</summary>
    private static string? RepostOrReplyUnstated(Parsed s, int k)
    {
        var (tokens, hit, lexicon) = (s.Tokens, s.Hits[k], s.Lexicon);
        if (hit.Cue.Relation is not (RelationType.RepliedTo or RelationType.Retweeted or RelationType.Quoted)) return null;
        // "called on Collins to reply to the Council": after "to" the word is a verb in the infinitive (asked for, planned), not the noun "reply".
        // "only specified people can reply to the post": after a modal too.
        if (hit.Cue.Noun && lexicon.SubjectNearVerb && hit.Anchor > 0 && (lexicon.Infinitive.Contains(tokens[hit.Anchor - 1].Lower) || lexicon.Modals.Contains(tokens[hit.Anchor - 1].Lower)))
            return "a verb, not the noun";
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
        return null;
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
}
