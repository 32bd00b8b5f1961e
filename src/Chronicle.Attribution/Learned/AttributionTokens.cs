using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Attribution.Quotes;
using Chronicle.Language.Tagging;

namespace Chronicle.Attribution.Learned;

/// <summary>
/// The document's tokens as the attribution tagger sees them: hashed word forms, part of speech, whether each token sits
/// inside quotation marks, and its sentence and paragraph, with running counts of commas and quote marks so the
/// features can ask what lies between a token and a cue.
/// </summary>
internal sealed class AttributionTokens
{
    public AttributionTokens(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, IReadOnlyList<(int Open, int Outer)> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quotes);
        Text = text;
        Tokens = tokens;
        var n = tokens.Length;
        Lower = new ulong[n];
        Shape = new ulong[n];
        Suffix = new ulong[n];
        Pos = new ulong[n];
        InQuote = new bool[n];
        IsMark = new bool[n];
        Sentence = new int[n];
        Paragraph = new int[n];
        Commas = new int[n + 1];
        Marks = new int[n + 1];
        var q = 0;
        var paragraph = 0;
        var previousEnd = 0;
        for (var i = 0; i < n; i++)
        {
            var token = tokens[i];
            var word = text.AsSpan(token.Span.Start, token.Span.Length);
            Lower[i] = FeatureHash.Chars(word, lower: true);
            Shape[i] = ShapeOf(word);
            Suffix[i] = FeatureHash.Chars(word.Length > 3 ? word[^3..] : word, lower: true);
            Pos[i] = token.Pos is null ? 0 : FeatureHash.Chars(token.Pos, lower: false);
            if (text.AsSpan(previousEnd, Math.Max(0, token.Span.Start - previousEnd)).Contains('\n'))
            {
                paragraph++;
            }

            previousEnd = token.Span.End;
            Paragraph[i] = paragraph;
            while (q < quotes.Count && quotes[q].Outer <= token.Span.Start)
            {
                q++;
            }

            InQuote[i] = q < quotes.Count && token.Span.Start >= quotes[q].Open;
            IsMark[i] = token.Kind == TokenKind.Quote;
            Commas[i + 1] = Commas[i] + (word is "," ? 1 : 0);
            Marks[i + 1] = Marks[i] + (IsMark[i] ? 1 : 0);
        }

        QuotedSentence = new bool[Math.Max(1, sentences.Length)];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount && i < n; i++)
            {
                Sentence[i] = s;
                QuotedSentence[s] |= IsMark[i];
            }
        }
    }

    public string Text { get; }

    /// <summary>The tokens of an analysed document, with the quotations the quote scanner finds in its text.</summary>
    public static AttributionTokens Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = QuoteScanner.Scan(document.Text);
        spans.Sort((a, b) => a.Open.CompareTo(b.Open));
        var bounds = new List<(int Open, int Outer)>(spans.Count);
        foreach (var span in spans)
        {
            bounds.Add((span.Open, span.Outer));
        }

        return new AttributionTokens(document.Text, document.Tokens, document.Sentences, bounds);
    }

    /// <summary>The half-open range of tokens overlapping the characters <c>[start, end)</c> (empty when none do).</summary>
    public (int Start, int End) TokensOf(int start, int end)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var last = lo;
        while (last < Count && Tokens[last].Span.Start < end)
        {
            last++;
        }

        return (lo, Math.Max(lo, last));
    }

    public ImmutableArray<Token> Tokens { get; }

    public int Count => Tokens.Length;

    public ulong[] Lower { get; }

    public ulong[] Shape { get; }

    public ulong[] Suffix { get; }

    public ulong[] Pos { get; }

    /// <summary>Inside a quotation (its marks included).</summary>
    public bool[] InQuote { get; }

    public bool[] IsMark { get; }

    public int[] Sentence { get; }

    public int[] Paragraph { get; }

    /// <summary>Commas before token i (prefix counts, one longer than the tokens).</summary>
    public int[] Commas { get; }

    /// <summary>Quotation marks before token i (prefix counts).</summary>
    public int[] Marks { get; }

    /// <summary>Whether the sentence of token <paramref name="i"/> holds a quotation mark.</summary>
    public bool SentenceQuoted(int i) => QuotedSentence[Sentence[i]];

    private bool[] QuotedSentence { get; }

    public bool StartsSentence(int i) => i == 0 || Sentence[i - 1] != Sentence[i];

    public bool EndsSentence(int i) => i == Count - 1 || Sentence[i + 1] != Sentence[i];

    /// <summary>The half-open token range of the paragraph holding token <paramref name="i"/>.</summary>
    public (int Start, int End) ParagraphOf(int i)
    {
        int start = i, end = i + 1;
        while (start > 0 && Paragraph[start - 1] == Paragraph[i])
        {
            start--;
        }

        while (end < Count && Paragraph[end] == Paragraph[i])
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Word shape with runs collapsed: "Trump" → "Xx", "2016" → "d", "U.S." → "X.X.".</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> word)
    {
        var h = FeatureHash.Empty;
        var last = '\0';
        foreach (var c in word)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k != last)
            {
                h = FeatureHash.Step(h, k);
                last = k;
            }
        }

        return h;
    }
}
