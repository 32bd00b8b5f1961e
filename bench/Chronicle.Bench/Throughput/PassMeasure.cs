namespace Chronicle.Bench.Throughput;

/// <summary>What one timed pass measured: wall and CPU time, input bytes, peak memory and the garbage collector's share.</summary>
/// <param name="AllocatedBytes">Managed bytes allocated during the pass, all threads: the pressure that drives collections.</param>
/// <param name="GcPauseSeconds">Time the runtime was paused for collections during the pass.</param>
/// <param name="FullCollections">Gen-2 collections during the pass; large-object churn shows up here.</param>
/// <param name="JitSeconds">Time spent compiling during the pass: near 0 once warm-up has let tiered compilation finish.</param>
internal readonly record struct PassMeasure(
    double Seconds, double CpuSeconds, long Bytes, long PeakRss, long AllocatedBytes, double GcPauseSeconds, int FullCollections, double JitSeconds);
