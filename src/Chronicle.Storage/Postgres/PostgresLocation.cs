using System.Globalization;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Turns a <c>postgres://user:password@host:port/database?option=value</c> location into an Npgsql connection string.
/// Options are Npgsql keywords (<c>?pooling=false</c>, <c>?search_path=corpus</c>) or the libpq names people type
/// (<c>sslmode</c>, <c>connect_timeout</c>, <c>application_name</c>).
/// </summary>
public static class PostgresLocation
{
    /// <summary>The URI schemes this store serves.</summary>
    public static IReadOnlyList<string> Schemes { get; } = ["postgres", "postgresql"];

    public static bool IsPostgres(string? location)
    {
        if (string.IsNullOrEmpty(location))
        {
            return false;
        }

        var scheme = CorpusStoreFactory.SchemeOf(location);
        return scheme is not null && Schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <exception cref="ArgumentException">The location is not a usable PostgreSQL URI.</exception>
    public static string ToConnectionString(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (!IsPostgres(location) || !Uri.TryCreate(location, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{Redact(location)}' is not a PostgreSQL location; expected postgres://user:password@host:port/database.", nameof(location));
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')) is { Length: > 0 } database ? database : "chronicle",
            ApplicationName = "chronicle",
        };

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "true" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            try
            {
                builder[Keyword(key)] = value;
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new ArgumentException($"Unknown or invalid PostgreSQL option '{key}={value}' in '{Redact(location)}': {ex.Message}", nameof(location), ex);
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>The location with its password replaced, for messages and logs.</summary>
    public static string Redact(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var at = location.IndexOf('@', StringComparison.Ordinal);
        var start = location.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || start < 0 || at < start)
        {
            return location;
        }

        var colon = location.IndexOf(':', start + 3);
        return colon < 0 || colon > at ? location : string.Create(CultureInfo.InvariantCulture, $"{location[..(colon + 1)]}***{location[at..]}");
    }

    private static string Keyword(string key) => key.ToLowerInvariant() switch
    {
        "sslmode" => "SSL Mode",
        "connect_timeout" => "Timeout",
        "application_name" => "Application Name",
        "search_path" => "Search Path",
        "target_session_attrs" => "Target Session Attributes",
        _ => key.Replace('_', ' '),
    };
}
