using Chronicle.Web.Assets;

namespace Chronicle.Web.Tests;

public sealed class PageLayoutTests
{
    private const string Layout = "<html><title>C · {{title}}</title><script src=\"{{script}}\"></script><main>{{main}}</main></html>";

    [Fact]
    public void A_page_body_is_wrapped_in_the_layout_with_its_title_and_script()
    {
        var page = new PageLayout(Layout).Compose("x.html", "<!-- title: Map; script: map.js -->\n<h1>Where</h1>\n");
        Assert.Equal("<html><title>C · Map</title><script src=\"map.js\"></script><main><h1>Where</h1>\n</main></html>", page);
    }

    [Theory]
    [InlineData("<h1>No header</h1>")]
    [InlineData("<!-- title: Map -->\n<h1>No script</h1>")]
    [InlineData("<!-- title: Map; script: map.js\n<h1>Unclosed</h1>")]
    public void A_page_without_a_proper_header_is_refused_by_name(string page)
    {
        var error = Assert.Throws<InvalidDataException>(() => new PageLayout(Layout).Compose("broken.html", page));
        Assert.Contains("broken.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_missing_a_slot_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => new PageLayout("<html>{{title}}{{script}}</html>"));
    }
}
