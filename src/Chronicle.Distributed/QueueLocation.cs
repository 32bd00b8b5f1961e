using System.Globalization;

namespace Chronicle.Distributed;

/// <summary>
/// Where the work queue lives: <c>nats://host:port/NAME</c>. One NATS server (or cluster) can hold several corpora's
/// queues side by side; <c>NAME</c> (default <c>chronicle</c>) names the streams, subjects and consumer of one.
/// </summary>
public sealed record QueueLocation
{
    private QueueLocation(string serverUrl, string name)
    {
        ServerUrl = serverUrl;
        Name = name;
    }

    /// <summary>The NATS server URL without the queue name (credentials kept).</summary>
    public string ServerUrl { get; }

    /// <summary>Queue name: lower-case letters, digits, '-' and '_'.</summary>
    public string Name { get; }

    /// <summary>Work-queue stream: each message is one input, removed once a worker acknowledges it.</summary>
    public string WorkStream => Upper + "_WORK";

    public string WorkSubject => Name + ".work";

    /// <summary>Outcome stream: one small message per finished input, for <c>status</c> counts and throughput.</summary>
    public string ResultStream => Upper + "_RESULTS";

    public string DoneSubject => Name + ".results.done";

    public string FailedSubject => Name + ".results.failed";

    /// <summary>The durable pull consumer every worker shares, so each message goes to one of them.</summary>
    public const string Consumer = "workers";

    private string Upper => Name.ToUpperInvariant().Replace('-', '_');

    /// <exception cref="ArgumentException">Not a <c>nats://</c> location, or a bad queue name.</exception>
    public static QueueLocation Parse(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || !(uri.Scheme is "nats" or "tls" or "ws" or "wss") || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{location}' is not a queue location; expected nats://host:port[/name].", nameof(location));
        }

        var name = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (name.Length == 0)
        {
            name = "chronicle";
        }

        if (name.Length > 64 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"Queue name '{name}' in '{location}' must be 1-64 lower-case letters, digits, '-' or '_'.", nameof(location));
        }

        var port = uri.IsDefaultPort || uri.Port <= 0 ? 4222 : uri.Port;
        var userInfo = uri.UserInfo.Length > 0 ? uri.UserInfo + "@" : string.Empty;
        var server = string.Create(CultureInfo.InvariantCulture, $"{uri.Scheme}://{userInfo}{uri.Host}:{port}");
        return new QueueLocation(server, name);
    }

    public override string ToString() => $"{ServerUrl}/{Name}";
}
