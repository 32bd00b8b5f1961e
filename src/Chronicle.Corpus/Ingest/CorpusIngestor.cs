using System.Diagnostics;
using System.Threading.Channels;
using Chronicle.Analysis;
using Chronicle.Corpus.Dedup;
using Chronicle.Corpus.Sources;
using Chronicle.Storage;

namespace Chronicle.Corpus.Ingest;

/// <summary>
/// Streams sources into a store: read → analyse in parallel → write in batches, joined by bounded channels so that
/// memory depends on the worker and batch counts, not on the size of the input. Inputs a previous run finished are
/// skipped by source key, texts already stored by content hash, so a killed run restarted adds each document once.
/// A failing input becomes one error record; the batch goes on.
/// </summary>
public sealed class CorpusIngestor
{
    private readonly ICorpusStore _store;
    private readonly InputAnalyzer _analyzer;
    private readonly IngestOptions _options;

    public CorpusIngestor(ICorpusStore store, ChronicleAnalyzer analyzer, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(analyzer);
        _store = store;
        _analyzer = new InputAnalyzer(analyzer);
        _options = options ?? IngestOptions.Default;
    }

    public Task<IngestSummary> RunAsync(IReadOnlyList<string> sources, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return RunCoreAsync(
            string.Join(" ", sources),
            SourceReader.TotalBytes(sources),
            (consumed, token) => SourceReader.Read(sources, _options.Limits, consumed, token),
            progress,
            cancellationToken);
    }

    /// <summary>
    /// Ingests inputs another reader yields (a generator, a queue), pulled one at a time as the workers free up.
    /// <paramref name="totalBytes"/> only drives progress and may be 0 when unknown.
    /// </summary>
    public Task<IngestSummary> RunAsync(IEnumerable<RawInput> inputs, string description, long totalBytes = 0, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(description);
        return RunCoreAsync(description, totalBytes, (consumed, _) => Counted(inputs, consumed), progress, cancellationToken);
    }

    private static IEnumerable<RawInput> Counted(IEnumerable<RawInput> inputs, ByteCounter consumed)
    {
        foreach (var input in inputs)
        {
            consumed.Add(input.Size);
            yield return input;
        }
    }

    private async Task<IngestSummary> RunCoreAsync(string description, long totalBytes, Func<ByteCounter, CancellationToken, IEnumerable<RawInput>> read, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, _options.Workers);
        var clock = Stopwatch.StartNew();
        var consumed = new ByteCounter();
        var counters = new Counters();
        var runId = await _store.BeginRunAsync(description, cancellationToken);
        long peak = Environment.WorkingSet;

