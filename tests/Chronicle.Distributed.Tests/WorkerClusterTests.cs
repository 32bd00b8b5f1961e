using System.Diagnostics;
using Chronicle.Storage;
using Chronicle.Storage.Postgres;

namespace Chronicle.Distributed.Tests;

/// <summary>
/// Real servers, real worker processes: inputs published to JetStream are analysed by three <c>chronicle worker</c>
/// processes into PostgreSQL; one is killed with SIGKILL mid-run and every input still ends up stored exactly once.
/// </summary>
[Collection(ServerGroup.Name)]
public sealed class WorkerClusterTests(ServersFixture servers)
{
    private const int Inputs = 60;

    [SkippableFact]
    public async Task Three_workers_one_killed_mid_run_store_every_input_exactly_once()
    {
        var store = servers.Postgres.CreateDatabase("cluster");
        var queueName = "kill" + Guid.NewGuid().ToString("N")[..8];
        var queue = servers.Nats.Url(queueName);
        var articles = Articles.WriteFiles(Inputs);
        try
        {
            var published = await new QueuePublisher(QueueLocation.Parse(queue)).PublishAsync([articles]);
            Assert.Equal(Inputs, published.Published);

            // A second publish of the same inputs is recognised by the queue and adds no work.
            var again = await new QueuePublisher(QueueLocation.Parse(queue)).PublishAsync([articles]);
            Assert.Equal(Inputs, again.Duplicates);

            string[] Args(string name) =>
                ["worker", "--queue", queue, "--store", store, "--batch", "4", "--parallel", "1", "--ack-wait", "3", "--exit-when-idle", "4", "--name", name];
            using var victim = ChronicleProcess.Start(Args("victim"));
            using var first = ChronicleProcess.Start(Args("first"));
            using var second = ChronicleProcess.Start(Args("second"));

            // Kill the victim once it has stored something and holds more: mid-run, with work in hand.
            var clock = Stopwatch.StartNew();
            while (!victim.Error.Contains("worker victim:", StringComparison.Ordinal) && !victim.Process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                await Task.Delay(50);
            }

            Assert.False(victim.Process.HasExited, "the victim exited before it could be killed: " + victim.Error);
            victim.Process.Kill();
            Assert.True(await victim.WaitForExitAsync(TimeSpan.FromSeconds(10)));

            Assert.True(await first.WaitForExitAsync(TimeSpan.FromSeconds(240)), "worker 'first' did not finish: " + first.Error);
            Assert.True(await second.WaitForExitAsync(TimeSpan.FromSeconds(60)), "worker 'second' did not finish: " + second.Error);
            Assert.Equal(0, first.Process.ExitCode);
            Assert.Equal(0, second.Process.ExitCode);

            await using var corpus = PostgresCorpusStore.Open(store);
            var keys = Directory.GetFiles(articles).Select(Path.GetFullPath).ToList();
            var done = await corpus.FindDoneSourcesAsync(keys);
            Assert.Equal(Inputs, done.Count);
            var stats = await corpus.StatsAsync();
            Assert.Equal(Inputs, stats.Documents);
            Assert.Equal(0, stats.Errors);
            var documentIds = new HashSet<long>();
            await foreach (var document in corpus.DocumentsJsonAsync())
            {
                Assert.True(documentIds.Add(document.Id));
            }

            Assert.Equal(Inputs, documentIds.Count);

            var status = await QueueStatusReader.ReadAsync(QueueLocation.Parse(queue));
            Assert.Equal(Inputs, status.Done);
            Assert.Equal(0, status.Failed);
            Assert.Equal(0, status.Pending);
            Assert.Equal(0, status.InFlight);
            Assert.True(status.Throughput > 0);
        }
        finally
        {
            Directory.Delete(articles, recursive: true);
        }
    }

    [SkippableFact]
    public async Task A_worker_sent_SIGTERM_finishes_and_acknowledges_its_batch_before_exiting()
    {
        var store = servers.Postgres.CreateDatabase("term");
        var queue = servers.Nats.Url("term" + Guid.NewGuid().ToString("N")[..8]);
        var articles = Articles.WriteFiles(24);
        try
        {
            await new QueuePublisher(QueueLocation.Parse(queue)).PublishAsync([articles]);
            using var worker = ChronicleProcess.Start("worker", "--queue", queue, "--store", store, "--batch", "8", "--parallel", "1", "--ack-wait", "60");
            var clock = Stopwatch.StartNew();
            while (!worker.Error.Contains("worker ", StringComparison.Ordinal) && !worker.Process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                await Task.Delay(50);
            }

            ServerTools.Run("kill", "-TERM", worker.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(await worker.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the worker did not stop on SIGTERM: " + worker.Error);
            Assert.Contains("stopping", worker.Error, StringComparison.Ordinal);

            // Nothing was left half done: no message in flight (the ack wait is a minute, so an unacknowledged one
            // would still show), and every acknowledged input is in the store.
            var status = await QueueStatusReader.ReadAsync(QueueLocation.Parse(queue));
            Assert.Equal(0, status.InFlight);
            Assert.Equal(24, status.Done + status.Pending);
            await using var corpus = CorpusStoreFactory.Open(store);
            Assert.Equal(status.Done, (await corpus.StatsAsync()).Documents);
        }
        finally
        {
            Directory.Delete(articles, recursive: true);
        }
    }
}
