using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Extraction.Metadata;

/// <summary>Turns the date strings pages use (ISO 8601, RFC 1123, "July 10, 2020", "10 July 2020", URL paths) into ISO 8601.</summary>
public static partial class DateNormalizer
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyyMMdd'T'HHmmssK", "yyyy/MM/dd HH:mm:ss", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'GMT'",
    ];

    private static readonly string[] DateOnlyFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "MMMM d yyyy", "dddd, MMMM d, yyyy", "dddd d MMMM yyyy", "dd.MM.yyyy", "yyyy-M-d",
    ];

    /// <summary>ISO 8601 (<c>yyyy-MM-dd</c> or a full date-time with offset) or null when the text holds no date.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length > 64)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var stamp))
        {
            return HasZone(text) ? stamp.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : stamp.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }

        if (DateTime.TryParseExact(text, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return FindInText(text);
    }

    /// <summary>A date written somewhere in a short text ("Published 10 July 2020, 21:15"), or in a URL path.</summary>
    public static string? FindInText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var iso = IsoDate().Match(text);
        if (iso.Success && MakeDate(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value) is { } isoDate)
        {
            return isoDate;
        }

        var words = MonthFirst().Match(text);
        if (words.Success && MonthOf(words.Groups[1].Value) is { } month && MakeDate(words.Groups[3].Value, month, words.Groups[2].Value) is { } wordDate)
        {
            return wordDate;
        }

        var dayFirst = DayFirst().Match(text);
        return dayFirst.Success && MonthOf(dayFirst.Groups[2].Value) is { } month2
            ? MakeDate(dayFirst.Groups[3].Value, month2, dayFirst.Groups[1].Value)
            : null;
    }

    /// <summary>A date in a URL path such as <c>/2019/11/18/</c>.</summary>
    public static string? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var match = UrlDate().Match(url);
        return match.Success ? MakeDate(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value) : null;
    }

    /// <summary>The calendar day of an ISO value, for comparing candidates.</summary>
    public static DateTimeOffset? Parse(string iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    private static bool HasZone(string text) =>
        text.EndsWith('Z') || text.Contains("GMT", StringComparison.Ordinal) || ZoneSuffix().IsMatch(text);

    private static string? MakeDate(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string? MonthOf(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        var prefix = name[..3].ToLowerInvariant();
        var index = Array.IndexOf(MonthPrefixes, prefix);
        return index < 0 ? null : (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}$")]
    private static partial Regex ZoneSuffix();
}
