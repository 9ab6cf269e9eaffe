using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// A picture or video someone put online of an actor: "Baker posted a photo of Collins", "tweeted an old picture of Gayford",
/// "teilte Sellner ein Foto, das den jungen Strache zeigt", "verbreitete die ÖVP ein Bild von Tomaselli". A post about someone
/// names them (TAGGED), as a platform shows a picture's people. Not who stands with the poster in it ("a selfie with
/// Baerbock": company), nor a picture that is someone else's ("a photo by Collins", "Collins's photo"): sharing that is a repost.
/// </summary>
public sealed partial class RuleExtractor
{
    private static readonly Cue PictureCue = new(RelationType.Tagged, "a picture posted, of", [], 0.7, false, false, false, false, false);

    private IEnumerable<ExtractedRelation> PicturesPosted(Parsed s, Discourse discourse)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        for (var verb = 0; verb < tokens.Count; verb++)
        {
            if (tokens[verb].Quoted || !lexicon.PictureVerbs.Contains(tokens[verb].Lower) || PictureNounAfter(tokens, verb, lexicon) is not (>= 0 and var noun)) continue;
            var hit = new Hit(PictureCue, [verb]);
            var parsed = s with { Hits = [.. s.Hits.Where(h => h.Last < verb), hit] };
            if (Negated(parsed, parsed.Hits.Count - 1, out var intention) || intention) continue;
            if (InRelativeVerb(tokens, verb, lexicon)) continue;
            // "Slater, who runs the blog Whale Oil, tweeted …": who stands in a relative clause posted nothing.
            var outside = s.Mentions.Where(m => !InRelativeClause(tokens, m.Start, lexicon)).ToList();
            var shown = Shown(s, noun);
            if (shown is null || AttributingSubject(s.Sentence, outside, verb, lexicon) is not { } subject || lexicon.SubjectNearVerb && subject.Start > verb
                || Resolve(subject, s.Mentions, discourse.Previous, -1) is not { } source) continue;
            foreach (var m in shown)
                if (Resolve(m, s.Mentions, discourse.Previous, source.Actor) is { } target && target.Actor != source.Actor)
                    yield return Row(s, hit, source, target, source.How | target.How, source.Note, target.Note, $"shown in the {tokens[noun].Text} {actors.Actors[source.Actor].Name} posted");
        }
    }

    /// <summary>
    /// "an account that posted an image of …", "der Account, der ein Bild teilte": the verb of a relative clause, whose subject
    /// is the noun before it, no actor the clause names. English "that" right before a verb is such a relative pronoun (as a
    /// conjunction a subject would follow it).
    /// </summary>
    private static bool InRelativeVerb(IReadOnlyList<Token> tokens, int verb, CueLexicon lexicon)
    {
        if (lexicon.SubjectNearVerb && verb > 0 && (lexicon.Relatives.Contains(tokens[verb - 1].Lower) || tokens[verb - 1].Lower == "that")) return true;
        var comma = Enumerable.Range(0, verb).LastOrDefault(j => tokens[j].Text == ",", -1);
        return comma >= 0 && comma + 1 < verb && (lexicon.Relatives.Contains(tokens[comma + 1].Lower)
            || comma + 2 < verb && lexicon.Prepositions.Contains(tokens[comma + 1].Lower) && lexicon.Relatives.Contains(tokens[comma + 2].Lower));
    }

    /// <summary>The picture noun a few words after the verb, in its clause ("posted an old picture", "teilte Sellner ein Foto"), or -1.</summary>
    private static int PictureNounAfter(IReadOnlyList<Token> tokens, int verb, CueLexicon lexicon)
    {
        for (var j = verb + 1; j < tokens.Count && j <= verb + 6 && tokens[j].IsWord && !tokens[j].Quoted; j++)
            if (lexicon.IsPictureNoun(tokens[j].Lower)) return j;
        return -1;
    }

    /// <summary>
    /// The actors the picture at <paramref name="noun"/> shows: those named in its phrase and in a relative clause about it
    /// ("a photo of Collins", "ein Foto, das ihn mit Berger zeigt"), up to the clause's end; null when the picture is someone
    /// else's (an author after "by"/"from", an owner before a post, "Collins's photo").
    /// </summary>
    private List<Mention>? Shown(Parsed s, int noun)
    {
        var (tokens, lexicon) = (s.Tokens, s.Lexicon);
        if (s.Mentions.Any(m => m.End == noun && !m.IsPronoun && m.Mark is "'s" or "genitive")) return null;
        // "shared a picture of Corbyn with a sign …, posted by SAVE Our Country": someone else put it online first.
        if (Enumerable.Range(noun + 1, Math.Max(0, tokens.Count - noun - 2)).Any(j => (lexicon.PictureVerbs.Contains(tokens[j].Lower) || lexicon.PostingVerbs.Contains(tokens[j].Lower))
            && lexicon.PostAuthors.Contains(tokens[j + 1].Lower))) return null;
        var end = noun + 1;
        for (; end < tokens.Count && end - noun <= 25; end++)
        {
            var t = tokens[end];
            if (t.Quoted || t.Text is "." or ";" or ":" or "!" or "?" or "(" or "-" or "–" or "—" || IsQuotationMark(t.Text)) break;
            // "ein Foto, das …", "a picture, which …": a relative clause says what it shows; another comma ends the phrase.
            if (t.Text == "," && !(end == noun + 1 && end + 1 < tokens.Count && lexicon.Relatives.Contains(tokens[end + 1].Lower))) break;
            // "posted a photo of Collins and wrote …": a conjunction before a verb of saying or posting starts another clause.
            if (lexicon.Conjunctions.Contains(t.Lower) && end + 1 < tokens.Count && (lexicon.SayingVerbs.Contains(tokens[end + 1].Lower) || lexicon.PostingVerbs.Contains(tokens[end + 1].Lower)
                || lexicon.PictureVerbs.Contains(tokens[end + 1].Lower))) break;
        }
        // Places, outlets and platforms are where a picture was taken or shown ("on KAMC TV", "on Facebook"), no one in it.
        var inPhrase = s.Mentions.Where(m => m.Start > noun && m.End <= end && !m.IsPronoun && !IsDocument(m)
            && actors.Actors[m.Actor].Kind is not (ActorKinds.State or ActorKinds.Media) && !lexicon.Platforms.Contains(actors.Actors[m.Actor].Name.ToLowerInvariant())).ToList();
        // "a photo by Collins", "a screenshot of Collins's tweet": the picture or the post it copies is another's.
        if (inPhrase.Any(m => m.Mark is { } mark && lexicon.PostAuthors.Contains(mark) && lexicon.SubjectNearVerb
            || m.Mark == "'s" && m.End < tokens.Count && (lexicon.IsPostNounAt(tokens, m.End) || lexicon.IsPictureNoun(tokens[m.End].Lower)))) return null;
        // "purporting to show Cruz's like": an owner is not shown, what is theirs is. "a selfie with Baerbock", "a photograph of
        // himself with Modi": who stands with the poster is company; the picture is about the poster, not them.
        return inPhrase.Where(m => m.Mark != "'s" && !Enumerable.Range(noun + 1, m.Start - noun - 1).Any(j => lexicon.PictureCompany.Contains(tokens[j].Lower))).ToList();
    }
}
