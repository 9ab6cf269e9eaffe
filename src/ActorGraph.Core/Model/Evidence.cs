namespace ActorGraph.Model;

/// <summary>Where an observation comes from, so every edge can be cited.</summary>
/// <param name="SourceId">Unique id of the observation (tweet id, or a hash of document and sentence).</param>
/// <param name="Confidence">1.0 for platform data, lower for text extraction.</param>
public sealed record Evidence(
    string SourceId,
    string? Url = null,
    string? Quote = null,
    string? DocumentId = null,
    double Confidence = 1.0,
    string? Extractor = null);
