using System.Collections.Concurrent;
using System.Globalization;
using ActorGraph.Storage;

namespace ActorGraph.Analysis;

/// <summary>
/// Snapshots and results for the store's current version: everything is dropped as soon as
/// <see cref="IGraphStore.GetVersionAsync"/> changes (an ingest), so answers are never stale. Concurrent requests for
/// the same key share one computation. A failed or cancelled computation is not cached.
/// </summary>
public sealed class AnalysisCache(IGraphStore store)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> entries = new();
    private long version = long.MinValue;
    private readonly Lock gate = new();

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> compute, CancellationToken ct = default) where T : class
    {
        var current = await store.GetVersionAsync(ct);
        lock (gate)
        {
            if (current != version)
            {
                entries.Clear();
                version = current;
            }
        }
        var lazy = entries.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await compute()));
        try
        {
            return (T)await lazy.Value.WaitAsync(ct);
        }
        catch (Exception) when (lazy.Value.IsFaulted || lazy.Value.IsCanceled)
        {
            entries.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, lazy));
            throw;
        }
    }

    public Task<GraphSnapshot> SnapshotAsync(SnapshotOptions options, CancellationToken ct = default) =>
        GetAsync(Key(options), () => GraphSnapshot.LoadAsync(store, options, CancellationToken.None), ct);

    /// <summary>A cache key naming every field of the options (records print sets by type name, not content).</summary>
    public static string Key(SnapshotOptions o) => string.Join('|',
        o.Types is null ? "*" : string.Join(',', o.Types.Order()),
        o.From?.ToString("O", CultureInfo.InvariantCulture), o.To?.ToString("O", CultureInfo.InvariantCulture),
        o.MinWeight?.ToString("R", CultureInfo.InvariantCulture), o.MinConfidence?.ToString("R", CultureInfo.InvariantCulture),
        o.Directed, o.IncludeIsolated);
}
