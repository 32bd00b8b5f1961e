using System.Diagnostics;

namespace Chronicle.Bench.Throughput;

/// <summary>Feeds documents to dedicated worker threads, each pulling the next index, and times the whole pass.</summary>
internal static class PassRunner
{
    /// <summary>The work for one document; <paramref name="worker"/> indexes per-worker counters so no lock is needed.</summary>
    public delegate void Work(ReadOnlySpan<byte> html, PageSet.Page page, int worker);

    public static (double Seconds, double CpuSeconds, long Bytes, long PeakRss) Run(PageSet pages, int documents, int threads, Work work)
    {
        PeakMemory.Reset();
        var next = -1;
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

        return (seconds, cpuSeconds, bytes, PeakMemory.PeakBytes());
    }
}
