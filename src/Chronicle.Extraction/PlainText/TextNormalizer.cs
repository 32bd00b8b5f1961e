using System.Text;

namespace Chronicle.Extraction.PlainText;

/// <summary>Normalises line ends and whitespace so that paragraphs are separated by exactly one blank line.</summary>
public static class TextNormalizer
{
    /// <summary>Joins paragraphs with a blank line, collapsing runs of spaces and dropping empty ones.</summary>
    public static string JoinParagraphs(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var builder = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            var clean = CollapseWhitespace(paragraph);
            if (clean.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(clean);
        }

        return builder.ToString();
    }

    /// <summary>Splits text into paragraphs on blank lines (CRLF, CR and LF all accepted).</summary>
    public static IEnumerable<string> SplitParagraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var current = new StringBuilder();
        foreach (var line in normalized.Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                continue;
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(line);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>Collapses spaces and tabs (including no-break spaces) to one space; keeps single line breaks.</summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingNewline = false;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                pendingNewline = builder.Length > 0;
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = builder.Length > 0 && !pendingNewline;
            }
            else if (!char.IsControl(c) || c == '\t')
            {
                if (pendingNewline)
                {
                    builder.Append('\n');
                }
                else if (pendingSpace)
                {
                    builder.Append(' ');
                }

                pendingNewline = pendingSpace = false;
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
