using System.Text.Json;
using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// A tweet with what is known of the accounts and tweets it refers to, whichever shape it came in (an API page with
/// <c>includes</c>, a flattened tweet with everything inline, a twarc2 CSV row). A missing account or tweet is null:
/// withheld, suspended, deleted or not expanded.
/// </summary>
internal sealed record XTweet(
    string Id, string? AuthorId, XUser? Author, string? Text, DateTimeOffset? At,
    string? InReplyToUserId, XUser? InReplyToUser, IReadOnlyList<XReference> References, IReadOnlyList<XMention> Mentions)
{
    public XReference? Reference(string type)
    {
        // By index: a foreach over the interface would box an enumerator per call (three per tweet).
        for (var i = 0; i < References.Count; i++)
            if (References[i].Type == type) return References[i];
        return null;
    }

    /// <summary>
    /// Reads a tweet object. Accounts and tweets that are inline (twarc2 flatten: <c>author</c>, <c>in_reply_to_user</c>,
    /// mention details, referenced tweets merged into <c>referenced_tweets[]</c> or under <c>.tweet</c>) are taken from
    /// there, else from the page's includes through <paramref name="users"/> and <paramref name="tweets"/>.
    /// </summary>
    public static XTweet Read(JsonElement tweet, Func<string, XUser?> users, Func<string, XTweet?> tweets, string field = "data",
        Func<JsonElement, string, XUser>? profile = null)
    {
        profile ??= XUser.Read;
        var id = XJson.String(tweet, "id");
        if (string.IsNullOrEmpty(id)) throw new XJsonException($"{field}.id", "the tweet's id");
        var authorId = XJson.String(tweet, "author_id");
        var author = Inline(tweet, "author", profile) ?? (authorId is null ? null : users(authorId));
        authorId ??= author?.Id;
        var replyTo = XJson.String(tweet, "in_reply_to_user_id");
        var replyUser = Inline(tweet, "in_reply_to_user", profile) ?? (replyTo is null ? null : users(replyTo));

        // A long post (note tweet) carries its full text and entities beside the truncated ones.
        var note = tweet.TryGetProperty("note_tweet", out var n) && n.ValueKind == JsonValueKind.Object ? n : default;
        var text = XJson.String(note, "text") ?? XJson.String(tweet, "text");
        var entities = note.ValueKind == JsonValueKind.Object && note.TryGetProperty("entities", out var ne) ? ne
            : tweet.TryGetProperty("entities", out var te) ? te : default;

        DateTimeOffset? at = null;
        if (tweet.TryGetProperty("created_at", out var created) && created.ValueKind == JsonValueKind.String)
        {
            // The reader's own ISO 8601 parser is the fast path for what X writes; Timestamps decides the rest.
            if (System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(created).EndsWith("Z\""u8) && created.TryGetDateTimeOffset(out var fast)) at = fast;
            else if (Timestamps.TryParse(XJson.Text(created, $"{field}.created_at"), out var parsed)) at = parsed;
            else throw new XJsonException($"{field}.created_at", $"an ISO 8601 time like 2020-11-18T20:15:00.000Z, got '{created.GetString()}'");
        }
        return new XTweet(id, authorId, author, text, at, replyTo, replyUser,
            ReadReferences(tweet, users, tweets, field, profile), ReadMentions(entities, field));
    }

    /// <summary>
    /// This tweet as <see cref="XPage"/> read it (ids only) with its author, the user replied to and the referenced
    /// tweets looked up as <see cref="Read"/> looks them up.
    /// </summary>
    public XTweet WithIncludes(Func<string, XUser?> users, Func<string, XTweet?> tweets)
    {
        var references = References;
        if (references.Count > 0)
        {
            var found = new XReference[references.Count];
            for (var i = 0; i < found.Length; i++) found[i] = references[i] with { Tweet = tweets(references[i].Id) };
            references = found;
        }
        return this with
        {
            Author = AuthorId is null ? null : users(AuthorId),
            InReplyToUser = InReplyToUserId is null ? null : users(InReplyToUserId),
            References = references,
        };
    }

    /// <summary>The account in a flattened tweet's <paramref name="property"/>, or null when absent or <c>{}</c> (withheld, deleted).</summary>
    private static XUser? Inline(JsonElement tweet, string property, Func<JsonElement, string, XUser> profile) =>
        tweet.TryGetProperty(property, out var user) && XJson.Has(user, "username") ? profile(user, property) : null;

    private static List<XReference> ReadReferences(JsonElement tweet, Func<string, XUser?> users, Func<string, XTweet?> tweets, string field,
        Func<JsonElement, string, XUser> profile)
    {
        var references = new List<XReference>();
        if (!tweet.TryGetProperty("referenced_tweets", out var array) || array.ValueKind != JsonValueKind.Array) return references;
        foreach (var reference in array.EnumerateArray())
        {
            var type = XJson.String(reference, "type");
            var id = XJson.String(reference, "id");
            if (type is not ("replied_to" or "retweeted" or "quoted"))
                throw new XJsonException($"{field}.referenced_tweets.type", $"replied_to, retweeted or quoted, got '{type}'");
            if (string.IsNullOrEmpty(id)) throw new XJsonException($"{field}.referenced_tweets.id", "the referenced tweet's id");
            // twarc2 flatten merges the referenced tweet into the reference; a deleted one stays {type, id}.
            var inline = reference.TryGetProperty("tweet", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested
                : reference.TryGetProperty("author_id", out _) || reference.TryGetProperty("text", out _) ? reference
                : default;
            var referenced = inline.ValueKind == JsonValueKind.Object
                ? Read(inline, users, tweets, $"{field}.referenced_tweets", profile)
                : tweets(id);
            references.Add(new XReference(type, id, referenced));
        }
        return references;
    }

    private static List<XMention> ReadMentions(JsonElement entities, string field)
    {
        var mentions = new List<XMention>();
        if (entities.ValueKind != JsonValueKind.Object || !entities.TryGetProperty("mentions", out var array) || array.ValueKind != JsonValueKind.Array)
            return mentions;
        foreach (var mention in array.EnumerateArray())
        {
            var username = XJson.String(mention, "username");
            if (username is null || !XHandles.IsUsername(username))
                throw new XJsonException($"{field}.entities.mentions.username", $"an X username, got '{username}'");
            // Flattened mentions carry the mentioned user's profile merged in.
            var profile = mention.TryGetProperty("name", out _) ? XUser.Read(mention, $"{field}.entities.mentions") : null;
            mentions.Add(new XMention(username, XJson.String(mention, "id"), profile));
        }
        return mentions;
    }
}

/// <param name="Tweet">The referenced tweet, or null when it is not in the data (deleted, protected, not expanded).</param>
internal sealed record XReference(string Type, string Id, XTweet? Tweet);

/// <param name="Profile">The mentioned user's profile when the input carries it inline (flattened).</param>
internal readonly record struct XMention(string Username, string? Id, XUser? Profile);

/// <summary>A JSON value that is not what X writes: becomes an <see cref="IngestException"/> with the file and line.</summary>
internal sealed class XJsonException(string field, string expected) : Exception($"{field}: {expected}")
{
    public string Field { get; } = field;
    public string Expected { get; } = expected;
}

/// <summary>Small accessors over <see cref="JsonElement"/> for the X readers.</summary>
internal static class XJson
{
    /// <summary>A string property; numbers are taken as their text (ids written as numbers by older tools); else null.</summary>
    public static string? String(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => Text(value, name),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    /// <summary>A string value; an escaped UTF-16 surrogate without its pair (<c>\ud83d</c> alone, from a cut emoji) is
    /// valid JSON but no text, and would otherwise fail where the value is read.</summary>
    public static string Text(JsonElement value, string field)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new XJsonException(field, "text, got an escaped UTF-16 surrogate without its pair (\\uD800-\\uDFFF alone)");
        }
    }

    /// <summary>A hash of a value's JSON text as written, to recognise a value seen before without reading it.</summary>
    public static ulong Hash(JsonElement element) => Hash(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element));

    public static ulong Hash(ReadOnlySpan<byte> json) => System.IO.Hashing.XxHash3.HashToUInt64(json);

    public static bool Has(JsonElement element, string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);
}
