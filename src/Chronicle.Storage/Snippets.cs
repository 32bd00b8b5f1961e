namespace Chronicle.Storage;

/// <summary>Short excerpts of a text around a position or the first matched word, for result lists.</summary>
public static class Snippets
{
    private const int Radius = 90;

    public static string Around(string text, int? position, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var at = position ?? -1;
        if (at < 0)
        {
            foreach (var word in words)
            {
                at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    break;
                }
            }
        }

        at = Math.Clamp(at, 0, text.Length);
        var start = Math.Max(0, at - Radius);
        var end = Math.Min(text.Length, at + Radius);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && at - start < Radius + 20)
        {
            start--;
        }

        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - at < Radius + 20)
        {
            end++;
        }

        var snippet = text[start..end].ReplaceLineEndings(" ").Trim();
        return (start > 0 ? "…" : string.Empty) + snippet + (end < text.Length ? "…" : string.Empty);
    }
}
