namespace Chronicle.Storage.Sqlite;

/// <summary>
/// The SQLite schema, one entry per version. A migration is applied once, in a transaction, and recorded in
/// <c>schema_version</c>; never edit a shipped entry, append a new one.
/// </summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        // Version 1: documents and their layers, sources for resume, runs, errors, groupings, full-text indexes.
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source_key TEXT NOT NULL,
            path TEXT, url TEXT, site TEXT, title TEXT, byline TEXT,
            published TEXT, published_day TEXT,
            language TEXT NOT NULL, genre TEXT,
            text TEXT NOT NULL, json TEXT NOT NULL,
            tone REAL NOT NULL, positive REAL NOT NULL, negative REAL NOT NULL, polarity REAL NOT NULL,
            activity REAL NOT NULL, self_reference REAL NOT NULL, word_count INTEGER NOT NULL,
            simhash INTEGER NOT NULL, length INTEGER NOT NULL,
            run_id INTEGER, ingested_at TEXT NOT NULL,
            duplicate_group INTEGER, syndicated INTEGER NOT NULL DEFAULT 0, cluster INTEGER);
        CREATE INDEX documents_published_day ON documents(published_day);
        CREATE INDEX documents_site ON documents(site);
        CREATE INDEX documents_cluster ON documents(cluster);
        CREATE INDEX documents_duplicate_group ON documents(duplicate_group);
        CREATE TABLE sources (key TEXT PRIMARY KEY, document_id INTEGER, status TEXT NOT NULL, run_id INTEGER) WITHOUT ROWID;
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY, type TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,
            actor TEXT, country TEXT, wikidata TEXT, UNIQUE(type, key));
        CREATE INDEX entities_key ON entities(key);
        CREATE TABLE entity_aliases (alias_key TEXT NOT NULL, entity_id INTEGER NOT NULL, PRIMARY KEY(alias_key, entity_id)) WITHOUT ROWID;
        CREATE TABLE document_entities (
            document_id INTEGER NOT NULL, local_id TEXT NOT NULL, entity_id INTEGER NOT NULL,
            mentions INTEGER NOT NULL, first_start INTEGER NOT NULL, role TEXT,
            PRIMARY KEY(document_id, local_id));
        CREATE INDEX document_entities_entity ON document_entities(entity_id);
        CREATE TABLE mentions (document_id INTEGER NOT NULL, entity_id INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL);
        CREATE INDEX mentions_document ON mentions(document_id);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, ordinal INTEGER NOT NULL,
            span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
            speaker_entity_id INTEGER, speaker_name TEXT, cue TEXT, direct INTEGER NOT NULL);
        CREATE INDEX quotes_document ON quotes(document_id);
        CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);
        CREATE TABLE counts (
            document_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, type TEXT NOT NULL, number INTEGER NOT NULL,
            approximate INTEGER NOT NULL, object TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            location TEXT, date TEXT, attribution TEXT, PRIMARY KEY(document_id, ordinal));
        CREATE TABLE events (
            document_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, code TEXT NOT NULL, root_code TEXT NOT NULL, plover TEXT,
            source_name TEXT, source_code TEXT, source_entity_id INTEGER,
            target_name TEXT, target_code TEXT, target_entity_id INTEGER,
            goldstein REAL NOT NULL, quad_class INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            location_name TEXT, country_code TEXT, lat REAL, lon REAL, geo_type INTEGER NOT NULL, date TEXT,
            PRIMARY KEY(document_id, ordinal));
        CREATE INDEX events_source_code ON events(source_code);
        CREATE INDEX events_target_code ON events(target_code);
        CREATE INDEX events_source_entity ON events(source_entity_id);
        CREATE INDEX events_target_entity ON events(target_entity_id);
        CREATE TABLE themes (document_id INTEGER NOT NULL, code TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY(document_id, code));
        CREATE INDEX themes_code ON themes(code);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY, sources TEXT NOT NULL, started TEXT NOT NULL, finished TEXT,
            seen INTEGER NOT NULL DEFAULT 0, added INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE errors (id INTEGER PRIMARY KEY, run_id INTEGER, source TEXT NOT NULL, stage TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL);
        CREATE TABLE event_records (
            id INTEGER PRIMARY KEY, cluster INTEGER, code TEXT NOT NULL, root_code TEXT NOT NULL, plover TEXT,
            source_name TEXT, source_code TEXT, target_name TEXT, target_code TEXT,
            goldstein REAL NOT NULL, quad_class INTEGER NOT NULL, date TEXT,
            location_name TEXT, country_code TEXT, lat REAL, lon REAL);
        CREATE INDEX event_records_cluster ON event_records(cluster);
        CREATE TABLE event_record_sources (
            event_record_id INTEGER NOT NULL, document_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, site TEXT,
            PRIMARY KEY(event_record_id, document_id, ordinal));
        CREATE TABLE count_records (
            id INTEGER PRIMARY KEY, cluster INTEGER, type TEXT NOT NULL, object TEXT, number INTEGER NOT NULL, conflicting INTEGER NOT NULL);
        CREATE INDEX count_records_cluster ON count_records(cluster);
        CREATE TABLE count_figures (
            count_record_id INTEGER NOT NULL, document_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, number INTEGER NOT NULL,
            approximate INTEGER NOT NULL, attribution TEXT, site TEXT, credible INTEGER NOT NULL);
        CREATE INDEX count_figures_record ON count_figures(count_record_id);
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        """,

        // Version 2: how a repost relates to its group's canonical document (copy, excerpt, wire, update).
        "ALTER TABLE documents ADD COLUMN duplicate_relation TEXT;",
    ];

    /// <summary>The version a fully migrated store has.</summary>
    public static int Latest => Steps.Count;
}
