namespace Chronicle.Language.Tagging;

/// <summary>
/// A tagger's feature templates, split into those fixed by the text (scored for every token first) and those that
/// depend on the tags already chosen. Implemented by structs so that a generic tagger calls them directly.
/// </summary>
internal interface ITagFeatures
{
    static abstract int MaxFeatures { get; }

    static abstract int ExtractStatic(TaggingScratch s, int i, Span<uint> f);

    static abstract int ExtractDynamic(TaggingScratch s, int i, Span<uint> f);
}

/// <summary>The Penn tagger's templates (<see cref="PosFeatures"/>).</summary>
internal readonly struct PennTagFeatures : ITagFeatures
{
    public static int MaxFeatures => PosFeatures.MaxFeatures;

    public static int ExtractStatic(TaggingScratch s, int i, Span<uint> f) => PosFeatures.ExtractStatic(s, i, f);

    public static int ExtractDynamic(TaggingScratch s, int i, Span<uint> f) => PosFeatures.ExtractDynamic(s, i, f);
}
