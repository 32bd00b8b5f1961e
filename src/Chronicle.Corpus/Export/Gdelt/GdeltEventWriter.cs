using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Events.Common;

namespace Chronicle.Corpus.Export.Gdelt;

/// <summary>
/// Writes events in the GDELT Events 2.0 layout: one event per line, 61 tab-separated columns, no header, empty
/// fields as empty strings, CAMEO codes as text. Streams to any <see cref="TextWriter"/>; the caller owns the writer.
/// </summary>
public static class GdeltEventWriter
{
    /// <summary>Writes one row.</summary>
    public static void Write(TextWriter writer, GdeltEventRow row)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(row);
        var c = new string[GdeltEventRow.ColumnCount];
        c[0] = I(row.GlobalEventId);
        c[1] = row.Day > 0 ? I(row.Day) : "";
        c[2] = row.Day > 0 ? I(row.MonthYear) : "";
        c[3] = row.Day > 0 ? I(row.Year) : "";
        c[4] = row.Day > 0 ? row.FractionDate.ToString("0.0000", CultureInfo.InvariantCulture) : "";
        Actor(c, 5, row.Actor1);
        Actor(c, 15, row.Actor2);
        c[25] = row.IsRootEvent ? "1" : "0";
        c[26] = row.EventCode;
        c[27] = row.EventBaseCode;
        c[28] = row.EventRootCode;
        c[29] = I(row.QuadClass);
        c[30] = D(row.GoldsteinScale);
        c[31] = I(row.NumMentions);
        c[32] = I(row.NumSources);
        c[33] = I(row.NumArticles);
        c[34] = D(row.AvgTone);
        Geo(c, 35, row.Actor1Geo);
        Geo(c, 43, row.Actor2Geo);
        Geo(c, 51, row.ActionGeo);
        c[59] = row.DateAdded > 0 ? I(row.DateAdded) : "";
        c[60] = Clean(row.SourceUrl);
        writer.Write(string.Join('\t', c));
        writer.Write('\n');
    }

    /// <summary>Writes every event of <paramref name="document"/>; ids run from <paramref name="firstEventId"/>. Returns the number written.</summary>
    public static int Write(TextWriter writer, Document document, long firstEventId, DateTimeOffset added)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var rows = 0;
        foreach (var row in ToRows(document, firstEventId, added))
        {
            Write(writer, row);
            rows++;
        }

        return rows;
    }

    /// <summary>The document's events as GDELT rows (one mention, one source, one article each).</summary>
    public static IEnumerable<GdeltEventRow> ToRows(Document document, long firstEventId, DateTimeOffset added)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = firstEventId;
        var firstParagraphEnd = document.Paragraphs.IsDefaultOrEmpty ? Math.Min(document.Text.Length, 600) : document.Paragraphs[0].Span.End;
        var url = document.Source.Url ?? document.Source.Path ?? "";
        var stamp = long.Parse(added.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        foreach (var e in document.Events)
        {
            var day = DayOf(e.Date ?? document.Published) ?? int.Parse(added.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var geo = GeoOf(e.Location);
            yield return new GdeltEventRow(
                id++, day, ActorOf(e.Source), ActorOf(e.Target), e.Span.Start < firstParagraphEnd, e.Code, e.QuadClass, e.Goldstein,
                1, 1, 1, Math.Round(document.Tone.Value, 2), e.Source is null ? GdeltGeo.Empty : geo, e.Target is null ? GdeltGeo.Empty : geo, geo,
                stamp, url);
        }
    }

    /// <summary>Splits a CAMEO actor code into GDELT's country / known-group / type columns.</summary>
    public static GdeltActor ActorOf(EventActor? actor)
    {
        if (actor is null)
        {
            return GdeltActor.Empty;
        }

        var code = actor.Code ?? "";
        string country = "", group = "";
        var types = new List<string>(3);
        for (var i = 0; i + 3 <= code.Length; i += 3)
        {
            var block = code.Substring(i, 3);
            if (i == 0 && CountryTable.Shared.ByIso3(block) is not null)
            {
                country = block;
            }
            else if (block is "IGO" or "NGO" or "IMG" or "MNC")
            {
                group = block;
            }
            else if (types.Count < 3)
            {
                types.Add(block);
            }
        }

        return new GdeltActor(code, Clean(actor.Name).ToUpperInvariant(), country, group, "", "", "",
            types.Count > 0 ? types[0] : "", types.Count > 1 ? types[1] : "", types.Count > 2 ? types[2] : "");
    }

    private static GdeltGeo GeoOf(EventLocation? location)
    {
        if (location is null)
        {
            return GdeltGeo.Empty;
        }

        var country = location.CountryCode is { Length: 3 } iso3 ? CountryTable.Shared.ByIso3(iso3)
            : location.CountryCode is { Length: 2 } iso2 ? CountryTable.Shared.ByIso2(iso2) : null;
        var fips = country?.Fips ?? "";
        return new GdeltGeo(location.GeoType, Clean(location.Name), fips, fips, "", location.Lat, location.Lon, location.GeoType == 1 ? fips : "");
    }

    private static int? DayOf(string? date) =>
        date is { Length: >= 10 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && int.TryParse(date.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(date.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            ? (y * 10000) + (m * 100) + d
            : null;

    private static void Actor(string[] c, int at, GdeltActor a)
    {
        c[at] = Clean(a.Code);
        c[at + 1] = Clean(a.Name);
        c[at + 2] = a.CountryCode;
        c[at + 3] = a.KnownGroupCode;
        c[at + 4] = a.EthnicCode;
        c[at + 5] = a.Religion1Code;
        c[at + 6] = a.Religion2Code;
        c[at + 7] = a.Type1Code;
        c[at + 8] = a.Type2Code;
        c[at + 9] = a.Type3Code;
    }

    private static void Geo(string[] c, int at, GdeltGeo g)
    {
        c[at] = I(g.Type);
        c[at + 1] = Clean(g.FullName);
        c[at + 2] = g.CountryCode;
        c[at + 3] = g.Adm1Code;
        c[at + 4] = g.Adm2Code;
        c[at + 5] = g.Lat is { } lat ? D(lat) : "";
        c[at + 6] = g.Lon is { } lon ? D(lon) : "";
        c[at + 7] = g.FeatureId;
    }

    /// <summary>Tabs and line breaks would break the row; they become spaces.</summary>
    internal static string Clean(string? value) =>
        value is null ? "" : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("0.0###", CultureInfo.InvariantCulture);
}
