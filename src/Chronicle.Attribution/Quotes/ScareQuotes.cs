using Chronicle.Attribution.Text;

namespace Chronicle.Attribution.Quotes;

/// <summary>
/// Quotation marks that do not quote speech: single words ("crushing"), names and titles ("Operation Peace Spring"),
/// terms introduced by "so-called"/"dubbed", and short unattributed phrases ("a \"sharp tool\"").
/// </summary>
internal static class ScareQuotes
{
    /// <summary>Fragments this short need their own reporting verb to count as speech.</summary>
    private const int ShortFragmentWords = 3;

    /// <summary>Longer capitalised runs are sentences in title case, not names.</summary>
    private const int MaxTitleWords = 7;

    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "so-called", "dubbed", "nicknamed", "codenamed", "code-named", "titled", "entitled", "named", "hashtag", "slogan", "term",
        "word", "words", "phrase", "label", "known",
    };

    public static bool IsScare(TextIndex index, QuotedSpan quote, bool hasOwnCue)
    {
        var text = index.Text;
        var words = WordScanner.Scan(text, quote.Start, quote.End);
        var count = 0;
        var capitalised = 0;
        foreach (var word in words)
        {
            if (!word.IsWord(text))
            {
                continue;
            }

            count++;
            var span = word.In(text);
            if (char.IsUpper(span[0]) || char.IsDigit(span[0]) || (span.Length <= 3 && NameLexicon.Contains(NameLexicon.FunctionWords, span)))
            {
                capitalised++;
            }
        }

        if (count < 2)
        {
            return true;
        }

        var last = text[quote.End - 1];
        var endsLikeSpeech = last is '.' or ',' or '!' or '?' or ';' or ':' or '\u2026';
        if (!endsLikeSpeech && capitalised == count && count <= MaxTitleWords)
        {
            return true;
        }

        var first = index.WordAt(quote.Open);
        for (var i = first - 1; i >= 0 && i >= first - 2; i--)
        {
            if (NameLexicon.Contains(NamingWords, index.Span(i)))
            {
                return true;
            }
        }

        return count <= ShortFragmentWords && !hasOwnCue;
    }
}
