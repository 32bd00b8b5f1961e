namespace Chronicle.Events.Coding;

/// <summary>
/// The verb and noun patterns, covering all 20 CAMEO roots and the second-level codes of roots 10–20. Verbs were
/// chosen from the verb blocks of the PETRARCH-2 CAMEO dictionary and the conventions of careful news coding:
/// only explicit acts, so vague verbs ("said", "backed") are left out.
/// </summary>
public static class EventPatterns
{
    /// <summary>Every pattern, in priority order (earlier patterns win on the same trigger word).</summary>
    public static IReadOnlyList<EventPattern> All { get; } = Build();

    private static List<EventPattern> Build()
    {
        var p = new List<EventPattern>();

        // 01 public statement: only claims, admissions, denials, symbolic acts.
        p.Add(V("015", "claim", near: "responsibility/credit", optional: true));
        p.Add(V("015", "accept admit|admitted|admitted acknowledge", near: "responsibility/downing/shooting/killing", optional: true));
        p.Add(V("015", "acknowledge", optional: true, particle: "that/their/its/his/her"));
        p.Add(V("016", "deny", optional: true));
        p.Add(V("017", "declare order", near: "mourning", optional: true));

        // 02 appeal.
        p.Add(V("020", "call", particle: "for/on/upon", optional: true));
        p.Add(V("020", "urge appeal encourage implore plead", optional: true));
        p.Add(V("020", "ask", particle: "for"));
        p.Add(V("020", "request"));
        p.Add(V("020", "ask", near: "to"));
        p.Add(V("020", "recommend"));
        p.Add(V("021", "appeal", particle: "for", near: "aid/help/assistance", optional: true));

        // 03 express intent to cooperate.
        p.Add(V("030", "promise pledge", optional: true));
        p.Add(V("036", "offer agree", particle: "to", near: "talks/negotiate/meet/dialogue"));

        // 04 consult.
        p.Add(V("040", "meet|met|met", particle: "with"));
        p.Add(V("040", "meet|met|met consult"));
        p.Add(V("040", "speak|spoke|spoken talk", particle: "with/to", near: "phone/call/case/about"));
        p.Add(V("040", "phone telephone"));
        p.Add(V("040", "have|had|had", near: "conversation/call/talks/meeting"));
        p.Add(V("040", "speak|spoke|spoken", particle: "on", near: "phone/telephone", optional: true));
        p.Add(V("040", "hold|held|held", near: "talks"));
        p.Add(V("042", "visit"));
        p.Add(V("043", "host"));
        p.Add(V("046", "negotiate"));

        // 05 diplomatic cooperation.
        p.Add(V("051", "praise thank commend hail laud applaud"));
        p.Add(V("055", "apologize apologise"));
        p.Add(V("055", "regret", optional: true));
        p.Add(V("057", "sign", near: "agreement/deal/accord/treaty/memorandum"));
        p.Add(V("057", "agree", particle: "on", optional: true));
        p.Add(V("057", "enter|entered|entered reach|reached|reached", near: "agreement/deal/accord", optional: true));

        // 06 material cooperation.
        p.Add(V("060", "cooperate collaborate"));
        p.Add(V("064", "share", near: "intelligence/information"));

        // 07 aid.
        p.Add(V("070", "provide send|sent|sent deliver", near: "aid/assistance/support/supplies/weapons/arms/airstrikes"));
        p.Add(V("070", "support", particle: "the"));
        p.Add(V("073", "rescue evacuate"));

        // 08 yield.
        p.Add(V("0874", "withdraw|withdrew|withdrawn", near: "troops/forces/soldiers/military/personnel/army", optional: true));
        p.Add(V("0874", "pull|pulled|pulled", particle: "out/back", optional: true));
        p.Add(V("0874", "surrender", optional: true));
        p.Add(V("0874", "announce", near: "withdrawal/pullout", optional: true));
        p.Add(V("0874", "announce", near: "leaving/leave/withdraw/withdrawing", optional: true));
        p.Add(V("0841", "release free|freed|freed", near: "hostage/hostages/prisoners/prisoner/detainees/captives", optional: true));
        p.Add(V("081", "lift drop|dropped|dropped ease", near: "measures/restrictions/curfew/ban/lockdown", optional: true));
        p.Add(V("085", "lift ease", near: "sanctions/embargo", optional: true));
        p.Add(V("0871", "declare agree", near: "ceasefire/truce", optional: true));
        p.Add(V("083", "resign", optional: true));

        // 09 investigate.
        p.Add(V("090", "investigate probe"));
        p.Add(V("090", "order launch open", near: "investigation/inquiry/probe/checks", optional: true));

        // 10 demand.
        p.Add(V("101", "demand", near: "investigation/inquiry/explanation/information"));
        p.Add(V("103", "demand", near: "aid/protection/assistance"));
        p.Add(V("1041", "demand", near: "resignation/resign/step"));
        p.Add(V("106", "demand", near: "withdrawal/withdraw/leave"));
        p.Add(V("107", "demand", near: "ceasefire/truce"));
        p.Add(V("108", "demand", near: "talks/meeting/negotiations"));
        p.Add(V("100", "demand insist", optional: true));

        // 11 disapprove.
        p.Add(V("111", "criticize criticise condemn denounce decry deplore rebuke slam|slammed|slammed censure", optional: true));
        p.Add(V("111", "lash|lashed|lashed", particle: "out"));
        p.Add(V("111", "speak|spoke|spoken", particle: "out", near: "against"));
        p.Add(V("112", "accuse blame allege"));
        p.Add(V("110", "oppose"));
        p.Add(V("114", "complain", optional: true));
        p.Add(V("115", "sue"));
        p.Add(V("115", "file|filed|filed", near: "lawsuit/suit/complaint"));
        p.Add(V("116", "convict"));
        p.Add(V("116", "find|found|found", particle: "guilty"));

        // 12 reject.
        p.Add(V("120", "reject rebuff dismiss"));
        // "declined to comment" is CAMEO 011 (decline comment), a statement and no event: the "---" code marks a use of the verb that codes nothing, as in PETRARCH's dictionary.
        p.Add(V("---", "refuse decline", particle: "to", near: "comment/comments/elaborate/discuss/speak/say"));
        p.Add(V("120", "refuse decline", optional: true));
        p.Add(V("125", "reject refuse", near: "talks/negotiations/dialogue/meeting"));
        p.Add(V("127", "reject", near: "plan/agreement/deal/proposal", optional: true));
        p.Add(V("128", "defy|defied|defied"));
        p.Add(V("129", "veto|vetoed|vetoed"));

        // 13 threaten (the threatened act is coded below through modality, not here).
        p.Add(V("130", "threaten warn", optional: true));
        p.Add(V("139", "issue|issued|issued", near: "ultimatum"));

        // 14 protest.
        p.Add(V("141", "protest demonstrate rally|rallied|rallied march", optional: true));
        p.Add(V("142", "go|went|gone", particle: "on", near: "hunger"));
        p.Add(V("143", "go|went|gone", particle: "on", near: "strike"));
        p.Add(V("143", "boycott", optional: true));
        p.Add(V("144", "block blockade", near: "road/roads/highway/entrance/traffic"));
        p.Add(V("145", "riot", optional: true));
        p.Add(V("145", "clash", optional: true, state: "193"));
        p.Add(V("145", "throw|threw|thrown", near: "rocks/stones/bottles/petrol/molotov/flares"));

        // 15 exhibit force posture.
        p.Add(V("150", "deploy", near: "troops/forces/soldiers/police/warships"));
        p.Add(V("151", "raise heighten", near: "alert"));
        p.Add(V("151", "order|ordered|ordered", near: "alert"));
        p.Add(V("154", "mobilize mobilise mass", near: "troops/forces/soldiers/reservists/army", optional: true));

        // 16 reduce relations.
        p.Add(V("161", "sever cut|cut|cut break|broke|broken", near: "ties/relations", optional: true));
        p.Add(V("161", "recall", near: "ambassador/envoy"));
        p.Add(V("162", "cut|cut|cut suspend halt", near: "aid/funding/assistance"));
        p.Add(V("163", "sanction"));
        p.Add(V("163", "impose levy|levied|levied", near: "sanctions/embargo/tariffs"));
        p.Add(V("164", "suspend halt|halted|halted", near: "talks/negotiations"));
        p.Add(V("166", "expel|expelled|expelled", near: "ambassador/diplomat/diplomats/troops/envoy"));
        p.Add(V("166", "vote|voted|voted", near: "expel/expulsion"));

        // 17 coerce.
        p.Add(V("173", "arrest detain jail imprison indict"));
        p.Add(V("173", "charge", particle: "with/him/her/them"));
        p.Add(V("173", "charge"));
        p.Add(V("173", "sentence", near: "prison/jail/death/years"));
        p.Add(V("173", "issue|issued|issued", near: "warrant/warrants"));
        p.Add(V("173", "order|ordered|ordered", near: "custody"));
        p.Add(V("1711", "seize|seized|seized confiscate"));
        p.Add(V("1712", "demolish raze|razed|razed"));
        p.Add(V("1722", "ban|banned|banned outlaw"));
        p.Add(V("1723", "impose declare", near: "curfew", optional: true));
        p.Add(V("1724", "impose declare", near: "emergency/martial", optional: true));
        p.Add(V("174", "deport"));
        p.Add(V("175", "fire|fired|fired use|used|used", near: "gas/cannon/cannons/canons/bullets/pellets/round/rounds"));
        p.Add(V("175", "crack|cracked|cracked", particle: "down"));
        p.Add(V("175", "disperse"));
        p.Add(V("172", "shutter|shuttered|shuttered shut|shut|shut", near: "down/site/website/office", optional: false));

        // 18 assault (non-state) — 19 when a state's forces do it.
        p.Add(V("181", "abduct kidnap|kidnapped|kidnapped hijack"));
        p.Add(V("181", "take|took|taken", near: "hostage/hostages/captive"));
        p.Add(V("1821", "rape"));
        p.Add(V("1822", "torture"));
        p.Add(V("182", "stab|stabbed|stabbed beat|beat|beaten assault", state: "175"));
        p.Add(V("1823", "murder kill stab", state: "190"));
        p.Add(V("1831", "carry|carried|carried", near: "suicide", optional: true));
        p.Add(V("1832", "carry|carried|carried", near: "car", optional: true));
        p.Add(V("183", "bomb", state: "195"));
        p.Add(V("185", "try|tried|tried attempt", particle: "to", near: "assassinate/kill"));
        p.Add(V("186", "assassinate"));
        p.Add(V("180", "attack", state: "190"));
        p.Add(V("180", "carry|carried|carried", particle: "out", near: "attack/attacks/airstrike/airstrikes/strike/strikes/bombing/bombings/raid/raids/assault/shooting", state: "190"));
        p.Add(V("180", "shoot|shot|shot", state: "190"));
        p.Add(V("180", "open|opened|opened", particle: "fire", state: "193"));

        // 19 fight.
        p.Add(V("190", "shoot|shot|shot", particle: "down"));
        p.Add(V("190", "fight|fought|fought", optional: true));
        p.Add(V("190", "launch|launched|launched begin|began|begun start|started|started", near: "offensive/invasion/operation/attack/attacks/strikes/airstrikes", optional: true));
        p.Add(V("191", "besiege blockade", state: "191"));
        p.Add(V("192", "invade occupy|occupied|occupied annex"));
        p.Add(V("194", "shell|shelled|shelled bombard"));
        p.Add(V("195", "launch|launched|launched fire|fired|fired", near: "missiles/missile/rockets/rocket/drones"));
        p.Add(V("195", "strike|struck|struck hit|hit|hit", near: "airstrike/airstrikes/drone/drones/missile/missiles/rockets/jets"));
        p.Add(V("196", "violate", near: "ceasefire/truce"));

        // 20 unconventional mass violence.
        p.Add(V("201", "expel|expelled|expelled", near: "population/villagers/thousands/minority"));
        p.Add(V("202", "massacre"));
        p.Add(V("203", "ethnically", particle: "cleanse/cleansed"));
        p.Add(V("2041", "gassed|gassed|gassed"));
        p.Add(V("2041", "use|used|used", near: "chemical/sarin/chlorine"));
        p.Add(V("2042", "detonate test", near: "nuclear"));

        // Noun triggers: "the US airstrike that killed …", "Turkey's offensive against the SDF".
        p.Add(N("195", "airstrike airstrikes air-strike strike strikes drone-strike", "195"));
        p.Add(N("190", "offensive invasion incursion", "190"));
        p.Add(N("180", "attack attacks assault", "190"));
        p.Add(N("183", "bombing bombings", "195"));
        p.Add(N("163", "sanctions", "163"));
        p.Add(N("111", "condemnation condemnations", "111"));
        p.Add(N("141", "protests demonstrations rallies", "141"));
        return p;
    }

