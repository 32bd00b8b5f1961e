using Chronicle.Storage.Relational;

namespace Chronicle.Storage.Sqlite;

/// <summary>
/// SQLite's dialect of the shared schema (<see cref="CorpusSchema"/>): its type names, FTS5 tables for full-text
/// search, and the rendered steps the store applies one by one.
/// </summary>
internal sealed class SqliteMigrations : SchemaDialect
{
    private SqliteMigrations()
    {
    }

    public static IReadOnlyList<string> Steps { get; } = CorpusSchema.Render(new SqliteMigrations());

    /// <summary>The version a fully migrated store has.</summary>
    public static int Latest => Steps.Count;

    protected override IReadOnlyDictionary<string, string> Types { get; } = TypeMap(
        "identity: INTEGER PRIMARY KEY; key: INTEGER PRIMARY KEY; bigint: INTEGER; int: INTEGER; real: REAL; text: TEXT; bool: INTEGER; false: 0; " +
        "time: TEXT; stamp: TEXT NOT NULL; lookup: WITHOUT ROWID");

    /// <summary>An external-content FTS5 table over the columns (the batch writer fills it with each document).</summary>
    public override string FullTextIndex(FullText fullText)
    {
        ArgumentNullException.ThrowIfNull(fullText);
        var columns = string.Join(", ", fullText.Columns.Select(c => c.Name));
        return $"CREATE VIRTUAL TABLE {fullText.Table}_fts USING fts5({columns}, content='{fullText.Table}', content_rowid='id', tokenize='unicode61 remove_diacritics 2');";
    }

    /// <summary>SQLite's LIKE ignores case, so a prefix look-up is served by the plain index or a scan; nothing more is created.</summary>
    public override string PrefixIndex(string index, string table, string column) => string.Empty;
}
