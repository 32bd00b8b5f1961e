using System.Collections.Immutable;
using System.Text;
using Chronicle.Annotations;
using Chronicle.Corpus.Dedup;
using Chronicle.Corpus.Export;
using Chronicle.Corpus.Export.Gdelt;
using Chronicle.Json;
using Chronicle.Storage;
using Chronicle.Text;
using Parquet;

namespace Chronicle.Corpus.Tests;

public sealed class ExportTests
{
    [Fact]
    public async Task Json_lines_export_re_reads_as_the_stored_documents()
    {
        await using var corpus = await SeededAsync();
        var lines = (await ExportTextAsync(corpus.Store, ExportFormat.JsonLines)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        var first = DocumentJsonReader.Read(lines[0]);
        Assert.Equal("Shelling hits Aleppo", first.Title);
        Assert.Equal(DocumentJsonWriter.ToJson(first), lines[0]);
        Assert.Single(first.Events);
    }

    [Fact]
    public async Task Csv_export_has_a_header_and_the_same_number_of_fields_in_every_row()
    {
        await using var corpus = await SeededAsync();
        var records = ParseCsv(await ExportTextAsync(corpus.Store, ExportFormat.Csv));

        Assert.Equal(4, records.Count);
        Assert.Equal(DocumentRow.Columns, records[0]);
        Assert.All(records, r => Assert.Equal(DocumentRow.Columns.Count, r.Count));
        Assert.Contains("\"Shelling\" hit", records[1][^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_export_has_the_documented_schema_and_one_row_per_document()
    {
        await using var corpus = await SeededAsync();
        using var buffer = new MemoryStream();
        await CorpusExporter.ExportAsync(corpus.Store, ExportFormat.Parquet, buffer);
        buffer.Position = 0;

        await using var reader = await ParquetReader.CreateAsync(buffer);
        Assert.Equal(DocumentRow.Columns, reader.Schema.DataFields.Select(f => f.Name));
        long rows = 0;
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            rows += group.RowCount;
        }

        Assert.Equal(3, rows);
    }

    [Fact]
    public async Task Gdelt_events_export_has_61_columns_and_counts_a_repost_once()
    {
        await using var corpus = await SeededAsync();
        var lines = (await ExportTextAsync(corpus.Store, ExportFormat.GdeltEvents)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Three documents, one a repost of another: two events, the reposted one carried by two articles.
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal(GdeltEventRow.ColumnCount, l.Split('\t').Length));
        var rows = lines.Select(l => GdeltEventReader.Parse(l)!).ToList();
        Assert.Equal(["190", "036"], rows.Select(r => r.EventCode));
        Assert.Equal(2, rows[0].NumArticles);
        Assert.Equal(2, rows[0].NumSources);
    }

    [Fact]
    public async Task Gdelt_gkg_export_has_27_columns_per_document()
    {
        await using var corpus = await SeededAsync();
        var lines = (await ExportTextAsync(corpus.Store, ExportFormat.GdeltGkg)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Equal(27, l.Split('\t').Length));
        Assert.All(lines, l => Assert.NotNull(GkgReader.Parse(l)));
    }

    private static async Task<TempCorpus> SeededAsync()
    {
        var corpus = new TempCorpus();
        const string text = "Government forces shelled eastern Aleppo on Monday, killing 12 civilians. \"Shelling\" hit a school, the monitor said.";
        const string other = "Turkish and Russian envoys said on Tuesday they would meet in Ankara next week to discuss a ceasefire in Syria.";
        await corpus.Store.WriteBatchAsync(
            [
                Record(Doc(text, "a.example", "Shelling hits Aleppo", "190", "SYRMIL", "SYRCVL", -10, 4)),
                Record(Doc(text, "b.example", "Shelling hits Aleppo", "190", "SYRMIL", "SYRCVL", -10, 4)),
                Record(Doc(other, "c.example", "Envoys to meet", "036", "TUR", "RUS", 4, 1)),
            ],
            []);
        await CorpusConsolidator.RunAsync(corpus.Store);
        return corpus;
    }

    private static Document Doc(string text, string site, string title, string code, string source, string target, double goldstein, int quad)
    {
        var twelve = text.IndexOf("12", StringComparison.Ordinal);
        return new Document(text, new DocumentSource(null, $"https://{site}/story"))
        {
            Title = title,
            Site = site,
            Published = "2016-12-12",
            Language = "en",
            Entities = [new Entity("e1", EntityType.Loc, text.Contains("Aleppo", StringComparison.Ordinal) ? "Aleppo" : "Ankara", ImmutableArray.Create(new TextSpan(0, 5)))],
            Counts = twelve >= 0 ? [new CasualtyCount("KILL", 12, false, "civilians", new TextSpan(twelve, twelve + 2))] : [],
            Events = [new CodedEvent(code, new EventActor(source, source, null), new EventActor(target, target, null), new TextSpan(0, 40), goldstein, quad)],
            Themes = [new Theme("KILL", [new TextSpan(0, 5)])],
        };
    }

    private static DocumentRecord Record(Document document) => new(
        document,
        document.Source.Url!,
        ContentHash.Of(document.Text, document.Site),
        DocumentJsonWriter.ToJson(document),
        SimHash.Of(document.Text));

    private static async Task<string> ExportTextAsync(ICorpusStore store, ExportFormat format)
    {
        using var buffer = new MemoryStream();
        await CorpusExporter.ExportAsync(store, format, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
