namespace Chronicle.Bench.Throughput;

/// <summary>One measured pass: how many documents, how long, how many input bytes, and the peak memory during it.</summary>
/// <param name="CpuSeconds">Process CPU time during the pass (all threads, GC included).</param>
/// <param name="BusyShare">For a stage inside a pass: <paramref name="Seconds"/> is the CPU time the stage itself took, summed over workers.</param>
/// <param name="AllocatedBytes">Managed bytes allocated during the pass (0 where not measured).</param>
/// <param name="GcPauseSeconds">Time the runtime was paused for collections during the pass.</param>
internal sealed record PassResult(
    string Name,
    int Threads,
    int Documents,
    double Seconds,
    double CpuSeconds,
    long Bytes,
    long PeakRssBytes,
    bool BusyShare = false,
    int Failures = 0,
    long AllocatedBytes = 0,
    double GcPauseSeconds = 0)
{
    public static PassResult From(string name, int threads, int documents, PassMeasure measure) =>
        new(name, threads, documents, measure.Seconds, measure.CpuSeconds, measure.Bytes, measure.PeakRss, AllocatedBytes: measure.AllocatedBytes, GcPauseSeconds: measure.GcPauseSeconds);

    /// <summary>Managed allocation per document, in KB: the main lever on collection cost.</summary>
    public double AllocatedKilobytesPerDocument => Documents > 0 ? AllocatedBytes / 1024.0 / Documents : 0;

    /// <summary>Share of the pass's wall-clock time the runtime spent paused for collections.</summary>
    public double GcPausePercent => Seconds > 0 && !BusyShare ? 100 * GcPauseSeconds / Seconds : 0;

    /// <summary>Busy-time figures are per worker; dividing by the thread count gives the rate the workers sustain together.</summary>
    public double EffectiveSeconds => BusyShare ? Seconds / Threads : Seconds;

    public double ArticlesPerSecond => EffectiveSeconds > 0 ? Documents / EffectiveSeconds : 0;

    /// <summary>Documents per CPU-second: the cost of the code, independent of how busy the machine was.</summary>
    public double ArticlesPerCpuSecond => CpuSeconds > 0 ? Documents / CpuSeconds : 0;

    public double MegabytesPerSecond => EffectiveSeconds > 0 ? Bytes / 1e6 / EffectiveSeconds : 0;
}
