namespace Chronicle.Bench.Throughput;

/// <summary>One measured pass: how many documents, how long, how many input bytes, and the peak memory during it.</summary>
/// <param name="CpuSeconds">Process CPU time during the pass (all threads, GC included).</param>
/// <param name="BusyShare">For a stage inside a pass: <paramref name="Seconds"/> is the CPU time the stage itself took, summed over workers.</param>
internal sealed record PassResult(string Name, int Threads, int Documents, double Seconds, double CpuSeconds, long Bytes, long PeakRssBytes, bool BusyShare = false, int Failures = 0)
{
    /// <summary>Busy-time figures are per worker; dividing by the thread count gives the rate the workers sustain together.</summary>
    public double EffectiveSeconds => BusyShare ? Seconds / Threads : Seconds;

    public double ArticlesPerSecond => EffectiveSeconds > 0 ? Documents / EffectiveSeconds : 0;

    /// <summary>Documents per CPU-second: the cost of the code, independent of how busy the machine was.</summary>
    public double ArticlesPerCpuSecond => CpuSeconds > 0 ? Documents / CpuSeconds : 0;

    public double MegabytesPerSecond => EffectiveSeconds > 0 ? Bytes / 1e6 / EffectiveSeconds : 0;
}
