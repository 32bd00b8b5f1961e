using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Language.Sentences;

namespace Chronicle.Language.Analysis;

/// <summary>
/// Paragraphs and direct-quote regions as token ranges, by the rules the sentence splitter uses: a paragraph ends at a
/// blank line (or any line break in text that is not hard-wrapped), and a quote mark opens a quotation when its
/// closing mark follows in the same paragraph, or when the next paragraph reopens it (news style for a quotation
/// running over paragraphs).
/// </summary>
internal static class QuotationFinder
{
    public static (TokenRange[] Paragraphs, Quotation[] Quotations) Find(string text, ImmutableArray<Token> tokens)
    {
        if (tokens.IsDefaultOrEmpty)
        {
            return ([], []);
        }

        var span = text.AsSpan();
        var tokenSpan = tokens.AsSpan();
        var lineBreaksSplit = !SentenceSplitter.LooksHardWrapped(span);
        var paragraphs = new List<TokenRange>();
        var first = 0;
        for (var t = 1; t < tokenSpan.Length; t++)
        {
            if (IsBreak(span, tokenSpan, t, lineBreaksSplit))
            {
                paragraphs.Add(new TokenRange(first, t));
                first = t;
            }
        }

        paragraphs.Add(new TokenRange(first, tokenSpan.Length));

        var quotations = new List<Quotation>();
        var k = 0;
        while (k < tokenSpan.Length)
        {
            if (tokenSpan[k].Kind != TokenKind.Quote || SentenceSplitter.QuoteRole(span, tokenSpan, k) <= 0)
            {
                k++;
                continue;
            }

            var close = SentenceSplitter.FindClose(span, tokenSpan, k, lineBreaksSplit);
            if (close < 0)
            {
                k++;
                continue;
            }

            if (IsBreak(span, tokenSpan, close, lineBreaksSplit))
            {
                // Runs to the end of its paragraph; the mark at the next paragraph's start opens the next region.
                quotations.Add(new Quotation(new TokenRange(k + 1, close), k, -1));
                k = close;
                continue;
            }

            quotations.Add(new Quotation(new TokenRange(k + 1, close), k, close));
            k = close + 1;
        }

        return ([.. paragraphs], [.. quotations]);
    }

    private static bool IsBreak(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t, bool lineBreaksSplit) =>
        SentenceSplitter.IsParagraphBreak(text, tokens[t - 1].Span.End, tokens[t].Span.Start, lineBreaksSplit);
}
