using System.Text;
using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Pipeline;

namespace Chronicle.Analysis.Tests;

public sealed class LimitTests
{
    [Fact]
    public void A_page_nested_a_hundred_thousand_deep_is_read_as_text_with_a_diagnostic()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Deep words here.</p></body></html>";
        var document = new ChronicleAnalyzer(AnalyzerOptions.Default, new PipelineBuilder().Build()).AnalyzeHtml(html);

        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.NestingTooDeep);
        Assert.Equal("Deep words here.", document.Text);
    }

    [Fact]
    public void The_document_deadline_stops_a_slow_stage_keeps_earlier_layers_and_names_the_skipped_stages()
    {
        var pipeline = new PipelineBuilder()
            .Add(new TitleStage())
            .Add(new WaitingStage())
            .Add(new TitleStage("after"))
            .Build();
        var options = AnalyzerOptions.Default with { DocumentTimeLimit = TimeSpan.FromMilliseconds(100) };

        var document = new ChronicleAnalyzer(options, pipeline).AnalyzeText("Some text.");

        Assert.Equal("title", document.Title);
        var timeout = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCode.Timeout);
        Assert.Equal("waiting", timeout.Stage);
        Assert.Contains("waiting, after", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_stage_is_recorded_and_the_next_stages_still_run()
    {
        var pipeline = new PipelineBuilder().Add(new ThrowingStage()).Add(new TitleStage()).Build();

        var document = new ChronicleAnalyzer(AnalyzerOptions.Default, pipeline).AnalyzeText("Some text.");

        Assert.Equal("title", document.Title);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.StageFailed && d.Stage == "throwing");
    }

    [Fact]
    public void The_callers_cancellation_is_not_mistaken_for_a_timeout()
    {
        var pipeline = new PipelineBuilder().Add(new WaitingStage()).Build();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        Assert.ThrowsAny<OperationCanceledException>(() => new ChronicleAnalyzer(AnalyzerOptions.Default, pipeline).AnalyzeText("x", null, cancellation.Token));
    }

    [Fact]
    public void Oversized_input_is_capped_before_extraction()
    {
        var options = AnalyzerOptions.Default with { Extraction = AnalyzerOptions.Default.Extraction with { MaxInputBytes = 1000 } };
        var html = Encoding.UTF8.GetBytes("<html><body><p>" + new string('a', 5000) + "</p></body></html>");

        var document = new ChronicleAnalyzer(options, new PipelineBuilder().Build()).AnalyzeHtml(html, new DocumentSource("big.html"));

        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.InputTooLarge);
        Assert.True(document.Text.Length <= 1000);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_cut_at_a_paragraph_break_with_a_diagnostic()
    {
        var text = string.Join("\n\n", Enumerable.Repeat("Twelve words of text are in this paragraph, said the spokesman.", 20));
        var document = new Document(text, new DocumentSource("long.txt")) { Title = "Kept" };

        var capped = Guards.TextCap.Apply(document, 200);

        Assert.InRange(capped.Text.Length, 180, 200);
        Assert.EndsWith("spokesman.", capped.Text, StringComparison.Ordinal);
        Assert.Equal("Kept", capped.Title);
        Assert.Contains(capped.Diagnostics, d => d.Code == DiagnosticCode.Truncated);
        Assert.Same(document, Guards.TextCap.Apply(document, text.Length));
    }

    [Fact]
    public void Analysed_html_never_exceeds_the_text_limit()
    {
        var options = AnalyzerOptions.Default with { Extraction = AnalyzerOptions.Default.Extraction with { MaxTextChars = 200 } };
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Twelve words of text are in this paragraph, said the spokesman.</p>", 20)) + "</body></html>";

        var document = new ChronicleAnalyzer(options, new PipelineBuilder().Build()).AnalyzeHtml(html);

        Assert.InRange(document.Text.Length, 1, 200);
    }

    private sealed class TitleStage(string title = "title") : IDocumentStage
    {
        public string Name => title;

        public Document Process(Document document, CancellationToken cancellationToken) =>
            document.Title is null ? document with { Title = title } : document;
    }

    private sealed class WaitingStage : IDocumentStage
    {
        public string Name => "waiting";

        public Document Process(Document document, CancellationToken cancellationToken)
        {
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            cancellationToken.ThrowIfCancellationRequested();
            return document;
        }
    }

    private sealed class ThrowingStage : IDocumentStage
    {
        public string Name => "throwing";

        public Document Process(Document document, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }
}
