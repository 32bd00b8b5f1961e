using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Distributed;
using NATS.Client.Core;

namespace Chronicle.Cli.Commands.Distributed;

/// <summary><c>chronicle status --queue nats://…</c>: pending, in flight, done, failed and throughput of a work queue.</summary>
public static class StatusCommand
{
    public static Command Create(CliIo io)
    {
        var queue = QueueOption.Create(required: true);
        var sample = new Option<double>("--sample") { Description = "Also measure the current rate over this many seconds." };
        var json = new Option<bool>("--json") { Description = "One JSON object instead of text." };
        var command = new Command("status", "Show a work queue's pending, in-flight, done and failed inputs and its throughput.") { queue, sample, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var location = QueueOption.Parse(result.GetValue(queue), io);
            if (location is null)
            {
                return ExitCodes.Usage;
            }

            QueueStatus status;
            try
            {
                var seconds = result.GetValue(sample);
                status = await QueueStatusReader.ReadAsync(location, seconds > 0 ? TimeSpan.FromSeconds(seconds) : null, cancellationToken);
            }
            catch (Exception ex) when (ex is NatsException or TimeoutException or InvalidOperationException)
            {
                await io.Error.WriteLineAsync($"chronicle: cannot read the queue {location}: {ex.Message}");
                return ExitCodes.SomeInputsFailed;
            }

            if (result.GetValue(json))
            {
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(status, StatusJson.Options));
                return ExitCodes.Success;
            }

            var c = CultureInfo.InvariantCulture;
            await io.Out.WriteLineAsync($"queue        {status.Queue}");
            await io.Out.WriteLineAsync(string.Create(c, $"published    {status.Published}"));
            await io.Out.WriteLineAsync(string.Create(c, $"pending      {status.Pending}"));
            await io.Out.WriteLineAsync(string.Create(c, $"in flight    {status.InFlight} ({status.Redelivered} redelivered)"));
            await io.Out.WriteLineAsync(string.Create(c, $"done         {status.Done}"));
            await io.Out.WriteLineAsync(string.Create(c, $"failed       {status.Failed}"));
            await io.Out.WriteLineAsync(string.Create(c, $"workers      {status.Workers} waiting for work"));
            var current = status.CurrentThroughput is { } now ? string.Create(c, $", {now:0.0} inputs/s now") : string.Empty;
            await io.Out.WriteLineAsync(string.Create(c, $"throughput   {status.Throughput:0.0} inputs/s overall{current}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static class StatusJson
    {
        public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    }
}
