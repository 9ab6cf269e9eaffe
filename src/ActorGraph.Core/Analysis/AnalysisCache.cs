using System.Collections.Concurrent;
using ActorGraph.Storage;

namespace ActorGraph.Analysis;

/// <summary>
/// Snapshots and results for the store's current version: everything is dropped as soon as
/// <see cref="IGraphStore.GetVersionAsync"/> changes (an ingest), so answers are never stale. Concurrent requests for
/// the same key share one computation. A failed or cancelled computation is not cached.
/// </summary>
public sealed class AnalysisCache(IGraphStore store)
{
    private readonly ConcurrentDictionary<object, Lazy<Task<object>>> entries = new();
    private long version = long.MinValue;
    private readonly Lock gate = new();

    /// <param name="key">A record naming everything the result depends on besides the store's version (equal keys, same result).</param>
    public async Task<T> GetAsync<T>(object key, Func<Task<T>> compute, CancellationToken ct = default) where T : class
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
            entries.TryRemove(new KeyValuePair<object, Lazy<Task<object>>>(key, lazy));
            throw;
        }
    }

    public Task<GraphSnapshot> SnapshotAsync(SnapshotOptions options, CancellationToken ct = default) =>
        GetAsync(options, () => GraphSnapshot.LoadAsync(store, options, CancellationToken.None), ct);

    /// <summary>A measure's values on a snapshot, once per store version: /api/centrality and the drawing's ranking share them.</summary>
    public Task<double[]> MeasureAsync(Measure measure, MeasureSettings settings, SnapshotOptions snapshot, CancellationToken ct = default) =>
        GetAsync(new MeasureKey(measure.Name, settings, snapshot), async () => measure.Compute(await SnapshotAsync(snapshot, ct), settings), ct);

    private sealed record MeasureKey(string Measure, MeasureSettings Settings, SnapshotOptions Snapshot);
}
