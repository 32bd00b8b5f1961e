using System.Text;
using Chronicle.Analysis.Guards;

namespace Chronicle.Analysis.Tests;

public sealed class MarkupGuardTests
{
    [Fact]
    public void Nested_divs_are_counted_level_by_level()
    {
        var html = Encoding.UTF8.GetBytes("<html><body><div><div><span>x</span></div></div></body></html>");
        Assert.Equal(3, MarkupDepth.Estimate(html));
    }

    [Fact]
    public void Void_elements_unclosed_paragraphs_and_self_closed_tags_do_not_deepen_the_estimate()
    {
        var html = Encoding.UTF8.GetBytes("<div><p>one<p>two<br><img src=x><li>a<li>b<svg/></div>");
        Assert.Equal(1, MarkupDepth.Estimate(html));
    }

    [Fact]
    public void Tags_inside_scripts_and_comments_are_ignored()
    {
        var html = Encoding.UTF8.GetBytes("<div><script>var s = '<div><div><div>';</script><!-- <div><div> --></div>");
        Assert.Equal(1, MarkupDepth.Estimate(html));
    }

    [Fact]
    public void A_hundred_thousand_levels_exceed_the_default_limit()
    {
        var html = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<div>", 100_000)));
        Assert.True(MarkupDepth.Exceeds(html, AnalyzerOptions.Default.MaxNestingDepth));
    }

    [Fact]
    public void Stripping_keeps_text_and_paragraph_breaks_and_drops_scripts()
    {
        var html = Encoding.UTF8.GetBytes("<title>T</title><p>Hello <b>big</b> world</p><script>alert('<p>no')</script><p>Second</p>");
        var text = Encoding.UTF8.GetString(MarkupStripper.Strip(html));
        Assert.DoesNotContain("alert", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.Contains("Hello  big  world", text, StringComparison.Ordinal);
        Assert.Contains("\n\nSecond", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stripping_truncated_markup_never_reads_past_the_end()
    {
        foreach (var fragment in new[] { "<", "<!--", "<div", "</", "<script>x", "a<b" })
        {
            var stripped = MarkupStripper.Strip(Encoding.ASCII.GetBytes(fragment));
            Assert.True(stripped.Length <= fragment.Length);
        }
    }
}
