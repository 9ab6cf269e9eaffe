using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Guards against the ways a cue fires on reporting it was not meant for: a sentence about anyone ("Wer Biden folgte"),
/// sharing a photo or a view ("teilte ein Selfie mit"), getting a reply ("erhielt Antwort"), a noun cue that is the object
/// of another act ("retweeted a reply to"), a gerund that did not happen ("kept them from responding"), and targets that
/// are what a reply says rather than whom it answers ("konterte mit Kritik an X", "pushed back in the PM's defence").
/// </summary>
public sealed partial class RuleExtractor
{
    /// <summary>Why the cue <paramref name="k"/> states no relation here, or null when it may.</summary>
    private string? Unstated(Parsed s, int k, Discourse discourse)
    {
        var (tokens, hit, lexicon) = (s.Tokens, s.Hits[k], s.Lexicon);
        var relation = hit.Cue.Relation;
        if (relation == RelationType.Signed) return null;
        if (RepostOrReplyUnstated(s, k) is { } why) return why;
        if (relation == RelationType.Tagged && !hit.Cue.Noun && CountedNoun(tokens, hit.Anchor, lexicon)) return "a counted noun";
        // "profitierte von manipulierten „Gefällt mir“-Angaben", "benefited from fake likes": likes something came from, no one's act.
        if (relation == RelationType.Liked && hit.Cue.Noun && LikesComeFrom(s, hit)) return "likes as a source";
        // "indy100 has reached out to Corbyn", "richtet sie an den Youtuber Rezo": everyday verbs tag only on a platform.
        if (hit.Cue.NeedsPlatform && !PlatformNear(s, hit, discourse) && !ByPoster(s, k, discourse)) return "no platform near";
        // "Wer vorher Biden folgte, folgt nun Trump": whoever is meant, the actors named are examples.
        if (tokens.FirstOrDefault(t => t.IsWord) is { } first && lexicon.GenericOpeners.Contains(first.Lower)) return "generic subject";
        // Following is about a platform its sentence names, or a post, or the sentence before names a platform: "Dann folgte
        // Gabriel" is a sequence; "she was followed three minutes later by Fabricant" a time (words between the verb and "by").
        if (relation == RelationType.Follows && !hit.Cue.Noun && !hit.Cue.Reciprocal && !NamesPlatformWord(s.Sentence, lexicon))
        {
            if (Passive(tokens, hit, ClauseOf(s, k), lexicon) is (true, var agent))
            {
                if (agent is null || agent.Start > hit.Last + 2) return "a sequence in time";
            }
            else if (!lexicon.NamesPlatform(s.Sentence) && !(discourse.Recent.Count > 0 && NamesPlatformWord(discourse.Recent[^1], lexicon)) && !OnFollowTopic(discourse)) return "no platform near";
        }
        // "Wem folgen die Abgeordneten?": a question states no follow or like.
        if (relation is RelationType.Follows or RelationType.Liked && tokens.Where(t => !t.Quoted).Select(t => t.Text).LastOrDefault() == "?") return "a question";
        // "followed up with a link", "followed suit": another verb.
        if (relation == RelationType.Follows && !hit.Cue.Noun && hit.Last + 1 < tokens.Count && lexicon.FollowParticles.Contains(tokens[hit.Last + 1].Lower)) return "phrasal verb";
        // "Berger folgt auf Vogt", "Auf Vogt folgte Berger": who comes after whom in an office.
        bool Succeeded(int p) => p < tokens.Count && lexicon.Succession.Contains(tokens[p].Lower) && !(p + 1 < tokens.Count && lexicon.Platforms.Contains(tokens[p + 1].Lower))
            && s.Mentions.Any(m => m.Start > p && m.Start <= p + 4 && m.Mark == tokens[p].Lower);
        // "followed Baker as party leader", "folgte ihm als Parteichefin": in an office.
        var followed = s.Mentions.FirstOrDefault(m => m.Start > hit.Last);
        var role = followed is not null && followed.End + 1 < tokens.Count && tokens[followed.End + 1].IsWord
            && (lexicon.SuccessionRoles.Contains(tokens[followed.End].Lower) && !lexicon.Additives.Contains(tokens[followed.End + 1].Lower) && tokens[followed.End + 1].Lower != "well"
                || lexicon.SuccessionRoles.Contains($"{tokens[followed.End].Lower} {tokens[followed.End + 1].Lower}"));
        if (relation == RelationType.Follows && !hit.Cue.Noun && (Succeeded(hit.Last + 1) || Succeeded(0) || role || followed is not null && FollowedSomewhere(s, followed))) return "succession";
        // "denied having retweeted", "bestritt, Vogt geteilt zu haben": what is denied did not happen, as far as the text says.
        var denial = Enumerable.Range(0, hit.Anchor).LastOrDefault(j => !tokens[j].Quoted && lexicon.Denials.Contains(tokens[j].Lower), -1);
        if (denial >= 0 && !Enumerable.Range(denial + 1, hit.Anchor - denial - 1).Any(j => tokens[j].Text == ";" || lexicon.Contrasts.Contains(tokens[j].Lower))) return "denied";
        // "teilte ein Selfie mit Baerbock", "teilte mit, dass": sharing is a repost only of a post.
        if (relation == RelationType.Retweeted && lexicon.ShareVerbs.Contains(tokens[hit.Anchor].Lower))
        {
            var clause = ClauseOf(s, k);
            var end = End(s, hit, s.Hits.ElementAtOrDefault(k + 1)?.Anchor ?? tokens.Count);
            // "teilt Höckes Video": what someone posted, named by its owner, is a post too. "Baker tweeted a photo. Collins shared it": "it"
            // right after the verb is the post the sentence before spoke of.
            if (!Enumerable.Range(clause.Start + 1, Math.Max(0, end - clause.Start - 1)).Any(j => !tokens[j].Quoted && (lexicon.IsPostNoun(tokens[j].Lower)
                    || lexicon.PostedMedia.Contains(tokens[j].Lower) && s.Mentions.Any(m => m.End == j && m.Mark == "'s")))
                && !(SharesThePostBefore(s, hit) && discourse.Recent.LastOrDefault() is { } before
                    && before.Tokens.Any(t => !t.Quoted && (lexicon.IsPostNoun(t.Lower) || lexicon.PostingVerbs.Contains(t.Lower) || lexicon.PostedMedia.Contains(t.Lower)))))
                return "shared no post";
        }
        // "Baker said he liked Collins": English "like" is fondness unless a post, a platform or an account is near.
        if (relation == RelationType.Liked && !hit.Cue.Noun && lexicon.SubjectNearVerb && !NamesPost(s.Sentence, lexicon) && !s.Hits.Any(h => h.Cue.Relation is not (RelationType.Liked or RelationType.Signed))
            && !(discourse.Recent.Count > 0 && NamesPost(discourse.Recent[^1], lexicon)) && !(discourse.Following is { } later && NamesPost(later, lexicon))) return "no post near";
        // "Modi allegedly likes him a lot", "she likes to post": English "like(s)" in the present with a person or an
        // infinitive right after it is a preference ("likes Collins's posts" is not).
        if (relation == RelationType.Liked && !hit.Cue.Noun && lexicon.SubjectNearVerb && tokens[hit.Anchor].Lower is "like" or "likes" && hit.Last + 1 < tokens.Count
            && (tokens[hit.Last + 1].Lower == "to" || s.Mentions.Any(m => m.Start == hit.Last + 1 && m.Mark != "'s" && !(m.End < tokens.Count && (lexicon.IsPostNoun(tokens[m.End].Lower) || lexicon.PostedMedia.Contains(tokens[m.End].Lower))))))
            return "a preference";
        // "caught liking a social media page": a page or account is followed, not a post liked.
        if (relation == RelationType.Liked && !hit.Cue.Noun)
        {
            var next = Enumerable.Range(hit.Last + 1, Math.Max(0, tokens.Count - hit.Last - 1)).Where(j => tokens[j].IsWord).Take(6).ToList();
            if (next.Any(j => lexicon.IsAccount(tokens[j].Lower)) && !next.Any(j => lexicon.IsPostNoun(tokens[j].Lower))) return "liked a page";
        }
        if (hit.Cue.Noun)
        {
            var from = Math.Max(0, hit.Anchor - 4);
            // "Habeck erhält Antwort auf sein Video", "the Post got this response": who receives a reply did not give it.
            if (Enumerable.Range(from, hit.Anchor - from).Any(j => lexicon.ReceivingVerbs.Contains(tokens[j].Lower))) return "received";
            // "retweeted a reply to the Chronicle's post": the noun is what was retweeted; who replied is not said.
            if (s.Hits.ElementAtOrDefault(k - 1) is { } before && before.Last < hit.Anchor && hit.Anchor - before.Last <= 3
                && Enumerable.Range(before.Last + 1, hit.Anchor - before.Last - 1).All(j => tokens[j].IsWord && !lexicon.Prepositions.Contains(tokens[j].Lower)))
                return "object of another act";
        }
        // "kept them from simply responding": prevented, so it did not happen.
        if (lexicon.SubjectNearVerb && tokens[hit.Anchor].Lower.EndsWith("ing", StringComparison.Ordinal)
            && TokenWindow.Before(hit.Anchor, 2).Any(j => tokens[j].Lower == "from")) return "prevented";
        return null;
    }

