namespace Chronicle.Distributed;

/// <summary>A snapshot of one queue.</summary>
/// <param name="Published">Inputs ever put on the queue (the work stream's last sequence).</param>
/// <param name="Pending">Waiting for a worker.</param>
/// <param name="InFlight">Delivered to a worker and not yet acknowledged.</param>
/// <param name="Redelivered">In-flight messages delivered more than once (a worker died or was slow).</param>
/// <param name="Done">Inputs stored (added or already present).</param>
/// <param name="Failed">Inputs recorded as failed.</param>
/// <param name="Workers">Workers waiting on a pull right now.</param>
/// <param name="Throughput">Inputs finished per second, first to last outcome.</param>
/// <param name="CurrentThroughput">Inputs finished per second over the sampling interval, when sampled.</param>
public sealed record QueueStatus(
    string Queue,
    long Published,
    long Pending,
    long InFlight,
    long Redelivered,
    long Done,
    long Failed,
    long Workers,
    double Throughput,
    double? CurrentThroughput);
