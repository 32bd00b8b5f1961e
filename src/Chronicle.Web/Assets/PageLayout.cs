using System.Text;

namespace Chronicle.Web.Assets;

/// <summary>
/// Wraps each page's body in the one shared layout (<c>_layout.html</c>), so the head every page needs (charset,
/// referrer policy, icon, stylesheet) is written once. A page starts with a header comment naming its title and
/// script: <c>&lt;!-- title: Search; script: search.js --&gt;</c>.
/// </summary>
public sealed class PageLayout
{
    public const string FileName = "_layout.html";

    private const string HeaderStart = "<!-- title: ";
    private const string ScriptMark = "; script: ";
    private const string HeaderEnd = " -->";

    private readonly string _template;

    public PageLayout(string template)
    {
        foreach (var slot in (ReadOnlySpan<string>)["{{title}}", "{{script}}", "{{main}}"])
        {
            if (!template.Contains(slot, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The page layout lacks the slot {slot}.");
            }
        }

        _template = template;
    }

    /// <summary>The whole page for a page file's text; throws when its header comment is missing or malformed.</summary>
    public string Compose(string name, string page)
    {
        var headerEnd = page.IndexOf(HeaderEnd, StringComparison.Ordinal);
        var scriptAt = headerEnd < 0 ? -1 : page.IndexOf(ScriptMark, 0, headerEnd, StringComparison.Ordinal);
        if (!page.StartsWith(HeaderStart, StringComparison.Ordinal) || scriptAt < 0)
        {
            throw new InvalidDataException($"The page {name} must start with \"{HeaderStart}…{ScriptMark}…{HeaderEnd}\".");
        }

        var title = page[HeaderStart.Length..scriptAt];
        var script = page[(scriptAt + ScriptMark.Length)..headerEnd];
        var bodyStart = headerEnd + HeaderEnd.Length;
        if (bodyStart < page.Length && page[bodyStart] == '\n')
        {
            bodyStart++;
        }

        return new StringBuilder(_template)
            .Replace("{{title}}", title)
            .Replace("{{script}}", script)
            .Replace("{{main}}", page[bodyStart..])
            .ToString();
    }
}