    /// <summary>
    /// "followed Baker into the party", "to Brussels", "at the podium", "was followed by Collins in criticising", "folgte ihm nach
    /// Berlin", "in die CDU": a goal right after the one followed, or what they did in, is coming after them; a platform,
    /// a handle or a time there ("to Twitter", "in 2019") and an infinitive ("to see what he posts") leave the follow.
    /// </summary>
    private static bool FollowedSomewhere(Parsed s, Mention followed)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var at = followed.End;
        if (at + 1 >= tokens.Count || tokens[at].Quoted) return false;
        if (lexicon.SuccessionActs.Contains(tokens[at].Lower) && tokens[at + 1].IsWord && char.IsLower(tokens[at + 1].Text[0])
            && tokens[at + 1].Lower.EndsWith("ing", StringComparison.Ordinal)) return true;
        var length = lexicon.SuccessionGoals.Contains(tokens[at].Lower) ? 1 : lexicon.SuccessionGoals.Contains($"{tokens[at].Lower} {tokens[at + 1].Lower}") ? 2 : 0;
        if (length == 0 || at + length >= tokens.Count) return false;
        var goal = tokens[at + length];
        if (lexicon.SubjectNearVerb && goal.IsWord && char.IsLower(goal.Text[0]) && !lexicon.Determiners.Contains(goal.Lower) && !lexicon.Possessives.Contains(goal.Lower)) return false;
        return !Enumerable.Range(at + length, Math.Min(3, tokens.Count - at - length))
            .Any(j => lexicon.IsPlatformWord(tokens[j].Lower) || tokens[j].Text.StartsWith('@') || char.IsDigit(tokens[j].Text[0]));
    }

    /// <summary>A post, a platform or an account outside quotations: what a like is about.</summary>
    private static bool NamesPost(Sentence sentence, CueLexicon lexicon) => NamesPlatformWord(sentence, lexicon)
        || sentence.Tokens.Any(t => !t.Quoted && (lexicon.IsPostNoun(t.Lower) || lexicon.PostedMedia.Contains(t.Lower) || lexicon.PostingVerbs.Contains(t.Lower)));

    /// <summary>A platform or account word outside quotations ("auf Twitter", "his Instagram account"); a posting verb is not enough for following.</summary>
    private static bool NamesPlatformWord(Sentence sentence, CueLexicon lexicon) =>
        sentence.Tokens.Any(t => !t.Quoted && (lexicon.Platforms.Contains(t.Lower) || t.Text.StartsWith('@') || lexicon.IsAccount(t.Lower) || t.Lower.Contains("follower", StringComparison.Ordinal)));

    /// <summary>
    /// Objects that are no target of the act: someone who did the same ("as did Malviya"), what a post is against
    /// ("an anti-Johnson tweet"), what a reply says rather than whom it answers ("konterte mit Kritik an Wild", "pushed back
    /// against claims she insulted Pelosi", "responding that …", "in the PM's defence"), and the owner of a thing that is no
    /// account in a tag ("addressed Sasse's criticism").
    /// </summary>
    private bool NoTarget(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        // "as Collins said" reports; "such as Collins and Ellis" lists (the list shares the mark of its first member).
        if (m.Mark is { } mark && (lexicon.Echoes.Contains(mark) || lexicon.Parentheticals.Contains(mark)
                && !(Enumerable.Range(0, m.Start).LastOrDefault(j => tokens[j].Lower == mark, -1) is var markAt and > 0 && lexicon.Comparisons.Contains(tokens[markAt - 1].Lower)))) return true;
        // "follows 300 accounts, far fewer than rivals such as Collins": one compared with is not followed ("more than 300 people, including Collins" are).
        if (hit.Cue.Relation == RelationType.Follows && m.Start > hit.Last && Enumerable.Range(hit.Last + 1, m.Start - hit.Last - 1)
                .Any(j => lexicon.Comparatives.Contains(tokens[j].Lower) && j + 1 < tokens.Count && !char.IsDigit(tokens[j + 1].Text[0]) && !lexicon.Comparatives.Contains(tokens[j + 1].Lower))) return true;
        // "replied to a tweet something which he later regretted": an English subject pronoun is no one's object.
        if (m.IsPronoun && m.Pronoun!.Value.Subject && lexicon.SubjectNearVerb) return true;
        // "an anti-Boris Johnson tweet" (the name may match from its second word on).
        var before = s.Sentence.Text[..tokens[m.Start].Start].TrimEnd().Split(' ')[^1];
        if (tokens[m.Start].Lower.StartsWith("anti-", StringComparison.Ordinal) || before.StartsWith("anti-", StringComparison.OrdinalIgnoreCase) || before.Equals("anti", StringComparison.OrdinalIgnoreCase)) return true;
        // "showcasing his tweet": a possessive owns something; only a reply, like or repost of their post acts on them.
        // "responded to his comments" answers him ("responded to his critics" does not).
        if (m.IsPronoun && lexicon.Possessives.Contains(tokens[m.Start].Lower)
            && !(hit.Cue.Relation == RelationType.RepliedTo && m.Start > 0 && lexicon.ReplyPrepositions.Contains(tokens[m.Start - 1].Lower)
                 && m.End < tokens.Count && lexicon.Utterances.Contains(tokens[m.End].Lower))
            && (hit.Cue.Relation == RelationType.Tagged || !Enumerable.Range(m.End, Math.Max(0, Math.Min(tokens.Count, m.End + 3) - m.End)).TakeWhile(j => tokens[j].IsWord)
                .Any(j => lexicon.IsPostNoun(tokens[j].Lower) || hit.Cue.Relation == RelationType.Liked && lexicon.PostedMedia.Contains(tokens[j].Lower)))) return true;
        // "konterte auf Twitter": the platform is where, not whom (its @handle would be whom).
        if (!m.IsPronoun && lexicon.Platforms.Contains(actors.Actors[m.Actor].Name.ToLowerInvariant()) && !tokens[m.Start].Text.StartsWith('@')) return true;
        var relation = hit.Cue.Relation;
        if (relation == RelationType.Tagged && !hit.Cue.Noun && m.Mark == "'s" && m.Start > hit.Last
            && !Enumerable.Range(m.End, Math.Min(3, tokens.Count - m.End)).Any(j => lexicon.IsAccount(tokens[j].Lower))) return true;
        if (relation is RelationType.Follows or RelationType.Liked or RelationType.Retweeted or RelationType.Quoted && !hit.Cue.Noun
            && (InsideAnotherThing(s, hit, m) || Reporter(s, m, hit.Last) || BeyondComma(s, hit, m))) return true;
        // "likes Collins's policies": an owner is liked or reposted only through what they posted or said.
        if (relation is RelationType.Liked or RelationType.Retweeted && m.Mark == "'s" && !m.IsPronoun && m.Start > hit.Last
            && !Enumerable.Range(m.End, Math.Max(0, Math.Min(tokens.Count, m.End + 4) - m.End)).SkipWhile(j => tokens[j].Text is "'" or "’" or "s").TakeWhile(j => tokens[j].IsWord)
                .Any(j => lexicon.IsPostNoun(tokens[j].Lower) || lexicon.IsAccount(tokens[j].Lower) || lexicon.PostedMedia.Contains(tokens[j].Lower) || lexicon.Utterances.Contains(tokens[j].Lower))) return true;
        if (relation == RelationType.RepliedTo && !m.IsPronoun && AnswersNoOne(s, m)) return true;
        // Each checks its own relations (replies, reposts, quotes).
        if (InRelativeClauseOnAnother(s, hit, m) || PastAnotherVerb(s, hit, m)) return true;
        // "als Antwort auf den Eklat im Weissen Haus": where something happened is not whom a reply answers ("hit back at" is).
        // "um Hahn zu antworten": "um" opens a purpose clause, Hahn is its object.
        var purpose = hit.Anchor > 0 && PurposeOfPost(tokens, hit.Anchor - 1, lexicon);
        if (relation == RelationType.RepliedTo && m.Mark is { } scene && lexicon.ScenePrepositions.Contains(scene) && !lexicon.ReplyPrepositions.Contains(scene) && !purpose) return true;
        // "reacted to Tharoor liking a post": the reply is to an act, not to something Tharoor posted to them.
        if (relation == RelationType.RepliedTo && m.Start > hit.Last && s.Hits.Any(h => h.Anchor == m.End && tokens[h.Anchor].Lower.EndsWith("ing", StringComparison.Ordinal))) return true;
        // "Auf einen seiner Tweets zu den Gesprächen zwischen ÖVP und Grünen reagierte X": before an inverted subject only a reply
        // preposition, a dative or a genitive names whom the reply answers.
        if (relation == RelationType.RepliedTo && !lexicon.SubjectNearVerb && m.Start < hit.Anchor && m.Mark is { } fronted && lexicon.Prepositions.Contains(fronted)
            && !lexicon.ReplyPrepositions.Contains(fronted) && !lexicon.PostAuthors.Contains(fronted) && !purpose) return true;
        // "reagierte auf Kritik an Hahn", "auf den Angriff auf Hahn": a preposition after a noun (not the cue's) names what the noun is about.
        if (relation == RelationType.RepliedTo && !lexicon.SubjectNearVerb && m.Mark is { } about && lexicon.ReplyPrepositions.Contains(about) && m.Start > hit.Last
            && Enumerable.Range(hit.Last + 1, m.Start - hit.Last - 1).LastOrDefault(j => tokens[j].Lower == about, -1) is var at && at > hit.Last + 1
            && tokens[at - 1].IsWord && char.IsUpper(tokens[at - 1].Text[0]) && !lexicon.IsPlatformWord(tokens[at - 1].Lower) && !s.Mentions.Any(o => o.End == at)) return true;
        if (relation != RelationType.RepliedTo || m.Start < hit.Last) return false;
        // "an earlier tweet of Trump's": after a post noun, "of" names its author.
        bool PostAuthorAt(int j) => j > 0 && lexicon.IsPostNoun(tokens[j - 1].Lower) && (lexicon.Origins.Contains(tokens[j].Lower) || lexicon.PostAuthors.Contains(tokens[j].Lower));
        for (var j = hit.Last + 1; j < m.Start; j++)
        {
            var lower = tokens[j].Lower;
            var platformNext = j + 1 < tokens.Count && (lexicon.Platforms.Contains(tokens[j + 1].Lower)
                || (j + 2 < tokens.Count && lexicon.Determiners.Contains(tokens[j + 1].Lower) && lexicon.Platforms.Contains(tokens[j + 2].Lower)));
            if (PostAuthorAt(j)) continue;
            // "countered by accusing Labour": the object of the manner gerund is not answered ("responded by calling on Twitter to
            // take down his tweet" answers him).
            if (lexicon.SubjectNearVerb && lower.EndsWith("ing", StringComparison.Ordinal) && lexicon.Agents.Contains(tokens[j - 1].Lower) && m.Start <= j + 2) return true;
            if (lexicon.Comitatives.Contains(lower) || (lexicon.Topics.Contains(lower) && !platformNext) || lexicon.Subordinators.Contains(lower)
                || tokens[j].Text is "," or ":" || (j > hit.Last + 1 && lexicon.Pronouns.TryGetValue(lower, out var pronoun) && pronoun.Subject)) return true;
        }
        // "in the PM's defence": an owner answered only under a reply preposition ("responded to Trump's comments").
        if (m.Mark == "'s")
        {
            var p = m.Start - 1;
            while (p > hit.Last && tokens[p].IsWord && !lexicon.Prepositions.Contains(tokens[p].Lower)) p--;
            if (p > hit.Last && !PostAuthorAt(p) && (lexicon.MannerPrepositions.Contains(tokens[p].Lower) || lexicon.Topics.Contains(tokens[p].Lower) || lexicon.Comitatives.Contains(tokens[p].Lower))) return true;
        }
        return false;
    }

    /// <summary>
    /// "reagierte auf den Rücktritt von Hahn", "reacted to Baker's resignation", "answered a question from Collins in the House":
    /// what the reply answers is an event, not something the owner posted or said; or a question asked off the platforms
    /// (by a journalist, in an interview, in parliament), which is no exchange between the two on a platform.
    /// </summary>
    private bool AnswersNoOne(Parsed s, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var asked = Enumerable.Range(0, tokens.Count).Any(j => !tokens[j].Quoted && (lexicon.Inquiries.Contains(tokens[j].Lower) || lexicon.Venues.Contains(tokens[j].Lower)));
        // "Auf Anfrage des Courier antwortete Berger", "Im Interview mit dem Courier": an outlet that asks is answered in its own pages.
        if (asked && actors.Actors[m.Actor].Kind == ActorKinds.Media) return true;
        var thing = ThingOf(s, m);
        if (thing.Count == 0) return false;
        if (thing.Any(j => lexicon.Inquiries.Contains(tokens[j].Lower)))
            return !lexicon.NamesPlatform(s.Sentence) || tokens.Any(t => !t.Quoted && lexicon.Venues.Contains(t.Lower));
        if (thing.Any(j => Answerable(tokens[j].Lower, lexicon))) return false;
        // An English noun stands after an article, a possessive or a preposition; German writes nouns capitalised.
        var noun = thing[0];
        return lexicon.SubjectNearVerb
            ? char.IsLower(tokens[noun].Text[0]) && (m.Mark == "'s" || noun > 0 && (lexicon.Determiners.Contains(tokens[noun - 1].Lower) || lexicon.Prepositions.Contains(tokens[noun - 1].Lower)))
            : char.IsUpper(tokens[noun].Text[0]);
    }

    /// <summary>A post, an utterance or an act on a platform; German compounds by their last part ("Kurznachricht") or a platform in them ("Twitter-Ausstieg").</summary>
    private static bool Answerable(string lower, CueLexicon lexicon)
    {
        bool Is(string word) => lexicon.IsPostNoun(word) || lexicon.Utterances.Contains(word) || lexicon.PostedMedia.Contains(word)
            || lexicon.ReplyNouns.Contains(word) || lexicon.Answerable.Contains(word) || lexicon.IsAccount(word) || lexicon.Platforms.Contains(word);
        if (Is(lower) || lexicon.SubjectNearVerb && lower.EndsWith("ing", StringComparison.Ordinal)) return true;
        var parts = lower.Split('-');
        return parts.Length > 1 && parts.Any(p => lexicon.Platforms.Contains(p) || Is(p))
            || !lexicon.SubjectNearVerb && Enumerable.Range(3, Math.Max(0, lower.Length - 6)).Any(i => Is(lower[i..]) || lexicon.Platforms.Contains(lower[..i]));
    }

    /// <summary>
    /// The noun (first) and a word before or after it of the phrase whose owner or author <paramref name="m"/> is: "Baker's
    /// resignation", "den Rücktritt von Hahn", "a question from Collins", "comments made by Baker"; empty when it owns nothing.
    /// </summary>
    private static List<int> ThingOf(Parsed s, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (m.Mark == "'s")
            return Enumerable.Range(m.End, Math.Max(0, Math.Min(tokens.Count, m.End + 4) - m.End)).SkipWhile(j => tokens[j].Text is "'" or "’" or "s")
                .TakeWhile(j => tokens[j].IsWord && !lexicon.Prepositions.Contains(tokens[j].Lower)).Take(2).Reverse().ToList();
        if (m.Mark is not { } mark || !(lexicon.PostAuthors.Contains(mark) || lexicon.Origins.Contains(mark) || lexicon.GenitiveArticles.Contains(mark) || lexicon.GenitiveAfterNoun.Contains(mark)))
            return [];
        var p = TokenWindow.Before(m.Start, 5).LastOrDefault(j => tokens[j].Lower == mark, -1);
        return Enumerable.Range(Math.Max(0, p - 2), Math.Max(0, p - Math.Max(0, p - 2))).Reverse()
            .TakeWhile(j => tokens[j].IsWord && !tokens[j].Quoted && !lexicon.Determiners.Contains(tokens[j].Lower) && !lexicon.Prepositions.Contains(tokens[j].Lower)
                && !lexicon.ObjectArticles.Contains(tokens[j].Lower) && !lexicon.Indefinites.Contains(tokens[j].Lower)).ToList();
    }

    /// <summary>
    /// "retweeted a link to a Courier article", "an article criticising Collins", "folgte dem Aufruf von Hahn", "followed the
    /// rules on Twitter": the cue's object is a thing that is not the actor; the actor stands in what is said about it
    /// (a preposition, a gerund or a genitive after its noun). Only a post's author ("a tweet by", "der Beitrag des"), an
    /// account's owner ("the account of"), or a member of an inclusion after it ("59 of the 80 MPs, including Collins") is meant.
    /// </summary>
    private static bool InsideAnotherThing(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        // Objects before a German verb-final cue ("hat dem Aufruf von Hahn gefolgt") stand after the subject.
        var from = m.Start > hit.Last ? hit.Last + 1 : s.Mentions.LastOrDefault(o => o.End <= m.Start)?.End ?? m.Start;
        var (thing, inside) = (-1, false);
        for (var j = from; j < m.Start; j++)
        {
            var lower = tokens[j].Lower;
            // "a number of people, including Goldsmith", "The account Trump retweeted the most was FEMA": a member or a predicate starts afresh.
            if (lexicon.Inclusions.Contains(lower) || lexicon.Copulas.Contains(lower)) { (thing, inside) = (-1, false); continue; }
            // "follows Magufuli of Tanzania, Sall of Senegal", "two critics of his party, Vogt and Krüger": each item of a follow list starts afresh.
            // (Not a clause about the thing: ", where Collins posted".)
            if (hit.Cue.Relation == RelationType.Follows && tokens[j].Text is "," or ":" or ";" && !lexicon.Subordinators.Contains(tokens[j + 1].Lower)
                && !lexicon.Relatives.Contains(tokens[j + 1].Lower) && !lexicon.AdverbialOpeners.Contains(tokens[j + 1].Lower)) { (thing, inside) = (-1, false); continue; }
            // "hat während des Kongresses in Aistersheim einen Tweet von X geteilt": a German object article no preposition governs
            // opens the verb's next object, no part of the thing before.
            if (thing >= 0 && !lexicon.SubjectNearVerb && lexicon.ObjectArticles.Contains(lower) && !lexicon.Prepositions.Contains(tokens[j - 1].Lower))
                (thing, inside) = (-1, false);
            if (thing < 0)
            {
                // An article, a possessive, a number, or an owner ("Collins's video") opens the noun phrase of a thing.
                var counted = lexicon.GroupWords.Contains(lower) || lexicon.Partitives.Contains(lower) || char.IsDigit(tokens[j].Text[0]);
                // "both of Trump's messages", "one of her tweets", "zwei von Hahns Posts": a part of what follows.
                if (counted && j + 1 < m.Start && lexicon.Origins.Contains(tokens[j + 1].Lower)) { j++; continue; }
                // "einen ihrer Posts": the German genitive needs no preposition.
                if (counted && j + 1 == m.Start && m.IsPronoun) continue;
                var opens = counted || lexicon.Determiners.Contains(lower) || lexicon.Indefinites.Contains(lower) || lexicon.ObjectArticles.Contains(lower)
                    || lexicon.Possessives.Contains(lower);
                // The article of the actor's own mention or title ("den SPD-Politiker Hahn") leads straight to the name.
                if (opens && s.Mentions.All(o => o.Start != j) && j + 1 < m.Start && tokens[j + 1].IsWord && !s.Mentions.Any(o => o.Start == j + 1)) thing = j + 1;
                // "retweeted posts describing Collins", "teilte Beiträge über Hahn": posts named without an article are a thing too.
                // (English plurals: "posts" is a post noun only as an object; after the subject it is the verb.)
                else if (j == hit.Last + 1 && (lexicon.IsPostNoun(lower) || lexicon.SubjectNearVerb && lower.EndsWith('s') && lexicon.IsPostNoun(lower[..^1]))
                         && s.Mentions.All(o => o.Start != j)) thing = j;
                else if (tokens[j].IsWord && s.Mentions.Any(o => o.End == j && o.Mark == "'s" && o.Start >= from) && s.Mentions.All(o => o.Start != j)) thing = j;
                continue;
            }
            if (j == thing || !tokens[j].IsWord) continue;
            var head = tokens[j - 1].Lower;
            // "a screenshot of his tweet": a copy stands for what it copies.
            if (lexicon.CopyNouns.Contains(head) && lexicon.Prepositions.Contains(lower)) { thing = -1; continue; }
            // "accounts operated by UNICEF": an account's owner after two words.
            if (lexicon.IsAccount(head) && j + 1 < m.Start && lexicon.AccountOwners.Contains($"{lower} {tokens[j + 1].Lower}")) { j++; continue; }
            // "a tweet by", "den Tweet des", "the account of", "a video posted by": the author or owner of the thing is meant.
            if ((lexicon.IsPostNoun(head) && (lexicon.PostAuthors.Contains(lower) || lexicon.GenitiveArticles.Contains(lower) || lexicon.GenitiveAfterNoun.Contains(lower)))
                || AuthorMarkAfterPost(tokens, j, lexicon)
                || (lexicon.IsAccount(head) && lexicon.AccountOwners.Contains(lower))
                || lexicon.PostingVerbs.Contains(lower) || lexicon.Agents.Contains(lower) && lexicon.PostingVerbs.Contains(head)) continue;
            // "on Twitter" says where.
            if (lexicon.Prepositions.Contains(lower) && j + 1 < tokens.Count && lexicon.IsPlatformWord(tokens[j + 1].Lower)) { j++; continue; }
            inside |= lexicon.Prepositions.Contains(lower) || lexicon.GenitiveArticles.Contains(lower) || lexicon.GenitiveAfterNoun.Contains(lower)
                || lexicon.Relatives.Contains(lower) || lexicon.Subordinators.Contains(lower) || lexicon.AdverbialOpeners.Contains(lower)
                || lexicon.SubjectNearVerb && lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 4;
        }
        return inside;
    }

    /// <summary>
    /// "the tweet of Noor", "a video by Collins": "of" after a post noun, and in English "by" after what one posts (a video, a
    /// photo), name whose post it is ("a photo of Collins" shows her; German "ein Video von Hahn" may too).
    /// </summary>
    private static bool AuthorMarkAfterPost(IReadOnlyList<Token> tokens, int mark, CueLexicon lexicon) =>
        mark > 0 && (lexicon.IsPostNoun(tokens[mark - 1].Lower) && lexicon.Origins.Contains(tokens[mark].Lower)
            || lexicon.SubjectNearVerb && lexicon.PostedMedia.Contains(tokens[mark - 1].Lower) && lexicon.Agents.Contains(tokens[mark].Lower));

    /// <summary>A like noun after "von"/"from"/"by" (adjectives, an article or a quotation mark between).</summary>
    private static bool LikesComeFrom(Parsed s, Hit hit)
    {
        var j = hit.Anchor - 1;
        while (j >= 0 && (!s.Tokens[j].IsWord && s.Tokens[j].Text is not ("," or "." or ";" or ":") || s.Tokens[j].IsWord && char.IsLower(s.Tokens[j].Text[0])
                   && !s.Lexicon.PostAuthors.Contains(s.Tokens[j].Lower) && !s.Lexicon.Agents.Contains(s.Tokens[j].Lower) && hit.Anchor - j <= 4)) j--;
        return j >= 0 && (s.Lexicon.PostAuthors.Contains(s.Tokens[j].Lower) || s.Lexicon.Agents.Contains(s.Tokens[j].Lower));
    }

    /// <summary>
    /// "… unterschreiben einen Brief. | Foto: Stadt Lahr", "(Screengrab / Rawstory)": a picture credit names who took or holds the
    /// picture, no one who acts in the text. The label opens the sentence or a segment (after "|", a bracket or a dash) and a colon
    /// or slash follows it; "posted a photo: Collins at the rally" shows someone and stays.
    /// </summary>
    private static bool InCredit(IReadOnlyList<Token> tokens, int at, CueLexicon lexicon)
    {
        var label = TokenWindow.Before(at, 5).LastOrDefault(j => lexicon.CreditLabels.Contains(tokens[j].Lower), -1);
        return label >= 0 && tokens[label + 1].Text is ":" or "/" && (label == 0 || tokens[label - 1].Text is "|" or "(" or "[" or "–" or "—" or "-")
            && Enumerable.Range(label + 2, at - label - 2).All(j => tokens[j].Text is not ("(" or ")" or "|" or "." or ";"));
    }

    /// <summary>
    /// "issued an angry tweet, angered by how Collins posted his questions in an open letter", "veröffentlichte ein Video": a
    /// verb of issuing whose object is a post issued that post, not the document the sentence names elsewhere.
    /// </summary>
    private static bool PostAsObject(Parsed s, Hit hit, Mention? documentMention)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (hit.Cue.Noun || hit.Cue.Relation != RelationType.Signed) return false;
        for (var j = hit.Last + 1; j < Math.Min(tokens.Count, hit.Last + 5) && tokens[j].IsWord && !tokens[j].Quoted; j++)
        {
            if (documentMention is not null && j >= documentMention.Start && j < documentMention.End) return false;
            if (lexicon.IsPostNounAt(tokens, j) || lexicon.PostedMedia.Contains(tokens[j].Lower)) return true;
        }
        return false;
    }

    /// <summary>"An account pretending to be Dorries retweeted …", "ein gefälschter Account von Hahn": the act is an impostor's, not theirs.</summary>
    private static bool Impersonated(Parsed s, Mention m) =>
        TokenWindow.Before(m.Start, 4).Any(j => !s.Tokens[j].Quoted && s.Lexicon.Impostors.Contains(s.Tokens[j].Lower));

    /// <summary>
    /// "liked Islamophobic content on social media, a Times investigation revealed": in English the one liked, followed or
    /// reposted stands in the cue's clause; past a comma only a list or an inclusion goes on ("follows 40 accounts, including Collins").
    /// </summary>
    private static bool BeyondComma(Parsed s, Hit hit, Mention m)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (!lexicon.SubjectNearVerb || m.Start <= hit.Last) return false;
        // "follows 65 people — the Bulls, the Bears, and his wife": a list opened by a dash goes on past its commas.
        if (CountedListDash(s, hit) is var dash and >= 0 && m.Start > dash) return false;
        if (CountedOneNamed(s, hit, m)) return false;
        var comma = Enumerable.Range(hit.Last + 1, m.Start - hit.Last - 1).FirstOrDefault(j => tokens[j].Text == ",", -1);
        return comma >= 0 && !s.Mentions.Any(o => o.Start > hit.Last && o.End <= comma) && !FollowListed(s, hit, m)
            && !Enumerable.Range(hit.Last + 1, m.Start - hit.Last - 1).Any(j => lexicon.Inclusions.Contains(tokens[j].Lower) || lexicon.Copulas.Contains(tokens[j].Lower));
    }

    /// <summary>", Collins said", ", said Collins", ", Baker wrote on Twitter": after a comma, who reports the act is not its target.</summary>
    private static bool Reporter(Parsed s, Mention m, int after)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        bool Says(int j) => j >= 0 && j < tokens.Count && !tokens[j].Quoted && (lexicon.SayingVerbs.Contains(tokens[j].Lower) || lexicon.SpeechVerbs.Contains(tokens[j].Lower) || lexicon.PostingVerbs.Contains(tokens[j].Lower));
        var comma = m.Start - 1;
        if (Says(comma)) comma--;
        return comma > after && tokens[comma].Text == "," && (Says(m.Start - 1) || Says(m.End) || m.End + 1 < tokens.Count && tokens[m.End].IsWord && Says(m.End + 1) && char.IsLower(tokens[m.End].Text[0]));
    }

    /// <summary>
    /// "Hannity is one of the 45 accounts Trump follows", "Cohen is among the people Trump follows", "Vogt ist einer von nur 40
    /// Accounts, denen Hahn folgt": the one before the link is followed by the subject of the relative clause.
    /// </summary>
    private static Mention? OneOfThoseFollowed(Parsed s, Mention subject)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        var noun = subject.Start - 1;
        if (noun > 0 && lexicon.Relatives.Contains(tokens[noun].Lower) || noun > 0 && lexicon.Subordinators.Contains(tokens[noun].Lower)) noun--;
        // German sets the relative clause off with a comma, its pronoun the object ("…, denen Hahn folgt").
        if (noun > 0 && tokens[noun].Text == "," && lexicon.ObjectRelatives.Contains(tokens[noun + 1].Lower)) noun--;
        if (noun < 1 || !FollowedSetNoun(tokens[noun].Lower, lexicon)) return null;
        var member = s.Mentions.LastOrDefault(m => m.End <= noun && !m.IsPronoun && !m.Marked);
        if (member is null) return null;
        var between = Enumerable.Range(member.End, noun - member.End).ToList();
        return between.All(j => tokens[j].IsWord) && between.Any(j => lexicon.Copulas.Contains(tokens[j].Lower)) && between.Count <= 8
            && between.Any(j => tokens[j].Lower is "of" or "among" or "unter" or "der" or "von") ? member : null;
    }

    /// <summary>
    /// Marks actors that are no subject of the sentence's verb: inside an inserted reporting clause (", so entdeckte der
    /// Student Werner per Twitter,") or after "as did" (they did the same: "The BJP retweeted as did Malviya").
    /// </summary>
    private static void MarkAsides(List<Mention> mentions, IReadOnlyList<Token> tokens, CueLexicon lexicon)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.IsPronoun) continue;
            // "as did its IT Cell head Amit Malviya": a few words may stand between.
            var pair = Enumerable.Range(Math.Max(1, m.Start - 6), Math.Max(0, m.Start - Math.Max(1, m.Start - 6))).Reverse().TakeWhile(j => tokens[j].IsWord)
                .Select(j => $"{tokens[j - 1].Lower} {tokens[j].Lower}").FirstOrDefault(lexicon.Echoes.Contains);
            if (pair is not null)
            {
                mentions[i] = m with { Mark = pair };
                continue;
            }
            var comma = TokenWindow.Before(m.Start, 7).LastOrDefault(j => tokens[j].Text == ",", -1);
            if (comma < 0 || comma + 1 >= m.Start || !lexicon.Parentheticals.Contains(tokens[comma + 1].Lower)) continue;
            // The insertion closes with a comma before the sentence goes on.
            var close = Enumerable.Range(m.End, Math.Max(0, Math.Min(tokens.Count, m.End + 6) - m.End)).FirstOrDefault(j => !tokens[j].IsWord, -1);
            if (close >= 0 && tokens[close].Text == "," && Enumerable.Range(comma + 2, m.Start - comma - 2).All(j => tokens[j].IsWord))
                mentions[i] = m with { Mark = tokens[comma + 1].Lower };
        }
    }
}
