using System.Diagnostics;

namespace ActorGraph.Analysis;

/// <summary>
/// At most <c>concurrent</c> computations at once, at most <c>queued</c> waiting for one; the rest are refused with
/// <see cref="AnalysisBusyException"/> and a time to retry from how long computations have been taking.
/// A computation started inside another (a ranking that needs a snapshot) runs in its parent's slot, so parents
/// holding every slot cannot wait forever on children.
/// </summary>
internal sealed class ComputeSlots(int concurrent, int queued)
{
    private static readonly AsyncLocal<bool> InSlot = new();
    private readonly SemaphoreSlim free = new(concurrent, concurrent);
    private int waiting;
    private long averageTicks = TimeSpan.FromSeconds(1).Ticks;

    public int Running => concurrent - free.CurrentCount;

    public int Queued => Volatile.Read(ref waiting);

    /// <summary>Runs <paramref name="work"/> in a slot, waiting in the queue for one if need be.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        if (InSlot.Value) return await work();
        if (!free.Wait(0))
        {
            if (Interlocked.Increment(ref waiting) > queued)
            {
                Interlocked.Decrement(ref waiting);
                throw new AnalysisBusyException(RetryAfter());
            }
            try
            {
                await free.WaitAsync(ct);
            }
            finally
            {
                Interlocked.Decrement(ref waiting);
            }
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            // Flows into work (and the computations it starts), not back to the caller.
            InSlot.Value = true;
            return await work();
        }
        finally
        {
            var took = Stopwatch.GetElapsedTime(started).Ticks;
            // Exponential moving average; a lost race between two updates only loses one sample.
            Interlocked.Exchange(ref averageTicks, (Interlocked.Read(ref averageTicks) * 7 + took) / 8);
            free.Release();
        }
    }

    /// <summary>Roughly when a slot frees up for a request queued now: the queue ahead, at the recent average duration.</summary>
    private TimeSpan RetryAfter()
    {
        var average = TimeSpan.FromTicks(Interlocked.Read(ref averageTicks));
        return TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling(average.TotalSeconds * (queued + concurrent) / concurrent), 1, 600));
    }
}

/// <summary>Every computation slot is taken and the queue is full: try again after <see cref="RetryAfter"/>.</summary>
public sealed class AnalysisBusyException(TimeSpan retryAfter)
    : Exception($"The server is busy with other analyses; try again in {Math.Ceiling(retryAfter.TotalSeconds)} s.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>An analysis ran longer than the server allows (ActorGraph__AnalysisTimeLimitSeconds).</summary>
public sealed class AnalysisTimeoutException(TimeSpan limit)
    : Exception($"The analysis took longer than this server allows ({limit.TotalSeconds:0} s) and was stopped. "
        + "Narrow it (relation types, a time window, minWeight) or ask the operator to raise ActorGraph__AnalysisTimeLimitSeconds.");
