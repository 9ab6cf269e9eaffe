using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// Reads tweets as the X API v2 returns them (<c>GET /2/tweets</c>, <c>/2/tweets/search/*</c>, timelines): a file holds
/// one response object or JSON lines with one response per line (twarc2's output). Each response's <c>data</c>
/// (an array, or one tweet) is read with its <c>includes.users</c> and <c>includes.tweets</c>; request the expansions
/// <c>author_id,entities.mentions.username,in_reply_to_user_id,referenced_tweets.id,referenced_tweets.id.author_id</c>
/// and the tweet fields <c>created_at,entities,referenced_tweets,in_reply_to_user_id</c>.
/// </summary>
/// <remarks>
/// Relations per tweet, all from its author, with the tweet id as source id, the tweet URL, its text and
/// <c>created_at</c>, confidence 1.0, extractor <c>x-api-v2</c>:
/// <list type="bullet">
/// <item>REPLIED_TO the user in <c>in_reply_to_user_id</c> (else the author of the <c>replied_to</c> tweet);</item>
/// <item>RETWEETED / QUOTED the author of the <c>retweeted</c> / <c>quoted</c> tweet;</item>
/// <item>TAGGED each user in <c>entities.mentions</c>, except the user replied to (X writes that @handle itself) and
/// except in retweets (their mentions are the original author's).</item>
/// </list>
/// Relations of a user to themselves (threads) are left out. Users from <c>includes.users</c> become actors
/// (see <see cref="XHandles"/>). Memory grows with one response (at most 500 tweets from the API), never with the file.
/// </remarks>
public static class XTweetsReader
{
    public const string Extractor = "x-api-v2";

    public static IEnumerable<SourcedElement> Read(Stream stream, string file, XHandles? handles = null)
    {
        handles ??= XHandles.None;
        using var json = XJson.Open(stream, file);
        var any = false;
        while (json.NextDocument())
        {
            any = true;
            var response = Response.Read(json);
            foreach (var user in response.Users.Values)
                if (handles.Actor(user) is { } actor) yield return new SourcedElement(actor, file, user.Line);
            foreach (var tweet in response.Data)
                foreach (var relation in Relations(tweet, response, handles, file))
                    yield return new SourcedElement(relation, file, tweet.Line);
        }
        if (!any) throw new IngestException(file, 1, null, "an X API v2 response (a JSON object with 'data'), the file is empty");
    }

    private static IEnumerable<Relation> Relations(Tweet tweet, Response response, XHandles handles, string file)
    {
        var author = response.User(tweet.AuthorId, tweet, "author_id", "the author in includes.users (expansions=author_id)", file);
        var source = handles.ActorId(author.Username);
        var evidence = new Evidence(tweet.Id, XHandles.TweetUrl(author.Username, tweet.Id), tweet.Text, null, 1.0, Extractor);
        Relation To(RelationType type, string username) => new(source, type, handles.ActorId(username), tweet.At, 1.0, evidence);

        string? repliedTo = null;
        if (tweet.InReplyToUserId is { } replyUser)
        {
            repliedTo = response.Users.TryGetValue(replyUser, out var user) ? user.Username
                : tweet.Mentions.FirstOrDefault(m => m.Id == replyUser).Username
                ?? throw new IngestException(file, tweet.Line, "in_reply_to_user_id", "the user replied to in includes.users (expansions=in_reply_to_user_id)");
        }
        else if (tweet.Reference("replied_to") is { } repliedTweet)
        {
            repliedTo = response.ReferencedAuthor(repliedTweet, tweet, "replied_to", file).Username;
        }
        if (repliedTo is not null && !Same(repliedTo, author)) yield return To(RelationType.RepliedTo, repliedTo);

        var retweet = tweet.Reference("retweeted");
        if (retweet is not null)
        {
            // A retweet whose original is not included still names its author: X writes "RT @name:" and lists the mention.
            var original = response.Tweets.ContainsKey(retweet) || tweet.Mentions.Count == 0
                ? response.ReferencedAuthor(retweet, tweet, "retweeted", file).Username
                : tweet.Mentions[0].Username;
            if (!Same(original, author)) yield return To(RelationType.Retweeted, original);
        }
        if (tweet.Reference("quoted") is { } quoted)
        {
            var quotedAuthor = response.ReferencedAuthor(quoted, tweet, "quoted", file).Username;
            if (!Same(quotedAuthor, author)) yield return To(RelationType.Quoted, quotedAuthor);
        }
        if (retweet is not null) yield break;

        var tagged = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { author.Username };
        if (repliedTo is not null) tagged.Add(repliedTo);
        foreach (var mention in tweet.Mentions)
            if (tagged.Add(mention.Username)) yield return To(RelationType.Tagged, mention.Username);
    }

    private static bool Same(string username, XUser user) => string.Equals(username, user.Username, StringComparison.OrdinalIgnoreCase);

    private readonly record struct Mention(string Username, string? Id);

