namespace Chronicle.Corpus.Export.Gdelt;

/// <summary>The ten actor columns of a GDELT 2.0 event row (Actor1 6–15, Actor2 16–25).</summary>
public sealed record GdeltActor(
    string Code = "",
    string Name = "",
    string CountryCode = "",
    string KnownGroupCode = "",
    string EthnicCode = "",
    string Religion1Code = "",
    string Religion2Code = "",
    string Type1Code = "",
    string Type2Code = "",
    string Type3Code = "")
{
    public static GdeltActor Empty { get; } = new();
}
