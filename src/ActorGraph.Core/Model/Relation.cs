namespace ActorGraph.Model;

/// <summary>One observed relationship: two replies are two relations.</summary>
/// <param name="Source">Actor id.</param>
/// <param name="Target">Actor id, or a document id for <see cref="RelationType.Signed"/>.</param>
/// <param name="At">When it happened; a date-only value is stored at midnight UTC.</param>
public sealed record Relation(
    string Source,
    RelationType Type,
    string Target,
    DateTimeOffset? At,
    double Weight,
    Evidence Evidence) : IGraphElement;
