using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Chronicle.Distributed;

/// <summary>Reads a queue's counts from the server: the work stream and its consumer, and the outcome stream's per-subject totals.</summary>
public static class QueueStatusReader
{
    public static async Task<QueueStatus> ReadAsync(QueueLocation location, TimeSpan? sample = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        await using var connection = await QueueTopology.ConnectAsync(location, "chronicle-status", cancellationToken);
        var js = new NatsJSContext(connection);
        await QueueTopology.EnsureStreamsAsync(js, location, cancellationToken);
        var first = await SnapshotAsync(js, location, cancellationToken);
        if (sample is not { } interval || interval <= TimeSpan.Zero)
        {
            return first.Status;
        }

        await Task.Delay(interval, cancellationToken);
        var second = await SnapshotAsync(js, location, cancellationToken);
        var finished = (second.Status.Done + second.Status.Failed) - (first.Status.Done + first.Status.Failed);
        return second.Status with { CurrentThroughput = finished / (second.At - first.At).TotalSeconds };
    }

    private static async Task<(QueueStatus Status, DateTimeOffset At)> SnapshotAsync(NatsJSContext js, QueueLocation location, CancellationToken cancellationToken)
    {
        var at = DateTimeOffset.UtcNow;
        var work = await js.GetStreamAsync(location.WorkStream, cancellationToken: cancellationToken);
        var results = await js.GetStreamAsync(location.ResultStream, new StreamInfoRequest { SubjectsFilter = location.Name + ".results.>" }, cancellationToken);
        long pending = work.Info.State.Messages, inFlight = 0, redelivered = 0;
        long waiting = 0;
        try
        {
            var consumer = await js.GetConsumerAsync(location.WorkStream, QueueLocation.Consumer, cancellationToken);
            pending = (long)consumer.Info.NumPending;
            inFlight = consumer.Info.NumAckPending;
            redelivered = consumer.Info.NumRedelivered;
            waiting = consumer.Info.NumWaiting;
        }
        catch (NatsJSApiException ex) when (ex.Error.Code == 404)
        {
            // No worker has started yet: everything on the queue is pending.
        }

        var subjects = results.Info.State.Subjects;
        var done = subjects is not null && subjects.TryGetValue(location.DoneSubject, out var d) ? (long)d : 0;
        var failed = subjects is not null && subjects.TryGetValue(location.FailedSubject, out var f) ? (long)f : 0;
        var state = results.Info.State;
        var span = Time(state.LastTs) - Time(state.FirstTs);
        var throughput = state.Messages > 1 && span > TimeSpan.Zero ? (state.Messages - 1) / span.TotalSeconds : 0;
        return (new QueueStatus(location.ToString(), (long)work.Info.State.LastSeq, pending, inFlight, redelivered, done, failed, waiting, throughput, null), at);
    }

    private static DateTimeOffset Time(string? value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var time) ? time : DateTimeOffset.MinValue;
}
