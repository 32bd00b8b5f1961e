using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Storage.Relational;

/// <summary>
/// The corpus schema, written once for every engine: one entry per version, numbered the same in every store, so one
/// version means one shape of the corpus. Column types are written as placeholders (<c>{key}</c>, <c>{bigint}</c>,
/// <c>{bool}</c>, …) that a <see cref="SchemaDialect"/> turns into its own type names, and full-text search is declared
/// (<see cref="FullText"/>) and built the way each engine searches. A migration is applied once and recorded in
/// <c>schema_version</c>; never edit a shipped entry, append a new one.
/// </summary>
internal static partial class CorpusSchema
{
    public static readonly IReadOnlyList<SchemaStep> Steps =
    [
        // Version 1: documents and their layers, sources for resume, runs, errors, groupings, full-text indexes.
        new(
            """
            CREATE TABLE documents (
                id {identity},
                content_hash {text} NOT NULL UNIQUE,
                source_key {text} NOT NULL,
                path {text}, url {text}, site {text}, title {text}, byline {text},
                published {text}, published_day {text},
                language {text} NOT NULL, genre {text},
                text {text} NOT NULL, json {text} NOT NULL,
                tone {real} NOT NULL, positive {real} NOT NULL, negative {real} NOT NULL, polarity {real} NOT NULL,
                activity {real} NOT NULL, self_reference {real} NOT NULL, word_count {int} NOT NULL,
                simhash {bigint} NOT NULL, length {int} NOT NULL,
                run_id {bigint}, ingested_at {stamp},
                duplicate_group {bigint}, syndicated {bool} NOT NULL DEFAULT {false}, cluster {bigint});
            CREATE INDEX documents_published_day ON documents(published_day);
            CREATE INDEX documents_site ON documents(site);
            CREATE INDEX documents_cluster ON documents(cluster);
            CREATE INDEX documents_duplicate_group ON documents(duplicate_group);
            CREATE TABLE sources (key {text} PRIMARY KEY, document_id {bigint}, status {text} NOT NULL, run_id {bigint}) {lookup};
            CREATE TABLE entities (
                id {identity}, type {text} NOT NULL, key {text} NOT NULL, name {text} NOT NULL,
                actor {text}, country {text}, wikidata {text}, UNIQUE(type, key));
            CREATE INDEX entities_key ON entities(key);
            {prefix entities_key_pattern ON entities(key)}
            CREATE TABLE entity_aliases (alias_key {text} NOT NULL, entity_id {bigint} NOT NULL, PRIMARY KEY(alias_key, entity_id)) {lookup};
            CREATE TABLE document_entities (
                document_id {bigint} NOT NULL, local_id {text} NOT NULL, entity_id {bigint} NOT NULL,
                mentions {int} NOT NULL, first_start {int} NOT NULL, role {text},
                PRIMARY KEY(document_id, local_id));
            CREATE INDEX document_entities_entity ON document_entities(entity_id);
            CREATE TABLE mentions (document_id {bigint} NOT NULL, entity_id {bigint} NOT NULL, span_start {int} NOT NULL, span_end {int} NOT NULL);
            CREATE INDEX mentions_document ON mentions(document_id);
            CREATE TABLE quotes (
                id {identity}, document_id {bigint} NOT NULL, ordinal {int} NOT NULL,
                span_start {int} NOT NULL, span_end {int} NOT NULL, text {text} NOT NULL,
                speaker_entity_id {bigint}, speaker_name {text}, cue {text}, direct {bool} NOT NULL);
            CREATE INDEX quotes_document ON quotes(document_id);
            CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);
            CREATE TABLE counts (
                document_id {bigint} NOT NULL, ordinal {int} NOT NULL, type {text} NOT NULL, number {bigint} NOT NULL,
                approximate {bool} NOT NULL, object {text}, span_start {int} NOT NULL, span_end {int} NOT NULL,
                location {text}, date {text}, attribution {text}, PRIMARY KEY(document_id, ordinal));
            CREATE TABLE events (
                document_id {bigint} NOT NULL, ordinal {int} NOT NULL, code {text} NOT NULL, root_code {text} NOT NULL, plover {text},
                source_name {text}, source_code {text}, source_entity_id {bigint},
                target_name {text}, target_code {text}, target_entity_id {bigint},
                goldstein {real} NOT NULL, quad_class {int} NOT NULL, span_start {int} NOT NULL, span_end {int} NOT NULL,
                location_name {text}, country_code {text}, lat {real}, lon {real}, geo_type {int} NOT NULL, date {text},
                PRIMARY KEY(document_id, ordinal));
            CREATE INDEX events_source_code ON events(source_code);
            CREATE INDEX events_target_code ON events(target_code);
            CREATE INDEX events_source_entity ON events(source_entity_id);
            CREATE INDEX events_target_entity ON events(target_entity_id);
            CREATE TABLE themes (document_id {bigint} NOT NULL, code {text} NOT NULL, mentions {int} NOT NULL, PRIMARY KEY(document_id, code));
            CREATE INDEX themes_code ON themes(code);
            CREATE TABLE runs (
                id {identity}, sources {text} NOT NULL, started {time} NOT NULL, finished {time},
                seen {bigint} NOT NULL DEFAULT 0, added {bigint} NOT NULL DEFAULT 0, unchanged {bigint} NOT NULL DEFAULT 0, failed {bigint} NOT NULL DEFAULT 0);
            CREATE TABLE errors (
                id {identity}, run_id {bigint}, source {text} NOT NULL, stage {text} NOT NULL, message {text} NOT NULL, at {time} NOT NULL);
            CREATE TABLE event_records (
                id {key}, cluster {bigint}, code {text} NOT NULL, root_code {text} NOT NULL, plover {text},
                source_name {text}, source_code {text}, target_name {text}, target_code {text},
                goldstein {real} NOT NULL, quad_class {int} NOT NULL, date {text},
                location_name {text}, country_code {text}, lat {real}, lon {real});
            CREATE INDEX event_records_cluster ON event_records(cluster);
            CREATE TABLE event_record_sources (
                event_record_id {bigint} NOT NULL, document_id {bigint} NOT NULL, ordinal {int} NOT NULL, site {text},
                PRIMARY KEY(event_record_id, document_id, ordinal));
            CREATE TABLE count_records (
                id {key}, cluster {bigint}, type {text} NOT NULL, object {text}, number {bigint} NOT NULL, conflicting {bool} NOT NULL);
            CREATE INDEX count_records_cluster ON count_records(cluster);
            CREATE TABLE count_figures (
                count_record_id {bigint} NOT NULL, document_id {bigint} NOT NULL, ordinal {int} NOT NULL, number {bigint} NOT NULL,
                approximate {bool} NOT NULL, attribution {text}, site {text}, credible {bool} NOT NULL);
            CREATE INDEX count_figures_record ON count_figures(count_record_id);
            """,
            [
                // Search ranks a title hit above a text hit; a very long text is indexed up to its first 500,000 characters.
                new FullText("documents", [new("title", 'A', Nullable: true), new("text", 'B', Limit: 500_000)]),
                new FullText("quotes", [new("text", 'A'), new("speaker_name", 'B', Nullable: true)]),
            ]),

        // Version 2: how a repost relates to its group's canonical document (copy, excerpt, wire, update).
        new("ALTER TABLE documents ADD COLUMN duplicate_relation {text};", []),
    ];

