using System.Text.Json;
using System.Text.RegularExpressions;
using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// Turns X users into actor ids: <c>x:username</c> (lower case, as X usernames are case-insensitive) unless a
/// mapping file links the handle to an existing actor, e.g. <c>x:eskenja,saskia-esken</c>. An account known only by
/// its numeric id (a withheld author) is <c>x:id:123</c>, unless the map names it (<c>x:id:123,saskia-esken</c>).
/// </summary>
/// <remarks>
/// Mapping file: CSV (or TSV) with the header <c>handle,actor</c>; a handle may be written <c>x:eskenja</c>,
/// <c>@eskenja</c> or <c>eskenja</c>, an account id <c>x:id:123</c> or <c>id:123</c>. A mapped user yields no
/// <see cref="Actor"/> element, so ingesting tweets never overwrites the name and kind of an actor that was curated by hand.
/// </remarks>
public sealed partial class XHandles
{
    private readonly Dictionary<string, string> _map;
    private readonly Dictionary<string, string> _ids;

    private XHandles(Dictionary<string, string> map, Dictionary<string, string> ids) => (_map, _ids) = (map, ids);

    /// <summary>No mapping; a new instance, as each ingest learns its own account names (<see cref="Learned"/>).</summary>
    public static XHandles Empty() => new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []);

    /// <summary>
    /// Usernames (and actor ids) of account ids the readers met in this ingest: one instance serves all files of an ingest, so an account
    /// included in one file names it where a later file has only its id (a withheld author).
    /// </summary>
    internal Dictionary<string, (string Username, string ActorId)> Learned { get; } = new(StringComparer.Ordinal);

    public int Count => _map.Count + _ids.Count;

    /// <summary>
    /// Records the username of an account id. The first time in an ingest it returns the alias from the id's actor
    /// (<c>x:id:123</c>) to the account's, so that a store names relations it holds under the id (an earlier file or
    /// ingest met the account withheld); a store ignores it when it holds no such actor.
    /// </summary>
    internal ActorAlias? Learn(string id, string username, out string actorId)
    {
        if (Learned.TryGetValue(id, out var known) && known.Username == username)
        {
            actorId = known.ActorId;
            return null;
        }
        actorId = ActorId(id, username);
        Learned[id] = (username, actorId);
        return new ActorAlias(UnknownAccountId(id), actorId);
    }

    /// <summary>The aliases the map itself gives: each mapped account id (<c>x:id:123,saskia-esken</c>) names its actor.</summary>
    internal IEnumerable<ActorAlias> MappedAliases() => _ids.Select(p => new ActorAlias(UnknownAccountId(p.Key), p.Value));

    public static XHandles Load(Stream stream, string file)
    {
        using var table = CsvTable.Open(stream, file);
        var handle = table.RequiredColumn("handle");
        var actor = table.RequiredColumn("actor", "actor_id", "id");
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        while (table.MoveNext())
        {
            var name = Username(table.Required(handle, "handle"));
            var target = table.Required(actor, "actor");
            if (name.StartsWith("id:", StringComparison.OrdinalIgnoreCase))
            {
                var id = name[3..];
                if (id.Length == 0 || !id.All(char.IsAsciiDigit)) throw table.Error("handle", $"an X account id (x:id:123), got '{name}'");
                if (!ids.TryAdd(id, target)) throw table.Error("handle", $"each handle once, 'x:id:{id}' is mapped twice");
                continue;
            }
            if (!IsUsername(name)) throw table.Error("handle", $"an X handle (x:name, @name or name; letters, digits, _; at most 15) or x:id:123, got '{name}'");
            if (!map.TryAdd(name, target)) throw table.Error("handle", $"each handle once, '{name}' is mapped twice");
        }
        return new XHandles(map, ids);
    }

    /// <summary>The actor id for a username: the mapped id, or <c>x:username</c>.</summary>
    public string ActorId(string username) => _map.TryGetValue(username, out var id) ? id : "x:" + username.ToLowerInvariant();

    /// <summary>The mapped actor for an account id, if the map names one.</summary>
    public string? MappedId(string userId) => _ids.GetValueOrDefault(userId);

    /// <summary>The actor id of an account known only by its numeric id.</summary>
    public static string UnknownAccountId(string userId) => "x:id:" + userId;

    /// <summary>The actor element for a user with a profile, or null when the user is mapped to an actor that exists elsewhere.</summary>
    public Actor? Actor(XUser user) =>
        _map.ContainsKey(user.Username) || _ids.ContainsKey(user.Id) ? null
        : new Actor(ActorId(user.Username), string.IsNullOrWhiteSpace(user.Name) ? user.Username : user.Name)
        {
            Handles = new Dictionary<string, string> { ["x"] = user.Username },
            Attributes = user.Attributes,
        };

    /// <summary>The actor id for an account: mapped by username or by id, else <c>x:username</c>.</summary>
    public string ActorId(string userId, string username) =>
        _map.TryGetValue(username, out var mapped) ? mapped : MappedId(userId) ?? ActorId(username);

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

/// <summary>
/// An X account: id, username, and, when the input has its profile (<c>name</c> present), the display name and the
/// profile fields kept as actor attributes: description, location, created_at, follower/following/tweet/listed
/// counts, verified, verified_type, protected.
/// </summary>
public sealed record XUser(string Id, string Username, string? Name)
{
    /// <summary>Profile fields as actor attributes, including <c>x_id</c>; empty when the input named the account only.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = NoAttributes;

