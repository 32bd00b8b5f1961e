using System.Collections.Frozen;
using Lingua;

namespace Chronicle.Extraction.Language;

/// <summary>
/// Detects the language of article text with Lingua. The detector is built once, on first use, and shared:
/// building it and loading its models is expensive, detecting is cheap and thread-safe. Plainly English text is
/// recognised first by its function words, which costs a fraction of a Lingua pass over every language.
/// </summary>
public static class LanguageGuesser
{
    /// <summary>A few paragraphs decide the language; more only costs time.</summary>
    private const int SampleChars = 400;

    /// <summary>Below this, detection is a coin toss.</summary>
    private const int MinChars = 20;

    /// <summary>The pre-check only speaks for samples with this many words; shorter ones go to Lingua.</summary>
    private const int MinEnglishWords = 30;

    /// <summary>
    /// The commonest English words. Some are words of other languages too ("a", "in", "is", "was"), which is why a
    /// sample must also be written in plain ASCII letters and use "the" before it counts as English.
    /// </summary>
    private static readonly FrozenSet<string> EnglishWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "the", "of", "and", "that", "for", "with", "this", "from", "by", "his", "her", "she", "they", "their", "them",
        "it", "its", "are", "were", "have", "has", "had", "been", "be", "not", "but", "which", "who", "would", "said",
        "says", "about", "after", "than", "there", "these", "those", "what", "when", "where", "you", "your", "our",
        "into", "other", "some", "could", "should", "because", "such", "only", "just", "then", "out", "up", "how",
        "if", "we", "he", "at", "an", "or", "on", "as", "more", "all", "can", "one", "him", "over", "a", "in", "to",
        "is", "was", "will", "also", "so", "do", "did", "year", "years", "new", "first", "two", "last", "time",
        "people", "while", "before", "during", "under", "between", "against", "most", "many", "since", "told", "may",
        "any", "being", "very", "even", "back", "off", "get", "got", "like", "make", "made", "now", "well", "way",
        "here");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup =
        EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lazy<LanguageDetector> Detector = new(
        () => LanguageDetectorBuilder.FromAllSpokenLanguages().WithLowAccuracyMode().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The ISO 639-1 code of the text's language, or <c>und</c> when it cannot be told.</summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < MinChars)
        {
            return "und";
        }

        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        if (IsPlainlyEnglish(sample))
        {
            return "en";
        }

        var language = Detector.Value.DetectLanguageOf(sample);
        if (language == Lingua.Language.Unknown)
        {
            return "und";
        }

        var code = language.IsoCode6391().ToString().ToLowerInvariant();
        return code.Length == 2 ? code : "und";
    }

    /// <summary>
    /// True when the sample is written in ASCII letters (one word may carry Western accents: a name, "café"), at
    /// least three words in ten are the commonest English words with "the" among them, and at most three in ten are
    /// other capitalised words: no other language reads like that, and Lingua agrees on such text (text crowded
    /// with foreign names can make it guess another language).
    /// </summary>
    internal static bool IsPlainlyEnglish(ReadOnlySpan<char> sample)
    {
        Span<char> lower = stackalloc char[16];
        var words = 0;
        var english = 0;
        var the = 0;
        var capitalised = 0;
        var accented = 0;
        var i = 0;
        while (i < sample.Length)
        {
            var c = sample[i];
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            var start = i;
            var ascii = true;
            while (i < sample.Length && char.IsLetter(sample[i]))
            {
                if (sample[i] > '\u007F')
                {
                    if (sample[i] is < '\u00C0' or > '\u00FF')
                    {
                        return false; // beyond Western accents: leave it to Lingua
                    }

                    ascii = false;
                }

                i++;
            }

            if (!ascii && ++accented > 1)
            {
                return false; // more than one accented word: leave it to Lingua
            }

            // A word cut off at the end of the sample is not counted.
            if (i == sample.Length && sample.Length == SampleChars)
            {
                break;
            }

            words++;
            var length = i - start;
            if (!ascii || length > lower.Length)
            {
                capitalised += char.IsAsciiLetterUpper(sample[start]) ? 1 : 0;
                continue;
            }

            for (var k = 0; k < length; k++)
            {
                lower[k] = (char)(sample[start + k] | 0x20);
            }

            var word = lower[..length];
            if (EnglishLookup.Contains(word))
            {
                english++;
                if (word.SequenceEqual("the"))
                {
                    the++;
                }
            }
            else if (char.IsAsciiLetterUpper(sample[start]))
            {
                capitalised++;
            }
        }

        return words >= MinEnglishWords && the > 0 && english * 10 >= words * 3 && capitalised * 10 <= words * 3;
    }
}
