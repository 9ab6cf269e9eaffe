using System.Text.Json;
using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// Reads X tweets in every shape twarc2 and the API write, recognised line by line so mixed files work:
/// <list type="bullet">
/// <item>API response pages (<c>twarc2 search</c>, <c>timeline</c>, <c>mentions</c>, <c>stream</c>; curl): <c>data</c>
/// (an array, or one tweet) with <c>includes.users</c> and <c>includes.tweets</c>, and <c>errors</c>, <c>meta</c>,
/// <c>matching_rules</c>, <c>__twarc</c>; one per line or one pretty-printed response;</item>
/// <item>flattened tweets (<c>twarc2 flatten</c>): one tweet per line with <c>author</c>, <c>in_reply_to_user</c>,
/// mention details and referenced tweets inline;</item>
/// <item>twarc2 CSV (<c>twarc2 csv</c>), see <see cref="XTweetsCsvReader"/>.</item>
/// </list>
/// </summary>
/// <remarks>
/// Relations per tweet, all from its author, with the tweet id as source id, the tweet URL, its text and
/// <c>created_at</c>, confidence 1.0, extractor <c>x-api-v2</c>; RETWEETED, QUOTED and REPLIED_TO keep the
/// referenced tweet as the evidence's document id (<c>x:tweet:ID</c>), so actions on the same post can be matched:
/// <list type="bullet">
/// <item>REPLIED_TO the user in <c>in_reply_to_user_id</c> (else the author of the <c>replied_to</c> tweet);</item>
/// <item>RETWEETED / QUOTED the author of the <c>retweeted</c> / <c>quoted</c> tweet (a retweet of a deleted tweet still
/// names its author: X writes <c>RT @name:</c>; a quote of a deleted tweet gives nothing);</item>
/// <item>TAGGED each user in <c>entities.mentions</c> (of the long text, <c>note_tweet</c>, when there is one), except
/// the user replied to (X writes that @handle itself) and except in retweets (their mentions are the original's).</item>
/// </list>
/// Relations of a user to themselves are left out. An account missing from the data (withheld, suspended) is the
/// actor <c>x:id:ID</c> unless another line of the file or the handle map names it. A line that cannot be read is
/// skipped and reported (<see cref="SkippedLine"/>); counts go to the summary (<see cref="ReadCount"/>). A file that
/// holds no tweet at all is refused with what it holds instead. Memory holds one line (one page of at most 500 tweets)
/// and one entry per account met.
/// </remarks>
public static class XTweetsReader
{
    public const string Extractor = "x-api-v2";

    public const string TweetsRead = "tweets read";

    public const string AccountsUnknown = "accounts unknown (kept as x:id:…)";

    public const string ReferencesUnavailable = "referenced tweets unavailable (deleted or protected)";

    public static IEnumerable<SourcedElement> Read(Stream stream, string file, XHandles? handles = null)
    {
        handles ??= XHandles.Empty();
        return XTweetsCsvReader.IsCsv(stream) ? XTweetsCsvReader.Read(stream, file, handles) : ReadJson(stream, file, handles);
    }

    private static IEnumerable<SourcedElement> ReadJson(Stream stream, string file, XHandles handles)
    {
        var reading = new Reading(file, new XAccounts(handles));
        // One list for the elements of each line in turn: they are yielded before the next line is read.
        List<SourcedElement> elements = [];
        foreach (var value in XJsonLines.Read(stream, pages: true))
        {
            if (value.Damage is not null)
            {
                reading.Found.Damaged(value.Line, value.Damage);
                yield return new SourcedElement(new SkippedLine(value.Damage), file, value.Line);
                continue;
            }
            elements.Clear();
            string? damage = null;
            try
            {
                if (value.Page is { } page) reading.Page(page, value.Text, value.Line, elements);
                else reading.Value(value.Root, value.Line, elements);
            }
            catch (XJsonException e)
            {
                damage = $"{e.Field}: {e.Expected}";
            }
            // What was read before the damage stays: whole tweets only, as a tweet's relations are made at once.
            foreach (var element in elements) yield return element;
            foreach (var alias in reading.Accounts.TakeAliases()) yield return new SourcedElement(alias, file, value.Line);
            if (damage is not null)
            {
                reading.Found.Damaged(value.Line, damage);
                yield return new SourcedElement(new SkippedLine(damage), file, value.Line);
            }
        }
        foreach (var count in reading.Counts()) yield return new SourcedElement(count, file, 0);
    }

