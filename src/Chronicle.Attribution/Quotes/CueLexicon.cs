namespace Chronicle.Attribution.Quotes;

/// <summary>Reporting verbs and phrases that attribute speech ("said", "told", "according to").</summary>
internal static class CueLexicon
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding", "state", "states",
        "stated", "stating", "declare", "declares", "declared", "declaring", "warn", "warns", "warned", "warning", "write", "writes",
        "wrote", "writing", "tweet", "tweets", "tweeted", "tweeting", "post", "posts", "posted", "explain", "explains",
        "explained", "explaining", "note", "notes", "noted", "noting", "claim", "claims", "claimed", "claiming", "describe",
        "describes", "described", "describing", "call", "calls", "called", "calling", "urge", "urges", "urged", "urging",
        "announce", "announces", "announced", "announcing", "insist", "insists", "insisted", "insisting", "ask", "asks", "asked",
        "asking", "reply", "replies", "replied", "replying", "respond", "responds", "responded", "continue", "continues",
        "continued", "conclude", "concludes", "concluded", "argue", "argues", "argued", "arguing", "comment", "comments",
        "commented", "remark", "remarks", "remarked", "stress", "stresses", "stressed", "stressing", "emphasise", "emphasised",
        "emphasize", "emphasized", "emphasising", "emphasizing", "acknowledge", "acknowledges", "acknowledged", "admit",
        "admits", "admitted", "confirm", "confirms", "confirmed", "deny", "denies", "denied", "report", "reports", "reported",
        "read", "reads", "accuse", "accuses", "accused", "accusing", "label", "labels", "labelled", "labeled", "term", "termed",
        "dub", "dubbed", "vow", "vows", "vowed", "promise", "promises", "promised", "pledge", "pledged", "demand", "demands",
        "demanded", "demanding", "caution", "cautioned", "concede", "conceded", "recall", "recalls", "recalled", "predict",
        "predicted", "estimate", "estimated", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested",
        "observe", "observed", "thank", "thanks", "thanked", "thanking", "express", "expressed", "expressing", "condemn",
        "condemns", "condemned", "condemning", "criticise", "criticised", "criticize", "criticized", "criticising",
        "criticizing", "blame", "blames", "blamed", "blaming", "cite", "cites", "cited", "citing", "quote", "quoted", "shout",
        "shouted", "chant", "chanted", "yell", "yelled", "testify", "testified", "assert", "asserted", "maintain", "maintained",
        "brand", "branded", "hail", "hailed", "welcome", "welcomed", "lament", "lamented", "tell", "mention", "mentioned",
        "recount", "recounted", "speak", "spoke", "speaking", "order", "ordered", "instruct", "instructed", "appeal",
        "appealed", "plead", "pleaded", "beg", "begged", "boast", "boasted", "complain", "complained", "joke", "joked", "muse",
        "mused", "promise", "reiterate", "reiterated", "reiterating", "threaten", "threatened", "threatening", "vowing",
        "announce", "characterise", "characterised", "characterize", "characterized", "dismiss", "dismissed", "dismissing",
        "slam", "slammed", "inform", "informs", "informed", "assure", "assured", "reassured", "advise", "advised", "notify",
        "notified", "allege", "alleges", "alleged", "alleging", "warn", "retort", "retorted", "added", "answer", "answered",
    };

    /// <summary>Cues whose subject is the speaker only in the active voice ("was told by X" names X after "by").</summary>
    public static bool IsCue(ReadOnlySpan<char> word) => Verbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