    private static EventPattern V(string code, string verbs, string? particle = null, string? near = null, bool optional = false, string? state = null)
    {
        var forms = new List<string>();
        var participles = new HashSet<string>(StringComparer.Ordinal);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in verbs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = spec.Split('|');
            var lemma = parts[0];
            var past = parts.Length > 1 ? parts[1] : Past(lemma);
            var participle = parts.Length > 2 ? parts[2] : past;
            forms.AddRange([lemma, Third(lemma), past, participle, Ing(lemma)]);
            participles.Add(participle);
            lemmas.Add(lemma);
        }

        return new EventPattern(code, forms.Distinct(StringComparer.Ordinal).ToArray(), Split(particle), Split(near))
        {
            StateCode = state,
            TargetOptional = optional,
            Participles = participles,
            Lemmas = lemmas,
        };
    }

    private static EventPattern N(string code, string nouns, string state) =>
        new(code, nouns.Split(' ', StringSplitOptions.RemoveEmptyEntries), [], []) { StateCode = state, IsNoun = true };

    private static string[] Split(string? list) => list is null ? [] : list.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static string Third(string v) =>
        v.EndsWith('y') && !IsVowel(v[^2]) ? v[..^1] + "ies"
        : v.EndsWith('s') || v.EndsWith('x') || v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith('o') ? v + "es"
        : v + "s";

    private static string Past(string v) =>
        v.EndsWith('e') ? v + "d"
        : v.EndsWith('y') && !IsVowel(v[^2]) ? v[..^1] + "ied"
        : Doubles(v) ? v + v[^1] + "ed"
        : v + "ed";

    private static string Ing(string v) =>
        v.EndsWith("ie", StringComparison.Ordinal) ? v[..^2] + "ying"
        : v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) ? v[..^1] + "ing"
        : Doubles(v) ? v + v[^1] + "ing"
        : v + "ing";

    // Short consonant-vowel-consonant verbs double the final consonant ("stab" → "stabbed").
    private static bool Doubles(string v) =>
        v.Length is >= 3 and <= 4 && !IsVowel(v[^1]) && v[^1] is not ('w' or 'x' or 'y') && IsVowel(v[^2]) && !IsVowel(v[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
