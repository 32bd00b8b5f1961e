using System.Text;

namespace Chronicle.Training;

/// <summary>
/// Builds <c>actors.tsv.gz</c>: surface name, PERSON or ORG, Wikidata id, country (alpha-3) and role, from the
/// Wikidata office-holder lists, the UCDP actor list and the international-organisation lists.
/// </summary>
internal static class ActorBuilder
{
    public static void Build(string shared, string outDir)
    {
        var actors = Path.Combine(shared, "data", "actors");
        var alpha3 = LoadAlpha3(shared);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new StringBuilder("#name\ttype\twikidata\tcountry\trole\n");

        void Add(string name, string type, string wikidata, string country, string role)
        {
            name = string.Join(' ', name.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (name.Length < 2 || !GazetteerBuilder.IsLatin(name))
            {
                return;
            }

            if (seen.Add(name + "\t" + type))
            {
                rows.Append(name).Append('\t').Append(type).Append('\t').Append(wikidata).Append('\t').Append(country).Append('\t').Append(role.Replace('\t', ' ')).Append('\n');
            }
        }

        // Newest first, so the most recent role wins for a person named in several rows.
        foreach (var file in (string[])["officials_current_2022.csv", "officials_since2000.csv"])
        {
            foreach (var f in Csv.Read(Path.Combine(actors, file)).Skip(1).Where(f => f.Length > 5))
            {
                Add(f[4], "PERSON", f[5], alpha3.GetValueOrDefault(f[0], ""), f[3]);
            }
        }

        foreach (var f in Csv.Read(Path.Combine(actors, "heads_of_state_government_wikidata_2022.csv")).Skip(1).Where(f => f.Length > 5))
        {
            Add(f[5], "PERSON", f[4], "", f[3]);
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
