using System.Collections.Concurrent;
using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Fuzz;

namespace Chronicle.Robustness.Tests;

/// <summary>
/// Each hostile input yields a diagnostic (or, when the input is unusable, an error record) under the default limits,
/// and a batch holding all of them completes with every other document intact.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly ChronicleAnalyzer Analyzer = ChronicleAnalyzer.Default;

    [Fact]
    public void Invalid_utf8_is_decoded_with_replacements_and_reported()
    {
        var document = Analyze("broken.html", HostileInputs.InvalidUtf8());

        Assert.False(document.HasFatalDiagnostic);
        Assert.Contains(document.Diagnostics, d => d.Code is DiagnosticCode.InvalidEncoding or DiagnosticCode.EncodingGuessed);
        Assert.Contains("bridge", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_encodings_in_one_file_are_reported_not_fatal()
    {
        var document = Analyze("mixed.txt", HostileInputs.MixedEncodings());

        Assert.False(document.HasFatalDiagnostic);
        Assert.Contains(document.Diagnostics, d => d.Code is DiagnosticCode.InvalidEncoding or DiagnosticCode.EncodingGuessed);
        Assert.Contains("Caf", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_page_is_cut_at_the_input_limit_and_still_analysed()
    {
        // The limit is configurable; a 256 KB cap keeps this test quick (the default is in Default_limits_are_sane).
        var options = AnalyzerOptions.Default with { Extraction = AnalyzerOptions.Default.Extraction with { MaxInputBytes = 256 * 1024 } };

        var document = new ChronicleAnalyzer(options, Analyzer.Pipeline).Analyze(HostileInputs.HugePage(), InputKind.Html, new DocumentSource("huge.html"));

        DocumentInvariants.Check(document);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.InputTooLarge);
        Assert.InRange(document.Text.Length, 1, options.Extraction.MaxInputBytes);
    }

    [Fact]
    public void Default_limits_are_sane()
    {
        var options = AnalyzerOptions.Default;

        Assert.InRange(options.Extraction.MaxInputBytes, 1024 * 1024, 16 * 1024 * 1024);
        Assert.InRange(options.Extraction.MaxTextChars, 64 * 1024, 4 * 1024 * 1024);
        Assert.InRange(options.DocumentTimeLimit, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));
        Assert.InRange(options.MaxNestingDepth, 256, 10_000);
    }

    [Fact]
    public void Nesting_a_hundred_thousand_deep_is_reported_and_the_text_kept()
    {
        var document = Analyze("deep.html", HostileInputs.DeepNesting());

        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.NestingTooDeep);
        Assert.Contains("Deep.", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_files_are_rejected_with_an_error_record()
    {
        Assert.Contains(Analyze("image.html", HostileInputs.Binary()).Diagnostics, d => d.Code == DiagnosticCode.BinaryInput && d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(Analyze("image.txt", HostileInputs.Binary()).Diagnostics, d => d.Code == DiagnosticCode.BinaryInput);
    }

    [Fact]
    public void Nul_bytes_yield_a_diagnostic()
    {
        var document = Analyze("nul.txt", HostileInputs.NulBytes());

        Assert.NotEmpty(document.Diagnostics);
        DocumentInvariants.Check(document);
    }

    [Fact]
    public void Empty_files_are_reported_as_empty()
    {
        Assert.Contains(Analyze("empty.html", HostileInputs.Empty()).Diagnostics, d => d.Code == DiagnosticCode.EmptyInput);
        Assert.Contains(Analyze("empty.txt", HostileInputs.Empty()).Diagnostics, d => d.Code == DiagnosticCode.EmptyInput);
    }

    [Fact]
    public async Task A_batch_of_hostile_inputs_completes_and_keeps_the_good_documents()
    {
        (string Name, byte[] Bytes)[] batch =
        [
            ("good-before.txt", "\"We will rebuild,\" the mayor said on Monday."u8.ToArray()),
            ("broken.html", HostileInputs.InvalidUtf8()),
            ("mixed.txt", HostileInputs.MixedEncodings()),
            ("deep.html", HostileInputs.DeepNesting()),
            ("image.html", HostileInputs.Binary()),
            ("nul.txt", HostileInputs.NulBytes()),
            ("empty.txt", HostileInputs.Empty()),
            ("good-after.html", HostileInputs.ArticlePage()),
        ];
        var results = new ConcurrentDictionary<string, Document>(StringComparer.Ordinal);

        await OrderedParallel.RunAsync(
            batch,
            (input, token) => Analyzer.Analyze(input.Bytes, ChronicleAnalyzer.KindOf(input.Name), new DocumentSource(input.Name), token),
            (input, document) => results[input.Name] = document,
            degreeOfParallelism: 2);

        Assert.Equal(batch.Length, results.Count);
        foreach (var (name, document) in results)
        {
            DocumentInvariants.Check(document);
            Assert.True(name.StartsWith("good", StringComparison.Ordinal) || document.Diagnostics.Length > 0, $"{name} gave no diagnostic.");
        }

        Assert.Contains("mayor", results["good-before.txt"].Text, StringComparison.Ordinal);
        Assert.Contains("12 people", results["good-after.html"].Text, StringComparison.Ordinal);
        Assert.True(results["image.html"].HasFatalDiagnostic);
    }

    private static Document Analyze(string name, byte[] bytes)
    {
        var document = Analyzer.Analyze(bytes, ChronicleAnalyzer.KindOf(name), new DocumentSource(name));
        DocumentInvariants.Check(document);
        return document;
    }
}
