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
/// into exactly-once results. Backpressure: a worker holds at most two batches — it analyses one while the one before
/// is written and acknowledged, so its cores do not wait for the store — and keeps their messages alive with progress
/// signals meanwhile, so a slow store slows the pulls instead of causing redeliveries. Stopping (the stop token of
/// <see cref="RunAsync"/>) ends the pulls; the batches in hand are finished, stored and acknowledged before the worker
/// returns.
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
        Task? pending = null;

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

            // The previous batch is written and acknowledged while this one is analysed, so the cores do not wait
            // for the store and the pull; one write at a time, in pull order.
            BatchInHand analysed;
            try
            {
                analysed = await AnalyseAsync(batch, abort);
            }
            catch when (pending is not null)
            {
                // The batch before is still being written: let it end (its own failure is then moot) before this
                // error leaves the worker, so no write runs on unobserved.
                await pending.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                throw;
            }

            if (pending is not null)
            {
                await pending;
            }

            pending = CommitAsync(js, analysed, clock, abort);
        }

        if (pending is not null)
        {
            await pending;
        }

        return Snapshot(clock.Elapsed);
    }

    private WorkerSummary Snapshot(TimeSpan elapsed) => new(
        Interlocked.Read(ref _messages), Interlocked.Read(ref _added), Interlocked.Read(ref _unchanged), Interlocked.Read(ref _failed), Interlocked.Read(ref _batches), elapsed);

    /// <summary>A pulled batch, its analyses and the progress signals that keep it ours until it is acknowledged.</summary>
    private sealed class BatchInHand(List<INatsJSMsg<byte[]>> messages, IngestOutcome[] outcomes, CancellationTokenSource keepAlive, Task heartbeat)
    {
        public List<INatsJSMsg<byte[]>> Messages { get; } = messages;

        public IngestOutcome[] Outcomes { get; } = outcomes;

        public CancellationTokenSource KeepAlive { get; } = keepAlive;

        public Task Heartbeat { get; } = heartbeat;

        public async Task ReleaseAsync()
        {
            await KeepAlive.CancelAsync();
            await Heartbeat;
            KeepAlive.Dispose();
        }
    }

    private async Task<BatchInHand> AnalyseAsync(List<INatsJSMsg<byte[]>> batch, CancellationToken abort)
    {
        var keepAlive = CancellationTokenSource.CreateLinkedTokenSource(abort);
        var inHand = new BatchInHand(batch, new IngestOutcome[batch.Count], keepAlive, KeepAliveAsync(batch, keepAlive.Token));
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, batch.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = abort },
                (i, token) =>
                {
                    inHand.Outcomes[i] = Analyse(batch[i], token);
                    return ValueTask.CompletedTask;
                });
            return inHand;
        }
        catch
        {
            await inHand.ReleaseAsync();
            throw;
        }
    }

    private async Task CommitAsync(NatsJSContext js, BatchInHand inHand, Stopwatch clock, CancellationToken abort)
    {
        var batch = inHand.Messages;
        var outcomes = inHand.Outcomes;
        try
        {
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

            await inHand.KeepAlive.CancelAsync();
            await Task.WhenAll(batch.Select(m => m.AckAsync(new AckOpts { DoubleAck = true }, abort).AsTask()));
            Interlocked.Add(ref _messages, batch.Count);
            Interlocked.Add(ref _added, result.Added);
            Interlocked.Add(ref _unchanged, result.Unchanged);
            Interlocked.Add(ref _failed, errors.Count);
            Interlocked.Increment(ref _batches);
        }
        finally
        {
            await inHand.ReleaseAsync();
        }

        BatchStored?.Invoke(Snapshot(clock.Elapsed));
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
