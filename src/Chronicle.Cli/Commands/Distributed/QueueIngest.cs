using System.Globalization;
using Chronicle.Distributed;
using Chronicle.Storage;
using NATS.Client.Core;

namespace Chronicle.Cli.Commands.Distributed;

/// <summary>
/// <c>chronicle ingest SOURCE… --queue nats://…</c>: instead of analysing here, put each input on the work queue for
/// <c>chronicle worker</c> processes. With a store given, inputs it already holds are not sent again.
/// </summary>
public static class QueueIngest
{
    public static async Task<int> RunAsync(CliIo io, IReadOnlyList<string> sources, string queue, string? storeLocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(sources);
        var location = QueueOption.Parse(queue, io);
        if (location is null)
        {
            return ExitCodes.Usage;
        }

        ICorpusStore? store = null;
        try
        {
            if (storeLocation is not null)
            {
                store = CorpusStoreFactory.Open(storeLocation);
            }

            var publisher = new QueuePublisher(location);
            var summary = await publisher.PublishAsync(sources, store, new PlainProgress<PublishSummary>(io.Error, p => p.Elapsed, ProgressLine), cancellationToken);
            await io.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Queued on {location}: {summary.Published} inputs published, {summary.Duplicates} already queued, {summary.Skipped} already stored; " +
                $"{summary.Bytes / 1024.0 / 1024.0:0.0} MB in {summary.Elapsed.TotalSeconds:0.0} s."));
            await io.Out.WriteLineAsync($"Run 'chronicle worker --queue {location} --store …' on any number of machines; 'chronicle status --queue {location}' shows progress.");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is NatsException or ArgumentException or InvalidOperationException or TimeoutException or IOException)
        {
            await io.Error.WriteLineAsync($"chronicle: cannot queue on {location}: {ex.Message}");
            return ExitCodes.SomeInputsFailed;
        }
        finally
        {
            if (store is not null)
            {
                await store.DisposeAsync();
            }
        }
    }

    private static string ProgressLine(PublishSummary value) =>
        string.Create(CultureInfo.InvariantCulture, $"queue: {value.Published} published, {value.Duplicates} already queued, {value.Skipped} already stored");
}
