using Chronicle.Annotations;
using Chronicle.Attribution.Quotes;
using Chronicle.Language;
using Chronicle.Pipeline;

namespace Chronicle.Attribution.Tests;

/// <summary>
/// Runs every example of <c>Specs/Quotes.md</c> through the quote stage without the language layer, and those of
/// <c>Specs/ReportedSpeech.md</c> through the real language stages first (the learned tagger reads their tokens).
/// </summary>
public sealed class QuoteSpecTests
{
    private static readonly AnalysisPipeline Language = new PipelineBuilder().AddLanguage(AnalysisMode.Fast).Build();

    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        foreach (var example in SpecFile.Read("Quotes.md"))
        {
            data.Add(example.Line, example.Heading);
        }

        return data;
    }

    public static TheoryData<int, string> ReportedExamples()
    {
        var data = new TheoryData<int, string>();
        foreach (var example in SpecFile.Read("ReportedSpeech.md"))
        {
            data.Add(example.Line, example.Heading);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Quote_spec_example_gives_the_expected_quotes_and_speakers(int line, string heading)
    {
        Run("Quotes.md", line, heading, new QuoteStage());
    }

    [Theory]
    [MemberData(nameof(ReportedExamples))]
    public void Reported_speech_example_gives_indirect_quotes(int line, string heading)
    {
        Run("ReportedSpeech.md", line, heading, new QuoteStage(reportedSpeech: true), Language);
    }

    [Theory]
    [MemberData(nameof(ReportedExamples))]
    public void Direct_only_stage_reports_no_indirect_speech(int line, string heading)
    {
        var example = SpecFile.Read("ReportedSpeech.md").Single(e => e.Line == line);
        Assert.Equal(heading, example.Heading);
        var document = new QuoteStage(reportedSpeech: false).Process(Language.Run(new Document(example.Input, new DocumentSource(null))), CancellationToken.None);
        Assert.All(document.Quotes, q => Assert.True(q.Direct, $"{example}: indirect quote '{q.Text}' with reported speech off"));
    }

    private static void Run(string file, int line, string heading, QuoteStage stage, AnalysisPipeline? language = null)
    {
        var example = SpecFile.Read(file).Single(e => e.Line == line);
        Assert.Equal(heading, example.Heading);
        var input = new Document(example.Input, new DocumentSource(null));
        var document = stage.Process(language is null ? input : language.Run(input), CancellationToken.None);
        var actual = document.Quotes.Select(Describe).ToList();
        Assert.True(
            example.Expected.Count == document.Quotes.Length,
            $"{example}: expected {example.Expected.Count} quotes, got {document.Quotes.Length}:\n  {string.Join("\n  ", actual)}");
        for (var i = 0; i < example.Expected.Count; i++)
        {
            var expected = SpecFile.Fields(example.Expected[i]);
            var quote = document.Quotes[i];
            Assert.Equal(quote.Text, example.Input[quote.Span.Start..quote.Span.End]);
            Check(example, expected, "quote", quote.Text, actual[i]);
            Check(example, expected, "speaker", quote.SpeakerName ?? "(none)", actual[i]);
            Check(example, expected, "cue", quote.Cue ?? "(none)", actual[i]);
            Check(example, expected, "direct", quote.Direct ? "true" : "false", actual[i]);
        }
    }

    private static void Check(SpecExample example, Dictionary<string, string> expected, string field, string actual, string line)
    {
        if (expected.TryGetValue(field, out var value))
        {
            Assert.True(string.Equals(value, actual, StringComparison.Ordinal), $"{example}: {field} expected '{value}', got '{actual}' in {line}");
        }
    }

    private static string Describe(Quote quote) =>
        $"quote: {quote.Text} | speaker: {quote.SpeakerName ?? "(none)"} | cue: {quote.Cue ?? "(none)"} | direct: {(quote.Direct ? "true" : "false")}";
}
