using System.Text;
using Chronicle.Annotations;
using Chronicle.Diagnostics;

namespace Chronicle.Extraction.Tests;

/// <summary>Hostile markup: huge attributes, absurd nesting, empty and binary input.</summary>
public sealed class RobustnessTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Article =
        "<p>The harbour authority approved the new ferry timetable on Monday after months of complaints from island residents.</p>"
        + "<p>Services will run every forty minutes in summer and every hour in winter, the authority said in a statement.</p>";

    [Fact]
    public void A_page_with_multi_megabyte_attributes_still_yields_its_article()
    {
        var huge = new string('x', 4 * 1024 * 1024);
        var html = $"<html lang=\"en\"><body><div data-state=\"{huge}\" class=\"story\" title=\"{huge}\">{Article}</div></body></html>";
        var document = Extractor.FromHtml(Encoding.UTF8.GetBytes(html), new DocumentSource(null));
        Assert.StartsWith("The harbour authority approved", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_thousand_nested_divs_do_not_overflow_the_stack()
    {
        var html = new StringBuilder("<html lang=\"en\"><body>");
        for (var i = 0; i < 20_000; i++)
        {
            html.Append("<div>");
        }

        html.Append(Article);
        var document = Extractor.FromHtml(Encoding.UTF8.GetBytes(html.ToString()), new DocumentSource(null));
        Assert.Contains("ferry timetable", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.NestingTooDeep);
    }

    [Fact]
    public void Empty_input_is_a_diagnostic_not_an_exception()
    {
        var document = Extractor.FromHtml([], new DocumentSource(null));
        Assert.Equal(string.Empty, document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.EmptyInput);
    }

    [Fact]
    public void Binary_input_is_rejected_with_a_fatal_diagnostic()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var document = Extractor.FromHtml(bytes, new DocumentSource(null));
        Assert.True(document.HasFatalDiagnostic);
    }

    [Fact]
    public void Paragraph_spans_index_the_text()
    {
        var html = "<html lang=\"en\"><body><article><h2>Timetable</h2>" + Article + "</article></body></html>";
        var document = Extractor.FromHtml(Encoding.UTF8.GetBytes(html), new DocumentSource(null));
        Assert.Equal(3, document.Paragraphs.Length);
        Assert.True(document.Paragraphs[0].IsHeading);
        Assert.Equal("Timetable", document.Text[document.Paragraphs[0].Span.Start..document.Paragraphs[0].Span.End]);
        Assert.EndsWith("said in a statement.", document.Text[document.Paragraphs[2].Span.Start..document.Paragraphs[2].Span.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_beyond_the_configured_limit_is_cut_at_a_paragraph_and_reported()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxTextChars = 150 });
        var html = "<html lang=\"en\"><body><article>" + Article + "</article></body></html>";
        var document = extractor.FromHtml(Encoding.UTF8.GetBytes(html), new DocumentSource(null));
        Assert.Single(document.Paragraphs);
        Assert.True(document.Text.Length <= 150);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.Truncated);
    }

    [Fact]
    public void Pages_without_a_language_attribute_get_one_detected()
    {
        var html = "<html><body><div class=\"texto\"><p>O governo anunciou nesta segunda-feira um novo pacote de medidas para conter a inflação, "
            + "que inclui cortes de impostos sobre alimentos e combustíveis.</p><p>Segundo o ministro, as medidas entram em vigor no próximo mês.</p></div></body></html>";
        var document = Extractor.FromHtml(Encoding.UTF8.GetBytes(html), new DocumentSource(null));
        Assert.Equal("pt", document.Language);
    }
}
