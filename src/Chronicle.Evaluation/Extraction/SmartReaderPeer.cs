using System.Text;

namespace Chronicle.Evaluation.Extraction;

/// <summary>SmartReader (the C# port of Mozilla Readability), run the same way for a side-by-side score.</summary>
public static class SmartReaderPeer
{
    public static string Extract(byte[] html, string? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        var reader = new SmartReader.Reader(url ?? "https://example.org/", Encoding.UTF8.GetString(html));
        var article = reader.GetArticle();
        return article.IsReadable ? article.TextContent ?? string.Empty : string.Empty;
    }
}
