using System.Globalization;

namespace Chronicle.Corpus.Export.Gdelt;

/// <summary>Reads GDELT Events 2.0 rows (61 tab-separated columns); malformed lines are skipped and counted, never thrown.</summary>
public static class GdeltEventReader
{
    /// <summary>Parses one line, or returns null when it is not a 61-column event row.</summary>
    public static GdeltEventRow? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var c = line.TrimEnd('\r', '\n').Split('\t');
        if (c.Length != GdeltEventRow.ColumnCount || !long.TryParse(c[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return new GdeltEventRow(
            id, Int(c[1]), Actor(c, 5), Actor(c, 15), c[25] == "1", c[26], Int(c[29]), Dbl(c[30]) ?? 0,
            Int(c[31]), Int(c[32]), Int(c[33]), Dbl(c[34]) ?? 0, Geo(c, 35), Geo(c, 43), Geo(c, 51),
            long.TryParse(c[59], NumberStyles.Integer, CultureInfo.InvariantCulture, out var added) ? added : 0, c[60]);
    }

    /// <summary>Streams the rows of <paramref name="reader"/>; <paramref name="skipped"/> counts lines that were not rows.</summary>
    public static IEnumerable<GdeltEventRow> Read(TextReader reader, Action<string>? skipped = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (Parse(line) is { } row)
            {
                yield return row;
            }
            else
            {
                skipped?.Invoke(line);
            }
        }
    }

    private static GdeltActor Actor(string[] c, int at) => new(c[at], c[at + 1], c[at + 2], c[at + 3], c[at + 4], c[at + 5], c[at + 6], c[at + 7], c[at + 8], c[at + 9]);

    private static GdeltGeo Geo(string[] c, int at) => new(Int(c[at]), c[at + 1], c[at + 2], c[at + 3], c[at + 4], Dbl(c[at + 5]), Dbl(c[at + 6]), c[at + 7]);

    private static int Int(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static double? Dbl(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
