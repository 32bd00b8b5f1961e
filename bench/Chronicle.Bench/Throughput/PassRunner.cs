using System.Diagnostics;
using System.Globalization;

namespace Chronicle.Bench.Throughput;

/// <summary>Feeds documents to dedicated worker threads, each pulling the next index, and times the whole pass.</summary>
internal static class PassRunner
{
    /// <summary>The work for one document; <paramref name="worker"/> indexes per-worker counters so no lock is needed.</summary>
    public delegate void Work(ReadOnlySpan<byte> html, PageSet.Page page, int worker);

    /// <summary>A long pass prints a line this often, so memory can be watched as the count grows.</summary>
    private const int CheckpointEvery = 10_000;

    public static PassMeasure Run(PageSet pages, int documents, int threads, Work work)
    {
        PeakMemory.Reset();
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var paused = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var next = -1;
        var completed = 0;
        long bytes = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var workers = new Thread[threads];
        Exception? failure = null;
        for (var w = 0; w < threads; w++)
        {
            var worker = w;
            workers[w] = new Thread(
                () =>
                {
                    var buffer = Array.Empty<byte>();
                    long own = 0;
                    try
                    {
                        int index;
                        while ((index = Interlocked.Increment(ref next)) < documents)
                        {
                            var length = pages.Write(index, ref buffer, out var page);
                            own += length;
                            work(buffer.AsSpan(0, length), page, worker);
                            var done = Interlocked.Increment(ref completed);
                            if (done % CheckpointEvery == 0)
                            {
                                Checkpoint(done, started, cpu);
                            }
                        }
                    }
                    catch (Exception ex)
                    {
                        failure = ex;
                    }

                    Interlocked.Add(ref bytes, own);
                })
            {
                Name = "bench-worker-" + worker,
            };
            workers[w].Start();
        }

        foreach (var thread in workers)
        {
            thread.Join();
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        if (failure is not null)
        {
            throw new InvalidOperationException("A benchmark worker failed.", failure);
        }

        return new PassMeasure(
            seconds,
            cpuSeconds,
            bytes,
            PeakMemory.PeakBytes(),
            GC.GetTotalAllocatedBytes(precise: false) - allocated,
            (GC.GetTotalPauseDuration() - paused).TotalSeconds,
            GC.CollectionCount(2) - gen2,
            (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds);
    }

    private static void Checkpoint(int done, long started, TimeSpan cpuAtStart)
    {
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  checkpoint {done,7}: {seconds:F0} s, {done / seconds:F1} articles/s, {done / cpu:F1} articles/CPU-s, {PeakMemory.Describe()}"));
    }
}
