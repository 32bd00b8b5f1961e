using System.Diagnostics;
using Chronicle.Corpus.Sources;
using Chronicle.Storage;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Chronicle.Distributed;

/// <summary>
/// Reads sources and puts one message per input on the work queue. Each publish carries the source key as its
/// message id, so the stream stores an input once even if the publisher is run twice; with a store given, inputs it
/// already holds are not sent at all. Publishes are pipelined but bounded, so memory stays flat on any input size.
/// </summary>
public sealed class QueuePublisher(QueueLocation location, SourceLimits? limits = null)
{
    private const int ResumeLookupSize = 256;
    private const int MaxOutstanding = 64;

    private readonly SourceLimits _limits = limits ?? SourceLimits.Default;

    public async Task<PublishSummary> PublishAsync(
        IReadOnlyList<string> sources,
        ICorpusStore? skipDoneIn = null,
        IProgress<PublishSummary>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var clock = Stopwatch.StartNew();
        await using var connection = await QueueTopology.ConnectAsync(location, "chronicle-ingest", cancellationToken);
        var js = new NatsJSContext(connection);
        await QueueTopology.EnsureStreamsAsync(js, location, cancellationToken);
        var maxPayload = connection.ServerInfo?.MaxPayload ?? 1024 * 1024;

        long published = 0, duplicates = 0, skipped = 0, bytes = 0;
        var outstanding = new List<Task<PubAckResponse>>(MaxOutstanding);
        var pending = new List<RawInput>(ResumeLookupSize);
        var lastReport = clock.Elapsed;

        async Task DrainAsync(int keep)
        {
            while (outstanding.Count > keep)
            {
                var ack = await outstanding[0];
                outstanding.RemoveAt(0);
                if (ack.Duplicate)
                {
                    duplicates++;
                }
                else
                {
                    ack.EnsureSuccess();
                    published++;
                }
            }
        }

        async Task SendAsync()
        {
            var done = skipDoneIn is null || pending.Count == 0
                ? (IReadOnlySet<string>)new HashSet<string>()
                : await skipDoneIn.FindDoneSourcesAsync(pending.Select(p => p.SourceKey).ToList(), cancellationToken);
            foreach (var input in pending)
            {
                if (done.Contains(input.SourceKey))
                {
                    skipped++;
                    continue;
                }

                var (headers, body) = WorkMessage.Encode(input, maxPayload);
                bytes += body.Length;
                outstanding.Add(js.PublishAsync(
                    location.WorkSubject,
                    body,
                    opts: new NatsJSPubOpts { MsgId = MessageKey.Of(input.SourceKey) },
                    headers: headers,
                    cancellationToken: cancellationToken).AsTask());
                await DrainAsync(MaxOutstanding - 1);
            }

            pending.Clear();
            if (progress is not null && clock.Elapsed - lastReport > TimeSpan.FromMilliseconds(500))
            {
                lastReport = clock.Elapsed;
                progress.Report(new PublishSummary(published, duplicates, skipped, bytes, clock.Elapsed));
            }
        }

        foreach (var input in SourceReader.Read(sources, _limits, cancellationToken: cancellationToken))
        {
            pending.Add(input);
            if (pending.Count >= ResumeLookupSize)
            {
                await SendAsync();
            }
        }

        await SendAsync();
        await DrainAsync(0);
        var summary = new PublishSummary(published, duplicates, skipped, bytes, clock.Elapsed);
        progress?.Report(summary);
        return summary;
    }
}
