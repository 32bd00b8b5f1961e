using System.Collections.Frozen;
using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Entities;

/// <summary>
/// The hand-written naming rules of <c>Resources/entity-names.tsv</c>: standard names for short forms ("U.N." → United
/// Nations, "Daesh" → Islamic State), the forms that also expand where they begin a longer name ("UN Security Council"),
/// and the lower-case words that may sit inside a name.
/// </summary>
internal sealed class EntityNames
{
    private static readonly Lazy<EntityNames> Shared = new(Load);

    private readonly FrozenDictionary<string, string> _aliases;
    private readonly FrozenDictionary<string, string> _prefixes;
    private readonly FrozenSet<string> _glue;
    private readonly FrozenDictionary<string, NameHead> _heads;
    private readonly FrozenSet<string> _notNames;
    private readonly FrozenSet<string> _standard;
    private readonly FrozenSet<string> _organisationHeads;

    internal EntityNames(
        Dictionary<string, string> aliases, Dictionary<string, string> prefixes, HashSet<string> glue, Dictionary<string, NameHead> heads, HashSet<string> notNames,
        IEnumerable<string>? organisationHeads = null)
    {
        _organisationHeads = (organisationHeads ?? []).ToFrozenSet(StringComparer.Ordinal);
        _aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
        _prefixes = prefixes.ToFrozenDictionary(StringComparer.Ordinal);
        _glue = glue.ToFrozenSet(StringComparer.Ordinal);
        _heads = heads.ToFrozenDictionary(StringComparer.Ordinal);
        _notNames = notNames.ToFrozenSet(StringComparer.Ordinal);
        _standard = aliases.Values.Concat(prefixes.Values).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>What the last word (or two) of a name of several words says about it.</summary>
    public NameHead HeadOf(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Length < 2)
        {
            return NameHead.None;
        }

        if (words.Length >= 3 && _heads.TryGetValue(words[^2] + " " + words[^1], out var two))
        {
            return two;
        }

        return _heads.TryGetValue(words[^1], out var head) ? head : _organisationHeads.Contains(words[^1]) ? NameHead.Organisation : NameHead.None;
    }

    /// <summary>True when <paramref name="name"/> is one of the standard names the rules give ("Agence France-Presse").</summary>
    public bool IsStandard(string name) => _standard.Contains(name);

    /// <summary>True for a capitalised abbreviation that names nothing ("UTC", "IPO").</summary>
    public bool IsNotName(string form) => _notNames.Contains(form);

    public static EntityNames Default => Shared.Value;

    /// <summary>The standard name of <paramref name="name"/>, or null when the rules say nothing about it.</summary>
    public string? Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_aliases.TryGetValue(name, out var canonical) || _prefixes.TryGetValue(name, out canonical))
        {
            return canonical;
        }

        // "UN Security Council" → "United Nations Security Council"; "US Senate" → "United States Senate".
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && space + 1 < name.Length && char.IsUpper(name[space + 1]) && _prefixes.TryGetValue(name[..space], out var expanded))
        {
            var rest = name[(space + 1)..];
            return _aliases.GetValueOrDefault(rest) ?? expanded + " " + rest;
        }

        return null;
    }

    /// <summary>True for a lower-case word that may sit inside a name ("of", "al-", "de").</summary>
    public bool IsGlue(ReadOnlySpan<char> word) => _glue.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static EntityNames Load()
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        var glue = new HashSet<string>(StringComparer.Ordinal);
        var heads = new Dictionary<string, NameHead>(StringComparer.Ordinal);
        var notNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in ResourceFiles.ReadRows(ResourceFiles.Open("entity-names.tsv")).Where(f => f.Length >= 2))
        {

            switch (f[0])
            {
                case "alias" when f.Length >= 3:
                    aliases[f[1]] = f[2];
                    break;
                case "prefix" when f.Length >= 3:
                    prefixes[f[1]] = f[2];
                    break;
                case "glue":
                    glue.Add(f[1]);
                    break;
                case "place":
                    heads[f[1]] = NameHead.Place;
                    break;
                case "facility":
                    heads[f[1]] = NameHead.Facility;
                    break;
                case "event":
                    heads[f[1]] = NameHead.Event;
                    break;
                case "notname":
                    notNames.Add(f[1]);
                    break;
            }
        }

        // Organisation heads learned from CoNLL-2003 train (Chronicle.Training name-heads); the hand-written heads above win.
        var organisationHeads = ResourceFiles.ReadRows(ResourceFiles.Open("name-heads.tsv")).Where(f => f.Length >= 2 && f[0] == "org").Select(f => f[1]);
        return new EntityNames(aliases, prefixes, glue, heads, notNames, organisationHeads);
    }
}

/// <summary>What a name's last word says about it: nothing, a place, a facility (not an entity of the article), an
/// event, law or agreement (MISC), or an organisation.</summary>
internal enum NameHead
{
    None,
    Place,
    Facility,
    Event,

    /// <summary>A common noun that ends organisations' names ("University", "Ministry"), learned from CoNLL-2003 train.</summary>
    Organisation,
}
