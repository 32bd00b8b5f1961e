using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Chronicle.Analysis;
using Chronicle.Distributed;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands.Distributed;

/// <summary>
/// <c>chronicle worker --queue nats://… --store postgres://…</c>: pull inputs from the work queue, analyse, store,
/// acknowledge. SIGTERM or Ctrl+C stops the pulls; the batch in hand is stored and acknowledged before exit.
/// </summary>
public static class WorkerCommand
{
    public static Command Create(CliIo io)
    {
        var queue = QueueOption.Create(required: true);
        var store = new Option<string>("--store") { Description = "Corpus store the results go to: postgres://user:password@host:port/db (or a SQLite path for one worker).", Required = true };
        var batch = new Option<int>("--batch") { Description = "Messages pulled, analysed and written together.", DefaultValueFactory = _ => WorkerOptions.Default.BatchSize };
        var parallel = new Option<int>("--parallel") { Description = "Documents analysed in parallel (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var ackWait = new Option<double>("--ack-wait") { Description = "Seconds before a dead worker's work is handed to another.", DefaultValueFactory = _ => WorkerOptions.Default.AckWait.TotalSeconds };
        var maxInFlight = new Option<int>("--max-in-flight") { Description = "Most unacknowledged messages across all workers.", DefaultValueFactory = _ => WorkerOptions.Default.MaxInFlight };
        var idle = new Option<double?>("--exit-when-idle") { Description = "Exit once the queue has been empty this many seconds (batch jobs, benchmarks)." };
        var name = new Option<string?>("--name") { Description = "Worker name for logs and outcome records (default host-pid)." };
        var command = new Command("worker", "Analyse inputs from a NATS JetStream work queue into a corpus store, alongside any number of other workers.")
        {
            queue, store, batch, parallel, ackWait, maxInFlight, idle, name,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var location = QueueOption.Parse(result.GetValue(queue), io);
            if (location is null)
            {
                return ExitCodes.Usage;
            }

            if (result.GetValue(batch) < 1 || result.GetValue(parallel) < 1 || result.GetValue(ackWait) < 1 || result.GetValue(maxInFlight) < 1)
            {
                await io.Error.WriteLineAsync("chronicle: --batch, --parallel and --max-in-flight must be at least 1, --ack-wait at least 1 second.");
                return ExitCodes.Usage;
            }

            var options = WorkerOptions.Default with
            {
                BatchSize = result.GetValue(batch),
                Parallelism = result.GetValue(parallel),
                AckWait = TimeSpan.FromSeconds(result.GetValue(ackWait)),
                MaxInFlight = Math.Max(result.GetValue(maxInFlight), result.GetValue(batch)),
                ExitWhenIdle = result.GetValue(idle) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                Name = result.GetValue(name) ?? WorkerOptions.Default.Name,
            };

            ICorpusStore corpus;
            try
            {
                corpus = CorpusStoreFactory.Open(result.GetValue(store)!);
            }
            catch (Exception ex)
            {
                await io.Error.WriteLineAsync($"chronicle: cannot open the store: {ex.Message}");
                return ExitCodes.Usage;
            }

            await using (corpus)
            {
                return await RunAsync(io, new QueueWorker(location, corpus, ChronicleAnalyzer.Default, options), options, cancellationToken);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(CliIo io, QueueWorker worker, WorkerOptions options, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var abort = new CancellationTokenSource();
        var signals = 0;
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            if (Interlocked.Increment(ref signals) == 1)
            {
                io.Error.WriteLine($"worker {options.Name}: stopping; finishing the batch in hand (signal again to abandon it).");
                stop.Cancel();
            }
            else
            {
                abort.Cancel();
            }
        }

        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        worker.BatchStored += s => io.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"worker {options.Name}: {s.Messages} inputs ({s.Added} added, {s.Unchanged} unchanged, {s.Failed} failed), {s.Rate:0.0}/s"));

        // The loop runs on a foreground thread: the command-line host returns shortly after a signal, and the runtime
        // then still waits for this thread, so the batch in hand is stored and acknowledged before the process ends.
        var finished = new TaskCompletionSource<WorkerSummary>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                finished.SetResult(worker.RunAsync(stop.Token, abort.Token).GetAwaiter().GetResult());
            }
            catch (Exception ex)
            {
                finished.SetException(ex);
            }
        })
        {
            IsBackground = false,
            Name = "chronicle-worker",
        };
        thread.Start();

        try
        {
            var summary = await finished.Task;
            await io.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"worker {options.Name}: stopped after {summary.Messages} inputs ({summary.Added} added, {summary.Unchanged} unchanged, {summary.Failed} failed) in {summary.Elapsed.TotalSeconds:0.0} s, {summary.Rate:0.0}/s."));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            await io.Error.WriteLineAsync($"worker {options.Name}: abandoned the batch in hand; it will be redelivered.");
            return ExitCodes.SomeInputsFailed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The queue or the store gave up (after the write retries); unacknowledged work goes to other workers.
            await io.Error.WriteLineAsync($"worker {options.Name}: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }
}
