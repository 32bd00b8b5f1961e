using Chronicle.Annotations;

namespace Chronicle.Language.Tagging;

/// <summary>
/// The BILOU label set of the recogniser: O, then Begin/Inside/Last/Unit for PER, ORG, LOC, MISC. Marking the last
/// token and one-token names separately helps a greedy decoder (Ratinov and Roth 2009).
/// </summary>
internal static class NerLabels
{
    public static readonly string[] Names =
    [
        "O",
        "B-PER", "I-PER", "L-PER", "U-PER",
        "B-ORG", "I-ORG", "L-ORG", "U-ORG",
        "B-LOC", "I-LOC", "L-LOC", "U-LOC",
        "B-MISC", "I-MISC", "L-MISC", "U-MISC",
    ];

    public static int Count => Names.Length;

    /// <summary>1-4 for PER, ORG, LOC, MISC; 0 for O.</summary>
    public static int TypeOf(int label) => label == 0 ? 0 : (label + 3) / 4;

    private static int Part(int label) => label == 0 ? -1 : (label - 1) % 4;

    /// <summary>True for labels that open an entity (Begin or Unit).</summary>
    public static bool IsBegin(int label) => Part(label) is 0 or 3;

    /// <summary>True for labels that continue an entity (Inside or Last).</summary>
    public static bool IsInside(int label) => Part(label) is 1 or 2;

    /// <summary>True when an entity is still open after this label (Begin or Inside).</summary>
    public static bool IsOpen(int label) => Part(label) is 0 or 1;

    /// <summary>Continuations only follow an open entity of their type; anything else only follows a closed one.</summary>
    public static bool IsAllowed(int previous, int label) =>
        IsOpen(previous) ? IsInside(label) && TypeOf(label) == TypeOf(previous) : !IsInside(label);

    /// <summary>The BIO form used by CoNLL scoring.</summary>
    public static string ToBio(int label) => label == 0
        ? "O"
        : (IsBegin(label) ? "B-" : "I-") + TypeName(TypeOf(label));

    /// <summary>Converts a BIO sequence (CoNLL types) into BILOU label indices.</summary>
    public static void FromBio(ReadOnlySpan<string> bio, Span<int> labels)
    {
        for (var i = 0; i < bio.Length; i++)
        {
            var tag = bio[i];
            if (tag.Length < 3 || tag[1] != '-')
            {
                labels[i] = 0;
                continue;
            }

            var type = ParseType(tag.AsSpan(2));
            if (type == 0)
            {
                labels[i] = 0;
                continue;
            }

            var next = i + 1 < bio.Length ? bio[i + 1] : "O";
            var continues = next.Length > 2 && next[0] == 'I' && next.AsSpan(2).SequenceEqual(tag.AsSpan(2));
            var part = tag[0] == 'B' ? (continues ? 0 : 3) : (continues ? 1 : 2);
            labels[i] = 1 + (type - 1) * 4 + part;
        }
    }

    public static string TypeName(int type) => type switch
    {
        1 => "PER",
        2 => "ORG",
        3 => "LOC",
        _ => "MISC",
    };

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
