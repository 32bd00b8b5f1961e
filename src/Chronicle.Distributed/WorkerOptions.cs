namespace Chronicle.Distributed;

/// <summary>How a worker pulls and how long work may stay unacknowledged.</summary>
public sealed record WorkerOptions
{
    /// <summary>Messages pulled at once, analysed in parallel and written in one transaction.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Documents analysed in parallel within a batch.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Unacknowledged work is redelivered to another worker after this; a live worker extends it with progress
    /// signals while it analyses or waits for a slow store, so only a dead worker's work moves.
    /// </summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most messages delivered and not yet acknowledged across all workers (the consumer's backpressure limit).</summary>
    public int MaxInFlight { get; init; } = 1024;

    /// <summary>An input delivered this many times without finishing (it keeps killing workers) is recorded as failed.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Exit once the queue has been empty this long; null runs until stopped.</summary>
    public TimeSpan? ExitWhenIdle { get; init; }

    /// <summary>How long one pull waits for messages.</summary>
    public TimeSpan PullWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Name in the outcome messages and logs.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    public static WorkerOptions Default { get; } = new();
}
