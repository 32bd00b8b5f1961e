using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Language.Tokenization;

/// <summary>
/// Splits text into Penn-Treebank-like tokens with spans: abbreviations keep their period ("U.N.", "Dec."),
/// numbers keep separators ("30,000", "1.2"), hyphenated names stay whole ("al-Assad"), clitics split off
/// ("Russia" "'s", "did" "n't"), every quote mark is its own <see cref="TokenKind.Quote"/> token, and runs of
/// dashes ("--") or dots ("...") are single tokens.
/// </summary>
public static class Tokenizer
{
    private static readonly SearchValues<char> DoubleQuotes = SearchValues.Create("\"“”„‟«»‹›〝〞＂");

    private static readonly SearchValues<char> Dashes = SearchValues.Create("—–―‒⸺⸻");

    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’ʼ");

    // Characters that join two word parts into one token when they sit between letters or digits.
    private static readonly SearchValues<char> Joiners = SearchValues.Create("-‐‑/&");

    public static ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text.AsSpan());
    }

    public static ImmutableArray<Token> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens.DrainToImmutable();
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, ICollection<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var singleQuotesOpen = 0;
        var newlines = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u00AD' or '\uFEFF' or '\u200E' or '\u200F')
            {
                if (c == '\n' && ++newlines >= 2)
                {
                    // A blank line ends any single quotation left open.
                    singleQuotesOpen = 0;
                }

                i++;
                continue;
            }

            newlines = 0;
            var start = i;
            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c) && IsLetterAt(text, i))
            {
                i = ScanWord(text, i, tokens);
                continue;
            }

            if (DoubleQuotes.Contains(c) || c == '`' || c == '‘' || c == '‚')
            {
                if (c == '`' && i + 1 < text.Length && text[i + 1] == '`')
                {
                    i++;
                }
                else if (c is '‘' or '‚')
                {
                    singleQuotesOpen++;
                }

                i++;
                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Quote));
                continue;
            }

            if (Apostrophes.Contains(c))
            {
                if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    tokens.Add(new Token(new TextSpan(start, i + 2), TokenKind.Quote));
                    i += 2;
                    continue;
                }

                var afterWord = i > 0 && char.IsLetterOrDigit(text[i - 1]);
                var kind = TokenKind.Quote;
                if (afterWord)
                {
                    // "the mullahs' regime": a possessive unless a single quotation is open and this closes it.
                    if (singleQuotesOpen > 0)
                    {
                        singleQuotesOpen--;
                    }
                    else if (text[i - 1] is 's' or 'S' or 'z' or 'x')
                    {
                        kind = TokenKind.Punctuation;
                    }
                }
                else if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                {
                    singleQuotesOpen++;
                }

                i++;
                tokens.Add(new Token(new TextSpan(start, i), kind));
                continue;
            }

            if (c == '.')
            {
                if (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    // ".5 percent"
                    i = ScanWord(text, i, tokens);
                    continue;
                }

                while (i < text.Length && (text[i] == '.' || (text[i] == ' ' && i + 1 < text.Length && text[i + 1] == '.' && i > start && text[i - 1] == '.')))
                {
                    i++;
                }

                tokens.Add(new Token(new TextSpan(start, TrimEnd(text, start, i)), TokenKind.Punctuation));
                continue;
            }

            if (c == '-' || Dashes.Contains(c))
            {
                i++;
                while (i < text.Length && (text[i] == '-' || Dashes.Contains(text[i])))
                {
                    i++;
                }

                if (c == '-' && i - start == 1 && i < text.Length && char.IsAsciiDigit(text[i]) && (start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] == '('))
                {
                    // A signed number: "-3.5".
                    i = ScanWord(text, start + 1, tokens, start);
                    continue;
                }

                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Punctuation));
                continue;
            }

            if (c is '?' or '!')
            {
                i++;
                while (i < text.Length && text[i] is '?' or '!')
                {
                    i++;
                }

                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Punctuation));
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Symbol));
                continue;
            }

            i++;
            tokens.Add(new Token(new TextSpan(start, i), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
        }
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start + 1 && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    private static bool IsLetterAt(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !char.IsHighSurrogate(text[i]) || !char.IsLowSurrogate(text[i + 1]))
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1]));
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter;
    }

    private static bool IsWordPart(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            || char.IsHighSurrogate(c) && IsLetterAt(text, i)
            || char.IsLowSurrogate(c) && i > 0 && IsLetterAt(text, i - 1);
    }

    /// <summary>Scans a word or number starting at <paramref name="i"/>, emitting it and any clitics; returns the end.</summary>
    private static int ScanWord(ReadOnlySpan<char> text, int i, ICollection<Token> tokens, int tokenStart = -1)
    {
        var start = tokenStart >= 0 ? tokenStart : i;
        if (IsUrlStart(text, i))
        {
            return ScanUrl(text, start, tokens);
        }

        var n = text.Length;
        var j = text[i] == '.' ? i + 1 : i;
        var acronym = false;
        while (j < n)
        {
            if (IsWordPart(text, j))
            {
                j++;
                continue;
            }

            var c = text[j];
            var hasNext = j + 1 < n;
            var prevDigit = j > start && char.IsAsciiDigit(text[j - 1]);
            if (c == '.' && hasNext)
            {
                if (prevDigit && char.IsAsciiDigit(text[j + 1]))
                {
                    j++;
                    continue;
                }

                // "U.N.", "U.S.", "e.g.": single letters joined by periods.
                if (j - start == 1 && char.IsLetter(text[start]) && char.IsLetter(text[j + 1]) && j + 2 < n && text[j + 2] == '.')
                {
                    j = ScanAcronym(text, start);
                    acronym = true;
                    break;
                }

                break;
            }

            if (c == ',' && prevDigit && j + 3 < n + 0 && IsThousandsGroup(text, j + 1))
            {
                j += 4;
                continue;
            }

            if (Joiners.Contains(c) && hasNext && j > start && IsWordPart(text, j + 1) && IsWordPart(text, j - 1))
            {
                j++;
                continue;
            }

            if (Apostrophes.Contains(c) && hasNext && char.IsLetter(text[j + 1]) && j > start)
            {
                var clitic = CliticLength(text, j);
                if (clitic > 0)
                {
                    Emit(text, start, j, tokens);
                    tokens.Add(new Token(new TextSpan(j, j + clitic), TokenKind.Word));
                    return j + clitic;
                }

                if (text[j - 1] is 'n' or 'N' && (text[j + 1] is 't' or 'T') && (j + 2 >= n || !char.IsLetter(text[j + 2])) && j - 1 > start)
                {
                    // "didn't" → "did" "n't"
                    Emit(text, start, j - 1, tokens);
                    tokens.Add(new Token(new TextSpan(j - 1, j + 2), TokenKind.Word));
                    return j + 2;
                }

                // "O'Brien", "Qur'an"
                j++;
                continue;
            }

            break;
        }

        if (!acronym && j < n && text[j] == '.' && Abbreviations.IsAbbreviation(text[start..j]))
        {
            j++;
        }

        Emit(text, start, j, tokens);
        return j;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int i)
    {
        if (i + 3 > text.Length)
        {
            return false;
        }

        for (var k = i; k < i + 3; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]);
    }

    private static int ScanAcronym(ReadOnlySpan<char> text, int start)
    {
        var j = start;
        while (j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.')
        {
            j += 2;
        }

        return j;
    }

    /// <summary>Length of "'s", "'re", "'ve", "'ll", "'d", "'m" at <paramref name="j"/> when it ends the word, else 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> text, int j)
    {
        var rest = text[(j + 1)..];
        var length = 0;
        while (length < rest.Length && length < 3 && char.IsLetter(rest[length]))
        {
            length++;
        }

        if (length < rest.Length && char.IsLetter(rest[length]))
        {
            return 0;
        }

        var word = rest[..length];
        return word.Equals("s", StringComparison.OrdinalIgnoreCase)
            || word.Equals("re", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || word.Equals("d", StringComparison.OrdinalIgnoreCase)
            || word.Equals("m", StringComparison.OrdinalIgnoreCase)
            ? length + 1
            : 0;
    }

    private static void Emit(ReadOnlySpan<char> text, int start, int end, ICollection<Token> tokens)
    {
        if (end <= start)
        {
            return;
        }

        var first = text[start] is '-' or '.' && end - start > 1 ? text[start + 1] : text[start];
        var kind = TokenKind.Word;
        if (char.IsAsciiDigit(first))
        {
            kind = TokenKind.Number;
            for (var k = start; k < end; k++)
            {
                if (char.IsLetter(text[k]))
                {
                    kind = TokenKind.Word;
                    break;
                }
            }
        }

        tokens.Add(new Token(new TextSpan(start, end), kind));
    }

    private static bool IsUrlStart(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]);
    }

    private static int ScanUrl(ReadOnlySpan<char> text, int start, ICollection<Token> tokens)
    {
        var j = start;
        while (j < text.Length && !char.IsWhiteSpace(text[j]) && !DoubleQuotes.Contains(text[j]) && text[j] is not '<' and not '>')
        {
            j++;
        }

        // Sentence punctuation and closing brackets after a URL belong to the sentence.
        while (j > start + 1 && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’')
        {
            j--;
        }

        tokens.Add(new Token(new TextSpan(start, j), TokenKind.Symbol));
        return j;
    }
}
