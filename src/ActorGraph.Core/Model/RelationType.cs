namespace ActorGraph.Model;

/// <summary>The kinds of observed relationship. <see cref="CoSigned"/> and <see cref="CoActed"/> are derived, never ingested.</summary>
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
    /// <summary>Two actors who made the same kind of relation to the same item within seconds, again and again
    /// (see <c>Analysis/CoActed</c>).</summary>
    CoActed,
}

public static class RelationTypes
{
    /// <summary>The types a user may ingest (everything but derived ones).</summary>
    public static readonly IReadOnlyList<RelationType> Observed =
        [RelationType.Tagged, RelationType.RepliedTo, RelationType.Follows, RelationType.Liked,
         RelationType.Retweeted, RelationType.Quoted, RelationType.Signed, RelationType.MemberOf];

    private static readonly string[] Names =
        ["TAGGED", "REPLIED_TO", "FOLLOWS", "LIKED", "RETWEETED", "QUOTED", "SIGNED", "MEMBER_OF", "CO_SIGNED", "CO_ACTED"];

    /// <summary>The upper-case name used in files, the API and Neo4j, e.g. <c>REPLIED_TO</c>.</summary>
    public static string ToName(this RelationType type) => Names[(int)type];

    /// <summary>Parses <c>REPLIED_TO</c>, <c>replied_to</c>, <c>replied-to</c> or <c>RepliedTo</c>.</summary>
    public static bool TryParse(string? text, out RelationType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        // The upper-case name itself, as files written by ActorGraph hold it: found without building variants.
        var exact = Array.IndexOf(Names, text);
        if (exact >= 0)
        {
            type = (RelationType)exact;
            return true;
        }
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

    /// <summary>Computed from observed relations at analysis time, never stored.</summary>
    public static bool IsDerived(this RelationType type) => type is RelationType.CoSigned or RelationType.CoActed;

    public static string AllNames => string.Join(", ", Observed.Select(t => t.ToName()));
}
