using System.Text;
using Chronicle.Annotations;
using Chronicle.Extraction.Metadata;

namespace Chronicle.Extraction.Tests;

public sealed class MetadataTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Body = "<p>Residents of the coastal town were told to leave their homes on Sunday as the storm approached, officials said.</p>"
        + "<p>The storm is expected to make landfall early on Monday with winds of up to 150 kilometres an hour.</p>";

    [Theory]
    [InlineData("Storm nears coast | The Ledger", "The Ledger", "Storm nears coast")]
    [InlineData("The Ledger - Storm nears coast", "The Ledger", "Storm nears coast")]
    [InlineData("Storm nears coast – ledger.example.org", "ledger.example.org", "Storm nears coast")]
    [InlineData("Why the storm matters: a guide", null, "Why the storm matters: a guide")]
    public void Titles_lose_the_site_name(string title, string? site, string expected) =>
        Assert.Equal(expected, TitleCleaner.Clean(title, site));

    [Theory]
    [InlineData("By Jane Smith", "Jane Smith")]
    [InlineData("BY JANE SMITH AND JOHN DOE", "JANE SMITH|JOHN DOE")]
    [InlineData("Jane Smith, Staff Writer", "Jane Smith")]
    [InlineData("By Jane Smith | Email the author", "Jane Smith")]
    [InlineData("Staff", "")]
    [InlineData("Reuters Staff", "")]
    [InlineData("Jane Smith and Gavin Newsom", "Jane Smith|Gavin Newsom")]
    [InlineData("Sarah E. Needleman", "Sarah E. Needleman")]
    [InlineData("Editorial", "")]
    [InlineData("CNN", "")]
    public void Bylines_keep_people_only(string raw, string expected)
    {
        var names = BylineCleaner.Clean([raw]);
        Assert.Equal(expected, string.Join('|', names));
    }

    [Theory]
    [InlineData("2020-07-10T21:15:00Z", "2020-07-10T21:15:00+00:00")]
    [InlineData("2020-07-10T21:15:00-04:00", "2020-07-10T21:15:00-04:00")]
    [InlineData("2020-07-10", "2020-07-10")]
    [InlineData("July 10, 2020", "2020-07-10")]
    [InlineData("10 July 2020", "2020-07-10")]
    [InlineData("Fri, 10 Jul 2020 21:15:00 GMT", "2020-07-10T21:15:00+00:00")]
    [InlineData("Published Nov. 18, 2019 at 9:00 am", "2019-11-18")]
    [InlineData("not a date", null)]
    public void Dates_become_iso_8601(string raw, string? expected) => Assert.Equal(expected, DateNormalizer.Normalize(raw));

    [Fact]
    public void A_date_in_the_url_is_used_when_nothing_else_dates_the_page()
    {
        var document = Extract("<html lang=\"en\"><head><title>Storm</title></head><body><article>" + Body + "</article></body></html>", "https://news.example.org/2019/11/18/storm-nears/");
        Assert.Equal("2019-11-18", document.Published);
    }

    [Fact]
    public void Publication_is_never_later_than_the_page_modification_date()
    {
        var html = "<html lang=\"en\"><head><meta property=\"article:published_time\" content=\"2021-05-09T10:00:00Z\">"
            + "<meta property=\"article:modified_time\" content=\"2021-05-02T08:00:00Z\"></head><body><article>" + Body + "</article></body></html>";
        Assert.Equal("2021-05-02T08:00:00+00:00", Extract(html).Published);
    }

    [Fact]
    public void A_time_element_dates_a_page_without_meta_tags()
    {
        var html = "<html lang=\"en\"><body><article><time datetime=\"2018-03-02T07:00:00Z\">2 March</time>" + Body + "</article></body></html>";
        Assert.Equal("2018-03-02T07:00:00+00:00", Extract(html).Published);
    }

    [Fact]
    public void Microdata_author_and_date_are_read()
    {
        var html = "<html lang=\"en\"><body><article itemscope itemtype=\"https://schema.org/NewsArticle\">"
            + "<span itemprop=\"author\" itemscope><span itemprop=\"name\">Omar Haddad</span></span>"
            + "<meta itemprop=\"datePublished\" content=\"2017-08-21\">" + Body + "</article></body></html>";
        var document = Extract(html);
        Assert.Equal("Omar Haddad", Assert.Single(document.Byline));
        Assert.Equal("2017-08-21", document.Published);
    }

    [Fact]
    public void A_relative_canonical_link_is_resolved_against_the_page_address()
    {
        var html = "<html lang=\"en\"><head><link rel=\"canonical\" href=\"/world/storm\"></head><body><article>" + Body + "</article></body></html>";
        Assert.Equal("https://news.example.org/world/storm", Extract(html, "https://news.example.org/world/storm?utm_source=x").Source.Url);
    }

    [Fact]
    public void A_site_name_with_a_slogan_keeps_the_name_and_the_site_is_no_author()
    {
        var html = "<html lang=\"en\"><head><meta property=\"og:site_name\" content=\"Lagos Wire | Nigeria's news platform\">"
            + "<meta name=\"author\" content=\"Lagos Wire\"></head><body><article><p class=\"byline\">By Ada Obi</p>" + Body + "</article></body></html>";
        var document = Extract(html);
        Assert.Equal("Lagos Wire", document.Site);
        Assert.Equal("Ada Obi", Assert.Single(document.Byline));
        Assert.DoesNotContain("By Ada Obi", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_attribute_is_reduced_to_iso_639_1()
    {
        var html = "<html lang=\"pt-BR\"><body><article>" + Body + "</article></body></html>";
        Assert.Equal("pt", Extract(html).Language);
    }

    private static Document Extract(string html, string? url = null) =>
        Extractor.FromHtml(Encoding.UTF8.GetBytes(html), new DocumentSource(null, url));
}
