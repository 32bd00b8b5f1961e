using System.Collections.Frozen;
using Chronicle.Events.Common;

namespace Chronicle.Events.Tone;

/// <summary>
/// Word valences (−5…+5) from AFINN-165 with VADER filling the gaps (embedded tone.tsv), plus GDELT's two
/// non-lexicon measures: activity words (General-Inquirer-style "active" verbs, our own list) and self/group
/// reference pronouns.
/// </summary>
public sealed class ToneLexicon
{
    private static readonly Lazy<ToneLexicon> SharedInstance = new(() => new ToneLexicon());

    private static readonly FrozenSet<string> SelfReference = FrozenSet.ToFrozenSet(
        ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Activity = FrozenSet.ToFrozenSet(
        [
            "attack", "attacked", "attacks", "fight", "fought", "fighting", "strike", "struck", "launch", "launched", "move", "moved",
            "march", "marched", "run", "ran", "fled", "flee", "storm", "stormed", "seize", "seized", "push", "pushed", "drive", "drove",
            "build", "built", "act", "acted", "acting", "action", "campaign", "work", "worked", "working", "send", "sent", "lead", "led",
            "order", "ordered", "deploy", "deployed", "open", "opened", "break", "broke", "fire", "fired", "shoot", "shot", "kill",
            "killed", "destroy", "destroyed", "raid", "raided", "arrest", "arrested", "rescue", "rescued", "advance", "advanced",
            "charge", "charged", "rush", "rushed", "race", "raced", "throw", "threw", "hit", "crush", "crushed", "dispatch",
            "dispatched", "mobilise", "mobilize", "mobilised", "mobilized", "protest", "protested", "rally", "rallied", "vote", "voted",
            "sign", "signed", "travel", "travelled", "traveled", "visit", "visited", "meet", "met", "respond", "responded", "begin",
            "began", "start", "started", "stop", "stopped", "win", "won", "take", "took", "bomb", "bombed", "invade", "invaded",
        ],
        StringComparer.Ordinal);

    private readonly FrozenDictionary<string, int> _valence;

    private ToneLexicon()
    {
        var valence = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in ResourceTable.Read("tone.tsv"))
        {
            if (row.Length >= 2 && int.TryParse(row[1], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var v))
            {
                valence[row[0]] = v;
            }
        }

        _valence = valence.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static ToneLexicon Shared => SharedInstance.Value;

    /// <summary>The language of the valences (ISO 639-1): AFINN-en and VADER are English.</summary>
    public string Language { get; } = "en";

    /// <summary>The word's valence, 0 when unknown; <paramref name="lower"/> must be lower-case.</summary>
    public int Valence(string lower) => _valence.GetValueOrDefault(lower);

    public static bool IsSelfReference(string lower) => SelfReference.Contains(lower);

    public static bool IsActivity(string lower) => Activity.Contains(lower);
}
