using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chronicle.Training;

/// <summary>
/// Builds the compact tables embedded in <c>src/Chronicle.Events/Resources</c> from ../shared:
/// <c>actors.tsv</c> (phrase, code, kind — C country name, D demonym, K capital as metonym for the government,
/// N named person, O organisation or armed group, A agent noun), <c>countries.tsv</c> (iso3, iso2, FIPS, name, for the
/// GDELT geography columns) and <c>tone.tsv</c> (word, valence: the AFINN-165 score, else the VADER mean rounded to
/// -5..+5). The first source to name a phrase wins, in the order below.
/// </summary>
internal static partial class EventResourceBuilder
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Build(string shared, string outDir)
    {
        string Data(params string[] parts) => Path.Combine([shared, "data", .. parts]);
        var actors = new Dictionary<string, (string Code, string Kind)>(StringComparer.Ordinal);

        void Put(string phrase, string? code, string kind)
        {
            var p = Norm(phrase);
            if (p.Length < 2 || string.IsNullOrEmpty(code) || p.Contains('\t', StringComparison.Ordinal))
            {
                return;
            }

            actors.TryAdd(p, (code, kind));
        }

        // Countries: ISO codes, FIPS, names, capitals (GeoNames CC BY 4.0; i18n-iso-countries MIT; text_to_CAMEO MIT).
        var iso2to3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = new List<(string Iso3, string Iso2, string Fips, string Name)>();
        foreach (var line in ReadLines(Data("gazetteer", "countries", "geonames-countryInfo.tsv")))
        {
            var row = line.Split('\t');
            if (line.Length == 0 || row[0].StartsWith('#') || row.Length < 6)
            {
                continue;
            }

            var (iso2, iso3, fips, name, capital) = (row[0], row[1], row[3], row[4], row[5]);
            iso2to3[iso2] = iso3;
            countries.Add((iso3, iso2, fips, name));
            Put(name, iso3, "C");
            if (capital.Length > 0 && !capital.Equals("n/a", StringComparison.OrdinalIgnoreCase))
            {
                Put(capital, iso3 + "GOV", "K");
            }
        }

        foreach (var line in ReadLines(Data("cameo", "text_to_cameo", "countrynames.txt")))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2 && ThreeCapitals().IsMatch(parts[1]))
            {
                Put(parts[0], parts[1], "C");
            }
        }

        using (var names = JsonDocument.Parse(File.ReadAllText(Data("gazetteer", "countries", "i18n-iso-countries.en.json"), Utf8)))
        {
            foreach (var entry in names.RootElement.GetProperty("countries").EnumerateObject())
            {
                if (!iso2to3.TryGetValue(entry.Name, out var iso3))
                {
                    continue;
                }

                var values = entry.Value.ValueKind == JsonValueKind.Array
                    ? entry.Value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray()
                    : [entry.Value.GetString() ?? string.Empty];
                foreach (var n in values)
                {
                    if (n.Length > 3 || IsUpper(n))
                    {
                        Put(IsUpper(n) || n.Contains('.', StringComparison.Ordinal) ? n.Replace(".", string.Empty, StringComparison.Ordinal) : n, iso3, "C");
                    }
                }
            }
        }

        using (var nationalities = JsonDocument.Parse(File.ReadAllText(Data("gazetteer", "countries", "i18n-nationality.en.json"), Utf8)))
        {
            foreach (var entry in nationalities.RootElement.GetProperty("nationalities").EnumerateObject())
            {
                var adjective = entry.Value.GetString();
                if (iso2to3.TryGetValue(entry.Name, out var iso3) && !string.IsNullOrEmpty(adjective))
                {
                    Put(adjective, iso3, "D");
                }
            }
        }

        // PETRARCH-2 dictionaries (MIT): international organisations, militant groups, agents.
        foreach (var (blockNames, code) in PetrarchBlocks(Data("cameo", "petrarch2", "Phoenix.International.actors.txt")))
        {
            if (code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal) || code.StartsWith("IMG", StringComparison.Ordinal))
            {
                foreach (var n in blockNames)
                {
                    Put(n, code, "O");
                }
            }
        }

        foreach (var (blockNames, code) in PetrarchBlocks(Data("cameo", "petrarch2", "Phoenix.MilNonState.actors.txt")))
        {
            foreach (var n in blockNames)
            {
                if (!n.Contains('(', StringComparison.Ordinal) && n.Length > 3)
                {
                    Put(n, code, "O");
                }
            }
        }

        AddAgents(Data("cameo", "petrarch2", "Phoenix.agents.txt"), Put);
        AddPeople(Data("actors"), actors, iso2to3, Put);

        // Armed groups (UCDP actor list 22.1): formally organised non-state groups as rebels of their country.
        var countryCodes = CountryCodes(actors);
        var ucdp = Csv.Read(Data("actors", "armed_actors_ucdp_v22.1.csv")).ToList();
        var ucdpColumns = Columns(ucdp[0]);
        foreach (var row in ucdp.Skip(1))
        {
            if (Field(row, ucdpColumns, "Org") != "1")
            {
                continue;
            }

            var location = Norm(Field(row, ucdpColumns, "Location").Split(',')[0]);
            var iso3 = countryCodes.GetValueOrDefault(location, "---");
            foreach (var n in (string[])[Field(row, ucdpColumns, "NameData"), Field(row, ucdpColumns, "NameOrigFullEng")])
            {
                if (n.Length > 3 && n != "n/a")
                {
                    Put(n, iso3 + "REB", "O");
                }
            }
        }

        Directory.CreateDirectory(outDir);
        var text = new StringBuilder("# phrase\tcode\tkind — generated by Chronicle.Training events-resources; see docs/DATA.md\n");
        foreach (var phrase in actors.Keys.Order(CodePointComparer.Instance))
        {
            text.Append(phrase).Append('\t').Append(actors[phrase].Code).Append('\t').Append(actors[phrase].Kind).Append('\n');
        }

        File.WriteAllText(Path.Combine(outDir, "actors.tsv"), text.ToString(), Utf8);

        text.Clear().Append("# iso3\tiso2\tfips\tname — generated by Chronicle.Training events-resources (GeoNames countryInfo, CC BY 4.0)\n");
        foreach (var (iso3, iso2, fips, name) in countries.Order(CountryOrder.Instance))
        {
            text.Append(iso3).Append('\t').Append(iso2).Append('\t').Append(fips).Append('\t').Append(name).Append('\n');
        }

        File.WriteAllText(Path.Combine(outDir, "countries.tsv"), text.ToString(), Utf8);
        var tone = BuildTone(Data("lexicons", "afinn", "AFINN-en-165.txt"), Data("lexicons", "vader", "vader_lexicon.txt"));
        text.Clear().Append("# word\tvalence — generated by Chronicle.Training events-resources (AFINN-165 Apache-2.0, VADER MIT)\n");
        foreach (var word in tone.Keys.Order(CodePointComparer.Instance))
        {
            text.Append(word).Append('\t').Append(tone[word].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        File.WriteAllText(Path.Combine(outDir, "tone.tsv"), text.ToString(), Utf8);
        Console.WriteLine($"actors {actors.Count}, countries {countries.Count}, tone {tone.Count}");
    }

    /// <summary>Lower case (full Unicode mapping: "İ" becomes "i" and a combining dot), underscores as spaces, straight apostrophes, one space between words.</summary>
    internal static string Norm(string s) =>
        Spaces().Replace(s.Replace('_', ' ').Replace('\u2019', '\'').Trim().Replace("\u0130", "i\u0307", StringComparison.Ordinal).ToLowerInvariant(), " ");

    /// <summary>Agent nouns (role code only), with their listed plurals and the <c>!MACRO!</c> expansions of the file.</summary>
    private static void AddAgents(string path, Action<string, string?, string> put)
    {
        var macros = new List<(string Name, string[] Values)>();
        foreach (var raw in ReadLines(path))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var macro = MacroLine().Match(line);
            if (macro.Success)
            {
                var values = macro.Groups[2].Value.Split(',').Select(v => v.Trim()).ToArray();
                var at = macros.FindIndex(m => m.Name == macro.Groups[1].Value);
                if (at >= 0)
                {
                    macros[at] = (macro.Groups[1].Value, values);
                }
                else
                {
                    macros.Add((macro.Groups[1].Value, values));
                }

                continue;
            }

            var agent = AgentLine().Match(line);
            if (!agent.Success)
            {
                continue;
            }

            var phrase = agent.Groups[1].Value.Trim();
            var code = agent.Groups[2].Value;
            var plurals = Braces().Matches(phrase).Select(m => m.Groups[1].Value);
            phrase = BracesWithSpace().Replace(phrase, string.Empty).Trim();
            var forms = new List<string> { phrase };
            forms.AddRange(string.Join(',', plurals).Split(',').Select(x => x.Trim()).Where(x => x.Length > 0));
            foreach (var (name, values) in macros)
            {
                if (phrase.Contains(name, StringComparison.Ordinal))
                {
                    forms = [.. forms.SelectMany(x => values.Select(v => x.Replace(name, v, StringComparison.Ordinal)))];
                }
            }

            foreach (var form in forms)
            {
                if (!form.Contains('!', StringComparison.Ordinal))
                {
                    put(form.TrimEnd('_'), code, "A");
                }
            }
        }
    }

    /// <summary>People (Wikidata, CC0): current heads of state and government, and current office-holders.</summary>
    private static void AddPeople(string actorsDir, Dictionary<string, (string Code, string Kind)> actors, Dictionary<string, string> iso2to3, Action<string, string?, string> put)
    {
        var countryCodes = CountryCodes(actors);
        var heads = Csv.Read(Path.Combine(actorsDir, "heads_of_state_government_wikidata_2022.csv")).ToList();
        var headColumns = Columns(heads[0]);
        foreach (var row in heads.Skip(1))
        {
            var name = Field(row, headColumns, "officeholderLabel");
            if (!countryCodes.TryGetValue(Norm(Field(row, headColumns, "country")), out var iso3) || name.Length == 0 || name.StartsWith('Q'))
            {
                continue;
            }

            put(name, iso3 + "GOV", "N");

            // News names leaders by surname alone ("Assad", "Erdoğan"); matched only when capitalised.
            var words = name.Split((char[])[' ', '\t', '\n', '\r', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries);
            var last = words[^1];
            foreach (var prefix in (string[])["al-", "el-"])
            {
                if (last.ToLowerInvariant().StartsWith(prefix, StringComparison.Ordinal))
                {
                    last = last[prefix.Length..];
                }
            }

            if (words.Length > 1 && last.Length > 3)
            {
                put(last, iso3 + "GOV", "N");
            }
        }

        var officials = Csv.Read(Path.Combine(actorsDir, "officials_current_2022.csv")).ToList();
        var officialColumns = Columns(officials[0]);
        foreach (var row in officials.Skip(1))
        {
            var iso2 = Field(row, officialColumns, "country_iso2");
            var position = Field(row, officialColumns, "position").ToLowerInvariant();
            var role = position.Contains("defen", StringComparison.Ordinal) && !position.Contains("minister", StringComparison.Ordinal) ? "MIL"
                : position.Contains("court", StringComparison.Ordinal) || (position.Contains("justice", StringComparison.Ordinal) && !position.Contains("minister", StringComparison.Ordinal)) ? "JUD"
                : "GOV";
            var code = iso2to3.TryGetValue(iso2, out var iso3) && iso3.Length > 0 ? iso3 + role : iso2 == "INTL" ? "IGO" : null;
            var person = Field(row, officialColumns, "person");
            if (code is not null && person.Length > 0 && !person.StartsWith('Q'))
            {
                put(person, code, "N");
            }
        }
    }

    private static Dictionary<string, string> CountryCodes(Dictionary<string, (string Code, string Kind)> actors)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, (code, kind)) in actors)
        {
            if (kind == "C")
            {
                codes[Norm(phrase)] = code;
            }
        }

        return codes;
    }

    /// <summary>Each entry's names and code: the undated code preferred, else the open-ended, else the latest dated one.</summary>
    private static IEnumerable<(List<string> Names, string Code)> PetrarchBlocks(string path)
    {
        var names = new List<string>();
        var codes = new List<string>();
        foreach (var raw in ReadLines(path))
        {
            var line = raw.Split('#', 2)[0].TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var found = Bracketed().Matches(line).Select(m => m.Groups[1].Value.Trim());
            var text = AnyBracketed().Replace(line, string.Empty).Trim();
            if (raw[0] is not (' ' or '\t' or '+') && text.Length > 0)
            {
                if (Flush(names, codes) is { } block)
                {
                    yield return block;
                }

                names = [text.TrimEnd('_')];
                codes = [];
            }
            else if (text.StartsWith('+'))
            {
                names.Add(text[1..].TrimEnd('_'));
            }

            codes.AddRange(found);
        }

        if (Flush(names, codes) is { } last)
        {
            yield return last;
        }
    }

    private static (List<string>, string)? Flush(List<string> names, List<string> codes)
    {
        if (names.Count == 0 || codes.Count == 0)
        {
            return null;
        }

        var undated = codes.Where(c => !c.Contains(' ', StringComparison.Ordinal));
        var after = codes.Where(c => c.Contains('>', StringComparison.Ordinal)).Select(c => FirstWord(c));
        var code = undated.Concat(after).Append(FirstWord(codes[^1])).First();
        return ([.. names], code);
    }

    private static string FirstWord(string s) => s.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : string.Empty;

    private static Dictionary<string, int> BuildTone(string afinn, string vader)
    {
        var tone = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in ReadLines(afinn))
        {
            var tab = line.LastIndexOf('\t');
            var (word, score) = (line[..tab], int.Parse(line[(tab + 1)..], CultureInfo.InvariantCulture));
            if (!word.Contains(' ', StringComparison.Ordinal) && score != 0)
            {
                tone[word] = score;
            }
        }

        foreach (var line in ReadLines(vader))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || !VaderWord().IsMatch(parts[0]) || tone.ContainsKey(parts[0]))
            {
                continue;
            }

            var value = (int)Math.Round(double.Parse(parts[1], CultureInfo.InvariantCulture) * 5 / 4, MidpointRounding.ToEven);
            if (value != 0)
            {
                tone[parts[0]] = value;
            }
        }

        return tone;
    }

    private static bool IsUpper(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);

    private static Dictionary<string, int> Columns(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i], i);
        }

        return columns;
    }

    private static string Field(string[] row, Dictionary<string, int> columns, string name) =>
        columns.TryGetValue(name, out var i) && i < row.Length ? row[i] : string.Empty;

    /// <summary>The lines of a UTF-8 file as written (a byte-order mark kept), invalid bytes replaced.</summary>
    private static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: false);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex ThreeCapitals();

    [GeneratedRegex(@"^(![A-Z]+!)\s*=\s*(.*)")]
    private static partial Regex MacroLine();

    [GeneratedRegex(@"^([^\[]+?)\s*\[~([A-Z]+)\]")]
    private static partial Regex AgentLine();

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\s*\{[^}]*\}")]
    private static partial Regex BracesWithSpace();

    [GeneratedRegex(@"\[([^\]]+)\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex AnyBracketed();

    [GeneratedRegex("^[a-z][a-z'-]*$")]
    private static partial Regex VaderWord();

    /// <summary>Orders strings by Unicode code point (as sorted text tables are), not by UTF-16 unit.</summary>
    private sealed class CodePointComparer : IComparer<string>
    {
        public static readonly CodePointComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var a = x.EnumerateRunes().GetEnumerator();
            var b = y.EnumerateRunes().GetEnumerator();
            while (true)
            {
                var moreA = a.MoveNext();
                var moreB = b.MoveNext();
                if (!moreA || !moreB)
                {
                    return moreA ? 1 : moreB ? -1 : 0;
                }

                var c = a.Current.Value.CompareTo(b.Current.Value);
                if (c != 0)
                {
                    return c;
                }
            }
        }
    }

    private sealed class CountryOrder : IComparer<(string Iso3, string Iso2, string Fips, string Name)>
    {
        public static readonly CountryOrder Instance = new();

        public int Compare((string Iso3, string Iso2, string Fips, string Name) x, (string Iso3, string Iso2, string Fips, string Name) y)
        {
            var c = CodePointComparer.Instance.Compare(x.Iso3, y.Iso3);
            c = c != 0 ? c : CodePointComparer.Instance.Compare(x.Iso2, y.Iso2);
            c = c != 0 ? c : CodePointComparer.Instance.Compare(x.Fips, y.Fips);
            return c != 0 ? c : CodePointComparer.Instance.Compare(x.Name, y.Name);
        }
    }
}
