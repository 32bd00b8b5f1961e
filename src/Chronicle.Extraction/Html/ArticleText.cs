using System.Collections.Immutable;
using System.Text;
using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Extraction.Html;

/// <summary>Joins blocks into one text with a blank line between paragraphs, recording each paragraph's span.</summary>
public static class ArticleText
{
    public static (string Text, ImmutableArray<TextSpanParagraph> Paragraphs) Join(IReadOnlyList<TextBlock> blocks, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var builder = new StringBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<TextSpanParagraph>(blocks.Count);
        foreach (var block in blocks)
        {
            var text = block.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var separator = builder.Length > 0 ? 2 : 0;
            if (builder.Length + separator + text.Length > maxChars)
            {
                if (builder.Length == 0 && maxChars > 0)
                {
                    // One paragraph longer than the limit: keep its start rather than nothing.
                    builder.Append(text.AsSpan(0, maxChars).TrimEnd());
                    paragraphs.Add(new TextSpanParagraph(new TextSpan(0, builder.Length), block.IsHeading));
                }

                break;
            }

            if (separator > 0)
            {
                builder.Append("\n\n");
            }

            var start = builder.Length;
            builder.Append(text);
            paragraphs.Add(new TextSpanParagraph(new TextSpan(start, builder.Length), block.IsHeading));
        }

        return (builder.ToString(), paragraphs.ToImmutable());
    }
}
