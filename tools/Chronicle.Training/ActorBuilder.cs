using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Chronicle.Training;

/// <summary>
/// Builds <c>actors.tsv.gz</c>: surface name, PERSON or ORG, Wikidata id, country (alpha-3), role and the dates the
/// role was held (a person has one row per office), from the Wikidata office-holder lists, the UCDP actor list and
/// the international-organisation lists.
/// </summary>
internal static class ActorBuilder
{
    public static void Build(string shared, string outDir)
    {
        var actors = Path.Combine(shared, "data", "actors");
        var alpha3 = LoadAlpha3(shared);
        var (byName, population) = LoadCountryNames(shared);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new StringBuilder("#name\ttype\twikidata\tcountry\trole\tstart\tend\n");

        void Add(string name, string type, string wikidata, string country, string role, string start = "", string end = "")
        {
            name = string.Join(' ', name.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (name.Length < 2 || !GazetteerBuilder.IsLatin(name))
            {
                return;
            }

            // A person keeps one row per office and term, so that the office held at a document's date can be chosen.
            if (seen.Add(type == "PERSON" ? string.Join('\t', name, wikidata, country, role, start) : name + "\t" + type))
            {
                rows.Append(name).Append('\t').Append(type).Append('\t').Append(wikidata).Append('\t').Append(country).Append('\t')
                    .Append(role.Replace('\t', ' ')).Append('\t').Append(start).Append('\t').Append(end).Append('\n');
            }
        }

        // Heads of state and government first: one person may lead several states (the President of France is also
        // co-prince of Andorra; one monarch reigns over fifteen realms), and then the office held now, and among those
        // the most populous state, speaks for them.
        var heads = Csv.Read(Path.Combine(actors, "heads_of_state_government_wikidata_2022.csv")).Skip(1).Where(f => f.Length > 7)
            .Select(f => (Fields: f, Country: CountryOf(byName, f[1])))
            .OrderBy(h => h.Fields[7].Length > 0)
            .ThenByDescending(h => population.GetValueOrDefault(h.Country, 0));
        foreach (var (f, country) in heads)
        {
            Add(f[5], "PERSON", f[4], country, f[3], f[6], f[7]);
        }

        // Newest first, so the most recent role wins for a person named in several rows when no date says otherwise.
        foreach (var file in (string[])["officials_current_2022.csv", "officials_since2000.csv"])
        {
            foreach (var f in Csv.Read(Path.Combine(actors, file)).Skip(1).Where(f => f.Length > 7))
            {
                Add(f[4], "PERSON", f[5], alpha3.GetValueOrDefault(f[0], ""), f[3], f[6], f[7]);
            }
        }

        foreach (var f in Csv.Read(Path.Combine(actors, "igo", "igo_supraverden.csv")).Skip(1).Where(f => f.Length > 6))
        {
            for (var i = 1; i <= 5; i++)
            {
                Add(f[i], "ORG", f[6], "", "IGO");
            }
        }

        foreach (var f in Csv.Read(Path.Combine(actors, "igo", "igo_ciafactbook_2020.csv")).Skip(1).Where(f => f.Length > 1))
        {
            Add(f[1], "ORG", "", "", "IGO");
            Add(f[0], "ORG", "", "", "IGO");
        }

        // UCDP: Org 1 = organised non-state armed groups (governments are countries, not organisations here).
        foreach (var f in Csv.Read(Path.Combine(actors, "armed_actors_ucdp_v22.1.csv")).Skip(1).Where(f => f.Length > 9 && f[9] == "1"))
        {
            Add(f[1], "ORG", "", "", "ARMED");
            Add(f[4], "ORG", "", "", "ARMED");
            if (f.Length > 8 && f[8].Length > 0)
            {
                Add(f[8], "ORG", "", "", "ARMED");
            }
        }

        GazetteerBuilder.Write(Path.Combine(outDir, "actors.tsv.gz"), rows.ToString());
    }

    /// <summary>Alpha-3 code of a country as Wikidata labels it ("Kingdom of Denmark", "The Bahamas", "East Timor"), or "".</summary>
    private static string CountryOf(Dictionary<string, string> byName, string label)
    {
        foreach (var prefix in (string[])["", "The ", "Kingdom of the ", "Kingdom of ", "Republic of "])
        {
            if (label.StartsWith(prefix, StringComparison.Ordinal) && byName.TryGetValue(label[prefix.Length..], out var code))
            {
                return code;
            }
        }

        return "";
    }

    /// <summary>Country names, official names and other spellings (mledoze/countries) to alpha-3, and GeoNames populations.</summary>
    private static (Dictionary<string, string> ByName, Dictionary<string, long> Population) LoadCountryNames(string shared)
    {
        var countries = Path.Combine(shared, "data", "gazetteer", "countries");
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(countries, "mledoze-countries.json"))))
        {
            foreach (var c in json.RootElement.EnumerateArray())
            {
                var code = c.GetProperty("cca3").GetString() ?? "";
                var name = c.GetProperty("name");
                byName.TryAdd(name.GetProperty("common").GetString() ?? "", code);
                byName.TryAdd(name.GetProperty("official").GetString() ?? "", code);
                foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
                {
                    byName.TryAdd(alt.GetString() ?? "", code);
                }
            }
        }

        var population = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(countries, "geonames-countryInfo.tsv")))
        {
            var f = line.Split('\t');
            if (!line.StartsWith('#') && f.Length > 7)
            {
                byName.TryAdd(f[4], f[1]);
                population[f[1]] = long.TryParse(f[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
            }
        }

        return (byName, population);
    }

    private static Dictionary<string, string> LoadAlpha3(string shared)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(shared, "data", "gazetteer", "countries", "geonames-countryInfo.tsv")))
        {
            var f = line.Split('\t');
            if (!line.StartsWith('#') && f.Length > 1)
            {
                map[f[0]] = f[1];
            }
        }

        return map;
    }
}
