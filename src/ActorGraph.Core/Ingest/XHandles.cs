using System.Text.RegularExpressions;
using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// Turns X users into actor ids: <c>x:username</c> (lower case, as X usernames are case-insensitive) unless a
/// mapping file links the handle to an existing actor, e.g. <c>x:eskenja,saskia-esken</c>.
/// </summary>
/// <remarks>
/// Mapping file: CSV (or TSV) with the header <c>handle,actor</c>; a handle may be written <c>x:eskenja</c>,
/// <c>@eskenja</c> or <c>eskenja</c>. A mapped user yields no <see cref="Actor"/> element, so ingesting tweets never
/// overwrites the name and kind of an actor that was curated by hand.
/// </remarks>
public sealed partial class XHandles
{
    private readonly Dictionary<string, string> _map;

    private XHandles(Dictionary<string, string> map) => _map = map;

    public static XHandles None { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    public int Count => _map.Count;

    public static XHandles Load(Stream stream, string file)
    {
        using var table = CsvTable.Open(stream, file);
        var handle = table.RequiredColumn("handle");
        var actor = table.RequiredColumn("actor", "actor_id", "id");
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (table.MoveNext())
        {
            var name = Username(table.Required(handle, "handle"));
            if (!IsUsername(name)) throw table.Error("handle", $"an X handle (x:name, @name or name; letters, digits, _; at most 15), got '{name}'");
            if (!map.TryAdd(name, table.Required(actor, "actor"))) throw table.Error("handle", $"each handle once, '{name}' is mapped twice");
        }
        return new XHandles(map);
    }

    /// <summary>The actor id for a username: the mapped id, or <c>x:username</c>.</summary>
    public string ActorId(string username) => _map.TryGetValue(username, out var id) ? id : "x:" + username.ToLowerInvariant();

    /// <summary>The actor element for a user, or null when the user is mapped to an actor that exists elsewhere.</summary>
    public Actor? Actor(XUser user) =>
        _map.ContainsKey(user.Username) ? null
        : new Actor(ActorId(user.Username), string.IsNullOrWhiteSpace(user.Name) ? user.Username : user.Name)
        {
            Handles = new Dictionary<string, string> { ["x"] = user.Username },
        };

    public static string TweetUrl(string username, string tweetId) => $"https://x.com/{username}/status/{tweetId}";

    /// <summary>X usernames: 1–15 letters, digits or underscores.</summary>
    public static bool IsUsername(string text) => UsernamePattern().IsMatch(text);

    private static string Username(string handle)
    {
        handle = handle.Trim();
        if (handle.StartsWith("x:", StringComparison.OrdinalIgnoreCase)) return handle[2..];
        return handle.TrimStart('@');
    }

    [GeneratedRegex("^[A-Za-z0-9_]{1,15}$")]
    private static partial Regex UsernamePattern();
}

/// <summary>An X user object as the v2 API returns it (<c>id</c>, <c>username</c>, <c>name</c>), and the line it starts on.</summary>
public sealed record XUser(string Id, string Username, string? Name, long Line)
{
    /// <summary>Reads a user object; the reader stands on its <c>{</c>.</summary>
    internal static XUser Read(XJson json, string field)
    {
        var line = json.Line;
        string? id = null, username = null, name = null;
        while (json.NextProperty(out var property))
        {
            switch (property)
            {
                case "id": id = json.String($"{field}.id"); break;
                case "username": username = json.String($"{field}.username"); break;
                case "name": name = json.String($"{field}.name"); break;
                default: json.Skip(); break;
            }
        }
        if (string.IsNullOrEmpty(id)) throw new IngestException(json.File, line, $"{field}.id", "the user's id");
        if (username is null || !XHandles.IsUsername(username))
            throw new IngestException(json.File, line, $"{field}.username", $"an X username (letters, digits, _; at most 15), got '{username}'");
        return new XUser(id, username, name, line);
    }
}
