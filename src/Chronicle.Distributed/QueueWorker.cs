using System.Diagnostics;
using Chronicle.Analysis;
using Chronicle.Corpus.Ingest;
using Chronicle.Corpus.Sources;
using Chronicle.Storage;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Chronicle.Distributed;

/// <summary>
/// Pulls inputs from the work queue, analyses them, writes them to the store and acknowledges them only after the
/// store committed. A worker that dies leaves its messages unacknowledged, and the server hands them to another worker
/// once the ack wait runs out; the store's content-hash and source-key idempotence turns that at-least-once delivery
/// into exactly-once results. Backpressure: a worker holds at most one batch, pulls the next only after the previous
/// one is stored, and keeps its messages alive with progress signals while it waits, so a slow store slows the pulls
/// instead of causing redeliveries. Stopping (the stop token of <see cref="RunAsync"/>) ends the pulls; the
/// batch in hand is finished, stored and acknowledged before the worker returns.
/// </summary>
public sealed class QueueWorker
{
    private readonly QueueLocation _location;
    private readonly ICorpusStore _store;
    private readonly InputAnalyzer _analyzer;
    private readonly WorkerOptions _options;
    private readonly SourceLimits _limits;
    private long _messages;
    private long _added;
    private long _unchanged;
    private long _failed;
    private long _batches;

    public QueueWorker(QueueLocation location, ICorpusStore store, ChronicleAnalyzer analyzer, WorkerOptions? options = null, SourceLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(analyzer);
        _location = location;
        _store = store;
        _analyzer = new InputAnalyzer(analyzer);
        _options = options ?? WorkerOptions.Default;
        _limits = limits ?? SourceLimits.Default;
    }

    /// <summary>Reports each stored batch (for logs).</summary>
    public event Action<WorkerSummary>? BatchStored;

    /// <summary>Runs until <paramref name="stop"/> is cancelled (graceful) or, with <see cref="WorkerOptions.ExitWhenIdle"/>, the queue stays empty.</summary>
    /// <param name="abort">Cancels even the batch in hand (its messages are then redelivered to another worker).</param>
    public async Task<WorkerSummary> RunAsync(CancellationToken stop, CancellationToken abort = default)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await QueueTopology.ConnectAsync(_location, "chronicle-worker " + _options.Name, abort);
        var js = new NatsJSContext(connection);
        await QueueTopology.EnsureStreamsAsync(js, _location, abort);
        var consumer = await QueueTopology.EnsureConsumerAsync(js, _location, _options, abort);
        var idleSince = (TimeSpan?)null;

        while (!stop.IsCancellationRequested)
        {
            var batch = new List<INatsJSMsg<byte[]>>(_options.BatchSize);
            try
            {
                await foreach (var message in consumer.FetchAsync<byte[]>(
                    new NatsJSFetchOpts { MaxMsgs = _options.BatchSize, Expires = _options.PullWait },
                    cancellationToken: stop))
                {
                    batch.Add(message);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopping mid-pull: anything already received is processed below; the rest is redelivered.
            }

            if (batch.Count == 0)
            {
                if (_options.ExitWhenIdle is { } idle)
                {
                    await consumer.RefreshAsync(abort);
                    if (consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0)
                    {
                        idleSince ??= clock.Elapsed;
                        if (clock.Elapsed - idleSince >= idle)
                        {
                            break;
                        }
                    }
                    else
                    {
                        idleSince = null;
                    }
                }

                continue;
            }

            idleSince = null;
            await ProcessAsync(js, batch, abort);
            BatchStored?.Invoke(Snapshot(clock.Elapsed));
        }

        return Snapshot(clock.Elapsed);
    }

    private WorkerSummary Snapshot(TimeSpan elapsed) => new(
        Interlocked.Read(ref _messages), Interlocked.Read(ref _added), Interlocked.Read(ref _unchanged), Interlocked.Read(ref _failed), Interlocked.Read(ref _batches), elapsed);

