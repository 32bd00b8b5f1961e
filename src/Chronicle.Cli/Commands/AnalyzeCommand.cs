using System.CommandLine;
using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Cli.Reports;
using Chronicle.Json;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle analyze PATH… [--json]</c>: analyse files, directories or standard input.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories to analyse (.html/.htm as web pages, others as text); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(CliValidation.RejectUnknownOptions);
        var json = new Option<bool>("--json") { Description = "Print one JSON object per input (JSON Lines)." };
        var tokens = new Option<bool>("--tokens") { Description = "With --json, add the tokens layer: span, lemma, universal POS, head and dependency relation per token (parsing, as --accurate does)." };
        var accurate = new Option<bool>("--accurate") { Description = "Use the accurate (slower) models where available." };
        // Indirect speech is the default now: the old switch is still accepted, does nothing, and is left out of the help.
        var reportedSpeech = new Option<bool>("--reported-speech") { Description = "No effect: indirect speech is reported by default.", Hidden = true };
        var directOnly = new Option<bool>("--direct-only") { Description = "Report only direct quotations, not indirect speech (\"X said that …\", reported by default as quotes with direct: false)." };
        var command = new Command("analyze", "Analyse articles and print what they say: entities, quotes, counts, events, tone.")
        {
            paths, json, tokens, accurate, reportedSpeech, directOnly,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var options = AnalyzerOptions.Default with
            {
                Mode = result.GetValue(accurate) || result.GetValue(tokens) ? AnalysisMode.Accurate : AnalysisMode.Fast,
                ReportedSpeech = !result.GetValue(directOnly),
            };
            ModelWarmup.Start(options);
            var analyzer = options == AnalyzerOptions.Default ? ChronicleAnalyzer.Default : new ChronicleAnalyzer(options);
            return RunAsync(io, analyzer, result.GetValue(paths) ?? [], result.GetValue(json), cancellationToken, result.GetValue(tokens));
        });
        return command;
    }

    public static async Task<int> RunAsync(CliIo io, ChronicleAnalyzer analyzer, IReadOnlyList<string> paths, bool json, CancellationToken cancellationToken, bool tokens = false)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(analyzer);
        var failed = 0;
        var stdin = paths.Contains(InputFile.StandardInputName) ? ReadAll(io.OpenStandardInput()) : null;
        var report = json ? null : new DocumentReport(io.Out);

        await OrderedParallel.RunAsync(
            InputFile.Expand(paths),
            (input, token) => input.File is null ? new Outcome(null, input.Error) : Analyze(analyzer, input.File, stdin, token),
            (_, outcome) =>
            {
                if (outcome.Error is not null)
                {
                    failed++;
                    io.Error.WriteLine($"chronicle: {outcome.Error}");
                    return;
                }

                var document = outcome.Document!;
                if (json)
                {
                    io.Out.WriteLine(DocumentJsonWriter.ToJson(document, tokens));
                }
                else
                {
                    report!.Write(document);
                }
            },
            Environment.ProcessorCount,
            cancellationToken);

        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private static Outcome Analyze(ChronicleAnalyzer analyzer, InputFile input, byte[]? stdin, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = input.IsStandardInput ? stdin! : File.ReadAllBytes(input.Path);
            var kind = input.IsStandardInput ? Sniff(bytes) : ChronicleAnalyzer.KindOf(input.Path);
            var document = analyzer.Analyze(bytes, kind, new DocumentSource(input.Path), cancellationToken);
            var fatal = document.Diagnostics.FirstOrDefault(d => Diagnostics.DiagnosticCodes.IsFatal(d.Code));
            return fatal is null ? new Outcome(document, null) : new Outcome(null, $"{input.Path}: {fatal.Message}");
        }
        catch (IOException ex)
        {
            return new Outcome(null, $"{input.Path}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return new Outcome(null, $"{input.Path}: {ex.Message}");
        }
    }

    /// <summary>Standard input has no extension: treat it as HTML when it starts like markup.</summary>
    private static InputKind Sniff(ReadOnlySpan<byte> bytes)
    {
        var trimmed = bytes.TrimStart(" \t\r\n\xEF\xBB\xBF"u8);
        return trimmed.Length > 0 && trimmed[0] == (byte)'<' ? InputKind.Html : InputKind.Text;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }

    private sealed record Outcome(Document? Document, string? Error);
}
