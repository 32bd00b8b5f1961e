using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Chronicle.Distributed;

/// <summary>
/// Creates (or updates) the queue's streams and its shared consumer. Idempotent: the publisher, every worker and
/// <c>status</c> call it, so whichever starts first sets the queue up.
/// </summary>
public static class QueueTopology
{
    /// <summary>Publishes within this window with the same source key are stored once (a re-run ingest does not double the work).</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromMinutes(10);

    public static async Task<NatsConnection> ConnectAsync(QueueLocation location, string clientName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var connection = new NatsConnection(NatsOpts.Default with
        {
            Url = location.ServerUrl,
            Name = clientName,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            RequestTimeout = TimeSpan.FromSeconds(30),
        });
        try
        {
            await connection.ConnectAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public static async Task EnsureStreamsAsync(INatsJSContext js, QueueLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentNullException.ThrowIfNull(location);
        await js.CreateOrUpdateStreamAsync(
            new StreamConfig(location.WorkStream, [location.WorkSubject])
            {
                Description = "Chronicle inputs waiting for analysis; a message is removed once a worker has stored its result.",
                Retention = StreamConfigRetention.Workqueue,
                Storage = StreamConfigStorage.File,
                DuplicateWindow = DuplicateWindow,
                Discard = StreamConfigDiscard.New,
            },
            cancellationToken);
        await js.CreateOrUpdateStreamAsync(
            new StreamConfig(location.ResultStream, [location.Name + ".results.>"])
            {
                Description = "One small message per finished Chronicle input (done or failed), for status and throughput.",
                Retention = StreamConfigRetention.Limits,
                Storage = StreamConfigStorage.File,
                DuplicateWindow = DuplicateWindow,
                MaxAge = TimeSpan.FromDays(30),
            },
            cancellationToken);
    }

    /// <summary>The shared pull consumer; <paramref name="options"/> set its redelivery and in-flight limits.</summary>
    public static async Task<INatsJSConsumer> EnsureConsumerAsync(INatsJSContext js, QueueLocation location, WorkerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(options);
        return await js.CreateOrUpdateConsumerAsync(
            location.WorkStream,
            new ConsumerConfig(QueueLocation.Consumer)
            {
                Description = "Chronicle workers: each input goes to one of them and comes back if it is not acknowledged in time.",
                AckPolicy = ConsumerConfigAckPolicy.Explicit,
                AckWait = options.AckWait,
                MaxAckPending = options.MaxInFlight,
                MaxDeliver = -1,
                DeliverPolicy = ConsumerConfigDeliverPolicy.All,
            },
            cancellationToken);
    }
}
