using System.Text.Json;
using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// Reads the user lists of the X API v2: <c>GET /2/users/:id/following</c> (→ FOLLOWS) and
/// <c>GET /2/tweets/:id/liking_users</c> (→ LIKED), one response per file or JSON lines with one page per line.
/// The responses do not name whose list it is, so that comes from an option or from the file name:
/// <list type="bullet">
/// <item>following: <c>--user NAME</c>, else the file is named <c>NAME.following.json</c> (or <c>.jsonl</c>);
/// each listed user gets <c>NAME FOLLOWS user</c>;</item>
/// <item>liking users: <c>--user AUTHOR --tweet ID</c>, else the file is named <c>AUTHOR.ID.liking_users.json</c>;
/// each listed user gets <c>user LIKED AUTHOR</c> with the tweet's URL as evidence.</item>
/// </list>
/// Source ids are <c>follows:NAME:userid</c> and <c>liked:ID:userid</c>, so re-ingesting a list adds nothing.
/// The API gives no time for a follow or a like, so <c>at</c> stays empty. Confidence 1.0, extractor <c>x-api-v2</c>.
/// </summary>
public static class XUserListReader
{
    public static IEnumerable<SourcedElement> ReadFollowing(Stream stream, string file, XHandles? handles = null, string? user = null)
    {
        handles ??= XHandles.Empty();
        var follower = Username(user, file, ".following", "--user NAME (whose following list it is) or a file named NAME.following.json");
        var source = handles.ActorId(follower);
        foreach (var (listed, skipped, line) in Users(stream, file))
        {
            if (listed is null) { yield return new SourcedElement(skipped!, file, line); continue; }
            if (handles.Actor(listed) is { } actor) yield return new SourcedElement(actor, file, line);
            if (handles.Learn(listed.Id, listed.Username, out _) is { } alias) yield return new SourcedElement(alias, file, line);
            if (string.Equals(listed.Username, follower, StringComparison.OrdinalIgnoreCase)) continue;
            var evidence = new Evidence($"follows:{follower.ToLowerInvariant()}:{listed.Id}", $"https://x.com/{listed.Username}", null, null, 1.0, XTweetsReader.Extractor);
            yield return new SourcedElement(new Relation(source, RelationType.Follows, handles.ActorId(listed.Id, listed.Username), null, 1.0, evidence), file, line);
        }
    }

    public static IEnumerable<SourcedElement> ReadLikingUsers(Stream stream, string file, XHandles? handles = null, string? user = null, string? tweet = null)
    {
        handles ??= XHandles.Empty();
        const string expected = "--user AUTHOR --tweet ID (whose tweet was liked) or a file named AUTHOR.ID.liking_users.json";
        var stem = Stem(file, ".liking_users");
        var dot = stem?.IndexOf('.') ?? -1;
        var author = Username(user ?? (dot > 0 ? stem![..dot] : null), file, null, expected);
        var tweetId = tweet ?? (dot > 0 ? stem![(dot + 1)..] : null);
        if (tweetId is null || tweetId.Length == 0 || !tweetId.All(char.IsAsciiDigit))
            throw new IngestException(file, 1, "tweet", $"{expected}; the tweet id is digits, got '{tweetId}'");
        var target = handles.ActorId(author);
        var url = XHandles.TweetUrl(author, tweetId);
        foreach (var (liker, skipped, line) in Users(stream, file))
        {
            if (liker is null) { yield return new SourcedElement(skipped!, file, line); continue; }
            if (handles.Actor(liker) is { } actor) yield return new SourcedElement(actor, file, line);
            if (handles.Learn(liker.Id, liker.Username, out _) is { } alias) yield return new SourcedElement(alias, file, line);
            if (string.Equals(liker.Username, author, StringComparison.OrdinalIgnoreCase)) continue;
            var evidence = new Evidence($"liked:{tweetId}:{liker.Id}", url, null, null, 1.0, XTweetsReader.Extractor);
            yield return new SourcedElement(new Relation(handles.ActorId(liker.Id, liker.Username), RelationType.Liked, target, null, 1.0, evidence), file, line);
        }
    }

    /// <summary>The users in each response's <c>data</c> array, streamed page by page; a damaged line is skipped and reported.</summary>
    private static IEnumerable<(XUser? User, SkippedLine? Skipped, long Line)> Users(Stream stream, string file)
    {
        const string expected = "an X API v2 response (a JSON object with 'data', or 'meta' for an empty list)";
        var (any, responses, damaged) = (false, 0L, 0L);
        string? firstDamage = null;
        foreach (var value in XJsonLines.Read(stream))
        {
            any = true;
            if (value.Damage is not null)
            {
                damaged++;
                firstDamage ??= $"line {value.Line:N0}: {value.Damage}";
                yield return (null, new SkippedLine(value.Damage), value.Line);
                continue;
            }
            // An empty list is a response too: meta.result_count 0 and no data.
            if (value.Root.ValueKind == JsonValueKind.Object && (value.Root.TryGetProperty("data", out _) || value.Root.TryGetProperty("meta", out _))) responses++;
            if (value.Root.ValueKind != JsonValueKind.Object || !value.Root.TryGetProperty("data", out var data)
                || data.ValueKind != JsonValueKind.Array) continue;
            foreach (var user in data.EnumerateArray())
            {
                XUser read;
                try { read = XUser.Read(user, "data"); }
                catch (XJsonException e) { throw new IngestException(file, value.Line, e.Field, e.Expected); }
                yield return (read, null, value.Line);
            }
        }
        if (!any) throw new IngestException(file, 1, null, $"{expected}, the file is empty");
        if (responses == 0)
            throw new IngestException(file, 1, null, damaged > 0
                ? $"{expected}; no line could be read ({damaged:N0} damaged, first {firstDamage})"
                : $"{expected}; found JSON without either");
    }

    private static string Username(string? given, string file, string? suffix, string expected)
    {
        var name = given?.Trim().TrimStart('@') ?? (suffix is null ? null : Stem(file, suffix));
        if (name is not null && name.StartsWith("x:", StringComparison.OrdinalIgnoreCase)) name = name[2..];
        if (name is null || !XHandles.IsUsername(name)) throw new IngestException(file, 1, "user", $"{expected}; got '{name}'");
        return name;
    }

    /// <summary>The file name before <paramref name="suffix"/>, when the name is <c>STEM{suffix}.json</c> or <c>.jsonl</c>.</summary>
    private static string? Stem(string file, string suffix)
    {
        var name = Path.GetFileName(file);
        foreach (var extension in (string[])[".json", ".jsonl"])
        {
            var ending = suffix + extension;
            if (name.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return name[..^ending.Length];
        }
        return null;
    }
}
