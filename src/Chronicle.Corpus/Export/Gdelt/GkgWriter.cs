using System.Globalization;
using System.Text;
using Chronicle.Annotations;
using Chronicle.Events.Common;

namespace Chronicle.Corpus.Export.Gdelt;

/// <summary>
/// Writes a document's GKG 2.1 record: one line, 27 tab-separated columns as the GDELT GKG 2.1 codebook orders them.
/// Offsets are character offsets into <see cref="Document.Text"/>. Streams to any <see cref="TextWriter"/>.
/// </summary>
public static class GkgWriter
{
    /// <summary>Writes one record.</summary>
    public static void Write(TextWriter writer, GkgRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.Write(string.Join('\t', record.Columns.Select(GdeltEventWriter.Clean)));
        writer.Write('\n');
    }

    /// <summary>Builds and writes the record of <paramref name="document"/>.</summary>
    public static void Write(TextWriter writer, Document document, int sequence, DateTimeOffset processed) =>
        Write(writer, ToRecord(document, sequence, processed));

    /// <summary>The GKG 2.1 record of an analysed document (sequence = its number in the batch).</summary>
    public static GkgRecord ToRecord(Document document, int sequence, DateTimeOffset processed)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stamp = processed.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var url = document.Source.Url ?? document.Source.Path ?? "";
        var site = document.Site ?? (Uri.TryCreate(document.Source.Url, UriKind.Absolute, out var uri) ? uri.Host : "");

        var v1Counts = new StringBuilder();
        var v21Counts = new StringBuilder();
        var amounts = new StringBuilder();
        foreach (var count in document.Counts)
        {
            var block = string.Join('#', Field(count.Type), I(count.Number), Field(count.Object), "0", "", "", "", "", "", "");
            v1Counts.Append(block).Append(';');
            v21Counts.Append(block).Append('#').Append(I(count.Span.Start)).Append(';');
            amounts.Append(I(count.Number)).Append(',').Append(Field(count.Object)).Append(',').Append(I(count.Span.Start)).Append(';');
        }

        var themes = new StringBuilder();
        var enhancedThemes = new StringBuilder();
        foreach (var theme in document.Themes)
        {
            themes.Append(theme.Code).Append(';');
            foreach (var span in theme.Mentions)
            {
                enhancedThemes.Append(theme.Code).Append(',').Append(I(span.Start)).Append(';');
            }
        }

        var locations = new StringBuilder();
        var enhancedLocations = new StringBuilder();
        var persons = new StringBuilder();
        var enhancedPersons = new StringBuilder();
        var orgs = new StringBuilder();
        var enhancedOrgs = new StringBuilder();
        var allNames = new StringBuilder();
        foreach (var entity in document.Entities)
        {
            var name = Field(entity.Name);
            var first = entity.Mentions.IsDefaultOrEmpty ? 0 : entity.Mentions[0].Start;
            allNames.Append(name).Append(',').Append(I(first)).Append(';');
            switch (entity.Type)
            {
                case EntityType.Person:
                    persons.Append(name.ToLowerInvariant()).Append(';');
                    foreach (var m in entity.Mentions)
                    {
                        enhancedPersons.Append(name).Append(',').Append(I(m.Start)).Append(';');
                    }

                    break;
                case EntityType.Org:
                    orgs.Append(name.ToLowerInvariant()).Append(';');
                    foreach (var m in entity.Mentions)
                    {
                        enhancedOrgs.Append(name).Append(',').Append(I(m.Start)).Append(';');
                    }

                    break;
                case EntityType.Loc when entity.Geo is { } geo:
                    var (type, fips) = GeoType(entity, geo);
                    var lat = D(geo.Lat);
                    var lon = D(geo.Lon);
                    var feature = geo.GeonameId is { } gid ? I(gid) : fips;
                    locations.Append(string.Join('#', I(type), name, fips, fips, lat, lon, feature)).Append(';');
                    foreach (var m in entity.Mentions)
                    {
                        enhancedLocations.Append(string.Join('#', I(type), name, fips, fips, "", lat, lon, feature, I(m.Start))).Append(';');
                    }

                    break;
            }
        }

        var tone = document.Tone;
        var toneField = string.Join(',', D(tone.Value), D(tone.Positive), D(tone.Negative), D(tone.Polarity), D(tone.Activity), D(tone.SelfReference), I(tone.WordCount));

        var quotations = new StringBuilder();
        foreach (var quote in document.Quotes)
        {
            if (quotations.Length > 0)
            {
                quotations.Append('#');
            }

            quotations.Append(I(quote.Span.Start)).Append('|').Append(I(quote.Span.Length)).Append('|')
                .Append(Field(quote.Cue)).Append('|').Append(Field(quote.Text).Replace('#', ' ').Replace('|', ' '));
        }

        var extras = new StringBuilder();
        if (!string.IsNullOrEmpty(document.Title))
        {
            extras.Append("<PAGE_TITLE>").Append(Xml(document.Title)).Append("</PAGE_TITLE>");
        }

        if (!document.Byline.IsDefaultOrEmpty)
        {
            extras.Append("<PAGE_AUTHORS>").Append(Xml(string.Join(", ", document.Byline))).Append("</PAGE_AUTHORS>");
        }

        return new GkgRecord(
            stamp + "-" + I(sequence), stamp, "1", Field(site), Field(url), v1Counts.ToString(), v21Counts.ToString(), themes.ToString(),
            enhancedThemes.ToString(), locations.ToString(), enhancedLocations.ToString(), persons.ToString(), enhancedPersons.ToString(),
            orgs.ToString(), enhancedOrgs.ToString(), toneField, "", "wc:" + I(tone.WordCount), "", "", "", "", quotations.ToString(),
            allNames.ToString(), amounts.ToString(), "", extras.ToString());
    }

    private static (int Type, string Fips) GeoType(Entity entity, GeoPoint geo)
    {
        var row = geo.CountryCode is { Length: 2 } iso2 ? CountryTable.Shared.ByIso2(iso2)
            : entity.Country is { Length: 3 } iso3 ? CountryTable.Shared.ByIso3(iso3) : null;
        var us = row?.Iso2 == "US";
        var type = geo.Precision switch
        {
            "country" => 1,
            "region" => us ? 2 : 5,
            _ => us ? 3 : 4,
        };
        return (type, row?.Fips ?? "");
    }

    /// <summary>Delimiters inside a value would split it; they are replaced by spaces.</summary>
    private static string Field(string? value) =>
        value is null ? "" : value.Replace(';', ' ').Replace('#', ' ').Replace(',', ' ').Replace('\t', ' ').Replace('\n', ' ');

    private static string Xml(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace('\t', ' ').Replace('\n', ' ');

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double value) => Math.Round(value, 4).ToString(CultureInfo.InvariantCulture);
}
