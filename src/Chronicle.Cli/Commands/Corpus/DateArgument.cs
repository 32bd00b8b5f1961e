using System.Globalization;

namespace Chronicle.Cli.Commands.Corpus;

/// <summary>Parses <c>--from</c>/<c>--to</c> days (<c>yyyy-MM-dd</c>, or a full ISO date-time whose day is taken).</summary>
public static class DateArgument
{
    public static bool TryParse(string? value, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var text = value.Trim();
        if (DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
