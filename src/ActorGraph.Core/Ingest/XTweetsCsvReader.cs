using System.Text.RegularExpressions;
using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// Reads the CSV that <c>twarc2 csv</c> (twarc-csv) writes from a collection: one tweet per row with the columns
/// <c>id</c>, <c>author_id</c>, <c>author.username</c>, <c>created_at</c>, <c>text</c>, <c>in_reply_to_user_id</c>,
/// <c>in_reply_to_username</c>, <c>referenced_tweets.replied_to.id</c>, <c>referenced_tweets.retweeted.id</c>,
/// <c>referenced_tweets.quoted.id</c>, <c>retweeted_user_id</c>, <c>retweeted_username</c>, <c>quoted_user_id</c>,
/// <c>quoted_username</c>, <c>entities.mentions</c> (a JSON list of <c>@handles</c>) and the <c>author.*</c> profile
/// columns. The relations are those of <see cref="XTweetsReader"/> for the same tweets; where the CSV drops something
/// the JSON had (a reply to a deleted tweet names its user by id only), the account is <c>x:id:ID</c>.
/// </summary>
public static partial class XTweetsCsvReader
{
    private static readonly (string Column, string Attribute)[] Profile =
    [
        ("author.description", "description"), ("author.location", "location"), ("author.created_at", "created_at"),
        ("author.verified", "verified"), ("author.verified_type", "verified_type"), ("author.protected", "protected"),
        ("author.public_metrics.followers_count", "followers_count"), ("author.public_metrics.following_count", "following_count"),
        ("author.public_metrics.tweet_count", "tweet_count"), ("author.public_metrics.listed_count", "listed_count"),
    ];

