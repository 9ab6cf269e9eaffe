using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>Options a reader may use; each ignores what does not apply to it.</summary>
/// <param name="Relation">The relation type for edge rows that name none.</param>
/// <param name="Handles">X handle → actor id mapping for the x-* formats.</param>
/// <param name="User">x-following: whose list it is; x-likes: the liked tweet's author.</param>
/// <param name="Tweet">x-likes: the liked tweet's id.</param>
public sealed record ReaderOptions(RelationType? Relation = null, XHandles? Handles = null, string? User = null, string? Tweet = null);

/// <summary>An input format: its name on the CLI (<c>ingest edges</c>) and the API (<c>POST /api/ingest/edges</c>), and its reader.</summary>
public sealed record IngestFormat(string Name, string Description, Func<Stream, string, ReaderOptions, IEnumerable<SourcedElement>> Read);

public static class IngestFormats
{
    public static readonly IReadOnlyList<IngestFormat> All =
    [
        new("edges", "relations CSV: source,target[,relation,weight,at,source_id,url,quote,document,confidence] (Gephi edge tables too)",
            (stream, file, options) => EdgesCsvReader.Read(stream, file, options.Relation)),
        new("actors", "actors CSV: id,name,kind,party,country[,handles,...] (Gephi node tables too)",
            (stream, file, _) => ActorsCsvReader.Read(stream, file)),
        new("documents", "documents CSV: id,title,kind,url,date,outlet",
            (stream, file, _) => DocumentsCsvReader.Read(stream, file)),
        new("signatories", "signatories CSV: actor,document[,at,url,quote] -> SIGNED relations",
            (stream, file, _) => SignatoriesCsvReader.Read(stream, file)),
        new("x-tweets", "X API v2 tweets (one response or JSON lines): mentions -> TAGGED, replies, retweets, quotes",
            (stream, file, options) => XTweetsReader.Read(stream, file, options.Handles)),
        new("x-following", "X API v2 following list of --user (or a file NAME.following.json) -> FOLLOWS",
            (stream, file, options) => XUserListReader.ReadFollowing(stream, file, options.Handles, options.User)),
        new("x-likes", "X API v2 liking users of --tweet by --user (or a file AUTHOR.ID.liking_users.json) -> LIKED",
            (stream, file, options) => XUserListReader.ReadLikingUsers(stream, file, options.Handles, options.User, options.Tweet)),
    ];

    public static IngestFormat Find(string name) =>
        All.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new BadInputException($"Unknown input format '{name}': expected one of {string.Join(", ", All.Select(f => f.Name))}.");
}
