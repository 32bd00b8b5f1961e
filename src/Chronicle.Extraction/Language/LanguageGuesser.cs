using Lingua;

namespace Chronicle.Extraction.Language;

/// <summary>
/// Detects the language of article text with Lingua. The detector is built once, on first use, and shared:
/// building it and loading its models is expensive, detecting is cheap and thread-safe.
/// </summary>
public static class LanguageGuesser
{
    /// <summary>A few paragraphs decide the language; more only costs time.</summary>
    private const int SampleChars = 400;

    /// <summary>Below this, detection is a coin toss.</summary>
    private const int MinChars = 20;

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
        var language = Detector.Value.DetectLanguageOf(sample);
        if (language == Lingua.Language.Unknown)
        {
            return "und";
        }

        var code = language.IsoCode6391().ToString().ToLowerInvariant();
        return code.Length == 2 ? code : "und";
    }
}
