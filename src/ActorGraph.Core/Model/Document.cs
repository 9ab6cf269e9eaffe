namespace ActorGraph.Model;

/// <summary>A source or object of relations: a declaration, an article, a tweet.</summary>
public sealed record Document(
    string Id,
    string Title,
    string Kind = DocumentKinds.Declaration,
    string? Url = null,
    DateOnly? Date = null,
    string? Outlet = null) : IGraphElement;

public static class DocumentKinds
{
    public const string Declaration = "declaration";
    public const string Article = "article";
    public const string Post = "post";
}