    private async Task ProcessAsync(NatsJSContext js, List<INatsJSMsg<byte[]>> batch, CancellationToken abort)
    {
        using var keepAlive = CancellationTokenSource.CreateLinkedTokenSource(abort);
        var heartbeat = KeepAliveAsync(batch, keepAlive.Token);
        try
        {
            var outcomes = new IngestOutcome[batch.Count];
            await Parallel.ForEachAsync(
                Enumerable.Range(0, batch.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = abort },
                (i, token) =>
                {
                    outcomes[i] = Analyse(batch[i], token);
                    return ValueTask.CompletedTask;
                });

            var documents = new List<DocumentRecord>(batch.Count);
            var errors = new List<IngestError>();
            foreach (var outcome in outcomes)
            {
                if (outcome.Record is { } record)
                {
                    documents.Add(record);
                }
                else if (outcome.Error is { } error)
                {
                    errors.Add(error);
                }
            }

            var result = await WriteWithRetryAsync(documents, errors, abort);

            // The store has committed: record the outcomes, then acknowledge. A crash between the two only repeats
            // work the store will recognise; the outcome messages share the source key as id, so they count once.
            var failedKeys = errors.Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
            var publishes = new List<Task<PubAckResponse>>(batch.Count);
            foreach (var outcome in outcomes)
            {
                var key = outcome.Record?.SourceKey ?? outcome.Error!.Source;
                var subject = failedKeys.Contains(key) ? _location.FailedSubject : _location.DoneSubject;
                publishes.Add(js.PublishAsync(
                    subject,
                    System.Text.Encoding.UTF8.GetBytes(_options.Name),
                    opts: new NatsJSPubOpts { MsgId = MessageKey.Of(key) },
                    cancellationToken: abort).AsTask());
            }

            foreach (var publish in publishes)
            {
                // A duplicate is an outcome recorded before a redelivery: counted once, as intended.
                var ack = await publish;
                if (!ack.Duplicate)
                {
                    ack.EnsureSuccess();
                }
            }

            await keepAlive.CancelAsync();
            await Task.WhenAll(batch.Select(m => m.AckAsync(new AckOpts { DoubleAck = true }, abort).AsTask()));
            Interlocked.Add(ref _messages, batch.Count);
            Interlocked.Add(ref _added, result.Added);
            Interlocked.Add(ref _unchanged, result.Unchanged);
            Interlocked.Add(ref _failed, errors.Count);
            Interlocked.Increment(ref _batches);
        }
        finally
        {
            await keepAlive.CancelAsync();
            await heartbeat;
        }
    }

    private IngestOutcome Analyse(INatsJSMsg<byte[]> message, CancellationToken cancellationToken)
    {
        var fallbackKey = $"{_location.WorkStream}#{message.Metadata?.Sequence.Stream}";
        var deliveries = message.Metadata?.NumDelivered ?? 1;
        if (deliveries > (ulong)Math.Max(1, _options.MaxAttempts))
        {
            // Delivered again and again without ever being acknowledged: this input keeps killing workers.
            var key = WorkMessage.SourceKey(message.Headers) ?? fallbackKey;
            return new IngestOutcome(null, new IngestError(key, "worker", $"gave up after {deliveries - 1} deliveries that did not finish"));
        }

        var input = WorkMessage.Decode(message.Headers, message.Data ?? [], _limits, fallbackKey);
        return _analyzer.Analyze(input, cancellationToken);
    }

    /// <summary>Writes the batch; while the store is unavailable, waits and tries again (the messages are kept alive meanwhile).</summary>
    private async Task<WriteResult> WriteWithRetryAsync(List<DocumentRecord> documents, List<IngestError> errors, CancellationToken abort)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await _store.WriteBatchAsync(documents, errors, null, abort);
            }
            catch (Exception ex) when (attempt < 8 && !abort.IsCancellationRequested && ex is not ArgumentException)
            {
                await Console.Error.WriteLineAsync($"worker {_options.Name}: store write failed ({ex.GetType().Name}: {ex.Message}); retrying in {delay.TotalSeconds:0.#} s");
                await Task.Delay(delay, abort);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    /// <summary>Tells the server the batch is still being worked on, so its ack wait does not run out while we are alive.</summary>
    private async Task KeepAliveAsync(List<INatsJSMsg<byte[]>> batch, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(200).Ticks, _options.AckWait.Ticks / 3));
        try
        {
            while (true)
            {
                await Task.Delay(interval, cancellationToken);
                foreach (var message in batch)
                {
                    await message.AckProgressAsync(cancellationToken: cancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (NatsException)
        {
            // A lost connection ends the keep-alive; the messages will be redelivered, the store makes that harmless.
        }
    }
}
