using Chronicle.Storage;
using Chronicle.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Chronicle.Corpus.Tests;

/// <summary>A scratch folder with a corpus database in it, removed afterwards.</summary>
internal sealed class TempCorpus : IAsyncDisposable
{
    public TempCorpus()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("chronicle-corpus-").FullName;
        Store = SqliteCorpusStore.Open(DbPath);
    }

    public string Directory { get; }

    public string DbPath => Path.Combine(Directory, "corpus.db");

    public ICorpusStore Store { get; private set; }

    public string Write(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
