using System.Text;
using SmartReader;

namespace Chronicle.Bench.Peers;

/// <summary>SmartReader (a C# port of Readability on AngleSharp), in process: the closest .NET peer.</summary>
internal static class SmartReaderPeer
{
    /// <summary>Extracts one page; returns false when SmartReader finds no article.</summary>
    public static bool Extract(ReadOnlySpan<byte> html, string url)
    {
        var reader = new Reader(url, Encoding.UTF8.GetString(html));
        return reader.GetArticle().IsReadable;
    }
}