    // Shared: an account named without its profile (most sightings in a collection) holds none.
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    public bool HasProfile => Name is not null;

    private static readonly string[] ProfileFields = ["description", "location", "created_at", "verified", "verified_type", "protected"];
    private static readonly string[] Metrics = ["followers_count", "following_count", "tweet_count", "listed_count"];

    /// <summary>Reads a user object (<c>includes.users[]</c>, a user list's <c>data[]</c>, a flattened <c>author</c>).</summary>
    internal static XUser Read(JsonElement user, string field)
    {
        var id = XJson.String(user, "id");
        var username = XJson.String(user, "username");
        if (string.IsNullOrEmpty(id)) throw new XJsonException($"{field}.id", "the user's id");
        if (username is null || !XHandles.IsUsername(username))
            throw new XJsonException($"{field}.username", $"an X username (letters, digits, _; at most 15), got '{username}'");
        var name = XJson.String(user, "name");
        var attributes = new Dictionary<string, string>(ProfileFields.Length + Metrics.Length + 1) { ["x_id"] = id };
        if (name is not null)
        {
            foreach (var key in ProfileFields)
                if (XJson.String(user, key) is { Length: > 0 } value) attributes[key] = value;
            if (user.TryGetProperty("public_metrics", out var metrics))
                foreach (var key in Metrics)
                    if (XJson.String(metrics, key) is { } value) attributes[key] = Count($"{field}.public_metrics.{key}", value);
        }
        return new XUser(id, username, name) { Attributes = attributes };
    }

    /// <summary>
    /// <see cref="Read"/> in one pass over a user object's bytes, without a document (an included user whose profile is
    /// new or changed: a tenth of the sightings in a collection, and reading them through a document was ~4% of an
    /// ingest's CPU). Null when the object is not as X writes it (a field twice, a bad username or count, damage): then
    /// <see cref="Read"/> reads it, with its messages.
    /// </summary>
    internal static XUser? TryRead(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        string? id = null, username = null, name = null;
        var fields = new string?[ProfileFields.Length];
        string?[]? metrics = null;
        // Each field read at most once: which of two a document takes is the document path's to decide.
        var seen = 0L;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = reader.ValueTextEquals("id"u8) ? 0 : reader.ValueTextEquals("username"u8) ? 1 : reader.ValueTextEquals("name"u8) ? 2
                    : reader.ValueTextEquals("public_metrics"u8) ? 3 : 4 + Field(ref reader, ProfileFieldNames);
                if (field == 4 + ProfileFieldNames.Length)
                {
                    XPage.Skip(ref reader);
                    continue;
                }
                if ((seen & (1L << field)) != 0) return null;
                seen |= 1L << field;
                switch (field)
                {
                    case 0: id = XPage.Scalar(ref reader); break;
                    case 1: username = XPage.Scalar(ref reader); break;
                    case 2: name = XPage.Scalar(ref reader); break;
                    case 3:
                        metrics = new string?[Metrics.Length];
                        reader.Read();
                        // Not an object: no counts, as in the document.
                        if (reader.TokenType != JsonTokenType.StartObject) reader.Skip();
                        else
                        {
                            var seenMetrics = 0;
                            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                            {
                                var metric = Field(ref reader, MetricNames);
                                if (metric == MetricNames.Length)
                                {
                                    XPage.Skip(ref reader);
                                    continue;
                                }
                                if ((seenMetrics & (1 << metric)) != 0) return null;
                                seenMetrics |= 1 << metric;
                                metrics[metric] = XPage.Scalar(ref reader);
                            }
                        }
                        break;
                    default: fields[field - 4] = XPage.Scalar(ref reader); break;
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read()) return null;
        }
        // InvalidOperationException: a string escaping half a UTF-16 pair, which Read names.
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
        if (string.IsNullOrEmpty(id) || username is null || !XHandles.IsUsername(username)) return null;
        var attributes = new Dictionary<string, string>(ProfileFields.Length + Metrics.Length + 1) { ["x_id"] = id };
        if (name is not null)
        {
            for (var i = 0; i < fields.Length; i++)
                if (fields[i] is { Length: > 0 } value) attributes[ProfileFields[i]] = value;
            for (var i = 0; metrics is not null && i < metrics.Length; i++)
            {
                if (metrics[i] is not { } value) continue;
                if (!IsCount(value)) return null;
                attributes[Metrics[i]] = value;
            }
        }
        return new XUser(id, username, name) { Attributes = attributes, Raw = XJson.Hash(json) };
    }

    private static readonly byte[][] ProfileFieldNames = [.. ProfileFields.Select(System.Text.Encoding.UTF8.GetBytes)];
    private static readonly byte[][] MetricNames = [.. Metrics.Select(System.Text.Encoding.UTF8.GetBytes)];

    /// <summary>Which of <paramref name="names"/> the property the reader is on is; their count when none.</summary>
    private static int Field(ref Utf8JsonReader reader, byte[][] names)
    {
        var i = 0;
        while (i < names.Length && !reader.ValueTextEquals(names[i])) i++;
        return i;
    }

    /// <summary>A count as X writes it (followers, tweets…): a whole number from 0.</summary>
    /// <exception cref="XJsonException">Anything else (abc, -1, 1.5, 1e400).</exception>
    internal static string Count(string field, string value) =>
        IsCount(value) ? value : throw new XJsonException(field, $"a whole number from 0, got '{value}'");

    private static bool IsCount(string value) =>
        long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>A hash of the JSON the profile was read from, to recognise it unchanged without reading it again.</summary>
    internal ulong? Raw { get; init; }
}
