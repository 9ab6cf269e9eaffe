using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorGraph.Tests;

/// <summary>
/// A twarc2 search page (one API response per line, as <c>twarc2 search</c> writes) of fictional accounts whose
/// profiles differ in followers and verified type; one account (@nometa_fict) is only mentioned, so it has no metadata.
/// </summary>
public static class XAccountsData
{
    /// <summary>Username, user id, followers (null: only mentioned, no profile), verified type.</summary>
    public static readonly (string Username, string Id, long? Followers, string? VerifiedType)[] Accounts =
    [
        ("alpha_fict", "101", 5_000, "blue"),
        ("beta_fict", "102", 120, "none"),
        ("gamma_fict", "103", 80_000, "government"),
        ("delta_fict", "104", 0, "blue"),
        ("nometa_fict", "105", null, null),
    ];

    /// <summary>Author → mentioned usernames, one tweet each.</summary>
    private static readonly (string Author, string[] Mentions)[] Tweets =
    [
        ("alpha_fict", ["beta_fict", "gamma_fict", "nometa_fict"]),
        ("beta_fict", ["alpha_fict"]),
        ("gamma_fict", ["delta_fict"]),
        ("delta_fict", ["alpha_fict", "gamma_fict"]),
    ];

    public static string ActorId(string username) => "x:" + username;

    /// <summary>The page as one JSON line; <paramref name="followers"/> overrides an account's count (a later collection).</summary>
    public static string Page(IReadOnlyDictionary<string, long>? followers = null)
    {
        var byName = Accounts.ToDictionary(a => a.Username);
        var data = new JsonArray();
        var n = 0;
        foreach (var (author, mentions) in Tweets)
        {
            n++;
            data.Add(new JsonObject
            {
                ["id"] = $"17000000000000000{n:00}",
                ["author_id"] = byName[author].Id,
                ["created_at"] = $"2024-05-{n:00}T10:00:00.000Z",
                ["text"] = string.Join(" ", mentions.Select(m => "@" + m)) + " hello",
                ["entities"] = new JsonObject
                {
                    ["mentions"] = new JsonArray([.. mentions.Select(m => (JsonNode)new JsonObject { ["username"] = m, ["id"] = byName[m].Id })]),
                },
            });
        }
        var users = new JsonArray();
        foreach (var (username, id, count, verified) in Accounts.Where(a => a.Followers is not null))
        {
            users.Add(new JsonObject
            {
                ["id"] = id,
                ["username"] = username,
                ["name"] = username.Replace("_fict", "").ToUpperInvariant(),
                ["description"] = $"Account of {username}, written for a test",
                ["verified"] = verified != "none",
                ["verified_type"] = verified,
                ["public_metrics"] = new JsonObject
                {
                    ["followers_count"] = followers?.GetValueOrDefault(username, count!.Value) ?? count,
                    ["following_count"] = 7,
                    ["tweet_count"] = 40,
                    ["listed_count"] = 1,
                },
            });
        }
        var page = new JsonObject { ["data"] = data, ["includes"] = new JsonObject { ["users"] = users }, ["meta"] = new JsonObject { ["result_count"] = n } };
        return page.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) + "\n";
    }
}
