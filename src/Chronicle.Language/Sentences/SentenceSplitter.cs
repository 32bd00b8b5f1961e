using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Language.Tokenization;
using Chronicle.Text;

namespace Chronicle.Language.Sentences;

/// <summary>
/// Groups tokens into sentences. A sentence ends at terminal punctuation (plus any closing quotes and brackets)
/// when the next token can start a sentence; it never ends inside an open quotation unless the paragraph ends,
/// and it never crosses a paragraph break (a blank line, or any line break when lines are not hard-wrapped).
/// </summary>
public static class SentenceSplitter
{
    // How far ahead an opening quote looks for its closing mark before it is treated as a stray.
    private const int QuoteLookahead = 400;

    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ImmutableArray.CreateBuilder<Sentence>(tokens.Length / 20 + 1);
        if (tokens.IsDefaultOrEmpty)
        {
            return sentences.DrainToImmutable();
        }

        var span = text.AsSpan();
        var tokenSpan = tokens.AsSpan();
        var lineBreaksSplit = !LooksHardWrapped(span);
        var first = 0;
        var quoteDepth = 0;
        var closeAt = -1;
        for (var t = 0; t < tokenSpan.Length; t++)
        {
            if (t > first && IsParagraphBreak(span, tokenSpan[t - 1].Span.End, tokenSpan[t].Span.Start, lineBreaksSplit))
            {
                Add(sentences, tokenSpan, first, t);
                first = t;
                quoteDepth = 0;
                closeAt = -1;
            }

            var token = tokenSpan[t];
            var closedAfterTerminal = false;
            if (token.Kind == TokenKind.Quote)
            {
                var role = QuoteRole(span, tokenSpan, t);
                if (quoteDepth > 0 && t == closeAt)
                {
                    quoteDepth = 0;
                    closeAt = -1;
                    closedAfterTerminal = t > first && IsTerminal(span, tokenSpan[t - 1]);
                }
                else if (role > 0 && quoteDepth == 0)
                {
                    var close = FindClose(span, tokenSpan, t, lineBreaksSplit);
                    if (close > 0)
                    {
                        quoteDepth = 1;
                        closeAt = close;
                    }
                }
            }

            if (quoteDepth > 0 || !(closedAfterTerminal || IsTerminal(span, token)))
            {
                continue;
            }

            var terminal = closedAfterTerminal ? tokenSpan[t - 1] : token;

            // Take in closing quotes, brackets and further terminal marks: ‘… Aleppo."’.
            var end = t + 1;
            while (end < tokenSpan.Length && IsTrailer(span, tokenSpan, end)
                && !IsParagraphBreak(span, tokenSpan[end - 1].Span.End, tokenSpan[end].Span.Start, lineBreaksSplit))
            {
                if (end == closeAt)
                {
                    quoteDepth = 0;
                    closeAt = -1;
                }

                end++;
            }

            if (quoteDepth > 0)
            {
                continue;
            }

            if (end == tokenSpan.Length || StartsSentence(span, tokenSpan, end, terminal))
            {
                Add(sentences, tokenSpan, first, end);
                first = end;
                t = end - 1;
            }
        }

        if (first < tokenSpan.Length)
        {
            Add(sentences, tokenSpan, first, tokenSpan.Length);
        }

