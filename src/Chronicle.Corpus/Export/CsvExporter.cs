using System.Globalization;
using System.Text;

namespace Chronicle.Corpus.Export;

/// <summary>Documents as RFC 4180 CSV with a header row (fields quoted when they hold commas, quotes or line breaks).</summary>
public static class CsvExporter
{
    public static async Task WriteHeaderAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(string.Join(',', DocumentRow.Columns));
        await output.WriteAsync("\r\n");
    }

    public static async Task WriteRowAsync(TextWriter output, DocumentRow row)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(row);
        var line = new StringBuilder(row.Text.Length + 256);
        object?[] values =
        [
            row.Id, row.Url, row.Path, row.Title, row.Site, row.Published, row.Language, row.Genre, row.Tone, row.Positive, row.Negative,
            row.WordCount, row.Entities, row.Quotes, row.Counts, row.Events, row.People, row.Organisations, row.Places, row.Themes, row.Text,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Escape(values[i] switch
            {
                null => string.Empty,
                double d => d.ToString("0.####", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? string.Empty,
            }));
        }

        await output.WriteAsync(line.Append("\r\n"));
    }

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
