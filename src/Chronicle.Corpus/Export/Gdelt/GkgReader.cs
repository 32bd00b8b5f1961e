namespace Chronicle.Corpus.Export.Gdelt;

/// <summary>Reads GKG 2.1 rows (27 tab-separated columns); lines with another column count are skipped, never thrown.</summary>
public static class GkgReader
{
    public static GkgRecord? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var columns = line.TrimEnd('\r', '\n').Split('\t');
        return columns.Length == GkgRecord.ColumnCount ? GkgRecord.FromColumns(columns) : null;
    }

    public static IEnumerable<GkgRecord> Read(TextReader reader, Action<string>? skipped = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (Parse(line) is { } record)
            {
                yield return record;
            }
            else
            {
                skipped?.Invoke(line);
            }
        }
    }
}
