using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// On whom a cue acted: the objects of its clause, narrowed by relation (one target for a reply or a like, every one
/// for a tag or a follow list).
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>
    /// On whom: after the subject in verb-final clauses, marked ones before an inverted subject ("Auf Bergers Tweet
    /// antwortete Hahn"), and those after the cue; no documents, none excluded. Only TAGGED takes more than one.
    /// </summary>
    private List<Mention> Objects(Parsed s, Hit hit, Clause clause, List<Mention> subjects, bool passive)
    {
        var tokens = s.Tokens;
        List<Mention> objects;
        // "were both tagged in a tweet by the Chronicle that featured … Corbyn": a passive's objects stand before its agent.
        if (passive) objects = clause.Before.Concat(clause.After).Where(m => !subjects.Contains(m) && !IsDocument(m) && !(subjects.Count > 0 && m.Start > subjects[^1].End)
            // "posted a screen grab of a tweet liked by X": a participle after a post noun acts on that post, not on who stands before it.
            && !(m.End <= hit.Anchor && hit.Anchor > 0 && s.Lexicon.IsPostNoun(tokens[hit.Anchor - 1].Lower) && hit.Cue.Relation is RelationType.Liked or RelationType.Follows)).ToList();
        else
        {
            var lastComma = Enumerable.Range(clause.Start + 1, Math.Max(0, hit.Anchor - clause.Start - 1)).LastOrDefault(j => tokens[j].Text == ",", -1);
            var inverted = subjects.Count > 0 && subjects[0].Start > hit.Anchor;
            // A subject German marks by its form or number ("… folgt er", "Berger folgten 3000 Menschen, darunter Hahn"): what stands before the verb is its object.
            var marked = inverted && (NominativeAfterVerb(s, hit) is not null || PluralVerbAfterOnePerson(s, hit, clause));
            // "Die Seite von Vogt hat Hahn abonniert": the object fronted before the auxiliary.
            var fronted = !inverted && clause.Own && !clause.Subordinate && subjects.Count > 0 && SubjectAfterAuxiliary(s, clause) == subjects[0];
            // "apologised to Collins for liking a tweet": a gerund after a preposition takes its objects after it; those before are the main verb's.
            var gerund = s.Lexicon.SubjectNearVerb && hit.Anchor > 0 && tokens[hit.Anchor].Lower.EndsWith("ing", StringComparison.Ordinal) && s.Lexicon.Prepositions.Contains(tokens[hit.Anchor - 1].Lower);
            // "… Berger verteidigt und dabei Vogt markiert": a participle sharing the verb before's subject has its objects before it.
            var shared = !clause.Own && subjects.Count == 0 && SharedAuxiliary(tokens, s.Lexicon, hit.Last, clause.Start);
            objects = clause.Before.Where(m => shared || subjects.Count > 0 && !gerund && (inverted ? m.Marked || marked && m.Start > lastComma && !(m.IsPronoun && m.Pronoun!.Value.Subject)
                    : fronted ? m.Start < subjects[0].Start || m.Start > subjects[^1].Start : m.Start > subjects[^1].Start && m.Start > lastComma) && !subjects.Contains(m))
                .Concat(clause.After.Where(m => !subjects.Contains(m)))
                // A topic's preposition marks no target, unless the cue has it ("tweeted her support for X", "zog über X her").
                .Where(m => !IsDocument(m) && (hit.Cue.Undone || !MentionNegated(tokens, m, s.Lexicon)) && !(m.Mark is { } mark && s.Lexicon.Topics.Contains(mark) && !hit.Tokens.Skip(1).Any(j => tokens[j].Lower == mark) && !PartOf(s, m)
                    // "um Hahn zu antworten": "um" opens the purpose clause, Hahn is the infinitive's object.
                    && !(mark == "um" && hit.Anchor > 0 && PurposeOfPost(tokens, hit.Anchor - 1, s.Lexicon))
                    // "retweeted the tweet of Noor": whose post, no topic.
                    && !(hit.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted && AuthorMarkAfterPost(tokens, m.Start - 1, s.Lexicon))
                    // "smashing the like button on her posts": right after a like's words, a possessive before a post names its author.
                    && !(hit.Cue.Relation is RelationType.Liked && m.Start == hit.Last + 2 && PossessiveBeforeThing(s, m))
                    // "follows the account of X": an account's owner is followed.
                    && !(hit.Cue.Relation == RelationType.Follows && OwnsAccountBefore(s, m)))).ToList();
        }
        objects = objects.Where(m => !NoTarget(s, hit, m) && !CoordinatedWithSubject(s, hit, subjects, m)).ToList();
        // "liked a tweet dissing Trump", "Tweet Mentioning Abbott", "liked comments from bloggers claiming … Trump": past the post or
        // the comments, only its author ("a tweet by", "der Beitrag des") is the target.
        if (hit.Cue.Relation is RelationType.Liked or RelationType.Retweeted or RelationType.Quoted)
            objects = objects.Where(m => !Enumerable.Range(hit.Last + 1, Math.Max(0, m.Start - hit.Last - 1)).Any(j => s.Lexicon.IsPostNoun(s.Tokens[j].Lower) || s.Lexicon.Utterances.Contains(s.Tokens[j].Lower))
                || m.Mark is { } mark && (s.Lexicon.PostAuthors.Contains(mark) || s.Lexicon.GenitiveArticles.Contains(mark)) || AuthorMarkAfterPost(tokens, m.Start - 1, s.Lexicon)).ToList();
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
        // "attacked Collins on Twitter over her deal with Ellis": saying something about someone names its first object, and those
        // joined to it; not the owner of what was said about ("kritisiert den Wahlkampf der Grünen", "criticised Collins's plan") or one
        // a preposition other than the cue's own marks ("die Attacke auf Hahn"; "schoss gegen Hahn", "zog über Hahn her" are the cue's), nor an
        // affiliation in brackets ("Hahn (Grüne) hat Krüger kritisiert"), a subject pronoun ("in dem er Berger … bezeichnete") or
        // a name past the sentence's end (a caption the splitter kept).
        if (hit.Cue.OnPost)
            return objects.FirstOrDefault(m => !Reported(s, hit, m) && !(m.IsPronoun && s.Lexicon.Nominatives.Contains(tokens[m.Start].Lower)) && (m.Mark is null or "object" || s.Lexicon.ObjectArticles.Contains(m.Mark) || hit.Tokens.Skip(1).Any(j => tokens[j].Lower == m.Mark))
                    && tokens.Take(m.Start).Count(t => t.Text == "(") == tokens.Take(m.Start).Count(t => t.Text == ")")
                    && !Enumerable.Range(hit.Last + 1, Math.Max(0, m.Start - hit.Last - 1)).Any(j => tokens[j].Text is "." or "!" or "?")) is { } said
                ? WithCoordinated(said, s.Mentions, tokens, s.Lexicon).Where(objects.Contains).ToList() : [];
        if (hit.Cue.Relation == RelationType.Tagged) return objects.Where(m => !Reported(s, hit, m)).ToList();
        // "followed Collins's advice", "folgte dem Aufruf von Hahn": one follows the actor itself, or an account of theirs.
        // "subscribed to Collins": the cue's own preposition marks its object.
        if (hit.Cue.Relation == RelationType.Follows && !passive)
            objects = objects.Where(m => m.IsPronoun ? m.Mark is null or "object" : FollowedObject(s, m) || hit.Tokens.Length > 1 && m.Mark == tokens[hit.Last].Lower && m.Start > hit.Last).ToList();
        var first = objects.FirstOrDefault(m => m.Start > hit.Anchor) ?? objects.LastOrDefault();
        if (first is null && RelativeAntecedents(s, clause, subjects, passive) is { Count: > 0 } antecedents)
            return hit.Cue.Relation is RelationType.Follows or RelationType.Tagged ? antecedents : [antecedents[0]];
        if (first is null) return hit.Cue.Relation != RelationType.Follows || passive || subjects.Count != 1 ? []
            : OneOfThoseFollowed(s, subjects[0]) is { } member ? [member] : MembersAfterRelativeFollow(s, hit, clause);
        // One follows many at once ("follows 40 accounts, including Collins and Ellis", "folgt den Accounts der Hotels sowie
        // Beratern wie Conway"): every object after the verb that no preposition other than an inclusion governs; a like has one target.
        // "retweeting accounts like the Coast Guard, CDC and the National Guard": an inclusion lists them all.
        // "liked posts by Robinson, Hopkins and Farage": the authors of posts in the plural, each.
        if (hit.Cue.Relation != RelationType.Follows)
            return AuthorsOfPosts(s, first) ? WithCoordinated(first, s.Mentions, tokens, s.Lexicon)
                // "hit back at Malviya and the BJP": a reply to several named together answers each; not one that opens the next
                // clause ("replied to Collins and Ellis said nothing": a word after it that is no preposition).
                : hit.Cue.Relation == RelationType.RepliedTo && !first.IsPronoun ? WithCoordinated(first, s.Mentions, tokens, s.Lexicon)
                    .Where(m => m == first || objects.Contains(m) && (m.End >= tokens.Count || !tokens[m.End].IsWord || s.Lexicon.Prepositions.Contains(tokens[m.End].Lower)
                        || s.Lexicon.ReplyPrepositions.Contains(tokens[m.End].Lower))).ToList()
                : first.Mark is { } inclusion && s.Lexicon.IsInclusion(inclusion) ? WithCoordinated(first, s.Mentions, tokens, s.Lexicon).Where(objects.Contains).ToList() : [first];
        return WithCoordinated(first, s.Mentions, tokens, s.Lexicon).Where(objects.Contains)
            // "Nicht nur Berger folgt er, sondern auch Vogt": the objects fronted before an inverted subject too.
            .Concat(objects.Where(m => !passive && subjects.Count > 0 && m.Start < subjects[0].Start && !m.IsPronoun))
            .Concat(objects.Where(m => m.Start > hit.Anchor && !m.IsPronoun && FollowedObject(s, m)
                // "continued to follow them after they left the BJP": not past a subordinate clause's opening.
                // "19 people that include Magufuli, Sall and Kagame": a relative that only includes goes on listing.
                && !Enumerable.Range(hit.Last + 1, Math.Max(0, m.Start - hit.Last - 1)).Any(j => s.Lexicon.Subordinators.Contains(tokens[j].Lower) && !s.Lexicon.Inclusions.Contains(tokens[j].Lower)
                    && !(j + 1 < tokens.Count && s.Lexicon.Inclusions.Contains(tokens[j + 1].Lower))
                    // "including Dadhich who had abused Lankesh": a relative clause says more about the one before it.
                    || s.Lexicon.Relatives.Contains(tokens[j].Lower) && !s.Lexicon.Determiners.Contains(tokens[j].Lower) && !(j + 1 < tokens.Count && s.Lexicon.Inclusions.Contains(tokens[j + 1].Lower))))).Distinct().OrderBy(m => m.Start).ToList();
    }

    /// <summary>The post noun at <paramref name="noun"/> is what the reply answers: the nearest preposition before it is "to"/"auf", not "in"/"mit".</summary>
    private static bool AnsweredPost(Parsed s, Hit hit, int noun) =>
        Enumerable.Range(hit.Anchor, noun - hit.Anchor).Reverse().FirstOrDefault(j => s.Lexicon.Prepositions.Contains(s.Tokens[j].Lower) || s.Lexicon.ReplyPrepositions.Contains(s.Tokens[j].Lower), -1) is var p
        && p >= 0 && s.Lexicon.ReplyPrepositions.Contains(s.Tokens[p].Lower);

    /// <summary>
    /// "Sidhu and Azad, who the PM follows", "Vogt, dem Berger folgt": in a relative clause with a subject of its own the
    /// relative pronoun is the object; it stands for the actors right before its comma, or for the clause before (", was Hahn konterte").
    /// In a passive ("Arthur, who is followed by Canseco", "Berger, die von Hahn gefolgt wird") any relative pronoun is the one acted on.
    /// </summary>
    private List<Mention> RelativeAntecedents(Parsed s, Clause clause, List<Mention> subjects, bool passive)
    {
        var (tokens, lexicon, rel) = (s.Tokens, s.Lexicon, clause.Start);
        if (!clause.Subordinate || rel < 2 || tokens[rel - 1].Text != "," || subjects.Count == 0 || subjects.Any(m => m.Start <= rel)
            || !(passive ? lexicon.Relatives.Contains(tokens[rel].Lower) && !lexicon.SententialRelatives.Contains(tokens[rel].Lower) && !Enumerable.Range(rel + 1, Math.Max(0, (s.Hits.FirstOrDefault(h => h.Anchor > rel)?.Anchor ?? rel) - rel - 1)).Any(j => tokens[j].Text == ",")
                : lexicon.ObjectRelatives.Contains(tokens[rel].Lower) || lexicon.SententialRelatives.Contains(tokens[rel].Lower))) return [];
        var last = s.Mentions.LastOrDefault(m => m.End == rel - 1 && !m.IsPronoun);
        // "Wagenknecht hatte von Ungeimpften gesprochen, was Lauterbach konterte": what is answered is the clause, said by its subject.
        if (last is null && lexicon.SententialRelatives.Contains(tokens[rel].Lower))
            return s.Mentions.Where(m => m.End < rel && !m.Marked && !IsDocument(m)).Take(1).ToList();
        if (last is null || ListHead(last, s) is not { } head) return [];
        // "critics such as Baker and Quinn, who she follows": a list an inclusion marks carries its mark on each item; it starts at its first.
        for (var i = s.Mentions.IndexOf(head); last.Marked && i > 0 && s.Mentions[i - 1].Mark == last.Mark && Glue(s.Mentions[i - 1], s.Mentions[i], tokens, lexicon) is not null; i--)
            head = s.Mentions[i - 1];
        return WithCoordinated(head, s.Mentions, tokens, lexicon).Where(m => m.End <= last.End).ToList();
    }

    /// <summary>
    /// "Auf „Gefällt mir“ drückten Brustbauer, Gemeinderat in Mautern, und Gruber": an actor joined to the subject by a
    /// conjunction (an apposition may stand between), with no cue between them, acted with it, not on it.
    /// </summary>
    private static bool CoordinatedWithSubject(Parsed s, Hit hit, List<Mention> subjects, Mention m)
    {
        if (hit.Cue.Relation is not (RelationType.Follows or RelationType.Liked) || m.IsPronoun) return false;
        bool Joined(Mention first, Mention second) => first.End <= second.Start && second.Start > 0 && !second.Marked
            && s.Lexicon.Conjunctions.Contains(s.Tokens[second.Start - 1].Lower)
            && !s.Hits.Any(h => h.Tokens.Any(t => t >= first.End && t < second.Start))
            // "folgt Hahn auf X Collins, Quinn und Ellis": a list in between is the objects' own.
            && !s.Mentions.Any(o => o.Start >= first.End && o.End <= second.Start)
            && Enumerable.Range(first.End, second.Start - first.End).All(j => s.Tokens[j].IsWord || s.Tokens[j].Text == ",");
        return subjects.Any(subject => !subject.IsPronoun && (Joined(subject, m) || Joined(m, subject)));
    }

    /// <summary>"one of her tweets", "two of Trump's posts": "of" after a count names whose set, not a topic.</summary>
    private static bool PartOf(Parsed s, Mention m) =>
        m.Start > 1 && s.Lexicon.Origins.Contains(s.Tokens[m.Start - 1].Lower) && s.Tokens[m.Start - 2] is var count
        && (s.Lexicon.Partitives.Contains(count.Lower) || s.Lexicon.GroupWords.Contains(count.Lower) || char.IsDigit(count.Text[0]));

    /// <summary>"his posts", "her video": a pronoun (no subject) right before a post or something posted (a noun after a possessive, so "posts" too).</summary>
    private static bool PossessiveBeforeThing(Parsed s, Mention m) =>
        m.IsPronoun && !m.Pronoun!.Value.Subject && m.End < s.Tokens.Count && s.Tokens[m.End].Lower is var noun
        && (s.Lexicon.IsPostNoun(noun) || noun.EndsWith('s') && s.Lexicon.IsPostNoun(noun[..^1]) || s.Lexicon.PostedMedia.Contains(noun));

    /// <summary>"posts by Robinson, Hopkins and Farage": the mention names the authors of posts in the plural right before it.</summary>
    private static bool AuthorsOfPosts(Parsed s, Mention m) =>
        m.Mark is { } mark && s.Lexicon.PostAuthors.Contains(mark) && m.Start > 1 && s.Tokens[m.Start - 2].Lower is var noun
        && (s.Lexicon.IsPostNoun(noun) || s.Lexicon.PostedMedia.Contains(noun)) && noun.EndsWith('s');

    /// <summary>An object a follow may take: unmarked, in the dative or genitive, after an inclusion, or the owner of an account ("Puzder's Twitter account").</summary>
    private static bool FollowedObject(Parsed s, Mention m) => m.Mark switch
    {
        null or "genitive" => true,
        "'s" => Enumerable.Range(m.End, Math.Min(3, s.Tokens.Count - m.End)).Any(j => s.Lexicon.IsAccount(s.Tokens[j].Lower)),
        var mark => s.Lexicon.IsInclusion(mark) || s.Lexicon.ObjectArticles.Contains(mark) || s.Lexicon.GenitiveAfterNoun.Contains(mark) || OwnsAccountBefore(s, m),
    };
}
