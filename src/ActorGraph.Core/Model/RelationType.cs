namespace ActorGraph.Model;

/// <summary>The kinds of observed relationship. <see cref="CoSigned"/> is derived, never ingested.</summary>
public enum RelationType
{
    Tagged,
    RepliedTo,
    Follows,
    Liked,
    Retweeted,
    Quoted,
    Signed,
    MemberOf,
    CoSigned,
}

public static class RelationTypes
{
    /// <summary>The types a user may ingest (everything but derived ones).</summary>
    public static readonly IReadOnlyList<RelationType> Observed =
        [RelationType.Tagged, RelationType.RepliedTo, RelationType.Follows, RelationType.Liked,
         RelationType.Retweeted, RelationType.Quoted, RelationType.Signed, RelationType.MemberOf];

    private static readonly string[] Names =
        ["TAGGED", "REPLIED_TO", "FOLLOWS", "LIKED", "RETWEETED", "QUOTED", "SIGNED", "MEMBER_OF", "CO_SIGNED"];

    /// <summary>The upper-case name used in files, the API and Neo4j, e.g. <c>REPLIED_TO</c>.</summary>
    public static string ToName(this RelationType type) => Names[(int)type];

    /// <summary>Parses <c>REPLIED_TO</c>, <c>replied_to</c>, <c>replied-to</c> or <c>RepliedTo</c>.</summary>
    public static bool TryParse(string? text, out RelationType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = text.Trim().Replace('-', '_').Replace(' ', '_');
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Names[i].Replace("_", ""), key, StringComparison.OrdinalIgnoreCase))
            {
                type = (RelationType)i;
                return true;
            }
        }
        return false;
    }

    public static string AllNames => string.Join(", ", Observed.Select(t => t.ToName()));
}
