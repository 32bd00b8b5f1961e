using System.Text.Json;
using Chronicle.Testing;

namespace Chronicle.Cli.Tests;

/// <summary>Exit codes: 0 success, 1 some inputs failed (the rest still printed), 2 bad usage.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Missing_file_fails_with_1_and_names_the_file()
    {
        var missing = Path.Combine(_folder, "nope.txt");

        var (code, output, error) = await CliRunner.RunAsync(["analyze", "--json", missing]);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("nope.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_file_succeeds_with_an_empty_document_and_a_diagnostic()
    {
        var empty = Path.Combine(_folder, "empty.txt");
        await File.WriteAllBytesAsync(empty, []);

        var (code, output, _) = await CliRunner.RunAsync(["analyze", "--json", empty]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(string.Empty, json.RootElement.GetProperty("text").GetString());
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "EmptyInput");
    }

    [Fact]
    public async Task Binary_file_fails_with_1()
    {
        var binary = Path.Combine(_folder, "image.txt");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var (code, output, error) = await CliRunner.RunAsync(["analyze", "--json", binary]);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("image.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_bad_usage_with_2()
    {
        var (code, output, error) = await CliRunner.RunAsync(["analyze", "--frobnicate", Path.Combine(RepoPaths.Examples, "wire-border-clashes.txt")]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_argument_is_bad_usage_with_2()
    {
        var (code, _, _) = await CliRunner.RunAsync(["analyze"]);

        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Directory_with_one_bad_file_prints_the_good_ones_in_order_and_exits_1()
    {
        var nested = Directory.CreateDirectory(Path.Combine(_folder, "b-nested")).FullName;
        await File.WriteAllTextAsync(Path.Combine(_folder, "a-first.txt"), "Police said 3 people were arrested.");
        await File.WriteAllBytesAsync(Path.Combine(_folder, "a-second.bin"), [0, 1, 2, 3, 0, 0, 0, 255]);
        await File.WriteAllTextAsync(Path.Combine(nested, "c-third.html"), "<html><body><p>Officials said the bridge reopened on Monday.</p></body></html>");

        var (code, output, error) = await CliRunner.RunAsync(["analyze", "--json", _folder]);

        Assert.Equal(1, code);
        Assert.Contains("a-second.bin", error, StringComparison.Ordinal);
        var paths = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("source").GetProperty("path").GetString())
            .Select(path => Path.GetFileName(path!))
            .ToArray();
        Assert.Equal(["a-first.txt", "c-third.html"], paths);
    }

    [Fact]
    public async Task Readable_report_shows_the_title_without_json()
    {
        var (code, output, _) = await CliRunner.RunAsync(["analyze", Path.Combine(RepoPaths.Examples, "cluttered-page.html")]);

        Assert.Equal(0, code);
        Assert.Contains("Protesters rally in Belgrade", output, StringComparison.Ordinal);
        Assert.Contains("Entities", output, StringComparison.Ordinal);
    }
}
