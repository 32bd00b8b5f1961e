using System.Buffers;

namespace Chronicle.Attribution.Quotes;

/// <summary>
/// Finds top-level quotations in every style (" “ ” „ « » ‘ ’ '…'). Straight marks take their direction from the
/// characters around them, nested quotes stay inside the outer one, and a quote left open at a paragraph end
/// continues when the next paragraph opens with a quotation mark (the multi-paragraph convention).
/// </summary>
internal static class QuoteScanner
{
    /// <summary>Deeper nesting than this is malformed input, not speech: the scanner stops opening new quotes.</summary>
    private const int MaxDepth = 8;

    // Every character KindOf classes as a mark.
    private static readonly SearchValues<char> Marks = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB'\u2018\u2019");

    public static List<QuotedSpan> Scan(string text)
    {
        var quotes = new List<QuotedSpan>();
        var stack = new List<(int Position, QuoteMarkKind Kind)>(MaxDepth);
        var paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            var paragraphEnd = text.IndexOf('\n', paragraphStart);
            if (paragraphEnd < 0)
            {
                paragraphEnd = text.Length;
            }

            ScanParagraph(text, paragraphStart, paragraphEnd, stack, quotes);
            paragraphStart = paragraphEnd + 1;
        }

        return quotes;
    }

    private static void ScanParagraph(string text, int start, int end, List<(int Position, QuoteMarkKind Kind)> stack, List<QuotedSpan> quotes)
    {
        stack.Clear();
        for (var i = start; i < end; i++)
        {
            // Jump to the next quotation mark or apostrophe (a vectorised search) instead of classing every character.
            var skip = text.AsSpan(i, end - i).IndexOfAny(Marks);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var kind = KindOf(text[i]);
            if (kind == QuoteMarkKind.None)
            {
                continue;
            }

            var before = i > start ? text[i - 1] : ' ';
            var after = i + 1 < end ? text[i + 1] : ' ';
            var canOpen = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || IsOpeningContext(before));
            var canClose = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || IsClosingContext(after));
            switch (kind)
            {
                case QuoteMarkKind.Straight:
                    if (canOpen && !canClose)
                    {
                        Push(stack, i, kind);
                    }
                    else if (canClose && !canOpen)
                    {
                        // Mixed marks from editing (“When all …," he said, "maybe …”): with no straight quote open, a
                        // straight mark in closing position closes a curly one; English never nests double in double.
                        var opener = Find(stack, QuoteMarkKind.Straight) < 0 && Find(stack, QuoteMarkKind.CurlyOpen) >= 0
                            ? QuoteMarkKind.CurlyOpen
                            : QuoteMarkKind.Straight;
                        Close(text, stack, i, opener, quotes);
                    }
                    else if (Find(stack, QuoteMarkKind.Straight) >= 0)
                    {
                        Close(text, stack, i, QuoteMarkKind.Straight, quotes);
                    }
                    else
                    {
                        Push(stack, i, kind);
                    }

                    break;
                case QuoteMarkKind.CurlyOpen:
                    if (Find(stack, QuoteMarkKind.LowOpen) >= 0 && !canOpen)
                    {
                        Close(text, stack, i, QuoteMarkKind.LowOpen, quotes);
                    }
                    else
                    {
                        Push(stack, i, kind);
                    }

                    break;
                case QuoteMarkKind.CurlyClose:
                    if (Find(stack, QuoteMarkKind.CurlyOpen) >= 0)
                    {
                        Close(text, stack, i, QuoteMarkKind.CurlyOpen, quotes);
                    }
                    else if (Find(stack, QuoteMarkKind.Straight) >= 0)
                    {
                        Close(text, stack, i, QuoteMarkKind.Straight, quotes);
                    }
                    else if (Find(stack, QuoteMarkKind.LowOpen) >= 0)
                    {
                        Close(text, stack, i, QuoteMarkKind.LowOpen, quotes);
                    }

                    break;
                case QuoteMarkKind.LowOpen:
                case QuoteMarkKind.GuillemetOpen:
                    Push(stack, i, kind);
                    break;
                case QuoteMarkKind.GuillemetClose:
                    Close(text, stack, i, QuoteMarkKind.GuillemetOpen, quotes);
                    break;
                case QuoteMarkKind.Single:
                    // Between letters it is an apostrophe ("don't", "O'Brien"); after a letter with no quote open, a possessive.
                    if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
                    {
                        break;
                    }

                    if (canOpen && !canClose && text[i] != '\u2019' && !char.IsLetterOrDigit(before))
                    {
                        Push(stack, i, kind);
                    }
                    else if (canClose && Find(stack, QuoteMarkKind.Single) >= 0)
                    {
                        Close(text, stack, i, QuoteMarkKind.Single, quotes);
                    }

                    break;
            }
        }

        // A quote still open at the paragraph end continues if the next paragraph opens with a quotation mark.
        var outer = FirstDouble(stack);
        if (outer >= 0)
        {
            var (position, _) = stack[outer];
            var next = end + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && KindOf(text[next]) is QuoteMarkKind.Straight or QuoteMarkKind.CurlyOpen or QuoteMarkKind.GuillemetOpen or QuoteMarkKind.LowOpen)
            {
                var contentEnd = end;
                while (contentEnd > position + 1 && char.IsWhiteSpace(text[contentEnd - 1]))
                {
                    contentEnd--;
                }

                if (contentEnd > position + 1)
                {
                    quotes.Add(new QuotedSpan(position, position + 1, contentEnd, contentEnd, Continues: true));
                }
            }
        }
    }

    private static void Push(List<(int Position, QuoteMarkKind Kind)> stack, int position, QuoteMarkKind kind)
    {
        if (stack.Count < MaxDepth)
        {
            stack.Add((position, kind));
        }
    }

    private static void Close(string text, List<(int Position, QuoteMarkKind Kind)> stack, int position, QuoteMarkKind opener, List<QuotedSpan> quotes)
    {
        var index = Find(stack, opener);
        if (index < 0)
        {
            return;
        }

        var open = stack[index].Position;
        stack.RemoveRange(index, stack.Count - index);
        // French-style spacing inside the marks ("« Nous … »") is not part of the quote.
        var start = open + 1;
        var end = position;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (index == 0 && end > start)
        {
            quotes.Add(new QuotedSpan(open, start, end, position, Continues: false));
        }
    }

    private static int Find(List<(int Position, QuoteMarkKind Kind)> stack, QuoteMarkKind kind)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstDouble(List<(int Position, QuoteMarkKind Kind)> stack)
    {
        for (var i = 0; i < stack.Count; i++)
        {
            if (stack[i].Kind != QuoteMarkKind.Single)
            {
                return i;
            }
        }

        return -1;
    }

    public static QuoteMarkKind KindOf(char c) => c switch
    {
        '"' => QuoteMarkKind.Straight,
        '\u201C' => QuoteMarkKind.CurlyOpen,
        '\u201D' => QuoteMarkKind.CurlyClose,
        '\u201E' => QuoteMarkKind.LowOpen,
        '\u00AB' => QuoteMarkKind.GuillemetOpen,
        '\u00BB' => QuoteMarkKind.GuillemetClose,
        '\'' or '\u2018' or '\u2019' => QuoteMarkKind.Single,
        _ => QuoteMarkKind.None,
    };

    private static bool IsOpeningContext(char c) => c is '(' or '[' or '{' or '-' or '\u2013' or '\u2014' or '/' or ':' or '"' or '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '\'';

    private static bool IsClosingContext(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '-' or '\u2013' or '\u2014' or '\u2026' or '"' or '\u201D' or '\u00BB' or '\u2019' or '\'' or '/';
}
