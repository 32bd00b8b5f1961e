namespace Chronicle.Language.Gazetteers;

/// <summary>A known person or organisation: surface name, type, Wikidata id, country and role where known.</summary>
public sealed record ActorRecord(string Name, bool IsPerson, string? WikidataId, string? Country, string? Role);
