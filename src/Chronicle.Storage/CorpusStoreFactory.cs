using System.Collections.Concurrent;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// Opens a store from a location string: a file path or <c>sqlite:PATH</c> opens the embedded SQLite store; other
/// schemes (<c>postgres://…</c>) are served by the opener registered for them.
/// </summary>
public static class CorpusStoreFactory
{
    /// <summary>The embedded default store's file name, in the current directory.</summary>
    public const string DefaultLocation = "chronicle.db";

    private static readonly ConcurrentDictionary<string, Func<string, ICorpusStore>> Openers = new(Postgres.PostgresCorpusStore.Openers, StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers the opener for a URI scheme (e.g. <c>postgres</c>); the opener receives the whole location.</summary>
    public static void Register(string scheme, Func<string, ICorpusStore> opener)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheme);
        ArgumentNullException.ThrowIfNull(opener);
        Openers[scheme] = opener;
    }

    /// <summary>Opens (creating and migrating as needed) the store at <paramref name="location"/>.</summary>
    /// <exception cref="ArgumentException">The location is empty or names a scheme no store serves.</exception>
    public static ICorpusStore Open(string location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            throw new ArgumentException("A store location is required (a file path, sqlite:PATH or postgres://…).", nameof(location));
        }

        var scheme = SchemeOf(location);
        if (scheme is null || scheme.Equals("file", StringComparison.OrdinalIgnoreCase))
        {
            return SqliteCorpusStore.Open(scheme is null ? location : new Uri(location).LocalPath);
        }

        if (scheme.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var path = location[(scheme.Length + 1)..];
            return SqliteCorpusStore.Open(path.StartsWith("//", StringComparison.Ordinal) ? path[2..] : path);
        }

        if (Openers.TryGetValue(scheme, out var opener))
        {
            return opener(location);
        }

        var known = string.Join(", ", Openers.Keys.Order(StringComparer.Ordinal).Select(k => k + "://…").Prepend("sqlite:PATH").Prepend("a file path"));
        throw new ArgumentException($"Unknown store scheme '{scheme}' in '{location}'. Known: {known}.", nameof(location));
    }

    /// <summary>The URI scheme of a location, or null for a plain path (a Windows drive letter is not a scheme).</summary>
    public static string? SchemeOf(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var colon = location.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 1)
        {
            return null;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = location[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || (i == 0 && !char.IsAsciiLetter(c)))
            {
                return null;
            }
        }

        return location[..colon];
    }
}
