using System.Globalization;
using System.Text;

namespace Chronicle.Evaluation.Extraction;

/// <summary>
/// The extraction benchmark's page score: <c>\w+</c> tokens (Python's definition: letters, digits and
/// underscore), 4-token shingles counted as a multiset, true and false positives from their overlap.
/// </summary>
public static class ShingleScorer
{
    private const int ShingleSize = 4;

    public static PageScore Score(string truth, string prediction)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(prediction);
        var truthTokens = Tokens(truth);
        var predictedTokens = Tokens(prediction);
        var truthShingles = Shingles(truthTokens);
        var predictedShingles = Shingles(predictedTokens);
        var tp = 0;
        var fp = 0;
        foreach (var (shingle, count) in predictedShingles)
        {
            var expected = truthShingles.GetValueOrDefault(shingle);
            tp += Math.Min(count, expected);
            fp += Math.Max(0, count - expected);
        }

        var fn = 0;
        foreach (var (shingle, count) in truthShingles)
        {
            fn += Math.Max(0, count - predictedShingles.GetValueOrDefault(shingle));
        }

        return new PageScore(tp, fp, fn, truthTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal));
    }

    /// <summary>Maximal runs of word characters, as Python's <c>re.findall(r"\w+")</c> finds them.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var start = -1;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWord(rune))
            {
                if (start < 0)
                {
                    start = index;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..index]);
                start = -1;
            }

            index += rune.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    /// <summary>Python's <c>str.isalnum()</c> or underscore: letters, and decimal, digit or numeric characters.</summary>
    private static bool IsWord(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }

        if (tokens.Count <= ShingleSize)
        {
            shingles[string.Join('\u0001', tokens)] = 1;
            return shingles;
        }

        for (var i = 0; i + ShingleSize <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]);
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }
}
