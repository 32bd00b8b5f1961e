using System.Collections.Frozen;
using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Entities;

/// <summary>Country names, aliases and demonyms (with plural and person forms) mapped to their country.</summary>
public sealed class CountryLookup
{
    private static readonly Lazy<CountryLookup> Shared = new(() => new CountryLookup(GazetteerData.Default));

    // Person nouns and short forms that the demonym lists do not carry.
    private static readonly (string Word, string Alpha3)[] ExtraDemonyms =
    [
        ("Briton", "GBR"), ("Britons", "GBR"), ("Brits", "GBR"), ("Englishman", "GBR"), ("Scot", "GBR"), ("Scots", "GBR"),
        ("Frenchman", "FRA"), ("Frenchmen", "FRA"), ("Dutchman", "NLD"), ("Swiss", "CHE"), ("Afghani", "AFG"),
        ("Iraqis", "IRQ"), ("Israelis", "ISR"), ("Pakistanis", "PAK"), ("Yemenis", "YEM"), ("Saudis", "SAU"), ("Saudi", "SAU"),
        ("Emirati", "ARE"), ("Emiratis", "ARE"), ("Filipino", "PHL"), ("Filipinos", "PHL"), ("Kuwaitis", "KWT"), ("Qataris", "QAT"),
        ("Soviet", "RUS"), ("Persian", "IRN"), ("American", "USA"), ("Americans", "USA"), ("Chinese", "CHN"), ("Japanese", "JPN"),
        ("Lebanese", "LBN"), ("Sudanese", "SDN"), ("Vietnamese", "VNM"), ("Congolese", "COD"), ("Burmese", "MMR"), ("Somalis", "SOM"),
    ];

    // Names that mean a country in news although no gazetteer lists them.
    private static readonly (string Name, string Alpha3)[] ExtraNames =
    [
        ("U.S.", "USA"), ("US", "USA"), ("U.S.A.", "USA"), ("America", "USA"), ("United States", "USA"), ("U.K.", "GBR"), ("UK", "GBR"),
        ("Britain", "GBR"), ("Great Britain", "GBR"), ("Russian Federation", "RUS"), ("South Korea", "KOR"), ("North Korea", "PRK"),
        ("Holland", "NLD"), ("Burma", "MMR"), ("Ivory Coast", "CIV"), ("Congo", "COD"), ("DRC", "COD"), ("Czech Republic", "CZE"),
        ("UAE", "ARE"), ("Vatican", "VAT"), ("Palestine", "PSE"), ("Gaza", "PSE"), ("West Bank", "PSE"), ("Taiwan", "TWN"),
    ];

    private readonly FrozenDictionary<string, CountryRecord> _names;
    private readonly FrozenDictionary<string, CountryRecord> _demonyms;

    internal CountryLookup(GazetteerData data)
    {
        var names = new Dictionary<string, CountryRecord>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, CountryRecord>(StringComparer.Ordinal);
        foreach (var country in data.Countries)
        {
            names.TryAdd(country.Name, country);
            foreach (var alias in country.Aliases)
            {
                // Two-letter codes ("SY") are too ambiguous in running text.
                if (alias.Length > 2 || alias.Contains('.', StringComparison.Ordinal))
                {
                    names.TryAdd(alias, country);
                }
            }

            foreach (var demonym in country.Demonyms)
            {
                AddDemonym(demonyms, demonym, country);
                if (!demonym.EndsWith('s') && !demonym.EndsWith("ese", StringComparison.Ordinal) && !demonym.EndsWith("ch", StringComparison.Ordinal))
                {
                    AddDemonym(demonyms, demonym + "s", country);
                }
            }
        }

        foreach (var (word, alpha3) in ExtraDemonyms)
        {
            if (data.CountriesByAlpha3.TryGetValue(alpha3, out var country))
            {
                demonyms[word] = country;
            }
        }

        foreach (var (name, alpha3) in ExtraNames)
        {
            if (data.CountriesByAlpha3.TryGetValue(alpha3, out var country))
            {
                names[name] = country;
            }
        }

        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
        _demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static CountryLookup Default => Shared.Value;

    // "French" is shared by France and its territories: the most populous country keeps the word.
    private static void AddDemonym(Dictionary<string, CountryRecord> demonyms, string word, CountryRecord country)
    {
        if (!demonyms.TryGetValue(word, out var existing) || existing.Population < country.Population)
        {
            demonyms[word] = country;
        }
    }

    /// <summary>The country a name such as "Iran" or "Islamic Republic of Iran" refers to.</summary>
    public CountryRecord? ByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_names.TryGetValue(name, out var country))
        {
            return country;
        }

        return name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && _names.TryGetValue(name[4..], out country) ? country : null;
    }

    /// <summary>The country a demonym or nationality word ("Iranian", "Syrians", "Briton") belongs to.</summary>
    public CountryRecord? ByDemonym(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _demonyms.GetValueOrDefault(word);
    }
}