    private sealed record Tweet(
        string Id, string? Text, string? AuthorId, DateTimeOffset? At, string? InReplyToUserId,
        IReadOnlyList<(string Type, string Id)> References, IReadOnlyList<Mention> Mentions, long Line)
    {
        public string? Reference(string type) => References.FirstOrDefault(r => r.Type == type).Id;

        public static Tweet Read(XJson json, string field)
        {
            var line = json.Line;
            string? id = null, text = null, authorId = null, replyTo = null, created = null;
            var references = new List<(string, string)>();
            var mentions = new List<Mention>();
            while (json.NextProperty(out var property))
            {
                switch (property)
                {
                    case "id": id = json.String($"{field}.id"); break;
                    case "text": text = json.String($"{field}.text"); break;
                    case "author_id": authorId = json.String($"{field}.author_id"); break;
                    case "in_reply_to_user_id": replyTo = json.String($"{field}.in_reply_to_user_id"); break;
                    case "created_at": created = json.String($"{field}.created_at"); break;
                    case "referenced_tweets": ReadReferences(json, $"{field}.referenced_tweets", references); break;
                    case "entities": ReadMentions(json, $"{field}.entities", mentions); break;
                    default: json.Skip(); break;
                }
            }
            if (string.IsNullOrEmpty(id)) throw new IngestException(json.File, line, $"{field}.id", "the tweet's id");
            DateTimeOffset? at = null;
            if (created is not null)
            {
                if (!Timestamps.TryParse(created, out var parsed))
                    throw new IngestException(json.File, line, $"{field}.created_at", $"an ISO 8601 time like 2020-11-18T20:15:00.000Z, got '{created}'");
                at = parsed;
            }
            return new Tweet(id, text, authorId, at, replyTo, references, mentions, line);
        }

        private static void ReadReferences(XJson json, string field, List<(string, string)> references)
        {
            if (!json.StartArray(field)) return;
            while (json.NextObject(field))
            {
                string? type = null, id = null;
                while (json.NextProperty(out var property))
                {
                    switch (property)
                    {
                        case "type": type = json.String($"{field}.type"); break;
                        case "id": id = json.String($"{field}.id"); break;
                        default: json.Skip(); break;
                    }
                }
                if (type is not ("replied_to" or "retweeted" or "quoted"))
                    throw json.Error($"{field}.type", $"replied_to, retweeted or quoted, got '{type}'");
                if (string.IsNullOrEmpty(id)) throw json.Error($"{field}.id", "the referenced tweet's id");
                references.Add((type, id));
            }
        }

        private static void ReadMentions(XJson json, string field, List<Mention> mentions)
        {
            if (!json.StartObject(field)) return;
            while (json.NextProperty(out var property))
            {
                if (property != "mentions") { json.Skip(); continue; }
                if (!json.StartArray($"{field}.mentions")) continue;
                while (json.NextObject($"{field}.mentions"))
                {
                    string? username = null, id = null;
                    while (json.NextProperty(out var key))
                    {
                        switch (key)
                        {
                            case "username": username = json.String($"{field}.mentions.username"); break;
                            case "id": id = json.String($"{field}.mentions.id"); break;
                            default: json.Skip(); break;
                        }
                    }
                    if (username is null || !XHandles.IsUsername(username))
                        throw json.Error($"{field}.mentions.username", $"an X username, got '{username}'");
                    mentions.Add(new Mention(username, id));
                }
            }
        }
    }

    /// <summary>One API response: its tweets, and the users and tweets it includes, by id.</summary>
    private sealed class Response
    {
        public List<Tweet> Data { get; } = [];
        public Dictionary<string, XUser> Users { get; } = [];
        public Dictionary<string, Tweet> Tweets { get; } = [];

        public static Response Read(XJson json)
        {
            var response = new Response();
            var sawData = false;
            var line = json.Line;
            while (json.NextProperty(out var property))
            {
                switch (property)
                {
                    case "data":
                        sawData = true;
                        ReadData(json, response.Data);
                        break;
                    case "includes":
                        if (!json.StartObject("includes")) break;
                        while (json.NextProperty(out var include))
                        {
                            if (include == "users" && json.StartArray("includes.users"))
                                while (json.NextObject("includes.users")) { var user = XUser.Read(json, "includes.users"); response.Users[user.Id] = user; }
                            else if (include == "tweets" && json.StartArray("includes.tweets"))
                                while (json.NextObject("includes.tweets")) { var tweet = Tweet.Read(json, "includes.tweets"); response.Tweets[tweet.Id] = tweet; }
                            else if (include is not ("users" or "tweets")) json.Skip();
                        }
                        break;
                    default: json.Skip(); break;
                }
            }
            // A page past the last one has no data, only meta.result_count = 0; errors-only responses too.
            if (!sawData && response.Users.Count == 0 && response.Tweets.Count == 0) return response;
            if (!sawData) throw new IngestException(json.File, line, "data", "the response's tweets in 'data'");
            return response;
        }

        public XUser User(string? id, Tweet tweet, string field, string expected, string file) =>
            id is not null && Users.TryGetValue(id, out var user) ? user : throw new IngestException(file, tweet.Line, field, expected);

        public XUser ReferencedAuthor(string tweetId, Tweet tweet, string type, string file)
        {
            if (!Tweets.TryGetValue(tweetId, out var referenced))
                throw new IngestException(file, tweet.Line, "referenced_tweets", $"the {type} tweet {tweetId} in includes.tweets (expansions=referenced_tweets.id)");
            return User(referenced.AuthorId, tweet, "referenced_tweets",
                $"the author of the {type} tweet {tweetId} in includes.users (expansions=referenced_tweets.id.author_id)", file);
        }
    }

    private static void ReadData(XJson json, List<Tweet> into)
    {
        // Lookup by one id answers {"data": {…}}; every other endpoint answers {"data": […]}.
        if (json.StartObjectOrArray("data") is not { } isArray) return;
        if (!isArray) { into.Add(Tweet.Read(json, "data")); return; }
        while (json.NextObject("data")) into.Add(Tweet.Read(json, "data"));
    }
}
