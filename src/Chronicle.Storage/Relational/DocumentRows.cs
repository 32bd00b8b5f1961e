using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Json;

namespace Chronicle.Storage.Relational;

/// <summary>The type of a stored column, for engines that write typed rows (PostgreSQL's binary COPY and arrays).</summary>
internal enum ColumnKind
{
    Text,
    Integer,
    Bigint,
    Double,
    Boolean,
}

/// <summary>A column of a stored table and the type of its values.</summary>
internal readonly record struct Column(string Name, ColumnKind Kind);

/// <summary>A document-level column: its name, type and how a record fills it.</summary>
internal sealed record DocumentColumn(string Name, ColumnKind Kind, Func<DocumentRecord, object?> Value);

/// <summary>A table holding one layer of a document, one row per annotation.</summary>
internal sealed record LayerTable(string Name, ImmutableArray<Column> Columns)
{
    /// <summary>The column names, comma separated, in row order.</summary>
    public string ColumnList { get; } = string.Join(", ", Columns.Select(c => c.Name));
}

/// <summary>
/// The one mapping from an analysed document to the rows of the store, shared by both engines: which columns the
/// <c>documents</c> row has and how each is filled, which entities and aliases a document names, and the rows of each
/// layer table. An engine supplies only how the rows are written (prepared inserts for SQLite, arrays and binary COPY
/// for PostgreSQL), so both stores hold the same rows for the same documents.
/// </summary>
internal static class DocumentRows
{
    public static readonly ImmutableArray<DocumentColumn> DocumentColumns =
    [
        new("content_hash", ColumnKind.Text, r => r.ContentHash),
        new("source_key", ColumnKind.Text, r => r.SourceKey),
        new("path", ColumnKind.Text, r => r.Document.Source.Path),
        new("url", ColumnKind.Text, r => r.Document.Source.Url),
        new("site", ColumnKind.Text, r => r.Document.Site),
        new("title", ColumnKind.Text, r => r.Document.Title),
        new("byline", ColumnKind.Text, r => r.Document.Byline.IsDefaultOrEmpty ? null : string.Join("; ", r.Document.Byline)),
        new("published", ColumnKind.Text, r => r.Document.Published),
        new("published_day", ColumnKind.Text, r => PublishedDay.Of(r.Document.Published)),
        new("language", ColumnKind.Text, r => r.Document.Language),
        new("genre", ColumnKind.Text, r => r.Document.Genre),
        new("text", ColumnKind.Text, r => r.Document.Text),
        new("json", ColumnKind.Text, r => r.Json),
        new("tone", ColumnKind.Double, r => r.Document.Tone.Value),
        new("positive", ColumnKind.Double, r => r.Document.Tone.Positive),
        new("negative", ColumnKind.Double, r => r.Document.Tone.Negative),
        new("polarity", ColumnKind.Double, r => r.Document.Tone.Polarity),
        new("activity", ColumnKind.Double, r => r.Document.Tone.Activity),
        new("self_reference", ColumnKind.Double, r => r.Document.Tone.SelfReference),
        new("word_count", ColumnKind.Integer, r => r.Document.Tone.WordCount),
        new("simhash", ColumnKind.Bigint, r => unchecked((long)r.SimHash)),
        new("length", ColumnKind.Integer, r => r.Document.Text.Length),
    ];

    public static readonly LayerTable DocumentEntities = Table(
        "document_entities",
        ("document_id", ColumnKind.Bigint), ("local_id", ColumnKind.Text), ("entity_id", ColumnKind.Bigint),
        ("mentions", ColumnKind.Integer), ("first_start", ColumnKind.Integer), ("role", ColumnKind.Text));

    public static readonly LayerTable Mentions = Table(
        "mentions", ("document_id", ColumnKind.Bigint), ("entity_id", ColumnKind.Bigint), ("span_start", ColumnKind.Integer), ("span_end", ColumnKind.Integer));

    public static readonly LayerTable Quotes = Table(
        "quotes",
        ("document_id", ColumnKind.Bigint), ("ordinal", ColumnKind.Integer), ("span_start", ColumnKind.Integer), ("span_end", ColumnKind.Integer),
        ("text", ColumnKind.Text), ("speaker_entity_id", ColumnKind.Bigint), ("speaker_name", ColumnKind.Text), ("cue", ColumnKind.Text),
        ("direct", ColumnKind.Boolean));

    public static readonly LayerTable Counts = Table(
        "counts",
        ("document_id", ColumnKind.Bigint), ("ordinal", ColumnKind.Integer), ("type", ColumnKind.Text), ("number", ColumnKind.Bigint),
        ("approximate", ColumnKind.Boolean), ("object", ColumnKind.Text), ("span_start", ColumnKind.Integer), ("span_end", ColumnKind.Integer),
        ("location", ColumnKind.Text), ("date", ColumnKind.Text), ("attribution", ColumnKind.Text));

    public static readonly LayerTable Events = Table(
        "events",
        ("document_id", ColumnKind.Bigint), ("ordinal", ColumnKind.Integer), ("code", ColumnKind.Text), ("root_code", ColumnKind.Text),
        ("plover", ColumnKind.Text), ("source_name", ColumnKind.Text), ("source_code", ColumnKind.Text), ("source_entity_id", ColumnKind.Bigint),
        ("target_name", ColumnKind.Text), ("target_code", ColumnKind.Text), ("target_entity_id", ColumnKind.Bigint), ("goldstein", ColumnKind.Double),
        ("quad_class", ColumnKind.Integer), ("span_start", ColumnKind.Integer), ("span_end", ColumnKind.Integer), ("location_name", ColumnKind.Text),
        ("country_code", ColumnKind.Text), ("lat", ColumnKind.Double), ("lon", ColumnKind.Double), ("geo_type", ColumnKind.Integer),
        ("date", ColumnKind.Text));

