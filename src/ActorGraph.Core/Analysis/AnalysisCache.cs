using ActorGraph.Storage;

namespace ActorGraph.Analysis;

/// <summary>How much an <see cref="AnalysisCache"/> may hold and run.</summary>
/// <param name="MaxBytes">Results and snapshots kept, by their approximate size; the least recently used go first.</param>
/// <param name="MaxConcurrent">Computations running at once (each may use several cores itself).</param>
/// <param name="MaxQueued">Computations waiting for a slot; beyond them a request is refused with <see cref="AnalysisBusyException"/>.</param>
/// <param name="TimeLimit">Longest a computation may run; then its requests get <see cref="AnalysisTimeoutException"/>.</param>
public sealed record AnalysisLimits(long MaxBytes, int MaxConcurrent, int MaxQueued, TimeSpan TimeLimit)
{
    public static AnalysisLimits Default { get; } =
        new(512L * 1024 * 1024, Environment.ProcessorCount, 4 * Environment.ProcessorCount, TimeSpan.FromSeconds(60));
}

/// <summary>
/// Snapshots and results for the store's current version: everything is dropped as soon as
/// <see cref="IGraphStore.GetVersionAsync"/> changes (an ingest), so answers are never stale. Requests for equal keys
/// share one computation (so requests with the same filter share one snapshot). Memory and CPU stay bounded: the
/// cache holds at most <see cref="AnalysisLimits.MaxBytes"/> (least recently used out first), at most
/// <see cref="AnalysisLimits.MaxConcurrent"/> computations run with <see cref="AnalysisLimits.MaxQueued"/> waiting,
/// a computation nobody waits for any more is cancelled, and one that runs too long is stopped. A failed or
/// cancelled computation is not cached.
/// </summary>
public sealed class AnalysisCache(IGraphStore store, AnalysisLimits limits)
{
    private readonly Lock gate = new();
    private readonly Dictionary<object, Entry> entries = [];
    private readonly LinkedList<Entry> recent = new();
    private readonly ComputeSlots slots = new(limits.MaxConcurrent, limits.MaxQueued);
    private long version = long.MinValue;
    private long bytes;

    public AnalysisCache(IGraphStore store) : this(store, AnalysisLimits.Default) { }

    /// <summary>What the cache holds now, by approximate size.</summary>
    public long Bytes
    {
        get { lock (gate) return bytes; }
    }

    /// <summary>Computations running now, and waiting for a slot.</summary>
    public int Running => slots.Running;

    public int Queued => slots.Queued;

    /// <param name="key">A record naming everything the result depends on besides the store's version (equal keys, same result).</param>
    /// <param name="compute">Gets a token that fires when nobody waits any more or the time limit is reached.</param>
    /// <exception cref="AnalysisBusyException">Every slot is taken and the queue is full.</exception>
    /// <exception cref="AnalysisTimeoutException">The computation ran longer than the time limit.</exception>
    public async Task<T> GetAsync<T>(object key, Func<CancellationToken, Task<T>> compute, CancellationToken ct = default) where T : class
    {
        var current = await store.GetVersionAsync(ct);
        Entry entry;
        var created = false;
        lock (gate)
        {
            if (current != version)
            {
                // Running computations finish for those who wait on them, but are not kept.
                entries.Clear();
                recent.Clear();
                bytes = 0;
                version = current;
            }
            if (entries.TryGetValue(key, out var found))
            {
                entry = found;
                if (entry.Node is { } node)
                {
                    recent.Remove(node);
                    recent.AddFirst(node);
                }
            }
            else
            {
                entry = new Entry(key, current);
                entries[key] = entry;
                created = true;
            }
            entry.Waiters++;
        }
        // Off the request's thread: a computation may run synchronously for a long time before its first await.
        if (created) _ = Task.Run(() => RunAsync(entry, async token => await compute(token)));
        try
        {
            return (T)await entry.Result.Task.WaitAsync(ct);
        }
        finally
        {
            Leave(entry);
        }
    }

    /// <summary>Work that is each request's own and not kept (an article's extraction) under the same slots, queue and
    /// time limit as the analyses, so many large requests at once cannot take every core and gigabytes.</summary>
    /// <exception cref="AnalysisBusyException">Every slot is taken and the queue is full.</exception>
    /// <exception cref="AnalysisTimeoutException">The work ran longer than the time limit.</exception>
    public async Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken ct = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(limits.TimeLimit);
        try
        {
            return await slots.RunAsync(() => Task.Run(() => work(limit.Token), limit.Token), limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new AnalysisTimeoutException(limits.TimeLimit);
        }
    }

    public Task<GraphSnapshot> SnapshotAsync(SnapshotOptions options, CancellationToken ct = default) =>
        GetAsync(options, token => GraphSnapshot.LoadAsync(store, options, token), ct);