    /// <summary>Whether a seekable stream holds CSV rather than JSON (its first character is not <c>{</c> or <c>[</c>); the position is kept.</summary>
    public static bool IsCsv(Stream stream)
    {
        if (!stream.CanSeek) return false;
        var position = stream.Position;
        var head = new byte[4096];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = position;
        var text = head.AsSpan(0, length);
        if (text.StartsWith("\uFEFF"u8)) text = text[3..];
        text = text.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty || text[0] is (byte)'{' or (byte)'[') return false;
        var firstLine = text[..(text.IndexOf((byte)'\n') is var end and >= 0 ? end : text.Length)];
        return firstLine.IndexOfAny(",;\t"u8) >= 0 || text.IndexOf((byte)0) >= 0;
    }

    public static IEnumerable<SourcedElement> Read(Stream stream, string file, XHandles handles)
    {
        using var table = CsvTable.Open(stream, file);
        if (table.Column("id") < 0 || table.Column("author_id", "author.username") < 0)
            throw new IngestException(file, 1, null,
                "X tweets (API response pages, twarc2 flatten lines or a twarc2 CSV with the columns id, author_id, text, …); " +
                $"this looks like a CSV with other columns ({string.Join(", ", table.ColumnNames.Take(8))})");
        var columns = new Columns(table);
        var accounts = new XAccounts(handles);
        var found = new XTweetsReader.Tally();
        while (Next(table, out var unterminated))
        {
            XTweet? tweet = null;
            List<Relation>? relations = null;
            string? damage = null;
            if (unterminated is not null) damage = $"cut off ({unterminated.Field}: {unterminated.Expected})";
            else if (table.CellCount < table.ColumnNames.Count)
                damage = $"cut off (the row has {table.CellCount} of {table.ColumnNames.Count} columns)";
            else
            {
                try
                {
                    tweet = columns.Tweet(table);
                    relations = [];
                    XTweetsReader.Relations(tweet, accounts, found, relations);
                }
                catch (XJsonException e)
                {
                    damage = $"{e.Field}: {e.Expected}";
                }
            }
            foreach (var alias in accounts.TakeAliases()) yield return new SourcedElement(alias, file, table.Line);
            if (damage is not null)
            {
                found.Damaged(table.Line, damage);
                yield return new SourcedElement(new SkippedLine(damage), file, table.Line);
                continue;
            }
            found.Tweets++;
            if (tweet!.Author is { } author && accounts.Written(author) is { } actor) yield return new SourcedElement(actor, file, table.Line);
            foreach (var relation in relations!) yield return new SourcedElement(relation, file, table.Line);
        }
        if (found.Tweets == 0) throw new IngestException(file, 1, null, found.Instead());
        yield return new SourcedElement(new ReadCount(XTweetsReader.TweetsRead, found.Tweets), file, 0);
        yield return new SourcedElement(new ReadCount(XTweetsReader.AccountsUnknown, accounts.Unknown), file, 0);
        yield return new SourcedElement(new ReadCount(XTweetsReader.ReferencesUnavailable, found.Unavailable), file, 0);
    }

    /// <summary>
    /// Moves to the next row. A quoted cell that is never closed runs to the end of the file, so it is the last row,
    /// cut off: it comes back as <paramref name="unterminated"/> and reading ends after it.
    /// </summary>
    private static bool Next(CsvTable table, out IngestException? unterminated)
    {
        unterminated = null;
        try
        {
            return table.MoveNext();
        }
        catch (IngestException e) when (e.Expected.StartsWith("unterminated quoted field", StringComparison.Ordinal))
        {
            unterminated = e;
            return true;
        }
    }

    /// <summary>The column indexes of one file, and a row read as a tweet.</summary>
    private sealed class Columns(CsvTable table)
    {
        private readonly int _id = table.Column("id"), _authorId = table.Column("author_id", "author.id"), _username = table.Column("author.username"),
            _name = table.Column("author.name"), _created = table.Column("created_at"), _text = table.Column("text"),
            _replyUserId = table.Column("in_reply_to_user_id"), _replyUsername = table.Column("in_reply_to_username"),
            _repliedId = table.Column("referenced_tweets.replied_to.id"), _retweetedId = table.Column("referenced_tweets.retweeted.id"),
            _quotedId = table.Column("referenced_tweets.quoted.id"), _retweetedUserId = table.Column("retweeted_user_id"),
            _retweetedUsername = table.Column("retweeted_username"), _quotedUserId = table.Column("quoted_user_id"),
            _quotedUsername = table.Column("quoted_username"), _mentions = table.Column("entities.mentions");

        private readonly (int Index, string Attribute)[] _profile =
            [.. Profile.Select(p => (table.Column(p.Column), p.Attribute)).Where(p => p.Item1 >= 0)];

        public XTweet Tweet(CsvTable row)
        {
            var id = row.Text(_id) ?? throw new XJsonException("id", "the tweet's id, the cell is empty");
            var authorId = row.Text(_authorId);
            var username = Username(row.Text(_username), "author.username");
            XUser? author = null;
            if (username is not null && authorId is not null)
            {
                var name = row.Text(_name);
                var attributes = new Dictionary<string, string> { ["x_id"] = authorId };
                if (name is not null)
                    foreach (var (index, attribute) in _profile)
                        if (row.Text(index) is { } value)
                            attributes[attribute] = attribute.EndsWith("_count", StringComparison.Ordinal) ? XUser.Count(row.ColumnNames[index], value) : value;
                author = new XUser(authorId, username, name) { Attributes = attributes };
            }
            var created = row.Text(_created);
            DateTimeOffset? at = null;
            if (created is not null)
            {
                if (!Timestamps.TryParse(created, out var parsed))
                    throw new XJsonException("created_at", $"an ISO 8601 time like 2020-11-18T20:15:00.000Z, got '{created}'");
                at = parsed;
            }
            var replyUserId = row.Text(_replyUserId);
            var replyUser = Account(replyUserId, Username(row.Text(_replyUsername), "in_reply_to_username"));
            List<XReference> references = [];
            // twarc-csv names the author of a referenced tweet only when the tweet was in the collection.
            if (row.Text(_repliedId) is { } replied)
                references.Add(new XReference("replied_to", replied, replyUser is null ? null : Stub(replied, replyUser.Id, replyUser)));
            if (row.Text(_retweetedId) is { } retweeted)
                references.Add(Reference("retweeted", retweeted, row.Text(_retweetedUserId), Username(row.Text(_retweetedUsername), "retweeted_username")));
            if (row.Text(_quotedId) is { } quoted)
                references.Add(Reference("quoted", quoted, row.Text(_quotedUserId), Username(row.Text(_quotedUsername), "quoted_username")));
            var mentions = row.Text(_mentions) is { } list
                ? Handle().Matches(list).Select(m => new XMention(m.Groups[1].Value, null, null)).ToList()
                : [];
            return new XTweet(id, authorId, author, row.Text(_text), at, replyUserId, replyUser, references, mentions);
        }

        private static XReference Reference(string type, string id, string? userId, string? username) =>
            new(type, id, userId is null ? null : Stub(id, userId, Account(userId, username)));

        private static XTweet Stub(string id, string authorId, XUser? author) => new(id, authorId, author, null, null, null, null, [], []);

        private static XUser? Account(string? id, string? username) => id is null || username is null ? null : new XUser(id, username, null);

        private static string? Username(string? text, string field) =>
            text is null || XHandles.IsUsername(text) ? text : throw new XJsonException(field, $"an X username, got '{text}'");
    }

    [GeneratedRegex("@([A-Za-z0-9_]{1,15})")]
    private static partial Regex Handle();
}
