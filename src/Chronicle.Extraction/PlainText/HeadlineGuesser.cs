namespace Chronicle.Extraction.PlainText;

/// <summary>Plain text often starts with its headline: a short first line followed by a blank line.</summary>
public static class HeadlineGuesser
{
    /// <summary>Longer first paragraphs are a lead, not a headline.</summary>
    private const int MaxHeadlineChars = 160;

    /// <summary>The headline, when the first paragraph is one short line without final punctuation of a sentence run.</summary>
    public static string? Guess(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (paragraphs.Count < 2)
        {
            return null;
        }

        var first = paragraphs[0].Trim();
        if (first.Length is 0 or > MaxHeadlineChars || first.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 2 || words > 25)
        {
            return null;
        }

        // Two sentences in one line read as a lead paragraph.
        var sentenceEnds = 0;
        for (var i = 0; i + 1 < first.Length; i++)
        {
            if (first[i] is '.' or '!' or '?' && first[i + 1] == ' ' && i > 0 && char.IsLower(first[i - 1]))
            {
                sentenceEnds++;
            }
        }

        // The body that follows is longer than its headline; a byline or dateline may come first, so look a little further.
        var bodyFollows = false;
        for (var i = 1; i < paragraphs.Count && i <= 3; i++)
        {
            bodyFollows |= paragraphs[i].Trim().Length > first.Length;
        }

        return sentenceEnds == 0 && bodyFollows ? first : null;
    }
}