    /// <summary>A measure's values on a snapshot, once per store version: /api/centrality and the drawing's ranking share them.</summary>
    public Task<double[]> MeasureAsync(Measure measure, MeasureSettings settings, SnapshotOptions snapshot, CancellationToken ct = default) =>
        GetAsync(new MeasureKey(measure.Name, settings, snapshot), async token => measure.Compute(await SnapshotAsync(snapshot, token), settings, token), ct);

    private sealed record MeasureKey(string Measure, MeasureSettings Settings, SnapshotOptions Snapshot);

    /// <summary>The stored actors' number and category attributes, read once per store version.</summary>
    public Task<ActorAttributes> AttributesAsync(CancellationToken ct = default) =>
        GetAsync(AttributesKey.Instance, token => ActorAttributes.LoadAsync(store, token), ct);

    private sealed record AttributesKey
    {
        public static readonly AttributesKey Instance = new();
    }

    /// <summary>The relations with their times and the actors' names, as timelines and coordination read them, once per store version.</summary>
    public Task<SnapshotSource> SourceAsync(SnapshotOptions snapshot, CancellationToken ct = default) =>
        GetAsync(new SourceKey(snapshot), token => SnapshotSource.LoadAsync(store, snapshot, token), ct);

    private sealed record SourceKey(SnapshotOptions Snapshot);

    /// <summary>A measure per period, once per store version: /api/timeline and the GEXF export's timeline share it.</summary>
    public Task<TimelineResult> TimelineAsync(Measure measure, TimelineOptions slicing, bool weighted, int? top, SnapshotOptions snapshot, CancellationToken ct = default) =>
        GetAsync(new TimelineKey(measure.Name, slicing, top, weighted, snapshot),
            async token => Timeline.Compute(await SourceAsync(snapshot, token), snapshot, measure, slicing, weighted, top, token), ct);

    private sealed record TimelineKey(string Measure, TimelineOptions Slicing, int? Top, bool Weighted, SnapshotOptions Snapshot);

    private async Task RunAsync(Entry entry, Func<CancellationToken, Task<object>> compute)
    {
        // The limit counts from the request, waiting for a slot included. Waiters hear of it when it passes, even if
        // the computation notices the token only later.
        entry.Cancel.CancelAfter(limits.TimeLimit);
        await using var onTimeout = entry.Cancel.Token.Register(() =>
        {
            if (!entry.Abandoned) entry.Result.TrySetException(new AnalysisTimeoutException(limits.TimeLimit));
        });
        try
        {
            var value = await slots.RunAsync(() => compute(entry.Cancel.Token), entry.Cancel.Token);
            Keep(entry, value);
            entry.Result.TrySetResult(value);
        }
        catch (OperationCanceledException) when (entry.Cancel.IsCancellationRequested)
        {
            Forget(entry);
            if (entry.Abandoned) entry.Result.TrySetCanceled();
            else entry.Result.TrySetException(new AnalysisTimeoutException(limits.TimeLimit));
        }
        catch (Exception e)
        {
            Forget(entry);
            entry.Result.TrySetException(e);
        }
    }

    /// <summary>Adds a finished result and evicts the least recently used until the cache fits again.</summary>
    private void Keep(Entry entry, object value)
    {
        var size = ApproximateSize.Of(value);
        lock (gate)
        {
            if (entry.Version != version || !entries.TryGetValue(entry.Key, out var current) || current != entry) return;
            if (size > limits.MaxBytes)
            {
                entries.Remove(entry.Key);
                return;
            }
            entry.Bytes = size;
            entry.Node = recent.AddFirst(entry);
            bytes += size;
            while (bytes > limits.MaxBytes && recent.Last is { } oldest && oldest.Value != entry)
            {
                recent.RemoveLast();
                entries.Remove(oldest.Value.Key);
                bytes -= oldest.Value.Bytes;
            }
        }
    }

    private void Forget(Entry entry)
    {
        lock (gate)
        {
            if (entries.TryGetValue(entry.Key, out var current) && current == entry) entries.Remove(entry.Key);
        }
    }

    /// <summary>The last waiter to leave an unfinished computation cancels it.</summary>
    private void Leave(Entry entry)
    {
        lock (gate)
        {
            if (--entry.Waiters > 0 || entry.Result.Task.IsCompleted) return;
            entry.Abandoned = true;
            if (entries.TryGetValue(entry.Key, out var current) && current == entry) entries.Remove(entry.Key);
        }
        entry.Cancel.Cancel();
    }

    private sealed class Entry(object key, long version)
    {
        public object Key { get; } = key;
        public long Version { get; } = version;
        public TaskCompletionSource<object> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public CancellationTokenSource Cancel { get; } = new();
        public int Waiters;
        public bool Abandoned;
        public long Bytes;
        public LinkedListNode<Entry>? Node;
    }
}
