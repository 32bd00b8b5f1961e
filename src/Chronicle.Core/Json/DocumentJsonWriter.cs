using System.Text.Encodings.Web;
using System.Text.Json;
using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Json;

/// <summary>
/// Writes a <see cref="Document"/> in the <c>chronicle analyze --json</c> contract (one object per document).
/// Field names are a public contract: add fields, never rename them.
/// </summary>
public static class DocumentJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <param name="tokens">Also write the <c>tokens</c> layer (span, lemma, universal POS, head, relation per token).</param>
    public static string ToJson(Document document, bool tokens = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, document, tokens);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Utf8JsonWriter writer, Document document, bool tokens = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);

        writer.WriteStartObject();
        writer.WriteStartObject("source");
        writer.WriteString("path", document.Source.Path);
        writer.WriteString("url", document.Source.Url);
        writer.WriteEndObject();
        writer.WriteString("title", document.Title);
        writer.WriteStartArray("byline");
        foreach (var author in document.Byline)
        {
            writer.WriteStringValue(author);
        }

        writer.WriteEndArray();
        writer.WriteString("published", document.Published);
        writer.WriteString("site", document.Site);
        writer.WriteString("language", document.Language);
        writer.WriteString("genre", document.Genre);
        writer.WriteString("text", document.Text);

        writer.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            WriteSpan(writer, sentence.Span);
        }

        writer.WriteEndArray();

        if (tokens)
        {
            WriteTokens(writer, document);
        }

        writer.WriteStartArray("entities");
        foreach (var entity in document.Entities)
        {
            WriteEntity(writer, entity);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (var quote in document.Quotes)
        {
            WriteQuote(writer, quote);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("counts");
        foreach (var count in document.Counts)
        {
            WriteCount(writer, count);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("events");
        foreach (var codedEvent in document.Events)
        {
            WriteEvent(writer, codedEvent);
        }

        writer.WriteEndArray();

        WriteTone(writer, document.Tone);

        writer.WriteStartArray("themes");
        foreach (var theme in document.Themes)
        {
            writer.WriteStartObject();
            writer.WriteString("code", theme.Code);
            WriteSpans(writer, "mentions", theme.Mentions);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("rhetoric");
        foreach (var mark in document.Rhetoric)
        {
            writer.WriteStartObject();
            writer.WriteString("type", mark.Type);
            writer.WriteNumber("start", mark.Span.Start);
            writer.WriteNumber("end", mark.Span.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in document.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", diagnostic.Code.ToString());
            writer.WriteString("stage", diagnostic.Stage);
            writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            writer.WriteString("message", diagnostic.Message);
            if (diagnostic.Span is { } span)
            {
                writer.WriteNumber("start", span.Start);
                writer.WriteNumber("end", span.End);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The contract's spelling of an entity type.</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Loc => "LOC",
        _ => "MISC",
    };

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("type", TypeName(entity.Type));
        writer.WriteString("name", entity.Name);
        WriteSpans(writer, "mentions", entity.Mentions);
        if (!entity.Aliases.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases)
            {
                writer.WriteStringValue(alias);
            }

            writer.WriteEndArray();
        }

        WriteOptional(writer, "country", entity.Country);
        if (entity.Geo is { } geo)
        {
            writer.WriteStartObject("geo");
            writer.WriteNumber("lat", geo.Lat);
            writer.WriteNumber("lon", geo.Lon);
            if (geo.GeonameId is { } id)
            {
                writer.WriteNumber("geonameId", id);
            }

            WriteOptional(writer, "precision", geo.Precision);
            WriteOptional(writer, "featureClass", geo.FeatureClass);
            WriteOptional(writer, "countryCode", geo.CountryCode);
            writer.WriteEndObject();
        }

        WriteOptional(writer, "actor", entity.Actor);
        WriteOptional(writer, "role", entity.Role);
        WriteOptional(writer, "wikidata", entity.WikidataId);
        writer.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", quote.Span.Start);
        writer.WriteNumber("end", quote.Span.End);
        writer.WriteString("text", quote.Text);
        writer.WriteString("speaker", quote.Speaker);
        writer.WriteString("speakerName", quote.SpeakerName);
        writer.WriteString("cue", quote.Cue);
        writer.WriteBoolean("direct", quote.Direct);
        if (quote.SpeakerSpan is { } speakerSpan)
        {
            writer.WritePropertyName("speakerSpan");
            WriteSpan(writer, speakerSpan);
        }

        if (quote.CueSpan is { } cueSpan)
        {
            writer.WritePropertyName("cueSpan");
            WriteSpan(writer, cueSpan);
        }

        writer.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter writer, CasualtyCount count)
    {
        writer.WriteStartObject();
        writer.WriteString("type", count.Type);
        writer.WriteNumber("number", count.Number);
        writer.WriteBoolean("approximate", count.Approximate);
        writer.WriteString("object", count.Object);
        writer.WriteNumber("start", count.Span.Start);
        writer.WriteNumber("end", count.Span.End);
        WriteOptional(writer, "location", count.Location);
        WriteOptional(writer, "date", count.Date);
        WriteOptional(writer, "attribution", count.Attribution);
        writer.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter writer, CodedEvent codedEvent)
    {
        writer.WriteStartObject();
        writer.WriteString("code", codedEvent.Code);
        writer.WriteString("rootCode", codedEvent.RootCode);
        WriteOptional(writer, "plover", codedEvent.Plover);
        WriteActor(writer, "source", codedEvent.Source);
        WriteActor(writer, "target", codedEvent.Target);
        writer.WriteNumber("start", codedEvent.Span.Start);
        writer.WriteNumber("end", codedEvent.Span.End);
        writer.WriteNumber("goldstein", codedEvent.Goldstein);
        writer.WriteNumber("quadClass", codedEvent.QuadClass);
        if (codedEvent.Trigger is { } trigger)
        {
            writer.WritePropertyName("trigger");
            WriteSpan(writer, trigger);
        }

        if (codedEvent.Confidence is { } confidence)
        {
            writer.WriteNumber("confidence", confidence);
        }

        if (codedEvent.Location is { } location)
        {
            writer.WriteStartObject("location");
            writer.WriteString("name", location.Name);
            WriteOptional(writer, "countryCode", location.CountryCode);
            if (location.Lat is { } lat && location.Lon is { } lon)
            {
                writer.WriteNumber("lat", lat);
                writer.WriteNumber("lon", lon);
            }

            writer.WriteNumber("geoType", location.GeoType);
            WriteOptional(writer, "entity", location.Entity);
            writer.WriteEndObject();
        }

        WriteOptional(writer, "date", codedEvent.Date);
        writer.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter writer, string name, EventActor? actor)
    {
        if (actor is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("name", actor.Name);
        writer.WriteString("code", actor.Code);
        writer.WriteString("entity", actor.Entity);
        writer.WriteEndObject();
    }

    private static void WriteTone(Utf8JsonWriter writer, Tone tone)
    {
        writer.WriteStartObject("tone");
        writer.WriteNumber("tone", Math.Round(tone.Value, 4));
        writer.WriteNumber("positive", Math.Round(tone.Positive, 4));
        writer.WriteNumber("negative", Math.Round(tone.Negative, 4));
        writer.WriteNumber("polarity", Math.Round(tone.Polarity, 4));
        writer.WriteNumber("activity", Math.Round(tone.Activity, 4));
        writer.WriteNumber("selfReference", Math.Round(tone.SelfReference, 4));
        writer.WriteNumber("wordCount", tone.WordCount);
        writer.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter writer, string name, System.Collections.Immutable.ImmutableArray<TextSpan> spans)
    {
        writer.WriteStartArray(name);
        foreach (var span in spans)
        {
            WriteSpan(writer, span);
        }

        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>The optional token layer: per token its span, lemma, universal POS, head (index into this array, -1 for a root) and relation.</summary>
    private static void WriteTokens(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("tokens");
        foreach (var token in document.Tokens)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", token.Span.Start);
            writer.WriteNumber("end", token.Span.End);
            writer.WriteString("lemma", token.Lemma);
            writer.WriteString("pos", token.Upos);
            writer.WriteNumber("head", token.Head);
            writer.WriteString("dep", token.Dep);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
