using System.Globalization;

namespace Chronicle.Storage;

/// <summary>The publication day (<c>yyyy-MM-dd</c>) of an ISO 8601 date or date-time, or null when it does not parse.</summary>
public static class PublishedDay
{
    public static string? Of(string? published)
    {
        if (string.IsNullOrWhiteSpace(published) || published.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }
}
