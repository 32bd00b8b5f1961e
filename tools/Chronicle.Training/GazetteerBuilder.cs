using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Chronicle.Training;

/// <summary>
/// Builds <c>countries.tsv.gz</c> and <c>places.tsv.gz</c> from the GeoNames and mledoze/i18n country files:
/// names, Latin-script aliases, coordinates, feature codes and populations, nothing else.
/// </summary>
internal static class GazetteerBuilder
{
    public static void Build(string shared, string outDir)
    {
        var countriesDir = Path.Combine(shared, "data", "gazetteer", "countries");
        var placesDir = Path.Combine(shared, "data", "gazetteer", "places");

        // GeoNames country info: alpha-2 → (alpha-3, geonameid, population).
        var info = new Dictionary<string, (string Cca3, string GeonameId, long Population)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(countriesDir, "geonames-countryInfo.tsv")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length > 16)
            {
                info[f[0]] = (f[1], f[16], long.TryParse(f[7], CultureInfo.InvariantCulture, out var p) ? p : 0);
            }
        }

        var isoAliases = JsonDocument.Parse(File.ReadAllText(Path.Combine(countriesDir, "i18n-iso-countries.en.json"))).RootElement;
        var nationality = JsonDocument.Parse(File.ReadAllText(Path.Combine(countriesDir, "i18n-nationality.en.json"))).RootElement;
        using var countries = JsonDocument.Parse(File.ReadAllText(Path.Combine(countriesDir, "mledoze-countries.json")));
        var rows = new StringBuilder();
        rows.Append("#cca3\tcca2\tname\tlat\tlon\tgeonameid\tpopulation\taliases\tdemonyms\n");
        foreach (var country in countries.RootElement.EnumerateArray())
        {
            var cca2 = country.GetProperty("cca2").GetString()!;
            var cca3 = country.GetProperty("cca3").GetString()!;
            var name = country.GetProperty("name").GetProperty("common").GetString()!;
            var aliases = new SortedSet<string>(StringComparer.Ordinal) { country.GetProperty("name").GetProperty("official").GetString()! };
            foreach (var alt in country.GetProperty("altSpellings").EnumerateArray())
            {
                aliases.Add(alt.GetString()!);
            }

            if (isoAliases.TryGetProperty(cca2, out var iso))
            {
                if (iso.ValueKind == JsonValueKind.String)
                {
                    aliases.Add(iso.GetString()!);
                }
                else
                {
                    foreach (var alt in iso.EnumerateArray())
                    {
                        aliases.Add(alt.GetString()!);
                    }
                }
            }

            var demonyms = new SortedSet<string>(StringComparer.Ordinal);
            if (country.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                demonyms.Add(eng.GetProperty("m").GetString()!);
                demonyms.Add(eng.GetProperty("f").GetString()!);
            }

            if (nationality.TryGetProperty(cca2, out var nat) && nat.ValueKind == JsonValueKind.String)
            {
                demonyms.Add(nat.GetString()!);
            }

            aliases.Remove(name);
            aliases.RemoveWhere(a => a.Length < 2 || !IsLatin(a) || a == cca2);
            demonyms.RemoveWhere(d => d.Length < 3 || !IsLatin(d));
            var latlng = country.GetProperty("latlng");
            var lat = latlng.GetArrayLength() > 1 ? latlng[0].GetDouble() : 0;
            var lon = latlng.GetArrayLength() > 1 ? latlng[1].GetDouble() : 0;
            info.TryGetValue(cca2, out var gi);
            rows.Append(CultureInfo.InvariantCulture, $"{cca3}\t{cca2}\t{name}\t{lat:0.####}\t{lon:0.####}\t{gi.GeonameId}\t{gi.Population}\t{string.Join('|', aliases)}\t{string.Join('|', demonyms)}\n");
        }

        Write(Path.Combine(outDir, "countries.tsv.gz"), rows.ToString());

        // Cities (population ≥ 15,000 or capitals) with Latin-script alternate names, then first-level divisions
        // placed at the population-weighted centre of their cities.
        var places = new StringBuilder();
        places.Append("#geonameid\tname\tlat\tlon\tfeature\tcc2\tadmin1\tpopulation\taliases\n");
        var adminCentres = new Dictionary<string, (double Lat, double Lon, double Weight)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(placesDir, "geonames-cities15000.txt")))
        {
            var f = line.Split('\t');
            if (f.Length < 15)
            {
                continue;
            }

            var name = f[1];
            var aliases = new SortedSet<string>(StringComparer.Ordinal);
            if (f[2] != name && f[2].Length > 1)
            {
                aliases.Add(f[2]);
            }

            foreach (var alt in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                // Upper-case short codes are airport or postal codes; non-Latin names never match English text.
                if (alt.Length >= 3 && alt != name && IsLatin(alt) && !IsAllUpper(alt) && char.IsUpper(alt[0]))
                {
                    aliases.Add(alt);
                }
            }

            var population = long.TryParse(f[14], CultureInfo.InvariantCulture, out var pop) ? pop : 0;
            var lat = double.Parse(f[4], CultureInfo.InvariantCulture);
            var lon = double.Parse(f[5], CultureInfo.InvariantCulture);
            places.Append(CultureInfo.InvariantCulture, $"{f[0]}\t{name}\t{f[4]}\t{f[5]}\t{f[7]}\t{f[8]}\t{f[10]}\t{population}\t{string.Join('|', aliases.Take(24))}\n");
            var key = f[8] + "." + f[10];
            var weight = Math.Max(1, population);
            adminCentres[key] = adminCentres.TryGetValue(key, out var c)
                ? (c.Lat + lat * weight, c.Lon + lon * weight, c.Weight + weight)
                : (lat * weight, lon * weight, weight);
        }

        using var admin1 = JsonDocument.Parse(File.ReadAllText(Path.Combine(placesDir, "admin1.json")));
        foreach (var admin in admin1.RootElement.EnumerateArray())
        {
            var code = admin.GetProperty("code").GetString()!;
            var name = admin.GetProperty("name").GetString()!;
            if (!adminCentres.TryGetValue(code, out var c) || !IsLatin(name))
            {
                continue;
            }

            var parts = code.Split('.');
            var aliases = new List<string>();
            foreach (var suffix in (string[])[" Governorate", " Province", " Oblast", " Region", " District", " State", " Prefecture", " Muhafazat"])
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 2)
                {
                    aliases.Add(name[..^suffix.Length]);
                }
            }

            places.Append(CultureInfo.InvariantCulture, $"0\t{name}\t{c.Lat / c.Weight:0.####}\t{c.Lon / c.Weight:0.####}\tADM1\t{parts[0]}\t{parts[1]}\t{(long)c.Weight}\t{string.Join('|', aliases)}\n");
        }

        Write(Path.Combine(outDir, "places.tsv.gz"), places.ToString());
    }

    internal static void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        writer.Write(content);
        Console.WriteLine($"wrote {path} ({content.Length:N0} chars)");
    }

    internal static bool IsLatin(string s)
    {
        foreach (var c in s)
        {
            if (c > 0x024F && c is not '’' and not '‘' and not 'ʼ' and not 'ʻ' and not '–')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
