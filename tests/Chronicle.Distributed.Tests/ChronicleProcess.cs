using System.Diagnostics;
using System.Text;

namespace Chronicle.Distributed.Tests;

/// <summary>A real <c>chronicle</c> process started from the command-line tool built beside the tests.</summary>
internal sealed class ChronicleProcess : IDisposable
{
    private readonly StringBuilder _error = new();
    private readonly StringBuilder _output = new();

    private ChronicleProcess(Process process)
    {
        Process = process;
    }

    public Process Process { get; }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ChronicleProcess Start(params string[] args)
    {
        var directory = AppContext.BaseDirectory;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        if (!File.Exists(Path.Combine(directory, "chronicle.runtimeconfig.json")))
        {
            // Run the tool with the test host's dependency list, which includes everything the tool references.
            var self = Path.GetFileNameWithoutExtension(typeof(ChronicleProcess).Assembly.Location);
            info.ArgumentList.Add("exec");
            info.ArgumentList.Add("--runtimeconfig");
            info.ArgumentList.Add(Path.Combine(directory, self + ".runtimeconfig.json"));
            info.ArgumentList.Add("--depsfile");
            info.ArgumentList.Add(Path.Combine(directory, self + ".deps.json"));
        }

        info.ArgumentList.Add(Path.Combine(directory, "chronicle.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var started = new ChronicleProcess(process);
        process.OutputDataReceived += (_, e) => started.Append(started._output, e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(started._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await Process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }

    private void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }
}
