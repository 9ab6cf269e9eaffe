using ActorGraph.Ingest;
using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>What the rules had to infer beyond the cue itself; each lowers the confidence by a fixed factor.</summary>
[Flags]
public enum Inference
{
    None = 0,
    /// <summary>Announced (<c>will antworten</c>), not reported as done.</summary>
    Intention = 1,
    /// <summary>The subject of the cue before (<c>antwortete und folgte ihm</c>).</summary>
    InheritedSubject = 2,
    /// <summary>A pronoun resolved to an actor of the previous sentence.</summary>
    PronounFromPreviousSentence = 4,
    /// <summary>No target in the sentence: the one who last addressed the source in this text.</summary>
    ImpliedTarget = 8,
    /// <summary>The declaration was named in an earlier sentence, or is the only one known.</summary>
    DocumentFromContext = 16,
    /// <summary>The source is the agent of a passive (<c>von</c>, <c>by</c>).</summary>
    Passive = 32,
}

/// <summary>Where words stand in the evidence: <see cref="Start"/> and <see cref="Length"/> in characters.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Words of the evidence as <c>--format json</c> and <c>POST /api/extract</c> report them.</summary>
/// <param name="Start">Offset in the evidence sentence.</param>
/// <param name="ArticleStart">Offset in the text that was read (a page's main text, not its HTML).</param>
public sealed record LocatedSpan(string Text, int Start, int Length, int ArticleStart);

/// <summary>
/// A relation a text states, proposed for review: source and target actor ids, the sentence as evidence, a
/// confidence in (0, 1], and for <c>--explain</c> the cue that fired and how the actors were found.
/// </summary>
/// <param name="Inferences">What was inferred rather than read; the confidence follows from it and the cue.</param>
public sealed record ExtractedRelation(string Source, RelationType Relation, string Target, string Evidence, double Confidence, string Cue, string Explanation,
    Inference Inferences = Inference.None)
{
    /// <summary>Where <see cref="Evidence"/> starts in the text that was read: the evidence is that text's substring.</summary>
    public int EvidenceStart { get; init; }

    /// <summary>The words in the evidence that name the source (a name, handle, role or pronoun); null when not in it.</summary>
    public TextSpan? SourceMention { get; init; }

    /// <summary>The words that name the target; null when the target was inferred from earlier text.</summary>
    public TextSpan? TargetMention { get; init; }

    /// <summary>The cue's words in the evidence, in order (one span per word: "fired … back" is two).</summary>
    public IReadOnlyList<TextSpan> CueWords { get; init; } = [];

    /// <summary>A span of the evidence as reported: its words, where in the evidence, and where in the text that was read.</summary>
    public LocatedSpan Locate(TextSpan span) => new(Evidence.Substring(span.Start, span.Length), span.Start, span.Length, EvidenceStart + span.Start);

    /// <inheritdoc cref="Locate(TextSpan)"/>
    public LocatedSpan? Locate(TextSpan? span) => span is { } s ? Locate(s) : null;

    /// <summary>
    /// The relation as the store keeps it: one per document and (type, source, target), so extracting the same
    /// article twice adds nothing; the evidence quotes the sentence and names the document.
    /// </summary>
    public Relation ToRelation(string documentId, string extractor) =>
        new(Source, Relation, Target, null, 1.0,
            new Evidence(SourceIds.Derive(Relation, Source, Target, null, documentId), null, Evidence, documentId, Confidence, extractor));
}
