using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Cli;
using Microsoft.Data.Sqlite;

namespace Chronicle.Corpus.Tests;

/// <summary>A real <c>chronicle ingest</c> process killed with SIGKILL and restarted loses nothing and duplicates nothing.</summary>
public sealed partial class CrashSafetyTests : IDisposable
{
    private const int Documents = 300;

    private static readonly string[] Places = ["Aleppo", "Idlib", "Homs", "Mosul", "Kunduz", "Gao", "Sanaa", "Tripoli", "Goma", "Kharkiv"];

    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-crash-").FullName;

    [Fact]
    public async Task An_ingest_killed_mid_run_and_restarted_stores_every_document_exactly_once()
    {
        var inputs = Path.Combine(_directory, "inputs");
        Directory.CreateDirectory(inputs);
        for (var i = 0; i < Documents; i++)
        {
            var place = Places[i % Places.Length];
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"Clashes in {place}\n\nAt least {i + 3} people were killed in {place} on Monday, officials said in report ref{i:D5}. Aid workers said {i * 7 + 11} families had fled.");
            await File.WriteAllTextAsync(Path.Combine(inputs, string.Create(CultureInfo.InvariantCulture, $"report-{i:D5}.txt")), text);
        }

        var db = Path.Combine(_directory, "corpus.db");

        // First run: killed once some batches are committed but well before the end.
        using (var first = Start(inputs, db))
        {
            var deadline = Stopwatch.StartNew();
            while (Sources(db) < 40 && !first.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(50);
            }

            Assert.False(first.HasExited, "the ingest finished before it could be killed; raise the document count");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var before = Sources(db);
        Assert.InRange(before, 1, Documents - 1);

        using (var second = Start(inputs, db))
        {
            var output = await second.StandardOutput.ReadToEndAsync();
            await second.WaitForExitAsync();
            Assert.True(second.ExitCode == 0, output + await second.StandardError.ReadToEndAsync());
            Assert.Contains("skipped", output, StringComparison.Ordinal);
        }

        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var references = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT text FROM documents";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                references.Add(Reference().Match(reader.GetString(0)).Value);
            }
        }

        Assert.Equal(Documents, references.Count);
        Assert.Equal(Documents, references.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Documents, Scalar(connection, "SELECT COUNT(*) FROM sources"));
        Assert.Equal(0, Scalar(connection, "SELECT COUNT(*) FROM errors"));
        Assert.Equal(Scalar(connection, "SELECT COUNT(*) FROM documents"), Scalar(connection, "SELECT COUNT(*) FROM documents_fts"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [GeneratedRegex("ref[0-9]{5}")]
    private static partial Regex Reference();

    private static Process Start(string inputs, string db)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CliPath(), "ingest", inputs, "--db", db, "--batch", "8" })
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>The built CLI: beside the tests when its runtime config was copied, else in its own output folder.</summary>
    private static string CliPath()
    {
        var beside = typeof(ChronicleCli).Assembly.Location;
        if (File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testDirectory.Name;
        string[] candidates =
        [
            Path.Combine(testDirectory.Parent!.FullName, "..", "Chronicle.Cli", configuration, "chronicle.dll"),
            Path.Combine(Testing.RepoPaths.Root, "src", "Chronicle.Cli", "bin", testDirectory.Parent!.Name, configuration, "chronicle.dll"),
        ];
        return candidates.Select(Path.GetFullPath).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("The chronicle CLI is not built: " + string.Join(", ", candidates));
    }

    private static long Sources(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return Scalar(connection, "SELECT COUNT(*) FROM sources");
        }
        catch (SqliteException)
        {
            // The schema is still being created.
            return 0;
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
