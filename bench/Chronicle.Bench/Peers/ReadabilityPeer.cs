using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Chronicle.Bench.Throughput;

namespace Chronicle.Bench.Peers;

/// <summary>
/// Mozilla Readability with jsdom, run by node over the same replicated pages. It is installed into a scratch folder
/// outside the repository; when node or the packages are missing the bench says how to set them up and goes on.
/// </summary>
internal static class ReadabilityPeer
{
    public static string PeersFolder =>
        Environment.GetEnvironmentVariable("CHRONICLE_PEERS") is { Length: > 0 } configured ? configured : "/tmp/chronicle-peers";

    public static string SetUpHint =>
        $"mkdir -p {PeersFolder} && cd {PeersFolder} && npm init -y && npm install @mozilla/readability jsdom";

    /// <summary>Runs the peer, or returns null and a reason when it cannot.</summary>
    public static (PassResult? Result, string? Skipped) Run(string htmlFolder, int documents, TextWriter log)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Peers", "readability-bench.cjs");
        if (!Directory.Exists(Path.Combine(PeersFolder, "node_modules", "jsdom"))
            || !Directory.Exists(Path.Combine(PeersFolder, "node_modules", "@mozilla", "readability")))
        {
            return (null, $"Readability is not installed in {PeersFolder}; to compare, run: {SetUpHint}");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, PeersFolder, htmlFolder, documents.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        log.WriteLine($"readability: node over {documents} documents …");
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                return (null, $"node exited with {process.ExitCode}: {errors.Result.Trim()}");
            }

            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            return (new PassResult(
                "readability (node, jsdom)",
                1,
                root.GetProperty("documents").GetInt32(),
                root.GetProperty("seconds").GetDouble(),
                root.GetProperty("cpuSeconds").GetDouble(),
                root.GetProperty("bytes").GetInt64(),
                root.GetProperty("maxRssBytes").GetInt64(),
                Failures: root.GetProperty("failures").GetInt32()), null);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "node is not installed; install Node.js, then: " + SetUpHint);
        }
    }
}
