using Parquet;
using Parquet.Schema;

namespace Chronicle.Corpus.Export;

/// <summary>Documents as Parquet, written in row groups so memory is bounded by the group size, not the corpus.</summary>
public sealed class ParquetExporter : IAsyncDisposable
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 2048;

    public static readonly ParquetSchema Schema = new(
        new DataField<long>("id"),
        new DataField<string>("url", nullable: true),
        new DataField<string>("path", nullable: true),
        new DataField<string>("title", nullable: true),
        new DataField<string>("site", nullable: true),
        new DataField<string>("published", nullable: true),
        new DataField<string>("language"),
        new DataField<string>("genre", nullable: true),
        new DataField<double>("tone"),
        new DataField<double>("positive"),
        new DataField<double>("negative"),
        new DataField<int>("word_count"),
        new DataField<int>("entities"),
        new DataField<int>("quotes"),
        new DataField<int>("counts"),
        new DataField<int>("events"),
        new DataField<string>("people"),
        new DataField<string>("organisations"),
        new DataField<string>("places"),
        new DataField<string>("themes"),
        new DataField<string>("text"));

    private readonly ParquetWriter _writer;
    private readonly List<DocumentRow> _pending = new(RowGroupSize);

    private ParquetExporter(ParquetWriter writer) => _writer = writer;

    public static async Task<ParquetExporter> CreateAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new ParquetExporter(await ParquetWriter.CreateAsync(Schema, output, cancellationToken: cancellationToken));
    }

    public async Task WriteAsync(DocumentRow row, CancellationToken cancellationToken = default)
    {
        _pending.Add(row);
        if (_pending.Count >= RowGroupSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync(CancellationToken.None);
        await _writer.DisposeAsync();
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        using var group = _writer.CreateRowGroup();
        var fields = Schema.DataFields;
        await WriteAsync(group, fields[0], r => r.Id, cancellationToken);
        await WriteAsync(group, fields[1], r => r.Url, cancellationToken);
        await WriteAsync(group, fields[2], r => r.Path, cancellationToken);
        await WriteAsync(group, fields[3], r => r.Title, cancellationToken);
        await WriteAsync(group, fields[4], r => r.Site, cancellationToken);
        await WriteAsync(group, fields[5], r => r.Published, cancellationToken);
        await WriteAsync(group, fields[6], r => r.Language, cancellationToken);
        await WriteAsync(group, fields[7], r => r.Genre, cancellationToken);
        await WriteAsync(group, fields[8], r => r.Tone, cancellationToken);
        await WriteAsync(group, fields[9], r => r.Positive, cancellationToken);
        await WriteAsync(group, fields[10], r => r.Negative, cancellationToken);
        await WriteAsync(group, fields[11], r => r.WordCount, cancellationToken);
        await WriteAsync(group, fields[12], r => r.Entities, cancellationToken);
        await WriteAsync(group, fields[13], r => r.Quotes, cancellationToken);
        await WriteAsync(group, fields[14], r => r.Counts, cancellationToken);
        await WriteAsync(group, fields[15], r => r.Events, cancellationToken);
        await WriteAsync(group, fields[16], r => r.People, cancellationToken);
        await WriteAsync(group, fields[17], r => r.Organisations, cancellationToken);
        await WriteAsync(group, fields[18], r => r.Places, cancellationToken);
        await WriteAsync(group, fields[19], r => r.Themes, cancellationToken);
        await WriteAsync(group, fields[20], r => r.Text, cancellationToken);
        _pending.Clear();
    }

    private Task WriteAsync<T>(ParquetRowGroupWriter group, DataField field, Func<DocumentRow, T> value, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T[_pending.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(_pending[i]);
        }

        return group.WriteAsync<T>(field, values, null, null, cancellationToken);
    }

    private Task WriteAsync(ParquetRowGroupWriter group, DataField field, Func<DocumentRow, string?> value, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var values = new string?[_pending.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(_pending[i]);
        }

        return group.WriteAsync(field, values!, null);
    }
}
