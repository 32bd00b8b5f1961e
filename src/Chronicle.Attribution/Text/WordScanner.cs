namespace Chronicle.Attribution.Text;

/// <summary>
/// Splits text into words and single punctuation characters. Apostrophes, hyphens and dots inside a word stay in it
/// ("don't", "al-Quaety", "Znak.com", "U.S."), so heuristics can look at whole words.
/// </summary>
internal static class WordScanner
{
    public static List<Word> Scan(string text, int start, int end)
    {
        var words = new List<Word>();
        Scan(text, start, end, words);
        return words;
    }

    public static void Scan(string text, int start, int end, List<Word> words)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                words.Add(new Word(i, i + 1));
                i++;
                continue;
            }

            var j = i + 1;
            while (j < end)
            {
                var d = text[j];
                if (char.IsLetterOrDigit(d))
                {
                    j++;
                }
                else if (IsJoiner(d) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            // Abbreviations keep their final dot ("Mr.", "U.S.") so it is not read as a sentence end.
            if (j < end && text[j] == '.' && Abbreviations.IsAbbreviation(text.AsSpan(i, j - i)))
            {
                j++;
            }

            words.Add(new Word(i, j));
            i = j;
        }
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '.';
}
