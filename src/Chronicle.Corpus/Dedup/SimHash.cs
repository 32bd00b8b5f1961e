using System.Numerics;

namespace Chronicle.Corpus.Dedup;

/// <summary>
/// 64-bit SimHash over word 3-shingles (case-folded letters and digits). Near-identical texts differ in a few
/// bits; the Hamming distance is the measure. No allocation: words are hashed in place.
/// </summary>
public static class SimHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        Span<int> votes = stackalloc int[64];
        votes.Clear();
        ulong previous2 = 0;
        ulong previous1 = 0;
        var words = 0;
        var i = 0;
        while (WordRuns.Next(text, ref i, out var start))
        {
            var hash = FnvOffset;
            foreach (var c in text[start..i])
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
            }

            words++;
            if (words >= 3)
            {
                Vote(votes, Mix(previous2, previous1, hash));
            }

            previous2 = previous1;
            previous1 = hash;
        }

        // Texts under three words vote with what they have so they still get a stable fingerprint.
        if (words is 1 or 2)
        {
            Vote(votes, Mix(0, previous2, previous1));
        }

        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return result;
    }

    public static int Distance(ulong left, ulong right) => BitOperations.PopCount(left ^ right);

    private static ulong Mix(ulong a, ulong b, ulong c)
    {
        var h = a * 0x9E3779B97F4A7C15UL;
        h = BitOperations.RotateLeft(h, 23) ^ (b * 0xC2B2AE3D27D4EB4FUL);
        h = BitOperations.RotateLeft(h, 29) ^ (c * 0x165667B19E3779F9UL);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h;
    }

    private static void Vote(Span<int> votes, ulong hash)
    {
        for (var bit = 0; bit < 64; bit++)
        {
            votes[bit] += (int)((hash >> bit) & 1) * 2 - 1;
        }
    }
}
