using ActorGraph.Model;

namespace ActorGraph.Storage;

/// <summary>
/// Every actor in memory, for a service answering many searches between two ingests: the same matches and order as
/// <see cref="IGraphStore.FindActorsAsync"/> (id or name contains the folded text; by name ignoring ASCII case, then
/// id) without a table scan per request.
/// </summary>
public sealed class ActorIndex
{
    private readonly Actor[] actors;
    private readonly string[] keys;

    private ActorIndex(Actor[] actors)
    {
        Array.Sort(actors, (a, b) => NoCase(a.Name, b.Name) is var byName and not 0 ? byName : string.CompareOrdinal(a.Id, b.Id));
        this.actors = actors;
        keys = [.. actors.Select(a => SearchKeys.Of($"{a.Id} {a.Name}"))];
    }

    public static async Task<ActorIndex> LoadAsync(IGraphStore store, CancellationToken ct = default) =>
        new(await store.ReadActorsAsync(ct).ToArrayAsync(ct));

    /// <summary>Roughly the memory it keeps alive (actors, their strings and search keys).</summary>
    public long EstimatedBytes => actors.Sum(a => 200L + 4L * (a.Id.Length + a.Name.Length) + 100L * (a.Handles.Count + a.Attributes.Count));

    public IReadOnlyList<Actor> Find(string? search, int limit)
    {
        if (string.IsNullOrWhiteSpace(search)) return actors[..Math.Min(limit, actors.Length)];
        var q = SearchKeys.Of(search);
        var found = new List<Actor>(Math.Min(limit, 64));
        for (var i = 0; i < actors.Length && found.Count < limit; i++)
            if (keys[i].Contains(q, StringComparison.Ordinal)) found.Add(actors[i]);
        return found;
    }

    /// <summary>SQLite's NOCASE collation: ASCII letters fold, everything else compares by code.</summary>
    private static int NoCase(string a, string b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var (x, y) = (Fold(a[i]), Fold(b[i]));
            if (x != y) return x - y;
        }
        return a.Length - b.Length;
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
}
