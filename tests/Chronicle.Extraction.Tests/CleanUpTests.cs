using Chronicle.Annotations;
using Chronicle.Extraction.PlainText;
using Chronicle.Testing;

namespace Chronicle.Extraction.Tests;

/// <summary>Trailers and boilerplate left by scrapers and reposts, in plain text and HTML.</summary>
public sealed class CleanUpTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("More :")]
    [InlineData("Comments")]
    [InlineData("12 comments")]
    [InlineData("Share this")]
    [InlineData("Share this article")]
    [InlineData("Related")]
    [InlineData("Related stories: Minister resigns")]
    [InlineData("Tags: politics, elections")]
    [InlineData("© 2020 The Daily Ledger")]
    [InlineData("All rights reserved.")]
    [InlineData("Leave a comment")]
    public void Trailer_lines_at_the_end_are_dropped(string trailer)
    {
        var kept = TrailerCleaner.Clean(["The council approved the budget on Monday.", "It takes effect in January.", trailer]);
        Assert.Equal(["The council approved the budget on Monday.", "It takes effect in January."], kept);
    }

    [Theory]
    [InlineData("More than 200 people were evacuated from the coast before the storm made landfall.")]
    [InlineData("Comments from the minister drew criticism from both opposition parties on Tuesday.")]
    [InlineData("Related talks in Geneva are expected to resume next week, diplomats said.")]
    public void Sentences_that_merely_start_like_a_trailer_are_kept(string last)
    {
        var kept = TrailerCleaner.Clean(["The council approved the budget on Monday.", last]);
        Assert.Equal(2, kept.Count);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Read more: Why the levee failed")]
    [InlineData("Photo: Reuters")]
    [InlineData("Story continues below advertisement")]
    public void Boilerplate_lines_inside_the_text_are_dropped(string line)
    {
        var kept = TrailerCleaner.Clean(["The council approved the budget on Monday.", line, "It takes effect in January."]);
        Assert.Equal(["The council approved the budget on Monday.", "It takes effect in January."], kept);
    }

    [Fact]
    public void Plain_text_gets_a_headline_and_loses_its_trailer()
    {
        var text = "Talks stall over border crossings\n\nNegotiators failed to agree on reopening two border crossings on Friday, officials said.\n\n"
            + "A new round is planned for next month.\n\nMore :\n\nComments\n";
        var document = Extractor.FromText(text, new DocumentSource(null));
        Assert.Equal("Talks stall over border crossings", document.Title);
        Assert.Equal("Negotiators failed to agree on reopening two border crossings on Friday, officials said.\n\nA new round is planned for next month.", document.Text);
    }

    [Fact]
    public void A_headline_followed_by_a_short_byline_line_is_still_a_headline()
    {
        var text = "Talks stall over border crossings\n\nBy Ann Writer\n\nNegotiators failed to agree on reopening two border crossings on Friday.\n";
        Assert.Equal("Talks stall over border crossings", Extractor.FromText(text, new DocumentSource(null)).Title);
    }

    [Fact]
    public void A_first_line_that_is_a_lead_paragraph_is_not_taken_as_headline()
    {
        var text = "Negotiators failed to agree on Friday. They will meet again next month.\n\nA new round is planned.";
        Assert.Null(Extractor.FromText(text, new DocumentSource(null)).Title);
    }

    [SkippableFact]
    public void The_founding_op_ed_loses_its_scraping_leftovers()
    {
        var path = RepoPaths.RequireShared("docs", "founding-example.txt");
        var document = Extractor.FromText(File.ReadAllBytes(path), new DocumentSource(path));
        Assert.Equal("Crimes in Aleppo: Iran must be ousted from Syria", document.Title);
        Assert.EndsWith("international humanitarian law.\"", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("More :", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cluttered_example_page_comes_out_clean()
    {
        var path = Path.Combine(RepoPaths.Examples, "cluttered-page.html");
        var document = Extractor.FromHtml(File.ReadAllBytes(path), new DocumentSource(path));
        Assert.Equal("Protesters rally in Belgrade for third night", document.Title);
        Assert.Equal("Milan Petrovic", Assert.Single(document.Byline));
        Assert.StartsWith("2020-07-10", document.Published, StringComparison.Ordinal);
        Assert.Equal("The Daily Ledger", document.Site);
        Assert.Equal("https://ledger.example.org/world/2020/07/10/belgrade-protests", document.Source.Url);
        Assert.Equal("en", document.Language);
        Assert.Equal(5, document.Paragraphs.Length);
        Assert.StartsWith("Thousands of protesters gathered", document.Text, StringComparison.Ordinal);
        Assert.EndsWith("independent inquiry into the use of force.", document.Text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "cookies", "Share this", "Related", "newsletter", "Comments", "Photo:", "Staff writer", "All rights reserved" })
        {
            Assert.DoesNotContain(chrome, document.Text, StringComparison.Ordinal);
        }
    }
}
