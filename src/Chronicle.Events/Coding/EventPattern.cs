namespace Chronicle.Events.Coding;

/// <summary>
/// One verb or noun pattern: the trigger forms, an optional particle right after it ("call for"), an optional word
/// within the next few words ("claimed … responsibility"), the CAMEO code, and the code used instead when the source
/// is a state's armed force or government (CAMEO 19 vs 18: "troops attacked" vs "militants attacked").
/// </summary>
public sealed record EventPattern(string Code, IReadOnlyList<string> Forms, IReadOnlyList<string> Particles, IReadOnlyList<string> Near)
{
    /// <summary>The code used when the source is a state actor (country, government, military, police).</summary>
    public string? StateCode { get; init; }

    /// <summary>True when the event may stand without a target ("claimed responsibility", "protested").</summary>
    public bool TargetOptional { get; init; }

    /// <summary>True for noun triggers ("airstrike on"), whose source is a modifier or a "by" phrase.</summary>
    public bool IsNoun { get; init; }

    /// <summary>Base forms among <see cref="Forms"/>, to tell "to find and arrest" from "to reconsider and spoke".</summary>
    public IReadOnlySet<string> Lemmas { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Past participles among <see cref="Forms"/>, for passive voice ("was bombed by").</summary>
    public IReadOnlySet<string> Participles { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
