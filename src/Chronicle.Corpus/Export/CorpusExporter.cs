using Chronicle.Json;
using Chronicle.Storage;

namespace Chronicle.Corpus.Export;

/// <summary>Streams a corpus out in one of the <see cref="ExportFormat"/>s; memory stays flat whatever the corpus size.</summary>
public static class CorpusExporter
{
    public static bool TryParse(string? name, out ExportFormat format)
    {
        format = name?.ToLowerInvariant() switch
        {
            "jsonl" or "json" => ExportFormat.JsonLines,
            "csv" => ExportFormat.Csv,
            "parquet" => ExportFormat.Parquet,
            "gdelt-events" => ExportFormat.GdeltEvents,
            "gdelt-gkg" => ExportFormat.GdeltGkg,
            _ => (ExportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>Writes the corpus to <paramref name="output"/>; returns how many rows (documents or events) were written.</summary>
    public static async Task<long> ExportAsync(ICorpusStore store, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        long rows = 0;
        switch (format)
        {
            case ExportFormat.Parquet:
            {
                await using var parquet = await ParquetExporter.CreateAsync(output, cancellationToken);
                await foreach (var stored in store.DocumentsJsonAsync(cancellationToken))
                {
                    await parquet.WriteAsync(DocumentRow.From(stored.Id, DocumentJsonReader.Read(stored.Json)), cancellationToken);
                    rows++;
                }

                return rows;
            }

            case ExportFormat.JsonLines:
            case ExportFormat.Csv:
            {
                await using var text = new StreamWriter(output, leaveOpen: true) { NewLine = "\n" };
                if (format == ExportFormat.Csv)
                {
                    await CsvExporter.WriteHeaderAsync(text);
                }

                await foreach (var stored in store.DocumentsJsonAsync(cancellationToken))
                {
                    if (format == ExportFormat.JsonLines)
                    {
                        await text.WriteLineAsync(stored.Json);
                    }
                    else
                    {
                        await CsvExporter.WriteRowAsync(text, DocumentRow.From(stored.Id, DocumentJsonReader.Read(stored.Json)));
                    }

                    rows++;
                }

                return rows;
            }

            default:
                return await GdeltExport.WriteAsync(store, format, output, cancellationToken);
        }
    }
}
