using System.CommandLine;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands.Corpus;

/// <summary><c>--db PATH</c> and its synonym <c>--store LOCATION</c>: which corpus store a command uses.</summary>
public sealed class StoreOption
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = $"The corpus database file (default: {CorpusStoreFactory.DefaultLocation} in the current directory).",
    };

    public Option<string?> Store { get; } = new("--store")
    {
        Description = "The corpus store location: a file path, sqlite:PATH (same as --db) or postgres://user:password@host:port/db.",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Db);
        command.Options.Add(Store);
    }

    public string Location(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.GetValue(Store) ?? result.GetValue(Db) ?? CorpusStoreFactory.DefaultLocation;
    }

    /// <summary>Opens the store, or reports why not on stderr and returns null.</summary>
    public ICorpusStore? Open(ParseResult result, CliIo io, bool mustExist)
    {
        ArgumentNullException.ThrowIfNull(io);
        var location = Location(result);
        if (mustExist && CorpusStoreFactory.SchemeOf(location) is null && !File.Exists(location))
        {
            io.Error.WriteLine($"chronicle: no corpus at {location}; run 'chronicle ingest SOURCE… --db {location}' first.");
            return null;
        }

        try
        {
            return CorpusStoreFactory.Open(location);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or NotSupportedException or Microsoft.Data.Sqlite.SqliteException)
        {
            io.Error.WriteLine($"chronicle: cannot open the store {location}: {ex.Message}");
            return null;
        }
    }
}
