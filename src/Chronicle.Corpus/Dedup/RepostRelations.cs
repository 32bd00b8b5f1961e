namespace Chronicle.Corpus.Dedup;

/// <summary>
/// Names how a repost relates to its group's canonical document, and picks that document: the fullest text (most
/// fingerprints), then the earliest published, then the first stored.
/// </summary>
public static class RepostRelations
{
    /// <summary>The same text, give or take chrome: each holds most of the other.</summary>
    public const string Copy = "copy";

    /// <summary>Part of the canonical text only: a teaser, an opening paragraph, an excerpt.</summary>
    public const string Excerpt = "excerpt";

    /// <summary>The same story with its own headline, chrome or edits (a wire story as each site runs it).</summary>
    public const string Wire = "wire";

    /// <summary>Another version of the same article: same site, or another publication day.</summary>
    public const string Update = "update";

    /// <summary>Share of a text that must be found in the other for it to count as held whole.</summary>
    public const double WholeShare = 0.8;

    /// <summary>Index in <paramref name="members"/> of the canonical document.</summary>
    public static int Canonical(IReadOnlyList<RepostMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var best = 0;
        for (var i = 1; i < members.Count; i++)
        {
            var (a, b) = (members[i], members[best]);
            var fuller = a.Fingerprints.Length.CompareTo(b.Fingerprints.Length);
            var earlier = (a.Day ?? int.MaxValue).CompareTo(b.Day ?? int.MaxValue);
            if (fuller > 0 || (fuller == 0 && (earlier < 0 || (earlier == 0 && a.Id < b.Id))))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>How <paramref name="member"/> relates to <paramref name="canonical"/>.</summary>
    public static string Of(RepostMember member, RepostMember canonical)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(canonical);
        var shared = TextSketch.Shared(member.Fingerprints, canonical.Fingerprints);
        var inMember = member.Fingerprints.Length == 0 ? 1 : (double)shared / member.Fingerprints.Length;
        var inCanonical = canonical.Fingerprints.Length == 0 ? 1 : (double)shared / canonical.Fingerprints.Length;
        if (inMember >= WholeShare)
        {
            return inCanonical >= WholeShare ? Copy : Excerpt;
        }

        var sameSite = member.Site is not null && string.Equals(member.Site, canonical.Site, StringComparison.OrdinalIgnoreCase);
        var otherDay = member.Day is { } d && canonical.Day is { } c && d != c;
        return sameSite || otherDay ? Update : Wire;
    }
}

/// <summary>What relation naming needs of one member of a repost group.</summary>
/// <param name="Day">Publication day number (<see cref="DateOnly.DayNumber"/>) when known.</param>
public sealed record RepostMember(long Id, string? Site, int? Day, uint[] Fingerprints);
