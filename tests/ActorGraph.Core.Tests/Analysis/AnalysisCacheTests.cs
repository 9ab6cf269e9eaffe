using ActorGraph.Analysis;
using ActorGraph.Core.Tests.Storage;

namespace ActorGraph.Core.Tests.Analysis;

public sealed class AnalysisCacheTests : IAsyncLifetime
{
    private TemporarySqliteStore _store = null!;

    public async Task InitializeAsync() => _store = await TemporarySqliteStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    /// <summary>A double[] of this many elements is 8 bytes each plus a small header.</summary>
    private const int Elements = 1_000;

    private AnalysisCache Cache(long maxBytes = long.MaxValue, int concurrent = 2, int queued = 8, double seconds = 30) =>
        new(_store.Store, new AnalysisLimits(maxBytes, concurrent, queued, TimeSpan.FromSeconds(seconds)));

    private sealed record Key(int N);

    /// <summary>Gets key n, counting how often it had to be computed.</summary>
    private static Task<double[]> Get(AnalysisCache cache, int n, Dictionary<int, int> computed) =>
        cache.GetAsync(new Key(n), _ =>
        {
            lock (computed) computed[n] = computed.GetValueOrDefault(n) + 1;
            return Task.FromResult(new double[Elements]);
        });

    [Fact]
    public async Task Beyond_its_budget_the_least_recently_used_result_goes_first()
    {
        var cache = Cache(maxBytes: 3 * (8 * Elements + 100));
        var computed = new Dictionary<int, int>();
        await Get(cache, 1, computed);
        await Get(cache, 2, computed);
        await Get(cache, 3, computed);
        await Get(cache, 1, computed); // 1 is now more recent than 2

        await Get(cache, 4, computed); // over budget: 2 goes
        await Get(cache, 1, computed);
        await Get(cache, 3, computed);
        await Get(cache, 2, computed);

        Assert.Equal(new Dictionary<int, int> { [1] = 1, [2] = 2, [3] = 1, [4] = 1 }, computed);
        Assert.InRange(cache.Bytes, 3 * 8 * Elements, 3 * (8 * Elements + 100));
    }

    [Fact]
    public async Task A_result_larger_than_the_budget_is_returned_but_not_kept()
    {
        var cache = Cache(maxBytes: 1_000);
        var computed = new Dictionary<int, int>();

        Assert.Equal(Elements, (await Get(cache, 1, computed)).Length);
        await Get(cache, 1, computed);

        Assert.Equal(2, computed[1]);
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public async Task Concurrent_requests_for_one_key_share_one_computation()
    {
        var cache = Cache();
        var release = new TaskCompletionSource();
        var runs = 0;
        var requests = Enumerable.Range(0, 10).Select(_ => cache.GetAsync(new Key(1), async _ =>
        {
            Interlocked.Increment(ref runs);
            await release.Task;
            return new double[1];
        })).ToList();

        release.SetResult();
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, runs);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task Beyond_the_running_and_queued_computations_a_request_is_refused_with_a_time_to_retry()
    {
        var cache = Cache(concurrent: 1, queued: 1);
        var release = new TaskCompletionSource();
        Func<CancellationToken, Task<double[]>> slow = async _ =>
        {
            await release.Task;
            return new double[1];
        };
        var running = cache.GetAsync(new Key(1), slow);
        await WaitUntil(() => cache.Running == 1);
        var queued = cache.GetAsync(new Key(2), slow);
        await WaitUntil(() => cache.Queued == 1);

        var refused = await Assert.ThrowsAsync<AnalysisBusyException>(() => cache.GetAsync(new Key(3), slow));

        Assert.True(refused.RetryAfter >= TimeSpan.FromSeconds(1));
        release.SetResult();
        await Task.WhenAll(running, queued);
        Assert.Single(await cache.GetAsync(new Key(3), slow));
    }

    [Fact]
    public async Task Work_that_is_not_kept_shares_the_slots_and_is_refused_beyond_them()
    {
        var cache = Cache(concurrent: 1, queued: 1);
        var release = new TaskCompletionSource();
        var running = cache.RunAsync(_ => release.Task.Wait(TimeSpan.FromMinutes(1)));
        await WaitUntil(() => cache.Running == 1);
        var queued = cache.GetAsync(new Key(2), _ => Task.FromResult(new double[1]));
        await WaitUntil(() => cache.Queued == 1);

        await Assert.ThrowsAsync<AnalysisBusyException>(() => cache.RunAsync(_ => 42));

        release.SetResult();
        Assert.True(await running);
        Assert.Single(await queued);
        Assert.Equal(42, await cache.RunAsync(_ => 42));
        await WaitUntil(() => cache.Running == 0);
    }

    [Fact]
    public async Task A_computation_nobody_waits_for_any_more_is_cancelled()
    {
        var cache = Cache();
        var cancelled = new TaskCompletionSource();
        using var client = new CancellationTokenSource();
        var request = cache.GetAsync(new Key(1), async token =>
        {
            token.Register(() => cancelled.TrySetResult());
            await Task.Delay(Timeout.Infinite, token);
            return new double[1];
        }, client.Token);
        await WaitUntil(() => cache.Running == 1);

        await client.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntil(() => cache.Running == 0);
    }

    [Fact]
    public async Task A_computation_over_the_time_limit_is_stopped_and_its_requests_told_why()
    {
        var cache = Cache(seconds: 1);
        var stopped = new TaskCompletionSource();

        var e = await Assert.ThrowsAsync<AnalysisTimeoutException>(() => cache.GetAsync(new Key(1), async token =>
        {
            token.Register(() => stopped.TrySetResult());
            await Task.Delay(Timeout.Infinite, token);
            return new double[1];
        }));

        Assert.Contains("1 s", e.Message);
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Betweenness_stops_when_its_token_fires()
    {
        var g = GraphSnapshot.FromEdges(2_000, [.. Enumerable.Range(0, 20_000).Select(i => i % 2_000)],
            [.. Enumerable.Range(0, 20_000).Select(i => (i * 7 + 1) % 2_000)], [.. Enumerable.Repeat(1.0, 20_000)], directed: true);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.ThrowsAny<OperationCanceledException>(() => Measures.Require("betweenness").Compute(g, new MeasureSettings(), cancelled.Token));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition());
    }
}
