using System.Diagnostics;

namespace Chronicle.Distributed.Tests;

/// <summary>A throw-away nats-server with JetStream, storing in a temporary directory, on a free loopback port.</summary>
public sealed class NatsServer : IDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private NatsServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string Url(string queue) => $"nats://127.0.0.1:{Port}/{queue}";

    public static string? Missing() =>
        ServerTools.Find("nats-server") is null ? "nats-server not found; install it with 'apt-get install -y nats-server'." : null;

    public static NatsServer Start()
    {
        var directory = Directory.CreateTempSubdirectory("chronicle-nats-").FullName;
        var port = ServerTools.FreePort();
        var info = new ProcessStartInfo(ServerTools.Find("nats-server")!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-js", "-sd", directory, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        ServerTools.WaitForPortAsync(port, TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        return new NatsServer(process, directory, port);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
