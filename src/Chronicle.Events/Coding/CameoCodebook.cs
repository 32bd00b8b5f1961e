using System.Collections.Frozen;

namespace Chronicle.Events.Coding;

/// <summary>
/// CAMEO event codes: names of the 20 roots, Goldstein values (GDELT's lookup, root value where a sub-code has none
/// of its own), GDELT QuadClass and the PLOVER event type each code maps to.
/// </summary>
public static class CameoCodebook
{
    private static readonly string[] RootNames =
    [
        "", "MAKE PUBLIC STATEMENT", "APPEAL", "EXPRESS INTENT TO COOPERATE", "CONSULT", "ENGAGE IN DIPLOMATIC COOPERATION",
        "ENGAGE IN MATERIAL COOPERATION", "PROVIDE AID", "YIELD", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT",
        "THREATEN", "PROTEST", "EXHIBIT FORCE POSTURE", "REDUCE RELATIONS", "COERCE", "ASSAULT", "FIGHT",
        "USE UNCONVENTIONAL MASS VIOLENCE",
    ];

    private static readonly double[] RootGoldstein =
        [0, 0.0, 3.0, 4.0, 1.0, 3.5, 6.0, 7.0, 5.0, -2.0, -5.0, -2.0, -4.0, -6.0, -6.5, -7.2, -4.0, -7.0, -9.0, -10.0, -10.0];

    private static readonly FrozenDictionary<string, double> CodeGoldstein = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["010"] = 0.0, ["015"] = 0.0, ["016"] = 0.0, ["017"] = 0.0, ["036"] = 4.0, ["040"] = 1.0, ["042"] = 1.9,
        ["043"] = 2.8, ["046"] = 7.0, ["051"] = 3.4, ["055"] = 3.5, ["057"] = 8.0, ["061"] = 6.4, ["071"] = 7.4,
        ["0871"] = 9.0, ["0874"] = 10.0, ["125"] = -5.0, ["126"] = -5.0, ["127"] = -5.0, ["128"] = -5.0, ["129"] = -5.0,
        ["130"] = -4.4, ["131"] = -5.8, ["1311"] = -5.8, ["1312"] = -5.8, ["1313"] = -5.8, ["132"] = -5.8, ["133"] = -5.8,
        ["134"] = -5.8, ["135"] = -5.8, ["136"] = -7.0, ["137"] = -7.0, ["138"] = -7.0, ["139"] = -7.0, ["144"] = -7.5,
        ["145"] = -7.5, ["162"] = -5.6, ["163"] = -8.0, ["164"] = -7.0, ["165"] = -6.5, ["166"] = -7.0, ["171"] = -9.2,
        ["1711"] = -9.2, ["1712"] = -9.2, ["172"] = -5.0, ["1721"] = -5.0, ["1722"] = -5.0, ["1723"] = -5.0,
        ["1724"] = -5.0, ["173"] = -5.0, ["174"] = -5.0, ["175"] = -9.0, ["182"] = -9.5, ["1823"] = -10.0,
        ["183"] = -10.0, ["1831"] = -10.0, ["1832"] = -10.0, ["1833"] = -10.0, ["184"] = -8.0, ["185"] = -8.0,
        ["186"] = -10.0, ["191"] = -9.5, ["192"] = -9.5, ["196"] = -9.5, ["201"] = -9.5,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name of the root of <paramref name="code"/> ("11" → DISAPPROVE).</summary>
    public static string RootName(string code) => Root(code) is var r and >= 1 and <= 20 ? RootNames[r] : "";

    /// <summary>GDELT's Goldstein value for the code (the root's value when the code has none of its own).</summary>
    public static double Goldstein(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (CodeGoldstein.TryGetValue(code, out var value))
        {
            return value;
        }

        // Four-digit codes not listed share their parent's value.
        if (code.Length == 4 && CodeGoldstein.TryGetValue(code[..3], out value))
        {
            return value;
        }

        return Root(code) is var r and >= 1 and <= 20 ? RootGoldstein[r] : 0;
    }

    /// <summary>GDELT QuadClass: 1 verbal cooperation (01–05), 2 material cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20).</summary>
    public static int QuadClass(string code) => Root(code) switch
    {
        >= 1 and <= 5 => 1,
        >= 6 and <= 9 => 2,
        >= 10 and <= 14 => 3,
        >= 15 and <= 20 => 4,
        _ => 0,
    };

    /// <summary>The PLOVER event type for the code (null for plain statements, which PLOVER dropped).</summary>
    public static string? Plover(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Root(code) switch
        {
            2 or 10 => "REQUEST",
            3 => "AGREE",
            4 => "CONSULT",
            5 => code.StartsWith("057", StringComparison.Ordinal) ? "AGREE" : "SUPPORT",
            6 => "COOPERATE",
            7 => "AID",
            8 => code.StartsWith("087", StringComparison.Ordinal) ? "RETREAT" : "CONCEDE",
            9 or 11 => "ACCUSE",
            12 => "REJECT",
            13 => "THREATEN",
            14 => "PROTEST",
            15 => "MOBILIZE",
            16 => "SANCTION",
            17 => "COERCE",
            18 or 19 or 20 => "ASSAULT",
            _ => null,
        };
    }

    private static int Root(string code) =>
        code is { Length: >= 2 } && char.IsDigit(code[0]) && char.IsDigit(code[1]) ? ((code[0] - '0') * 10) + (code[1] - '0') : -1;
}
