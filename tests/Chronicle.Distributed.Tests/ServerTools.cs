using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Chronicle.Distributed.Tests;

/// <summary>Finds the server programs the Debian packages install and runs helper commands.</summary>
internal static class ServerTools
{
    public static string? Find(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var candidates = path.Split(':', StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, program))
            .Concat(["/usr/sbin/" + program, "/usr/bin/" + program]);
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            // Debian keeps the PostgreSQL server programs out of PATH, one folder per major version.
            candidates = candidates.Concat(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal).Select(d => Path.Combine(d, "bin", program)));
        }

        return candidates.FirstOrDefault(File.Exists);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (clock.Elapsed < timeout)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Runs a command to completion; throws with its output when it fails.</summary>
    public static string Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }

        return output.Result;
    }

    public static bool IsRoot => Environment.UserName == "root";
}