    public static readonly LayerTable Themes = Table("themes", ("document_id", ColumnKind.Bigint), ("code", ColumnKind.Text), ("mentions", ColumnKind.Integer));

    /// <summary>Every layer table, in the order the rows are written.</summary>
    public static readonly ImmutableArray<LayerTable> Layers = [DocumentEntities, Mentions, Quotes, Counts, Events, Themes];

    /// <summary>The store key of an entity (its type name and normalised name), or null for a name that normalises to nothing.</summary>
    public static (string Type, string Key)? EntityKeyOf(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var key = EntityKey.Normalise(entity.Name);
        return key.Length == 0 ? null : (DocumentJsonWriter.TypeName(entity.Type), key);
    }

    /// <summary>The alias keys an entity adds besides its own key.</summary>
    public static IEnumerable<string> AliasKeys(Entity entity, string key)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Aliases.IsDefaultOrEmpty)
        {
            yield break;
        }

        foreach (var alias in entity.Aliases)
        {
            var aliasKey = EntityKey.Normalise(alias);
            if (aliasKey.Length > 0 && aliasKey != key)
            {
                yield return aliasKey;
            }
        }
    }

    /// <summary>
    /// The store id of each of the document's entities by its local id (<c>e1</c>, …), from the engine's
    /// <paramref name="resolve"/>; the first entity with a local id wins, unnamed or unresolved entities are left out.
    /// </summary>
    public static Dictionary<string, long> LocalEntities(Document document, Func<Entity, (string Type, string Key), long?> resolve)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resolve);
        var locals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            if (EntityKeyOf(entity) is { } key && !locals.ContainsKey(entity.Id) && resolve(entity, key) is { } id)
            {
                locals.Add(entity.Id, id);
            }
        }

        return locals;
    }

    /// <summary>The rows of one layer table for one stored document, in the column order of <paramref name="table"/>.</summary>
    public static IEnumerable<object?[]> Rows(LayerTable table, long id, Document document, Dictionary<string, long> locals)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(locals);
        return table.Name switch
        {
            "document_entities" => EntityRows(id, document, locals),
            "mentions" => MentionRows(id, document, locals),
            "quotes" => QuoteRows(id, document, locals),
            "counts" => CountRows(id, document),
            "events" => EventRows(id, document, locals),
            "themes" => ThemeRows(id, document),
            _ => throw new ArgumentException($"No layer table {table.Name}.", nameof(table)),
        };
    }

    private static IEnumerable<object?[]> EntityRows(long id, Document document, Dictionary<string, long> locals)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            if (locals.TryGetValue(entity.Id, out var entityId) && written.Add(entity.Id))
            {
                var mentions = entity.Mentions.IsDefaultOrEmpty ? 0 : entity.Mentions.Length;
                yield return [id, entity.Id, entityId, mentions, mentions == 0 ? 0 : entity.Mentions[0].Start, entity.Role];
            }
        }
    }

    private static IEnumerable<object?[]> MentionRows(long id, Document document, Dictionary<string, long> locals)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            if (entity.Mentions.IsDefaultOrEmpty || !locals.TryGetValue(entity.Id, out var entityId) || !written.Add(entity.Id))
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                yield return [id, entityId, mention.Start, mention.End];
            }
        }
    }

    private static IEnumerable<object?[]> QuoteRows(long id, Document document, Dictionary<string, long> locals)
    {
        var quotes = document.Quotes;
        for (var i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            yield return [id, i, quote.Span.Start, quote.Span.End, quote.Text, Local(locals, quote.Speaker), quote.SpeakerName, quote.Cue, quote.Direct];
        }
    }

    private static IEnumerable<object?[]> CountRows(long id, Document document)
    {
        var counts = document.Counts;
        for (var i = 0; i < counts.Length; i++)
        {
            var c = counts[i];
            yield return [id, i, c.Type, c.Number, c.Approximate, c.Object, c.Span.Start, c.Span.End, c.Location, c.Date, c.Attribution];
        }
    }

    private static IEnumerable<object?[]> EventRows(long id, Document document, Dictionary<string, long> locals)
    {
        var events = document.Events;
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            yield return
            [
                id, i, e.Code, e.RootCode, e.Plover, e.Source?.Name, e.Source?.Code, Local(locals, e.Source?.Entity),
                e.Target?.Name, e.Target?.Code, Local(locals, e.Target?.Entity), e.Goldstein, e.QuadClass, e.Span.Start, e.Span.End,
                e.Location?.Name, e.Location?.CountryCode, e.Location?.Lat, e.Location?.Lon, e.Location?.GeoType ?? 0, e.Date,
            ];
        }
    }

    private static IEnumerable<object?[]> ThemeRows(long id, Document document)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in document.Themes)
        {
            if (codes.Add(theme.Code))
            {
                yield return [id, theme.Code, theme.Mentions.IsDefaultOrEmpty ? 0 : theme.Mentions.Length];
            }
        }
    }

    private static long? Local(Dictionary<string, long> locals, string? local) =>
        local is not null && locals.TryGetValue(local, out var id) ? id : null;

    private static LayerTable Table(string name, params (string Name, ColumnKind Kind)[] columns) =>
        new(name, [.. columns.Select(c => new Column(c.Name, c.Kind))]);
}
