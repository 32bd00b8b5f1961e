using System.Globalization;
using Chronicle.Attribution.Text;

namespace Chronicle.Attribution.Counts;

/// <summary>
/// Reads numbers in digits and words ("30,000", "1.2 million", "400 thousand", "Sixty-six", "three-and-a-half million",
/// "a dozen", "two dozen") and vague quantities ("dozens", "tens of thousands") as integers.
/// </summary>
internal static class NumberReader
{
    /// <summary>The number starting at word <paramref name="i"/>, or null.</summary>
    public static NumberPhrase? Read(TextIndex index, int i)
    {
        var words = index.Words;
        var text = index.Text;
        var span = index.Span(i);
        double value;
        var last = i;
        var vague = false;
        if (char.IsDigit(span[0]))
        {
            if (!TryDigits(index, i, out value, out last))
            {
                return null;
            }
        }
        else if (!NumberWords.MayStartNumber(span))
        {
            return null;
        }
        else if (NumberWords.TryCompound(span, out value))
        {
            // "one" alone is mostly a pronoun or determiner ("one of the"): only "one child", "one member".
        }
        else if ((span.Equals("a", StringComparison.OrdinalIgnoreCase) || span.Equals("an", StringComparison.OrdinalIgnoreCase))
            && i + 1 < words.Count && NumberWords.TryScale(index.Span(i + 1), out var scale) && scale is 12 or 100 or 1_000 or 1_000_000)
        {
            value = scale;
            last = i + 1;
        }
        else if (span.Equals("half", StringComparison.OrdinalIgnoreCase) && i + 2 < words.Count && index.IsWord(i + 1, "a")
            && NumberWords.TryScale(index.Span(i + 2), out var half) && half >= 1_000)
        {
            value = half / 2.0;
            last = i + 2;
        }
        else if (NumberWords.TryVague(span, out var rough))
        {
            value = rough;
            vague = true;
            if (span.Equals("several", StringComparison.OrdinalIgnoreCase))
            {
                // "several" alone is not a figure; "several thousand" is three thousand at the least.
                if (i + 1 >= words.Count || !NumberWords.TryScale(index.Span(i + 1), out var several) || several < 100)
                {
                    return null;
                }

                value = 3 * several;
                last = i + 1;
            }
            else if (span.Equals("tens", StringComparison.OrdinalIgnoreCase))
            {
                // "tens of thousands"
                if (i + 2 >= words.Count || !index.IsWord(i + 1, "of") || !NumberWords.TryVague(index.Span(i + 2), out var tens) || tens < 1_000)
                {
                    return null;
                }

                value = 10 * tens;
                last = i + 2;
            }
            else if (i + 2 < words.Count && index.IsWord(i + 1, "of") && NumberWords.TryVague(index.Span(i + 2), out var of) && of >= 1_000)
            {
                value = rough * of; // "hundreds of thousands"
                last = i + 2;
            }
        }
        else
        {
            return null;
        }

        // Scales: "400 thousand", "1.2 million", "two dozen", "three-and-a-half million", "two hundred thousand".
        while (last + 1 < words.Count && NumberWords.TryScale(index.Span(last + 1), out var multiplier) && !vague
            && (multiplier != 12 || value < 100) && IsScaleWord(index.Span(last + 1)))
        {
            value *= multiplier;
            last++;
            if (multiplier == 100 && last + 2 < words.Count && index.IsWord(last + 1, "and") && NumberWords.TryCompound(index.Span(last + 2), out var rest) && rest < 100)
            {
                value += rest;
                last += 2;
            }
        }

        _ = text;
        return value is > 0 and < 1e12 ? new NumberPhrase(i, last, (long)Math.Round(value), vague, vague) : null;
    }

    private static bool IsScaleWord(ReadOnlySpan<char> word) =>
        word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("thousand", StringComparison.OrdinalIgnoreCase)
        || word.Equals("million", StringComparison.OrdinalIgnoreCase) || word.Equals("billion", StringComparison.OrdinalIgnoreCase)
        || word.Equals("dozen", StringComparison.OrdinalIgnoreCase);

    /// <summary>Digits with thousands separators ("30,000") or a decimal point ("1.2"); nothing else inside the word.</summary>
    private static bool TryDigits(TextIndex index, int i, out double value, out int last)
    {
        var words = index.Words;
        var text = index.Text;
        last = i;
        value = 0;
        var span = index.Span(i);
        foreach (var c in span)
        {
            if (!char.IsDigit(c) && c != '.')
            {
                return false;
            }
        }

        // "30,000": a comma between digit groups with no space around it.
        while (last + 2 < words.Count && words[last + 1].IsChar(text, ',') && words[last + 1].Start == words[last].End
            && words[last + 2].Start == words[last + 1].End && words[last + 2].Length == 3 && IsDigits(index.Span(last + 2)))
        {
            last += 2;
        }

        if (last == i)
        {
            return double.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        // The groups without their commas, joined in a buffer.
        var length = span.Length + ((last - i) / 2 * 3);
        Span<char> digits = length <= 128 ? stackalloc char[length] : new char[length];
        span.CopyTo(digits);
        var at = span.Length;
        for (var k = i + 2; k <= last; k += 2)
        {
            index.Span(k).CopyTo(digits[at..]);
            at += 3;
        }

        return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
