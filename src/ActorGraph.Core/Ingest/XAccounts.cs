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
    // By the id's key (see Key): the hash of the profile JSON read last for it, and the account as named then with its
    // actor id: while the JSON comes back unchanged (page after page), one lookup names the account, with no new object.
    // An entry is emptied when the id is learned under another name, so an account object found here is named as the
    // handles name it. Open addressing in one array of entries holding key and hash: the first lookup of each included
    // user of a page is one cache miss (its entry is cold: a collection meets tens of thousands of accounts), and the
    // page's entries are fetched together before they are read (Prefetch). Ids that are not numbers are not kept here
    // (read again each time, with the same result).
    private Kept[] _profiles = new Kept[1 << 10];
    private int _profileBits = 10, _profilesUsed;

    private struct Kept
    {
        public ulong Key, Raw;
        public XUser? Named;
        public string? ActorId;
    }
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
            ref var seen = ref Find(Key(user.Id));
            return ReferenceEquals(seen.Named, user)
                ? new Who(seen.ActorId, user.Id, user.Username)
                : Learn(user.Id, user.Username);
        }
        if (username is not null)
        {
            if (id is null) return new Who(handles.ActorId(username), null, username);
            // While the entry holds this account object, the handles have learned the id under this username (see Learn),
            // so learning it again would name it the same.
            if (Page is not null && Page.TryGetValue(id, out var included) && included.Username == username)
            {
                ref var seen = ref Find(Key(id));
                if (ReferenceEquals(seen.Named, included)) return new Who(seen.ActorId, id, username);
            }
            return Learn(id, username);
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
        return Unchanged(Key(XJson.String(user, "id")), raw) ?? XUser.Read(user, field) with { Raw = raw };
    }

    /// <summary>The account named only, when <paramref name="raw"/> (<see cref="XJson.Hash(ReadOnlySpan{byte})"/> of its JSON) is the one read last for the id of that <see cref="Key"/>; else null.</summary>
    public XUser? Unchanged(ulong key, ulong raw)
    {
        ref var last = ref Find(key);
        return last.Raw == raw ? last.Named : null;
    }

    /// <summary>Starts fetching the entries of a page's included users from memory, so their lookups that follow do not wait for one miss after another.</summary>
    public unsafe void Prefetch(IReadOnlyList<XPageUser> users)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
        // Only a hint: an address the garbage collector has since moved costs nothing but the hint.
        for (var i = 0; i < users.Count; i++)
            if (users[i].Key != 0) System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref _profiles[Home(users[i].Key)]));
    }

    /// <summary>An account id's key among the profiles read: its number + 1 (X ids are decimal numbers), or 0 when it is not one.</summary>
    internal static ulong Key(string? id)
    {
        // Up to 19 digits, without leading zeros (0012 is another id than 12): the number and one more fit a ulong.
        if (id is null || id.Length is 0 or > 19 || id[0] == '0' && id.Length > 1) return 0;
        ulong number = 0;
        foreach (var c in id)
        {
            if (!char.IsAsciiDigit(c)) return 0;
            number = number * 10 + (ulong)(c - '0');
        }
        return number + 1;
    }

    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - _profileBits));

    /// <summary>The entry of <paramref name="key"/>, or an empty one (no <see cref="Kept.Named"/>) when there is none.</summary>
    private ref Kept Find(ulong key)
    {
        var profiles = _profiles;
        var mask = profiles.Length - 1;
        var at = key == 0 ? 0 : Home(key);
        // Key 0 (not a number) finds an empty entry at most: the table is never full.
        while (profiles[at].Key != key && profiles[at].Key != 0) at = (at + 1) & mask;
        return ref profiles[at];
    }

    private void Keep(ulong key, ulong raw, XUser named, string actorId)
    {
        if (key == 0) return;
        ref var entry = ref Find(key);
        if (entry.Key == 0)
        {
            if (++_profilesUsed * 2 > _profiles.Length)
            {
                Grow();
                entry = ref Find(key);
            }
            entry.Key = key;
        }
        (entry.Raw, entry.Named, entry.ActorId) = (raw, named, actorId);
    }

    private void Grow()
    {
        var old = _profiles;
        _profiles = new Kept[old.Length * 2];
        _profileBits++;
        foreach (var entry in old)
            if (entry.Key != 0) Find(entry.Key) = entry;
    }

    /// <summary>The actor element for a profile, when it is new or differs from the one written last; null otherwise, or when the account is mapped.</summary>
    public Actor? Written(XUser user)
    {
        var who = Learn(user.Id, user.Username);
        if (!user.HasProfile) return null;
        if (user.Raw is { } raw) Keep(Key(user.Id), raw, new XUser(user.Id, user.Username, null), who.ActorId!);
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
            ref var entry = ref Find(Key(id));
            (entry.Raw, entry.Named, entry.ActorId) = (0, null, null);
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
