using System.Text.Json;

namespace ActorGraph.Ingest;

/// <summary>
/// An API response page (or a stream line: <c>data</c> one tweet) read in one forward pass over its bytes, taking only
/// what the relations and profiles need (ids, authors, replies, references, mentions, text, time) and skipping the
/// rest (public_metrics, context_annotations, urls, …) without building a document: a collection spends most of its
/// reading time here. Anything this pass does not read exactly as <see cref="XTweet.Read"/> does — another shape
/// (flattened tweets, users, counts, empty pages), inline profiles, a value X does not write, damage — makes
/// <see cref="TryRead"/> return null, and the line is read through a <see cref="JsonDocument"/> with that path's
/// messages instead. Pure: nothing is learned until the page is applied, so either path may read any line.
/// </summary>
internal sealed class XPage
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 256 };

    public List<XTweet> Data { get; } = [];

    /// <summary><c>includes.tweets</c>, read like <see cref="Data"/>; authors are looked up when the page is applied.</summary>
    public List<XTweet> IncludedTweets { get; } = [];

    /// <summary><c>includes.users</c>, as where each is in the line: most come back unchanged page after page and are not read again.</summary>
    public IReadOnlyList<XPageUser> Users { get; private set; } = [];

    /// <summary>The included users while a page is read, one list per thread (two threads read pages): a page's users are
    /// copied out at their number, instead of into a list regrown page after page (a tenth of what reading allocated).</summary>
    [ThreadStatic] private static List<XPageUser>? t_users;

    /// <summary>The <c>errors</c> array's title and resource type of each error.</summary>
    public List<(string? Title, string? ResourceType)> Errors { get; } = [];

    /// <summary>The page in <paramref name="json"/> (one whole line, valid UTF-8), or null when the document path must read it.</summary>
    public static XPage? TryRead(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            var page = new XPage();
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !page.ReadRoot(ref reader, json)) return null;
            // Nothing may follow the value (the document path refuses it).
            return reader.Read() ? null : page;
        }
        // InvalidOperationException: a string escaping half a UTF-16 pair (\ud83d alone), which the document path names.
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private bool ReadRoot(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        bool data = false, includes = false, errors = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                if (data) return false;
                data = true;
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    if (ReadTweet(ref reader, first: true) is not { } tweet) return false;
                    Data.Add(tweet);
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        if (ReadTweet(ref reader, first: Data.Count == 0) is not { } tweet) return false;
                        Data.Add(tweet);
                    }
                    if (reader.TokenType != JsonTokenType.EndArray || Data.Count == 0) return false;
                }
                else return false;
            }
            else if (reader.ValueTextEquals("includes"u8))
            {
                if (includes) return false;
                includes = true;
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject) reader.Skip();
                else if (!ReadIncludes(ref reader, json)) return false;
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                if (errors) return false;
                errors = true;
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray) reader.Skip();
                else if (!ReadErrors(ref reader)) return false;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return data && reader.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>Reads <c>includes</c> up to its end object.</summary>
    private bool ReadIncludes(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        bool users = false, tweets = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isUsers = reader.ValueTextEquals("users"u8);
            var isTweets = !isUsers && reader.ValueTextEquals("tweets"u8);
            reader.Read();
            if (isUsers && reader.TokenType == JsonTokenType.StartArray)
            {
                if (users) return false;
                users = true;
                var read = t_users ??= [];
                read.Clear();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject) read.Add(ReadUser(ref reader, json));
                if (reader.TokenType != JsonTokenType.EndArray) return false;
                Users = [.. read];
            }
            else if (isTweets && reader.TokenType == JsonTokenType.StartArray)
            {
                if (tweets) return false;
                tweets = true;
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    if (ReadTweet(ref reader, first: false) is not { } tweet) return false;
                    IncludedTweets.Add(tweet);
                }
                if (reader.TokenType != JsonTokenType.EndArray) return false;
            }
            else if (isUsers || isTweets) return false;
            else reader.Skip();
        }
        return true;
    }

    private bool ReadErrors(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? title = null, type = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("title"u8)) title = Scalar(ref reader);
                else if (reader.ValueTextEquals("resource_type"u8)) type = Scalar(ref reader);
                else Skip(ref reader);
            }
            Errors.Add((title, type));
        }
        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>
    /// Where an included user object is in the line, its id, and the hash of its bytes (taken here, on the thread reading
    /// the line, to tell an unchanged profile when the page is applied).
    /// </summary>
    private static XPageUser ReadUser(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var start = (int)reader.TokenStartIndex;
        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8)) id = Scalar(ref reader);
            else Skip(ref reader);
        }
        var length = (int)reader.BytesConsumed - start;
        return new XPageUser(id, start, length, XJson.Hash(json.Slice(start, length)), XAccounts.Key(id));
    }

    /// <summary>A tweet object up to its end, or null when the document path must read it (see the class).</summary>
    private static XTweet? ReadTweet(ref Utf8JsonReader reader, bool first)
    {
        string? id = null, authorId = null, replyTo = null, text = null, noteText = null;
        bool hasId = false, looksLikeTweet = false, note = false, noteEntities = false;
        DateTimeOffset? at = null;
        List<XReference>? references = null;
        List<XMention>? mentions = null, noteMentions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8)) { id = Scalar(ref reader); hasId = true; }
            else if (reader.ValueTextEquals("author_id"u8)) { authorId = Scalar(ref reader); looksLikeTweet = true; }
            else if (reader.ValueTextEquals("text"u8)) { text = Scalar(ref reader); looksLikeTweet = true; }
            else if (reader.ValueTextEquals("in_reply_to_user_id"u8)) replyTo = Scalar(ref reader);
            else if (reader.ValueTextEquals("created_at"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    // The reader's ISO 8601 parser for what X writes; other forms (and their messages) are the document path's.
                    if (reader.ValueIsEscaped || !reader.ValueSpan.EndsWith("Z"u8) || !reader.TryGetDateTimeOffset(out var time)) return null;
                    at = time;
                }
                else
                {
                    at = null;
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("referenced_tweets"u8))
            {
                reader.Read();
                references = null;
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    references = [];
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        if (ReadReference(ref reader) is not { } reference) return null;
                        references.Add(reference);
                    }
                    if (reader.TokenType != JsonTokenType.EndArray) return null;
                }
                else reader.Skip();
            }
            else if (reader.ValueTextEquals("entities"u8))
            {
                if (!ReadEntities(ref reader, out mentions)) return null;
            }
            else if (reader.ValueTextEquals("note_tweet"u8))
            {
                // A long post carries its full text and entities beside the truncated ones (see XTweet.Read).
                reader.Read();
                note = reader.TokenType == JsonTokenType.StartObject;
                (noteText, noteEntities, noteMentions) = (null, false, null);
                if (!note) reader.Skip();
                else
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("text"u8)) noteText = Scalar(ref reader);
                        else if (reader.ValueTextEquals("entities"u8))
                        {
                            if (!ReadEntities(ref reader, out noteMentions)) return null;
                            noteEntities = true;
                        }
                        else Skip(ref reader);
                    }
            }
            else if (reader.ValueTextEquals("edit_history_tweet_ids"u8)) { looksLikeTweet = true; Skip(ref reader); }
            // Inline accounts (twarc2 flatten) are read by the document path, with the account's profile.
            else if (reader.ValueTextEquals("author"u8) || reader.ValueTextEquals("in_reply_to_user"u8)) return null;
            else Skip(ref reader);
        }
        if (string.IsNullOrEmpty(id) || first && !(hasId && looksLikeTweet)) return null;
        return new XTweet(id, authorId, null, (note ? noteText : null) ?? text, at, replyTo, null,
            (IReadOnlyList<XReference>?)references ?? [], (note && noteEntities ? noteMentions : mentions) ?? (IReadOnlyList<XMention>)[]);
    }

    private static XReference? ReadReference(ref Utf8JsonReader reader)
    {
        string? type = null, id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.TokenType != JsonTokenType.String ? null
                    : reader.ValueTextEquals("replied_to"u8) ? "replied_to"
                    : reader.ValueTextEquals("retweeted"u8) ? "retweeted"
                    : reader.ValueTextEquals("quoted"u8) ? "quoted"
                    : null;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("id"u8)) id = Scalar(ref reader);
            // A referenced tweet merged in (twarc2 flatten) is read by the document path.
            else if (reader.ValueTextEquals("tweet"u8) || reader.ValueTextEquals("author_id"u8) || reader.ValueTextEquals("text"u8)) return null;
            else Skip(ref reader);
        }
        return type is null || string.IsNullOrEmpty(id) ? null : new XReference(type, id, null);
    }

    /// <summary>Reads an <c>entities</c> value: the mentions when it is an object with a <c>mentions</c> array (else none).</summary>
    private static bool ReadEntities(ref Utf8JsonReader reader, out List<XMention>? mentions)
    {
        mentions = null;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return true;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("mentions"u8))
            {
                Skip(ref reader);
                continue;
            }
            reader.Read();
            mentions = null;
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }
            mentions = [];
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? username = null, id = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("username"u8)) username = Scalar(ref reader);
                    else if (reader.ValueTextEquals("id"u8)) id = Scalar(ref reader);
                    // A mention with the user's profile merged in (twarc2 flatten) is read by the document path.
                    else if (reader.ValueTextEquals("name"u8)) return false;
                    else Skip(ref reader);
                }
                if (username is null || !XHandles.IsUsername(username)) return false;
                mentions.Add(new XMention(username, id, null));
            }
            if (reader.TokenType != JsonTokenType.EndArray) return false;
        }
        return true;
    }

    /// <summary>The next value as <see cref="XJson.String"/> takes it: a string, a number's text, true/false; else null (and skipped).</summary>
    internal static string? Scalar(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>Skips the value of the property the reader is on.</summary>
    internal static void Skip(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }
}

/// <summary>An included user as it stands in the page's bytes: <see cref="Start"/> and <see cref="Length"/> of its object,
/// <see cref="XJson.Hash(ReadOnlySpan{byte})"/> of those bytes, and its id's <see cref="XAccounts.Key"/> (all taken on the
/// thread reading the line).</summary>
internal readonly record struct XPageUser(string? Id, int Start, int Length, ulong Raw, ulong Key);
