namespace Chronicle.Language.Gazetteers;

/// <summary>
/// A known person or organisation: surface name, type, Wikidata id, country and role where known, and for an office the
/// dates it was held (ISO dates or years; an open end means still held when the list was made).
/// </summary>
public sealed record ActorRecord(string Name, bool IsPerson, string? WikidataId, string? Country, string? Role, string? Start = null, string? End = null)
{
    /// <summary>True when the office was held on <paramref name="date"/> (an ISO date); unknown bounds do not exclude it.</summary>
    public bool HeldOn(string date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return (Start is null || string.CompareOrdinal(Start, 0, date, 0, Start.Length) <= 0)
            && (End is null || string.CompareOrdinal(date, 0, End, 0, End.Length) <= 0);
    }
}