    /// <summary>The relations one tweet gives, added to <paramref name="into"/>; shared by the JSON and CSV shapes so both
    /// give the same. A method that adds rather than an iterator, and loops by index: it runs once per tweet, and an
    /// iterator, its closure and the boxed enumerators of the mention lists were a sixth of what reading allocated.</summary>
    internal static void Relations(XTweet tweet, XAccounts accounts, Tally found, List<Relation> into)
    {
        var author = accounts.Resolve(tweet.Author, tweet.AuthorId);
        if (!author.IsKnown) throw new XJsonException("author_id", "the tweet's author (twarc2 requests it; with the API add expansions=author_id)");
        var url = author.Username is { } username ? XHandles.TweetUrl(username, tweet.Id) : $"https://x.com/i/status/{tweet.Id}";
        var evidence = new Evidence(tweet.Id, url, tweet.Text, null, 1.0, Extractor);
        Relation To(RelationType type, Who target, XReference? item) =>
            new(author.ActorId!, type, target.ActorId!, tweet.At, 1.0, item is null ? evidence : evidence with { DocumentId = "x:tweet:" + item.Id });

        var mentions = tweet.Mentions;
        var replied = tweet.Reference("replied_to");
        Who repliedTo = default;
        if (tweet.InReplyToUserId is { } replyId)
        {
            string? named = null;
            for (var i = 0; i < mentions.Count && named is null; i++)
                if (mentions[i].Id == replyId) named = mentions[i].Username;
            named ??= (replied?.Tweet is { } r && r.AuthorId == replyId ? r.Author?.Username : null);
            repliedTo = accounts.Resolve(tweet.InReplyToUser, replyId, named);
        }
        else if (replied?.Tweet is { } repliedTweet)
        {
            repliedTo = accounts.Resolve(repliedTweet.Author, repliedTweet.AuthorId);
        }
        if (replied is { Tweet: null }) found.Unavailable++;
        if (repliedTo.IsKnown && !repliedTo.Same(author)) into.Add(To(RelationType.RepliedTo, repliedTo, replied));

        var retweet = tweet.Reference("retweeted");
        if (retweet is not null)
        {
            if (retweet.Tweet is null) found.Unavailable++;
            var original = RetweetedAuthor(tweet, retweet, accounts);
            if (original.IsKnown && !original.Same(author)) into.Add(To(RelationType.Retweeted, original, retweet));
        }
        if (tweet.Reference("quoted") is { } quoted)
        {
            if (quoted.Tweet is null) found.Unavailable++;
            else
            {
                var quotedAuthor = accounts.Resolve(quoted.Tweet.Author, quoted.Tweet.AuthorId);
                if (quotedAuthor.IsKnown && !quotedAuthor.Same(author)) into.Add(To(RelationType.Quoted, quotedAuthor, quoted));
            }
        }
        if (retweet is not null) return;

        // Few mentions per tweet: the relations added so far for this tweet tell the repeats.
        var first = into.Count;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var target = accounts.Resolve(mention.Profile, mention.Id, mention.Username);
            if (target.Same(author) || target.Same(repliedTo) || Tagged(into, first, target.ActorId!)) continue;
            into.Add(To(RelationType.Tagged, target, null));
        }
    }

    private static bool Tagged(List<Relation> relations, int from, string actorId)
    {
        for (var i = from; i < relations.Count; i++)
            if (relations[i].Target == actorId) return true;
        return false;
    }

    /// <summary>
    /// The author of a retweeted tweet: from the tweet when it is there; else from the text, as X writes
    /// <c>RT @name:</c> and lists that mention first; else by id; else unknown.
    /// </summary>
    private static Who RetweetedAuthor(XTweet tweet, XReference retweet, XAccounts accounts)
    {
        if (retweet.Tweet?.Author is { } author) return accounts.Resolve(author, null);
        if (tweet.Mentions.Count > 0 && tweet.Mentions[0] is var first
            && tweet.Text?.StartsWith($"RT @{first.Username}:", StringComparison.OrdinalIgnoreCase) == true
            && (first.Id is null || retweet.Tweet?.AuthorId is null || first.Id == retweet.Tweet.AuthorId))
            return accounts.Resolve(first.Profile, first.Id, first.Username);
        return accounts.Resolve(null, retweet.Tweet?.AuthorId);
    }

    /// <summary>What one file held, for the summary and for saying what a file without tweets is instead.</summary>
    internal sealed class Tally
    {
        public long Tweets, Unavailable, Users, Counts, ErrorResponses, EmptyPages, Other, Damage;
        public readonly Dictionary<string, long> Errors = [];
        public string? FirstDamage, OtherKeys;

        public void Damaged(long line, string reason)
        {
            Damage++;
            FirstDamage ??= $"line {line:N0}: {reason}";
        }

        /// <summary>Tallies an <c>errors</c> array by title and resource type ("Forbidden (user)", "Not Found Error (tweet)").</summary>
        public void Error(JsonElement errors)
        {
            if (errors.ValueKind != JsonValueKind.Array) return;
            foreach (var error in errors.EnumerateArray()) Error(XJson.String(error, "title"), XJson.String(error, "resource_type"));
        }

        public void Error(string? title, string? resourceType)
        {
            title ??= "error";
            var key = resourceType is not null ? $"{title} ({resourceType})" : title;
            Errors[key] = Errors.GetValueOrDefault(key) + 1;
        }

        /// <summary>What a file without tweets holds instead.</summary>
        public string Instead()
        {
            const string expected = "X tweets (API response pages, twarc2 flatten lines or a twarc2 CSV)";
            if (Users > 0) return $"{expected}; this looks like a users file ({Users:N0} user objects, e.g. twarc2 users/followers/following): read a following list with x-following, liking users with x-likes";
            if (Counts > 0) return $"{expected}; this looks like a counts file ({Counts:N0} tweet counts per period, twarc2 counts), which holds no tweets";
            if (ErrorResponses > 0) return $"{expected}; found only error responses ({string.Join(", ", Errors.Select(e => $"{e.Value:N0} {e.Key}"))})";
            if (Damage > 0) return $"{expected}; no line could be read ({Damage:N0} damaged, first {FirstDamage})";
            if (EmptyPages > 0) return $"{expected}; found only pages without results ({EmptyPages:N0} with meta.result_count 0)";
            if (Other > 0) return $"{expected}; found {Other:N0} JSON values without tweets (first with the keys {OtherKeys})";
            return $"{expected}; the file is empty";
        }
    }

    /// <summary>The state of reading one JSON file: accounts met and what was found.</summary>
    private sealed class Reading
    {
        private readonly string file;
        private readonly XAccounts accounts;
        private readonly List<Relation> _relations = [];
        // The included users and tweets of the page being applied, and their lookups as delegates made once.
        private readonly Dictionary<string, XUser> _pageUsers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, XTweet> _pageTweets = new(StringComparer.Ordinal);
        private readonly Func<string, XUser?> _userOf;
        private readonly Func<string, XTweet?> _tweetOf;

        public Reading(string file, XAccounts accounts)
        {
            (this.file, this.accounts) = (file, accounts);
            _userOf = _pageUsers.GetValueOrDefault;
            _tweetOf = _pageTweets.GetValueOrDefault;
        }

        public Tally Found { get; } = new();

        public XAccounts Accounts => accounts;

        public IEnumerable<ReadCount> Counts()
        {
            if (Found.Tweets == 0) throw new IngestException(file, 1, null, Found.Instead());
            yield return new ReadCount(TweetsRead, Found.Tweets);
            yield return new ReadCount(AccountsUnknown, accounts.Unknown);
            yield return new ReadCount(ReferencesUnavailable, Found.Unavailable);
            foreach (var (error, count) in Found.Errors) yield return new ReadCount($"API errors '{error}'", count);
        }

        /// <summary>One top-level value: a response page, a flattened tweet, an array of either, or something else to tally.</summary>
        public void Value(JsonElement root, long line, List<SourcedElement> into)
        {
            if (root.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in root.EnumerateArray()) Value(item, line, into);
                return;
            }
            if (root.ValueKind != JsonValueKind.Object) throw new XJsonException("(top level)", $"a JSON object (a response page or a tweet), got {root.ValueKind.ToString().ToLowerInvariant()}");
            if (root.TryGetProperty("errors", out var errors)) Found.Error(errors);
            if (root.TryGetProperty("data", out var data)) Page(root, data, line, into);
            else if (IsTweet(root)) Flattened(root, line, into);
            else if (errors.ValueKind == JsonValueKind.Array) Found.ErrorResponses++;
            else if (XJson.Has(root, "username")) Found.Users++;
            else if (XJson.Has(root, "tweet_count")) Found.Counts++;
            else if (XJson.Has(root, "meta")) Found.EmptyPages++;
            else Other(root);
        }

        private void Page(JsonElement page, JsonElement data, long line, List<SourcedElement> into)
        {
            var first = data.ValueKind == JsonValueKind.Array ? data.EnumerateArray().FirstOrDefault() : data;
            if (first.ValueKind == JsonValueKind.Undefined || first.ValueKind == JsonValueKind.Null) { Found.EmptyPages++; return; }
            if (!IsTweet(first))
            {
                var size = data.ValueKind == JsonValueKind.Array ? data.GetArrayLength() : 1;
                if (XJson.Has(first, "username")) Found.Users += size;
                else if (XJson.Has(first, "tweet_count")) Found.Counts += size;
                else Other(first);
                return;
            }
            var includes = page.TryGetProperty("includes", out var i) && i.ValueKind == JsonValueKind.Object ? i : default;
            var includedUsers = ArrayOf(includes, "users");
            var includedTweets = ArrayOf(includes, "tweets");
            // Sized once: a page includes up to a few hundred users and tweets.
            var users = new Dictionary<string, XUser>(Length(includedUsers), StringComparer.Ordinal);
            var tweets = new Dictionary<string, XTweet>(Length(includedTweets), StringComparer.Ordinal);
            if (includedUsers.ValueKind == JsonValueKind.Array)
                foreach (var user in includedUsers.EnumerateArray()) IncludedUser(user, line, into, users);
            if (includedTweets.ValueKind == JsonValueKind.Array)
                foreach (var tweet in includedTweets.EnumerateArray())
                    Each(tweet, line, into, () =>
                    {
                        var read = XTweet.Read(tweet, users.GetValueOrDefault, _ => null, "includes.tweets");
                        tweets[read.Id] = read;
                    });
            foreach (var tweet in data.ValueKind == JsonValueKind.Object ? [data] : (IEnumerable<JsonElement>)data.EnumerateArray())
                Each(tweet, line, into, () => Tweet(XTweet.Read(tweet, users.GetValueOrDefault, tweets.GetValueOrDefault), line, into));
        }

        /// <summary>A page <see cref="XPage"/> read in one pass from <paramref name="text"/>: what <see cref="Page(JsonElement, JsonElement, long, List{SourcedElement})"/> does with a document.</summary>
        public void Page(XPage page, ReadOnlyMemory<byte> text, long line, List<SourcedElement> into)
        {
            foreach (var (title, type) in page.Errors) Found.Error(title, type);
            // One pair of tables for every page (emptied after each): a collection has thousands of pages.
            var users = _pageUsers;
            accounts.Prefetch(page.Users);
            foreach (var user in page.Users)
            {
                // Named as it was when last read (nothing to learn or write). Keyed by the page's own id string, which the
                // page has in hand, not by the account object's (the same text, elsewhere in memory).
                if (accounts.Unchanged(user.Key, user.Raw) is { } known)
                {
                    users[user.Id!] = known;
                    continue;
                }
                // New or changed (a tenth of the sightings): read in one pass, else with the document path's rules and messages.
                if (XUser.TryRead(text.Span.Slice(user.Start, user.Length)) is { } read)
                {
                    Included(read, line, into, users);
                    continue;
                }
                using var document = JsonDocument.Parse(text.Slice(user.Start, user.Length));
                IncludedUser(document.RootElement, line, into, users);
            }
            foreach (var tweet in page.IncludedTweets) _pageTweets[tweet.Id] = tweet.WithIncludes(_userOf, NoTweet);
            accounts.Page = users;
            foreach (var tweet in page.Data)
            {
                try
                {
                    Tweet(tweet.WithIncludes(_userOf, _tweetOf), line, into);
                }
                catch (XJsonException e)
                {
                    Damaged(tweet.Id, e, line, into);
                }
            }
            accounts.Page = null;
            users.Clear();
            _pageTweets.Clear();
        }

        private static readonly Func<string, XTweet?> NoTweet = _ => null;

        private void IncludedUser(JsonElement user, long line, List<SourcedElement> into, Dictionary<string, XUser> users) =>
            Each(user, line, into, () => Included(accounts.Profile(user, "includes.users"), line, into, users));

        private void Included(XUser user, long line, List<SourcedElement> into, Dictionary<string, XUser> users)
        {
            users[user.Id] = user;
            if (accounts.Written(user) is { } actor) into.Add(new SourcedElement(actor, file, line));
        }

        private static JsonElement ArrayOf(JsonElement value, string name) =>
            value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array : default;

        private static int Length(JsonElement array) => array.ValueKind == JsonValueKind.Array ? array.GetArrayLength() : 0;

        /// <summary>Reads one item of a page (a tweet, an included user or tweet); a bad one is skipped and reported, the rest of the page read.</summary>
        private void Each(JsonElement item, long line, List<SourcedElement> into, Action read)
        {
            try
            {
                read();
            }
            catch (XJsonException e)
            {
                Damaged(XJson.String(item, "id"), e, line, into);
            }
        }

        private void Damaged(string? id, XJsonException e, long line, List<SourcedElement> into)
        {
            var reason = $"{(id is not null ? $"id {id}: " : "")}{e.Field}: {e.Expected}";
            Found.Damaged(line, reason);
            into.Add(new SourcedElement(new SkippedLine(reason), file, line));
        }

        private void Flattened(JsonElement root, long line, List<SourcedElement> into)
        {
            var tweet = XTweet.Read(root, _ => null, _ => null, "tweet", accounts.Profile);
            foreach (var user in Profiles(tweet))
                if (accounts.Written(user) is { } actor) into.Add(new SourcedElement(actor, file, line));
            Tweet(tweet, line, into);
        }

        private void Tweet(XTweet tweet, long line, List<SourcedElement> into)
        {
            _relations.Clear();
            Relations(tweet, accounts, Found, _relations);
            foreach (var relation in _relations) into.Add(new SourcedElement(relation, file, line));
            Found.Tweets++;
        }

        private void Other(JsonElement value)
        {
            Found.Other++;
            if (Found.OtherKeys is null && value.ValueKind == JsonValueKind.Object)
                Found.OtherKeys = string.Join(", ", value.EnumerateObject().Take(8).Select(p => p.Name));
        }

        private static bool IsTweet(JsonElement value) =>
            value.ValueKind == JsonValueKind.Object && XJson.Has(value, "id")
            && (XJson.Has(value, "text") || XJson.Has(value, "author_id") || XJson.Has(value, "edit_history_tweet_ids"));

        /// <summary>The profiles a flattened tweet carries inline: its author's, the user replied to, mentioned users, referenced tweets' authors.</summary>
        private static IEnumerable<XUser> Profiles(XTweet tweet)
        {
            if (tweet.Author is not null) yield return tweet.Author;
            if (tweet.InReplyToUser is not null) yield return tweet.InReplyToUser;
            foreach (var mention in tweet.Mentions)
                if (mention.Profile is not null) yield return mention.Profile;
            foreach (var reference in tweet.References)
                if (reference.Tweet is not null)
                    foreach (var user in Profiles(reference.Tweet)) yield return user;
        }
    }
}
