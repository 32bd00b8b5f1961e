using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Chronicle.Lexicon;

/// <summary>Number words ("three"), scales ("hundred", "bn") and vague quantities ("dozens") with their values; look-ups ignore case.</summary>
public sealed class NumberWordTable
{
    private readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _units;
    private readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _scales;
    private readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _vague;

    internal NumberWordTable(IEnumerable<string[]> rows)
    {
        var units = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var scales = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var vague = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (row.Length < 3 || !long.TryParse(row[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var table = row[2] switch
            {
                "unit" => units,
                "scale" => scales,
                "vague" => vague,
                _ => null,
            };
            table?.TryAdd(row[0], value);
        }

        Units = units.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Scales = scales.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        VagueQuantities = vague.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _units = Units.GetAlternateLookup<ReadOnlySpan<char>>();
        _scales = Scales.GetAlternateLookup<ReadOnlySpan<char>>();
        _vague = VagueQuantities.GetAlternateLookup<ReadOnlySpan<char>>();
        Words = [.. Units.Keys.Concat(Scales.Keys).Concat(VagueQuantities.Keys).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>"one" … "ninety", "dozen", "a", "an", "half".</summary>
    public FrozenDictionary<string, long> Units { get; }

    /// <summary>"hundred", "thousand", "million", "bn", ….</summary>
    public FrozenDictionary<string, long> Scales { get; }

    /// <summary>"dozens" (12), "hundreds" (100), "several" (3), ….</summary>
    public FrozenDictionary<string, long> VagueQuantities { get; }

    /// <summary>Every word of the three tables, lower case, each once.</summary>
    public ImmutableArray<string> Words { get; }

    public bool TryUnit(ReadOnlySpan<char> word, out long value) => _units.TryGetValue(word, out value);

    public bool TryScale(ReadOnlySpan<char> word, out long value) => _scales.TryGetValue(word, out value);

    public bool TryVague(ReadOnlySpan<char> word, out long value) => _vague.TryGetValue(word, out value);
}
