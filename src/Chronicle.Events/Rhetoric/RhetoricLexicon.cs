namespace Chronicle.Events.Rhetoric;

/// <summary>
/// Cue lists for the rhetoric stage, written for this project after the SemEval-2020 Task 11 technique definitions:
/// loaded language (emotionally charged words), name-calling/labelling (labels for an opponent), appeal to fear,
/// historical analogy (named past atrocities and failures) and call to action. Lower-case; "*" ends a prefix.
/// </summary>
internal static class RhetoricLexicon
{
    public static readonly string[] Loaded =
    [
        "brutal", "brutality", "barbaric", "barbarity", "savage*", "cynical", "shameful", "shameless", "unspeakable", "gruesome",
        "horrific", "horrifying", "horror", "carnage", "slaughter*", "butcher*", "bloodbath", "monstrous", "evil", "heinous",
        "atrocious", "appalling", "outrageous", "disgrace*", "despicable", "vile", "stain", "genocidal", "criminal regime",
        "murderous", "ruthless", "sinister", "catastrophic", "inhuman", "callous", "cowardly", "dastardly", "senseless",
        "massacred", "conspicuously",
    ];

    public static readonly string[] Labels =
    [
        "regime", "dictator", "tyrant", "mullahs", "thugs", "terrorist regime", "puppet*", "propaganda machine", "warmonger*",
        "war criminal*", "henchmen", "cronies", "backers", "enabler", "mercenaries", "terrorists", "murderers", "criminals",
        "fascist*", "extremists", "zealots",
    ];

    public static readonly string[] Fear =
    [
        "will be next", "threat to", "danger to", "dangerous", "catastrophe", "disaster for", "at risk", "if we do not",
        "if we don't", "before it is too late", "before it's too late", "will spread", "existential", "time bomb", "nightmare",
        "costs innocent lives", "will pay the price", "will not forget",
    ];

    public static readonly string[] Analogy =
    [
        "srebrenica", "rwanda", "grozny", "darfur", "holocaust", "auschwitz", "munich", "appeasement", "nazi*", "hitler",
        "the 1930s", "halabja", "my lai", "guernica", "sarajevo", "armenian genocide", "killing fields", "same playbook",
        "never again", "history will judge", "go down in history",
    ];

    public static readonly string[] CallToAction =
    [
        "must act", "must end", "must stop", "must be ousted", "must impose", "must do", "must not", "we must", "must be",
        "it is time", "it's time", "the time for", "time to act", "do not trust", "don't trust", "stand up", "we cannot",
        "we can not", "act now", "do it now", "should impose", "need to act", "join us", "demand that",
    ];

    /// <summary>Words and phrases that mark the author's own judgement or stance.</summary>
    public static readonly string[] Stance =
    [
        "must", "should", "cannot", "need to", "ought", "we", "our", "us", "i", "my", "shameful", "clearly", "surely",
        "undoubtedly", "of course", "it is time", "history will", "nothing less than", "deserve*", "obligation",
        "conscience", "moral*",
    ];

    /// <summary>Attribution words that mark reporting of someone else's words.</summary>
    public static readonly string[] Attribution =
    [
        "said", "says", "told", "according to", "stated", "announced", "reported", "added", "officials", "spokesman",
        "spokeswoman", "spokesperson", "confirmed", "statement",
    ];
}