        return sentences.DrainToImmutable();
    }

    private static void Add(ImmutableArray<Sentence>.Builder sentences, ReadOnlySpan<Token> tokens, int first, int end)
    {
        var span = new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
        sentences.Add(new Sentence(span, first, end - first));
    }

    private static bool IsTerminal(ReadOnlySpan<char> text, Token token)
    {
        var last = text[token.Span.End - 1];
        if (token.Kind == TokenKind.Punctuation)
        {
            return last is '.' or '?' or '!' or '…' or '。' or '？' or '！';
        }

        // An abbreviation that swallowed the period: "… in the U.S." may still end a sentence.
        return token.Kind == TokenKind.Word && last == '.' && !Abbreviations.NeverEndsSentence(text[token.Span.Start..token.Span.End]);
    }

    private static bool IsTrailer(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        var token = tokens[index];
        var c = text[token.Span.Start];
        return token.Kind == TokenKind.Quote && QuoteRole(text, tokens, index) < 0
            || token.Kind == TokenKind.Punctuation && (c is ')' or ']' or '}' or '?' or '!' or '…' || c == '.' && token.Span.Length > 1);
    }

    /// <summary>+1 when the quote token opens a quotation, -1 when it closes one.</summary>
    internal static int QuoteRole(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        var span = tokens[t].Span;
        var c = text[span.Start];
        var before = span.Start == 0 ? ' ' : text[span.Start - 1];
        var after = span.End < text.Length ? text[span.End] : ' ';
        switch (c)
        {
            case '“' or '‘' when !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after)):
                // German style „…“ closes with the English opening mark.
                return -1;
            case '“' or '„' or '«' or '‘' or '‹' or '`' or '‚':
                return 1;
            case '”' or '»' or '›':
                return -1;
        }

        // Straight and ambiguous marks: opening when preceded by space or an opening bracket, closing otherwise.
        var open = (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '-' or ':') && !char.IsWhiteSpace(after);
        return open ? 1 : -1;
    }

    /// <summary>The index of the quote token closing the one at <paramref name="open"/>, or -1 when none follows in the paragraph.</summary>
    internal static int FindClose(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int open, bool lineBreaksSplit)
    {
        var opener = text[tokens[open].Span.Start];
        var singleStyle = opener is '‘' or '\'' or '‹' or '`' or '‚';
        var limit = Math.Min(tokens.Length, open + QuoteLookahead);
        var nested = 0;
        for (var k = open + 1; k < limit; k++)
        {
            if (IsParagraphBreak(text, tokens[k - 1].Span.End, tokens[k].Span.Start, lineBreaksSplit))
            {
                // News style: a quotation running over paragraphs reopens each one and stays open to its end.
                return tokens[k].Kind == TokenKind.Quote && QuoteRole(text, tokens, k) > 0 ? k : -1;
            }

            if (tokens[k].Kind != TokenKind.Quote)
            {
                continue;
            }

            var c = text[tokens[k].Span.Start];
            var isSingle = c is '‘' or '’' or '\'' or '‹' or '›' or '`' or '‚';
            if (isSingle != singleStyle)
            {
                continue;
            }

            var role = QuoteRole(text, tokens, k);
            if (role > 0 && c is not '"' and not '\'')
            {
                nested++;
            }
            else if (role < 0 || c is '"' or '\'')
            {
                if (nested == 0)
                {
                    return k;
                }

                nested--;
            }
        }

        return -1;
    }

    private static bool StartsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int next, Token terminal)
    {
        var token = tokens[next];
        var c = text[token.Span.Start];
        var startsLikeSentence = char.IsUpper(c) || char.IsDigit(c) || token.Kind == TokenKind.Quote
            || c is '(' or '[' or '¿' or '¡' or '•' or '*' or '-' or '—' || token.Kind == TokenKind.Symbol;
        if (!startsLikeSentence)
        {
            return false;
        }

        if (terminal.Kind == TokenKind.Word)
        {
            // "the U.S. Senate" goes on; "the U.S. The next day" does not.
            return SentenceStarters.Contains(text[token.Span.Start..token.Span.End]);
        }

        return true;
    }

    /// <summary>True when the gap between two tokens holds a blank line (or, in unwrapped text, any line break).</summary>
    internal static bool IsParagraphBreak(ReadOnlySpan<char> text, int from, int to, bool lineBreaksSplit)
    {
        var gap = text[from..to];
        var first = gap.IndexOf('\n');
        if (first < 0)
        {
            return gap.Contains('\r') || gap.Contains('\u2029');
        }

        return lineBreaksSplit || gap[(first + 1)..].Contains('\n');
    }

    /// <summary>True when the text looks like fixed-width wire copy, where single line breaks are not paragraphs.</summary>
    internal static bool LooksHardWrapped(ReadOnlySpan<char> text)
    {
        var lines = 0;
        var wrapped = 0;
        foreach (var range in text.EnumerateLines())
        {
            var length = range.TrimEnd().Length;
            if (length == 0)
            {
                continue;
            }

            lines++;
            if (length is >= 40 and <= 100)
            {
                wrapped++;
            }
            else if (length > 100)
            {
                return false;
            }
        }

        return lines >= 4 && wrapped * 10 >= lines * 7;
    }
}
