namespace Chronicle.Attribution.Quotes;

/// <summary>
/// Whether a line of the text is running prose. Headlines ("Netanyahu Warns Hizbullah", "ZELENSKIY CONDEMNS ATTACK"),
/// captions, credits and link lines are short, end without sentence punctuation and capitalise most of their words;
/// words found there never name a speaker.
/// </summary>
internal static class Prose
{
    public static bool IsProse(string text, int position)
    {
        if (position < 0 || position >= text.Length)
        {
            return true;
        }

        var start = text.LastIndexOf('\n', position) + 1;
        var end = text.IndexOf('\n', position);
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start).Trim();
        if (line.Length == 0)
        {
            return true;
        }

        var last = line[^1];
        if (last is '.' or '!' or '?' or ':' or ',' or ';' or '"' or '\u201D' or '\u2019' or '\'' or ')')
        {
            return true;
        }

        int words = 0, capitals = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                if (!inWord)
                {
                    words++;
                    capitals += char.IsUpper(c) ? 1 : 0;
                }

                inWord = true;
            }
            else
            {
                inWord = c is '\'' or '\u2019' or '-' && inWord;
            }
        }

        // A line without closing punctuation whose words are mostly capitalised is a title, not a sentence.
        return words == 0 || capitals * 3 < words * 2;
    }
}
