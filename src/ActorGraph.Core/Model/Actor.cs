namespace ActorGraph.Model;

/// <summary>A political actor: a person, party, organisation, state or outlet.</summary>
/// <param name="Id">Stable slug (<c>saskia-esken</c>) or platform handle (<c>x:eskenja</c>).</param>
public sealed record Actor(
    string Id,
    string Name,
    string Kind = ActorKinds.Person,
    string? Party = null,
    string? Country = null) : IGraphElement
{
    /// <summary>Platform → handle, e.g. <c>x</c> → <c>eskenja</c>.</summary>
    public IReadOnlyDictionary<string, string> Handles { get; init; } = Empty;

    /// <summary>Free attributes kept from the input (extra CSV columns).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = Empty;

    /// <summary>The actor an unknown id in a relation row becomes: named by its id, kind unknown.</summary>
    public static Actor Placeholder(string id) => new(id, id, ActorKinds.Unknown);

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}

public static class ActorKinds
{
    public const string Person = "person";
    public const string Party = "party";
    public const string Organisation = "organisation";
    public const string State = "state";
    public const string Media = "media";
    public const string Unknown = "unknown";
}
