using System.Text.Json;
using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// The accounts one reading has met: an id seen once with its username names that id wherever it appears later
/// (an author withheld on one page but included on another, in this file or, through <see cref="XHandles.Learned"/>,
/// a later file of the same ingest), and a profile is written as an actor only when it is new
/// or changed (latest wins), not once per tweet. Memory grows with the number of accounts, not with the tweets.
/// </summary>
internal sealed class XAccounts(XHandles handles)
{
    private readonly Dictionary<string, int> _written = new(StringComparer.Ordinal);
    // id -> the hash of the profile JSON read last for it, and the account as named then with its actor id: while the
    // JSON comes back unchanged (page after page), one lookup names the account, with no new object. An entry goes when
    // the id is learned under another name, so an account object found here is named as the handles name it.
    private readonly Dictionary<string, (ulong Raw, XUser Named, string ActorId)> _raw = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknown = new(StringComparer.Ordinal);
    private List<ActorAlias> _aliases = [.. handles.MappedAliases()];

    /// <summary>
    /// The included users of the page being applied, by id: a mention of one whose profile came unchanged is named
    /// from its entry here, which the page has just touched, instead of by a cold lookup in the learned handles.
    /// </summary>
    public IReadOnlyDictionary<string, XUser>? Page { get; set; }

    /// <summary>Accounts that stayed known only by their id (<c>x:id:…</c>) when they were used.</summary>
    public int Unknown => _unknown.Count;

    /// <summary>An account by what is known of it: its username, else its id (named by an earlier sighting or the map).</summary>
    public Who Resolve(XUser? user, string? id, string? username = null)
    {
        if (user is not null)
        {
            // The account object of an unchanged profile: its entry was looked up moments ago for this page (the handles'
            // entry was not), and learning it again would change nothing.
            return _raw.TryGetValue(user.Id, out var seen) && ReferenceEquals(seen.Named, user)
                ? new Who(seen.ActorId, user.Id, user.Username)
                : Learn(user.Id, user.Username);
        }
        if (username is not null)
        {
            if (id is null) return new Who(handles.ActorId(username), null, username);
            // While the entry holds this account object, the handles have learned the id under this username (see Learn),
            // so learning it again would name it the same.
            return Page is not null && Page.TryGetValue(id, out var included) && included.Username == username
                && _raw.TryGetValue(id, out var seen) && ReferenceEquals(seen.Named, included)
                ? new Who(seen.ActorId, id, username)
                : Learn(id, username);
        }
        if (id is null) return default;
        if (handles.MappedId(id) is { } mapped) return new Who(mapped, id, null);
        if (handles.Learned.TryGetValue(id, out var known)) return new Who(known.ActorId, id, known.Username);
        _unknown.Add(id);
        return new Who(XHandles.UnknownAccountId(id), id, null);
    }

    /// <summary>
    /// Reads a user object, or, when its JSON is byte for byte the one read last for that id (the same accounts come
    /// back page after page), only names it: an unchanged profile is neither read nor written again.
    /// </summary>
    public XUser Profile(JsonElement user, string field)
    {
        var raw = XJson.Hash(user);
        return Unchanged(XJson.String(user, "id"), raw) ?? XUser.Read(user, field) with { Raw = raw };
    }

    /// <summary>The account named only, when <paramref name="raw"/> (<see cref="XJson.Hash(ReadOnlySpan{byte})"/> of its JSON) is the one read last for that id; else null.</summary>
    public XUser? Unchanged(string? id, ulong raw) =>
        id is not null && _raw.TryGetValue(id, out var last) && last.Raw == raw ? last.Named : null;

    /// <summary>The actor element for a profile, when it is new or differs from the one written last; null otherwise, or when the account is mapped.</summary>
    public Actor? Written(XUser user)
    {
        var who = Learn(user.Id, user.Username);
        if (!user.HasProfile) return null;
        if (user.Raw is { } raw) _raw[user.Id] = (raw, new XUser(user.Id, user.Username, null), who.ActorId!);
        var code = Hash(user);
        if (_written.TryGetValue(user.Id, out var last) && last == code) return null;
        _written[user.Id] = code;
        return handles.Actor(user);
    }

    private static int Hash(XUser user)
    {
        var hash = new HashCode();
        hash.Add(user.Username);
        hash.Add(user.Name);
        foreach (var (key, value) in user.Attributes) { hash.Add(key); hash.Add(value); }
        return hash.ToHashCode();
    }

    /// <summary>The aliases of account ids named since the last call (see <see cref="XHandles.Learn"/>), then the map's, for the reader to emit.</summary>
    public IReadOnlyList<ActorAlias> TakeAliases()
    {
        if (_aliases.Count == 0) return [];
        var taken = _aliases;
        _aliases = [];
        return taken;
    }

    private Who Learn(string id, string username)
    {
        if (handles.Learn(id, username, out var actorId) is { } alias)
        {
            _aliases.Add(alias);
            // Named otherwise now: a profile seen before under the earlier name is read again.
            _raw.Remove(id);
        }
        return new Who(actorId, id, username);
    }
}

/// <summary>An account as an actor id, with its X id and username when known.</summary>
internal readonly record struct Who(string? ActorId, string? UserId, string? Username)
{
    public bool IsKnown => ActorId is not null;

    public bool Same(Who other) =>
        IsKnown && other.IsKnown && (ActorId == other.ActorId || UserId is not null && UserId == other.UserId);
}
