using Chronicle.Annotations;

namespace Chronicle.Language.Tagging;

/// <summary>The BIO label set of the recogniser: O, then B-/I- for PER, ORG, LOC, MISC.</summary>
internal static class NerLabels
{
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static int Count => Names.Length;

    /// <summary>1-4 for PER, ORG, LOC, MISC; 0 for O.</summary>
    public static int TypeOf(int label) => label == 0 ? 0 : (label + 1) / 2;

    public static bool IsBegin(int label) => label != 0 && label % 2 == 1;

    public static bool IsInside(int label) => label != 0 && label % 2 == 0;

    /// <summary>An inside label may only continue an entity of its own type.</summary>
    public static bool IsAllowed(int previous, int label) => !IsInside(label) || TypeOf(previous) == TypeOf(label);

    public static EntityType ToEntityType(int type) => type switch
    {
        1 => EntityType.Person,
        2 => EntityType.Org,
        3 => EntityType.Loc,
        _ => EntityType.Misc,
    };

    /// <summary>Parses a CoNLL type name (PER, ORG, LOC, MISC) into 1-4, or 0.</summary>
    public static int ParseType(ReadOnlySpan<char> type) => type switch
    {
        "PER" => 1,
        "ORG" => 2,
        "LOC" => 3,
        "MISC" => 4,
        _ => 0,
    };
}