        var inputs = Channel.CreateBounded<RawInput>(new BoundedChannelOptions(workers * 2) { SingleWriter = true });
        // An analysed document (every layer plus its JSON) weighs far more than its input: keep only a few in flight
        // between the analysers and the writer, which drains them into the batch as they come.
        var outcomes = Channel.CreateBounded<IngestOutcome>(new BoundedChannelOptions(workers * 2) { SingleReader = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;

        IngestProgress Snapshot() => new(
            Interlocked.Read(ref counters.Seen),
            Interlocked.Read(ref counters.Added),
            Interlocked.Read(ref counters.Unchanged),
            Interlocked.Read(ref counters.Skipped),
            Interlocked.Read(ref counters.Failed),
            consumed.Value,
            totalBytes,
            clock.Elapsed);

        var reader = Task.Run(() => ReadAsync(read(consumed, token), inputs.Writer, counters, token), token);
        var analysers = Enumerable.Range(0, workers)
            .Select(_ => Task.Run(() => AnalyseAsync(inputs.Reader, outcomes.Writer, token), token))
            .ToArray();
        var closeOutcomes = Task.WhenAll(analysers).ContinueWith(t => outcomes.Writer.TryComplete(t.Exception), TaskScheduler.Default);
        var writer = Task.Run(() => WriteAsync(outcomes.Reader, runId, counters, token), token);

        using (var timer = new PeriodicTimer(_options.ProgressInterval))
        {
            var all = Task.WhenAll(reader, writer, closeOutcomes);
            while (!all.IsCompleted)
            {
                await Task.WhenAny(all, timer.WaitForNextTickAsync(CancellationToken.None).AsTask());
                peak = Math.Max(peak, Environment.WorkingSet);
                progress?.Report(Snapshot());
            }

            try
            {
                await all;
            }
            catch
            {
                await linked.CancelAsync();
                throw;
            }
        }

        var totals = Snapshot();
        await _store.UpdateRunAsync(runId, totals.Seen, totals.Added, totals.Unchanged, totals.Failed, finished: true, CancellationToken.None);
        var groups = 0;
        var clusters = 0;
        var records = 0;
        if (_options.Consolidate)
        {
            var grouping = await CorpusConsolidator.RunAsync(_store, null, cancellationToken);
            groups = grouping.DuplicateGroups.Select(g => g.GroupId).Distinct().Count();
            clusters = grouping.Clusters.GroupBy(c => c.GroupId).Count(g => g.Count() > 1);
            records = grouping.EventRecords.Count;
        }

        peak = Math.Max(peak, Environment.WorkingSet);
        progress?.Report(totals with { Elapsed = clock.Elapsed, Finished = true });
        return new IngestSummary(runId, totals, peak, groups, clusters, records);
    }

    private async Task ReadAsync(IEnumerable<RawInput> source, ChannelWriter<RawInput> inputs, Counters counters, CancellationToken cancellationToken)
    {
        try
        {
            var pending = new List<RawInput>(_options.ResumeLookupSize);
            long pendingBytes = 0;
            foreach (var input in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Interlocked.Increment(ref counters.Seen);
                pending.Add(input);
                pendingBytes += input.Size;
                if (pending.Count >= _options.ResumeLookupSize || pendingBytes >= _options.MaxBatchBytes)
                {
                    await ForwardAsync(pending, inputs, counters, cancellationToken);
                    pendingBytes = 0;
                }
            }

            await ForwardAsync(pending, inputs, counters, cancellationToken);
            inputs.TryComplete();
        }
        catch (Exception ex)
        {
            inputs.TryComplete(ex);
            throw;
        }
    }

    /// <summary>Sends on the inputs a previous run did not finish.</summary>
    private async Task ForwardAsync(List<RawInput> pending, ChannelWriter<RawInput> inputs, Counters counters, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var done = await _store.FindDoneSourcesAsync(pending.Select(p => p.SourceKey).ToList(), cancellationToken);
        foreach (var input in pending)
        {
            if (done.Contains(input.SourceKey))
            {
                Interlocked.Increment(ref counters.Skipped);
            }
            else
            {
                await inputs.WriteAsync(input, cancellationToken);
            }
        }

        pending.Clear();
    }

    private async Task AnalyseAsync(ChannelReader<RawInput> inputs, ChannelWriter<IngestOutcome> outcomes, CancellationToken cancellationToken)
    {
        await foreach (var input in inputs.ReadAllAsync(cancellationToken))
        {
            await outcomes.WriteAsync(_analyzer.Analyze(input, cancellationToken), cancellationToken);
        }
    }

    private async Task WriteAsync(ChannelReader<IngestOutcome> outcomes, long runId, Counters counters, CancellationToken cancellationToken)
    {
        var documents = new List<DocumentRecord>(_options.BatchSize);
        var errors = new List<IngestError>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        long batchBytes = 0;
        var flushes = 0;
        var sinceFlush = Stopwatch.StartNew();

        async Task FlushAsync()
        {
            if (documents.Count == 0 && errors.Count == 0)
            {
                return;
            }

            var result = await _store.WriteBatchAsync(documents, errors, runId, cancellationToken);
            Interlocked.Add(ref counters.Added, result.Added);
            Interlocked.Add(ref counters.Unchanged, result.Unchanged);
            Interlocked.Add(ref counters.Failed, result.Errors);
            documents.Clear();
            errors.Clear();
            keys.Clear();
            batchBytes = 0;
            sinceFlush.Restart();
            if (++flushes % 16 == 0)
            {
                await _store.UpdateRunAsync(
                    runId, Interlocked.Read(ref counters.Seen), Interlocked.Read(ref counters.Added), Interlocked.Read(ref counters.Unchanged),
                    Interlocked.Read(ref counters.Failed), finished: false, cancellationToken);
            }
        }

        while (await outcomes.WaitToReadAsync(cancellationToken))
        {
            while (outcomes.TryRead(out var outcome))
            {
                // The same source twice in one batch (a path named twice) is written once.
                if (outcome.Record is { } record && keys.Add(record.SourceKey))
                {
                    documents.Add(record);

                    // The contract JSON is about the size of everything else the record holds: a fair weight for it.
                    batchBytes += record.Json.Length * 4L;
                }
                else if (outcome.Error is { } error && keys.Add(error.Source))
                {
                    errors.Add(error);
                }

                if (documents.Count + errors.Count >= _options.BatchSize || batchBytes >= _options.MaxBatchBytes)
                {
                    await FlushAsync();
                }
            }

            // Nothing more ready: write what we have once in a while so a slow trickle still lands and progress moves.
            if (sinceFlush.Elapsed > TimeSpan.FromSeconds(1))
            {
                await FlushAsync();
            }
        }

        await FlushAsync();
    }

    private sealed class Counters
    {
        public long Seen;
        public long Added;
        public long Unchanged;
        public long Skipped;
        public long Failed;
    }
}
