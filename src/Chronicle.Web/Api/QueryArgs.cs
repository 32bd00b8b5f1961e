using System.Globalization;

namespace Chronicle.Web.Api;

/// <summary>Query-string values checked once, so each endpoint either gets a valid value or answers 400 with the reason.</summary>
public static class QueryArgs
{
    public static int Limit(int? requested, int fallback, int max) => Math.Clamp(requested ?? fallback, 1, max);

    /// <summary>Parses an optional <c>yyyy-MM-dd</c> day; an unparsable one yields a ProblemDetails result to return.</summary>
    public static bool TryDay(string? value, string name, out DateOnly? day, out IResult? problem)
    {
        day = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        problem = BadRequest($"'{name}' must be a day written yyyy-MM-dd.");
        return false;
    }

    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
