using System.Collections.Immutable;
using System.Text.Json;
using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Text;

namespace Chronicle.Json;

/// <summary>
/// Reads a document written by <see cref="DocumentJsonWriter"/> back into a <see cref="Document"/>, so stored
/// documents can be re-exported or re-served. Unknown fields are ignored; missing layers read as empty.
/// Tokens and paragraphs are not part of the contract and come back empty.
/// </summary>
public static class DocumentJsonReader
{
    /// <exception cref="JsonException">The input is not a JSON object in the contract's shape.</exception>
    public static Document Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var parsed = JsonDocument.Parse(json);
        return Read(parsed.RootElement);
    }

    public static Document Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A document must be a JSON object.");
        }

        var text = String(root, "text") ?? string.Empty;
        var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object
            ? new DocumentSource(String(s, "path"), String(s, "url"))
            : new DocumentSource(null);
        return new Document(text, source)
        {
            Title = String(root, "title"),
            Byline = Array(root, "byline", e => e.GetString() ?? string.Empty),
            Published = String(root, "published"),
            Site = String(root, "site"),
            Language = String(root, "language") ?? "und",
            Genre = String(root, "genre"),
            Sentences = Array(root, "sentences", e => new Sentence(Span(e), 0, 0)),
            Entities = Array(root, "entities", ReadEntity),
            Quotes = Array(root, "quotes", ReadQuote),
            Counts = Array(root, "counts", ReadCount),
            Events = Array(root, "events", ReadEvent),
            Tone = root.TryGetProperty("tone", out var tone) && tone.ValueKind == JsonValueKind.Object ? ReadTone(tone) : Tone.Empty,
            Themes = Array(root, "themes", e => new Theme(String(e, "code") ?? string.Empty, Array(e, "mentions", Span))),
            Rhetoric = Array(root, "rhetoric", e => new RhetoricMark(String(e, "type") ?? string.Empty, StartEnd(e))),
            Diagnostics = Array(root, "diagnostics", ReadDiagnostic),
        };
    }

    /// <summary>The contract's entity type name back to the enum.</summary>
    public static EntityType TypeOf(string? name) => name switch
    {
        "PERSON" => EntityType.Person,
        "ORG" => EntityType.Org,
        "LOC" => EntityType.Loc,
        _ => EntityType.Misc,
    };

    private static Entity ReadEntity(JsonElement e)
    {
        GeoPoint? geo = null;
        if (e.TryGetProperty("geo", out var g) && g.ValueKind == JsonValueKind.Object)
        {
            geo = new GeoPoint(
                Number(g, "lat") ?? 0,
                Number(g, "lon") ?? 0,
                g.TryGetProperty("geonameId", out var id) && id.TryGetInt64(out var geonameId) ? geonameId : null,
                String(g, "precision"),
                String(g, "featureClass"),
                String(g, "countryCode"));
        }

        return new Entity(
            String(e, "id") ?? string.Empty,
            TypeOf(String(e, "type")),
            String(e, "name") ?? string.Empty,
            Array(e, "mentions", Span),
            String(e, "country"),
            geo,
            String(e, "actor"),
            String(e, "role"),
            String(e, "wikidata"))
        {
            Aliases = Array(e, "aliases", a => a.GetString() ?? string.Empty),
        };
    }

    private static Quote ReadQuote(JsonElement e) => new(
        StartEnd(e),
        String(e, "text") ?? string.Empty,
        String(e, "speaker"),
        String(e, "speakerName"),
        String(e, "cue"),
        !e.TryGetProperty("direct", out var direct) || direct.ValueKind != JsonValueKind.False,
        OptionalSpan(e, "speakerSpan"),
        OptionalSpan(e, "cueSpan"));

    private static CasualtyCount ReadCount(JsonElement e) => new(
        String(e, "type") ?? string.Empty,
        e.TryGetProperty("number", out var n) && n.TryGetInt64(out var number) ? number : 0,
        e.TryGetProperty("approximate", out var a) && a.ValueKind == JsonValueKind.True,
        String(e, "object"),
        StartEnd(e),
        String(e, "location"),
        String(e, "date"),
        String(e, "attribution"));

    private static CodedEvent ReadEvent(JsonElement e)
    {
        EventLocation? location = null;
        if (e.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Object)
        {
            location = new EventLocation(
                String(l, "name") ?? string.Empty,
                String(l, "countryCode"),
                Number(l, "lat"),
                Number(l, "lon"),
                (int)(Number(l, "geoType") ?? 0),
                String(l, "entity"));
        }

        return new CodedEvent(
            String(e, "code") ?? string.Empty,
            ReadActor(e, "source"),
            ReadActor(e, "target"),
            StartEnd(e),
            Number(e, "goldstein") ?? 0,
            (int)(Number(e, "quadClass") ?? 0),
            String(e, "plover"),
            location,
            String(e, "date"))
        {
            Trigger = OptionalSpan(e, "trigger"),
            Confidence = Number(e, "confidence"),
        };
    }

    private static EventActor? ReadActor(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Object
            ? new EventActor(String(a, "name") ?? string.Empty, String(a, "code"), String(a, "entity"))
            : null;

    private static Tone ReadTone(JsonElement t) => new(
        Number(t, "tone") ?? 0,
        Number(t, "positive") ?? 0,
        Number(t, "negative") ?? 0,
        Number(t, "polarity") ?? 0,
        Number(t, "activity") ?? 0,
        Number(t, "selfReference") ?? 0,
        (int)(Number(t, "wordCount") ?? 0));

    private static Diagnostic ReadDiagnostic(JsonElement e)
    {
        var code = Enum.TryParse<DiagnosticCode>(String(e, "code"), ignoreCase: false, out var parsed) ? parsed : DiagnosticCode.StageFailed;
        var severity = Enum.TryParse<DiagnosticSeverity>(String(e, "severity"), ignoreCase: true, out var level) ? level : DiagnosticSeverity.Warning;
        TextSpan? span = e.TryGetProperty("start", out _) ? StartEnd(e) : null;
        return new Diagnostic(code, String(e, "stage") ?? string.Empty, String(e, "message") ?? string.Empty, severity, span);
    }

    private static ImmutableArray<T> Array<T>(JsonElement parent, string name, Func<JsonElement, T> read)
    {
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            builder.Add(read(item));
        }

        return builder.MoveToImmutable();
    }

    private static TextSpan Span(JsonElement pair)
    {
        if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
        {
            throw new JsonException("A span must be a [start, end] pair.");
        }

        return new TextSpan(pair[0].GetInt32(), pair[1].GetInt32());
    }

    private static TextSpan? OptionalSpan(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var pair) && pair.ValueKind == JsonValueKind.Array ? Span(pair) : null;

    private static TextSpan StartEnd(JsonElement e) =>
        new(e.TryGetProperty("start", out var s) ? s.GetInt32() : 0, e.TryGetProperty("end", out var end) ? end.GetInt32() : 0);

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
