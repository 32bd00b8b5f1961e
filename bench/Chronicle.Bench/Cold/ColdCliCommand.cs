using System.Diagnostics;
using System.Globalization;

namespace Chronicle.Bench.Cold;

/// <summary>
/// <c>cold [--cli PATH] [--copies N] [--runs N] [--env NAME=VALUE]… [--shared PATH]</c>: what a new user meets. The
/// real pages of extraction-dev, copied N times (default 10: 600 pages) into a temporary folder, go through a fresh
/// <c>chronicle analyze --json FOLDER</c> process per run, start-up, model loading and compilation included. Prints, per
/// run and as the median, pages per wall-clock second, the latency of the first document (process start to its JSON
/// line) and the CPU seconds the process used (the figure that a busy machine does not distort), with the load average.
/// </summary>
internal static class ColdCliCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cli = BenchPaths.Root is { } root ? Path.Combine(root, "chronicle") : null;
        var copies = 10;
        var runs = 3;
        string? shared = null;
        var environment = new List<KeyValuePair<string, string>>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--cli": cli = Path.GetFullPath(args[i + 1]); break;
                case "--copies": copies = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--shared": shared = args[i + 1]; break;
                case "--env" when args[i + 1].IndexOf('=', StringComparison.Ordinal) is > 0 and var eq:
                    environment.Add(new(args[i + 1][..eq], args[i + 1][(eq + 1)..]));
                    break;
                default:
                    Console.Error.WriteLine($"cold: unknown option {args[i]}");
                    return 2;
            }
        }

        var html = BenchPaths.Shared(shared) is { } data ? Path.Combine(data, "data", "extraction-dev", "html") : null;
        if (html is null || !Directory.Exists(html) || cli is null || !File.Exists(cli))
        {
            Console.Error.WriteLine("cold: needs ../shared/data/extraction-dev (or --shared) and the CLI (--cli PATH, default ./chronicle).");
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("chronicle-cold-").FullName;
        try
        {
            var pages = CopyPages(html, folder, copies);

            // The wrapper builds on first use: that is not start-up, so it happens before any timed run.
            await RunCliAsync(cli, ["--version"], environment);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold CLI: {cli} analyze --json, {pages} pages ({copies} copies of extraction-dev), {Environment.ProcessorCount} cores"));
            foreach (var (name, value) in environment)
            {
                Console.WriteLine($"  env {name}={value}");
            }

            Console.WriteLine("run   pages   wall s   pages/s   first doc ms   CPU s   load avg");
            var results = new List<Run>();
            for (var run = 1; run <= runs; run++)
            {
                var load = LoadAverage();
                var result = await TimeRunAsync(cli, folder, environment);
                if (result.Documents != pages)
                {
                    Console.Error.WriteLine($"cold: the CLI printed {result.Documents} documents for {pages} pages");
                    return 1;
                }

                results.Add(result);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{run,3}   {pages,5}   {result.Wall.TotalSeconds,6:0.00}   {pages / result.Wall.TotalSeconds,7:0.0}   {result.FirstDocument.TotalMilliseconds,12:0}   {Cpu(result.Cpu),5}   {load}"));
            }

            var wall = Median(results.Select(r => r.Wall.TotalSeconds));
            var first = Median(results.Select(r => r.FirstDocument.TotalMilliseconds));
            var cpu = results.All(r => r.Cpu is not null) ? Median(results.Select(r => r.Cpu!.Value.TotalSeconds)) : double.NaN;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"median: {pages / wall:0.0} pages/s ({wall:0.00} s), first document {first:0} ms, {cpu:0.00} CPU s ({pages / cpu:0.0} pages per CPU-second)"));

            // The bar is a wall-clock rate on idle cores; on a busy machine the CPU seconds are the comparable figure.
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"bar: {pages / wall:0.0} pages/s against 150 on {Environment.ProcessorCount} cores: {(pages / wall >= 150 ? "met" : "not met")}; load average now {LoadAverage()} (a wall figure is valid for the bar only on an idle machine)"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int CopyPages(string html, string folder, int copies)
    {
        var files = Directory.GetFiles(html, "*.html");
        Array.Sort(files, StringComparer.Ordinal);
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"c{copy:00}-{Path.GetFileName(file)}")));
            }
        }

        return files.Length * copies;
    }

    private static async Task<Run> TimeRunAsync(string cli, string folder, List<KeyValuePair<string, string>> environment)
    {
        var cpuBefore = ChildCpu.Now();
        var clock = Stopwatch.StartNew();
        using var process = Start(cli, ["analyze", "--json", folder], environment);
        var firstDocument = TimeSpan.Zero;
        var documents = 0;
        var errors = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('{'))
            {
                if (documents++ == 0)
                {
                    firstDocument = clock.Elapsed;
                }
            }
        }

        await process.WaitForExitAsync();
        var wall = clock.Elapsed;
        var cpuAfter = ChildCpu.Now();
        if (process.ExitCode != 0)
        {
            Console.Error.Write(await errors);
        }

        return new Run(wall, firstDocument, documents, cpuBefore is { } before && cpuAfter is { } after ? after - before : null);
    }

    private static async Task RunCliAsync(string cli, string[] arguments, List<KeyValuePair<string, string>> environment)
    {
        using var process = Start(cli, arguments, environment);
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{cli} {string.Join(' ', arguments)} failed: {await errors}");
        }
    }

    private static Process Start(string cli, string[] arguments, List<KeyValuePair<string, string>> environment)
    {
        // A .dll is run with the dotnet host; the wrapper script or an apphost directly.
        var info = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { cli } }
            : new ProcessStartInfo(cli);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"cannot start {cli}");
    }

    private static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length >= 3 ? $"{fields[0]} {fields[1]} {fields[2]}" : "?";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string Cpu(TimeSpan? cpu) => cpu is { } value ? value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) : "?";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record Run(TimeSpan Wall, TimeSpan FirstDocument, int Documents, TimeSpan? Cpu);
}
