using System.Collections.Frozen;
using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Entities;

/// <summary>The names of the embedded gazetteer's places (GeoNames towns of 15,000 people or more, first-level divisions).</summary>
internal sealed class PlaceNames
{
    private static readonly Lazy<PlaceNames> Shared = new(() => new PlaceNames(GazetteerData.Default));

    private readonly FrozenSet<string> _names;

    internal PlaceNames(GazetteerData data) =>
        _names = data.Places.Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);

    public static PlaceNames Default => Shared.Value;

    public bool Contains(string name) => _names.Contains(name);
}
