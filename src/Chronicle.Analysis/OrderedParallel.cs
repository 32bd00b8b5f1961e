using System.Threading.Channels;

namespace Chronicle.Analysis;

/// <summary>
/// Runs a function over items in parallel and hands results to a consumer in input order, with at most
/// <c>window</c> items in flight so that memory stays bounded however long the input is.
/// </summary>
public static class OrderedParallel
{
    public static async Task RunAsync<TIn, TOut>(
        IEnumerable<TIn> items,
        Func<TIn, CancellationToken, TOut> work,
        Action<TIn, TOut> consume,
        int degreeOfParallelism,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(consume);
        var degree = Math.Max(1, degreeOfParallelism);

        // Each item becomes a task in a bounded channel; the consumer awaits them in order.
        var pending = Channel.CreateBounded<(TIn Item, Task<TOut> Result)>(new BoundedChannelOptions(degree * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var gate = new SemaphoreSlim(degree);

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var item in items)
                    {
                        await gate.WaitAsync(cancellationToken);
                        var task = Task.Run(
                            () =>
                            {
                                try
                                {
                                    return work(item, cancellationToken);
                                }
                                finally
                                {
                                    gate.Release();
                                }
                            },
                            cancellationToken);
                        await pending.Writer.WriteAsync((item, task), cancellationToken);
                    }

                    pending.Writer.Complete();
                }
                catch (Exception ex)
                {
                    pending.Writer.Complete(ex);
                }
            },
            cancellationToken);

        await foreach (var (item, result) in pending.Reader.ReadAllAsync(cancellationToken))
        {
            consume(item, await result);
        }

        await producer;
    }
}