    /// <summary>The version a fully migrated store has.</summary>
    public static int Latest => Steps.Count;

    /// <summary>Every step in <paramref name="dialect"/>'s SQL, in version order.</summary>
    public static IReadOnlyList<string> Render(SchemaDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return [.. Steps.Select(step => Render(step, dialect))];
    }

    private static string Render(SchemaStep step, SchemaDialect dialect)
    {
        var sql = new StringBuilder(Placeholder().Replace(step.Ddl, match => Substitute(match, dialect)));
        foreach (var fullText in step.FullTexts)
        {
            sql.Append('\n').Append(dialect.FullTextIndex(fullText));
        }

        return sql.ToString();
    }

    private static string Substitute(Match match, SchemaDialect dialect)
    {
        var name = match.Groups["name"].Value;
        var rest = match.Groups["rest"].Value;
        if (name == "prefix")
        {
            // "{prefix NAME ON TABLE(COLUMN)}": an index for prefix (LIKE 'x%') look-ups, where the engine needs one.
            var parts = PrefixIndex().Match(rest);
            return parts.Success
                ? dialect.PrefixIndex(parts.Groups["index"].Value, parts.Groups["table"].Value, parts.Groups["column"].Value)
                : throw new InvalidOperationException($"Malformed schema placeholder '{match.Value}'.");
        }

        return rest.Length == 0 ? dialect.Type(name) : throw new InvalidOperationException($"Unknown schema placeholder '{match.Value}'.");
    }

    [GeneratedRegex(@"\{(?<name>[a-z]+)(?: (?<rest>[^}]*))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?<index>\w+) ON (?<table>\w+)\((?<column>\w+)\)$")]
    private static partial Regex PrefixIndex();
}

/// <summary>One schema version: its statements (with type placeholders) and the full-text indexes it adds.</summary>
internal sealed record SchemaStep(string Ddl, IReadOnlyList<FullText> FullTexts);

/// <summary>A table searched by its words: the columns, each with its rank weight (A above B).</summary>
internal sealed record FullText(string Table, IReadOnlyList<FullTextColumn> Columns);

/// <param name="Limit">Index only the first this many characters (null: all).</param>
internal sealed record FullTextColumn(string Name, char Weight, bool Nullable = false, int? Limit = null);

/// <summary>What an engine supplies to the shared schema: its type names, its full-text index and its prefix index.</summary>
internal abstract class SchemaDialect
{
    /// <summary>
    /// The engine's spelling of a schema type: <c>identity</c> (a primary key the engine numbers), <c>key</c> (a
    /// primary key the writer gives), <c>bigint</c>, <c>int</c>, <c>real</c>, <c>text</c>, <c>bool</c> and its
    /// <c>false</c>, <c>time</c> (a moment) and <c>stamp</c> (a moment, required, set when the row is written),
    /// <c>lookup</c> (the clause ending a table read only by its primary key).
    /// </summary>
    public string Type(string name) =>
        Types.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown schema type '{{{name}}}'.");

    protected abstract IReadOnlyDictionary<string, string> Types { get; }

    /// <summary>Type names written <c>name: spelling; name: spelling; …</c> (a spelling may be empty).</summary>
    protected static Dictionary<string, string> TypeMap(string entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split(':', 2, StringSplitOptions.TrimEntries))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
    }

    /// <summary>The statements that make <paramref name="fullText"/> searchable.</summary>
    public abstract string FullTextIndex(FullText fullText);

    /// <summary>The statement creating an index for prefix look-ups on a column, or nothing where the plain index serves.</summary>
    public abstract string PrefixIndex(string index, string table, string column);
}
