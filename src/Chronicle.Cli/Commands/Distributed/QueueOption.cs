using System.CommandLine;
using Chronicle.Distributed;

namespace Chronicle.Cli.Commands.Distributed;

/// <summary><c>--queue nats://host:port[/name]</c>: the JetStream work queue a command publishes to or reads from.</summary>
public static class QueueOption
{
    public static Option<string?> Create(bool required) => new("--queue")
    {
        Description = "NATS JetStream work queue: nats://host:port[/name] (name defaults to 'chronicle').",
        Required = required,
    };

    /// <summary>Parses the location, or reports why not and returns null.</summary>
    public static QueueLocation? Parse(string? value, CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        if (string.IsNullOrWhiteSpace(value))
        {
            io.Error.WriteLine("chronicle: --queue nats://host:port[/name] is required.");
            return null;
        }

        try
        {
            return QueueLocation.Parse(value);
        }
        catch (ArgumentException ex)
        {
            io.Error.WriteLine($"chronicle: {ex.Message}");
            return null;
        }
    }
}
