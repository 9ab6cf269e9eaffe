using ActorGraph.Ingest;
using ActorGraph.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// A relation a text states, proposed for review: source and target actor ids, the sentence as evidence, a
/// confidence in (0, 1], and for <c>--explain</c> the cue that fired and how the actors were found.
/// </summary>
public sealed record ExtractedRelation(string Source, RelationType Relation, string Target, string Evidence, double Confidence, string Cue, string Explanation)
{
    /// <summary>
    /// The relation as the store keeps it: one per document and (type, source, target), so extracting the same
    /// article twice adds nothing; the evidence quotes the sentence and names the document.
    /// </summary>
    public Relation ToRelation(string documentId, string extractor) =>
        new(Source, Relation, Target, null, 1.0,
            new Evidence(SourceIds.Derive(Relation, Source, Target, null, documentId), null, Evidence, documentId, Confidence, extractor));
}
