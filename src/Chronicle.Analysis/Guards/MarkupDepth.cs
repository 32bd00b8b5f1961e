namespace Chronicle.Analysis.Guards;

/// <summary>
/// Estimates how deeply a page's markup nests by scanning its bytes, without building a tree. Works for UTF-8 and
/// every ASCII-compatible charset, since only ASCII bytes are inspected.
/// </summary>
public static class MarkupDepth
{
    /// <summary>
    /// True when the estimated nesting exceeds <paramref name="limit"/>. Void elements, self-closed tags and tags whose
    /// end tag HTML lets authors omit (<c>p</c>, <c>li</c>, <c>td</c> …) are not counted, so sloppy real pages stay shallow.
    /// </summary>
    public static bool Exceeds(ReadOnlySpan<byte> html, int limit) => Estimate(html, limit) > limit;

    /// <summary>The estimated maximum depth, scanning stops as soon as it passes <paramref name="stopAbove"/>.</summary>
    public static int Estimate(ReadOnlySpan<byte> html, int stopAbove = int.MaxValue)
    {
        var depth = 0;
        var max = 0;
        var position = 0;
        while (position < html.Length)
        {
            var tag = MarkupScanner.Next(html, position);
            if (tag.Kind == MarkupTagKind.None)
            {
                break;
            }

            position = tag.End;
            if (tag.Kind == MarkupTagKind.Open && !tag.SelfClosing && !MarkupScanner.IsUncounted(tag.Name(html)))
            {
                depth++;
                if (depth > max)
                {
                    max = depth;
                    if (max > stopAbove)
                    {
                        return max;
                    }
                }
            }
            else if (tag.Kind == MarkupTagKind.Close && depth > 0 && !MarkupScanner.IsUncounted(tag.Name(html)))
            {
                depth--;
            }
        }

        return max;
    }
}
