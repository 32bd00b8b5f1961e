namespace Chronicle.Distributed;

/// <summary>What one worker did before it stopped.</summary>
/// <param name="Messages">Messages acknowledged (each input once, unless it was redelivered to this worker).</param>
/// <param name="Added">Documents newly stored.</param>
/// <param name="Unchanged">Documents whose text was already stored (reposts, redeliveries).</param>
/// <param name="Failed">Inputs recorded as failed.</param>
public sealed record WorkerSummary(long Messages, long Added, long Unchanged, long Failed, long Batches, TimeSpan Elapsed)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Messages / Elapsed.TotalSeconds : 0;
}
