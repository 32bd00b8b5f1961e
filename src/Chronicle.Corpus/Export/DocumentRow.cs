using Chronicle.Annotations;

namespace Chronicle.Corpus.Export;

/// <summary>One document flattened to the columns of the CSV and Parquet exports.</summary>
public sealed record DocumentRow(
    long Id,
    string? Url,
    string? Path,
    string? Title,
    string? Site,
    string? Published,
    string Language,
    string? Genre,
    double Tone,
    double Positive,
    double Negative,
    int WordCount,
    int Entities,
    int Quotes,
    int Counts,
    int Events,
    string People,
    string Organisations,
    string Places,
    string Themes,
    string Text)
{
    /// <summary>Column names, in order, shared by both exports.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "url", "path", "title", "site", "published", "language", "genre", "tone", "positive", "negative", "word_count",
        "entities", "quotes", "counts", "events", "people", "organisations", "places", "themes", "text",
    ];

    public static DocumentRow From(long id, Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentRow(
            id,
            document.Source.Url,
            document.Source.Path,
            document.Title,
            document.Site,
            document.Published,
            document.Language,
            document.Genre,
            document.Tone.Value,
            document.Tone.Positive,
            document.Tone.Negative,
            document.Tone.WordCount,
            document.Entities.Length,
            document.Quotes.Length,
            document.Counts.Length,
            document.Events.Length,
            Names(document, EntityType.Person),
            Names(document, EntityType.Org),
            Names(document, EntityType.Loc),
            string.Join(';', document.Themes.Select(t => t.Code)),
            document.Text);
    }

    private static string Names(Document document, EntityType type) =>
        string.Join(';', document.Entities.Where(e => e.Type == type).Select(e => e.Name.Replace(';', ',')));
}
