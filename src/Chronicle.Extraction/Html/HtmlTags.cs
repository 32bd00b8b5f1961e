using System.Collections.Frozen;

namespace Chronicle.Extraction.Html;

/// <summary>Tag sets that drive both measuring and rendering.</summary>
internal static class HtmlTags
{
    /// <summary>Never article text: code, media, forms and page navigation.</summary>
    public static readonly FrozenSet<string> Dropped = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
        "select", "textarea", "option", "nav", "aside", "dialog", "menu", "map", "audio", "video", "picture", "img",
        "link", "meta", "head", "title", "figcaption", "math", "frame", "frameset", "label", "source", "track");

    /// <summary>Elements that end the current paragraph.</summary>
    public static readonly FrozenSet<string> Block = FrozenSet.Create(
        StringComparer.Ordinal,
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "tbody", "thead", "tfoot", "caption", "figure", "header",
        "footer", "address", "hr", "center", "details", "summary", "form", "fieldset", "hgroup", "body", "html",
        "legend", "option", "td", "th");

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';
}
