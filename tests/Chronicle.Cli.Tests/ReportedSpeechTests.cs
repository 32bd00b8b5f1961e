using System.Text.Json;

namespace Chronicle.Cli.Tests;

/// <summary>Indirect speech is reported as a quote with <c>direct: false</c> by default, and not with <c>--direct-only</c>.</summary>
public sealed class ReportedSpeechTests
{
    private const string Article = "Foreign Minister Anna Berg said that the talks had failed because neither side would compromise.\n";

    [Fact]
    public async Task Indirect_speech_is_a_quote_with_direct_false_by_default()
    {
        var (code, output, _) = await CliRunner.RunAsync(["analyze", "--json", "-"], Article);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var quote = Assert.Single(json.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.False(quote.GetProperty("direct").GetBoolean());
        Assert.Contains("Berg", quote.GetProperty("speakerName").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("the talks had failed", quote.GetProperty("text").GetString(), StringComparison.Ordinal);
        JsonContractTests.AssertContract(json.RootElement);
    }

    [Fact]
    public async Task Indirect_speech_is_not_a_quote_with_direct_only()
    {
        var (code, output, _) = await CliRunner.RunAsync(["analyze", "--json", "--direct-only", "-"], Article);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("quotes").GetArrayLength());
    }
}
