namespace Chronicle.Attribution.Text;

/// <summary>
/// The document's words with, for each, its paragraph and the quotation it sits in (-1 outside quotes), so
/// attribution heuristics can step over quoted material.
/// </summary>
internal sealed class TextIndex
{
    public TextIndex(string text, IReadOnlyList<(int Open, int Outer)> quotes)
    {
        Text = text;
        Words = WordsOf(text);
        Paragraph = new int[Words.Count];
        QuoteOf = new int[Words.Count];
        var paragraph = 0;
        var q = 0;
        var previousEnd = 0;
        for (var i = 0; i < Words.Count; i++)
        {
            var word = Words[i];
            if (text.AsSpan(previousEnd, word.Start - previousEnd).Contains('\n'))
            {
                paragraph++;
            }

            previousEnd = word.End;
            Paragraph[i] = paragraph;
            while (q < quotes.Count && quotes[q].Outer <= word.Start)
            {
                q++;
            }

            QuoteOf[i] = q < quotes.Count && word.Start >= quotes[q].Open ? q : -1;
        }
    }

    [ThreadStatic]
    private static string? t_text;

    [ThreadStatic]
    private static List<Word>? t_words;

    public string Text { get; }

    public List<Word> Words { get; }

    public int[] Paragraph { get; }

    public int[] QuoteOf { get; }

    /// <summary>
    /// The words of <paramref name="text"/>: the quote and count stages index the same text one after the other, so the
    /// last text's list is kept on this thread and shared (indexes only read it).
    /// </summary>
    private static List<Word> WordsOf(string text)
    {
        if (!ReferenceEquals(t_text, text) || t_words is null)
        {
            // About one word or mark per five characters of news text: sized once instead of grown by doubling.
            var words = new List<Word>((text.Length / 5) + 16);
            WordScanner.Scan(text, 0, text.Length, words);
            t_words = words;
            t_text = text;
        }

        return t_words;
    }

    /// <summary>Index of the first word starting at or after <paramref name="position"/>.</summary>
    public int WordAt(int position)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Words[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public bool IsWord(int i, string value) => Words[i].Is(Text, value);

    public ReadOnlySpan<char> Span(int i) => Words[i].In(Text);

    /// <summary>A sentence or clause end outside quotes: ". ! ? ;" (abbreviation dots stay inside their words).</summary>
    public bool IsBoundary(int i) => (QuoteOf[i] < 0 && Words[i].Length == 1 && Text[Words[i].Start] is '.' or '!' or '?' or ';') || EndsQuotedSentence(i);

    /// <summary>The closing mark of a quote that ends its sentence inside the marks ("… barbarity." He said).</summary>
    public bool EndsQuotedSentence(int i)
    {
        if (QuoteOf[i] < 0 || (i + 1 < Words.Count && QuoteOf[i + 1] == QuoteOf[i]) || Words[i].IsWord(Text))
        {
            return false;
        }

        var before = Words[i].Start - 1;
        while (before >= 0 && char.IsWhiteSpace(Text[before]))
        {
            before--;
        }

        var next = i + 1 < Words.Count ? Words[i + 1] : default;
        return before >= 0 && Text[before] is '.' or '!' or '?' && (i + 1 >= Words.Count || char.IsUpper(Text[next.Start]) || Paragraph[i + 1] != Paragraph[i]);
    }

    /// <summary>The closing mark of a top-level quote.</summary>
    public bool ClosesQuote(int i) => QuoteOf[i] >= 0 && (i + 1 >= Words.Count || QuoteOf[i + 1] != QuoteOf[i]);
}
