using System.Numerics;

namespace Chronicle.Corpus.Dedup;

/// <summary>
/// The compact view of one text that repost detection and story clustering compare: winnowed fingerprints of word
/// 5-shingles (any passage of 8 or more words two texts share leaves at least one common fingerprint, so a shared
/// paragraph is found wherever it sits) and the counts of content words (hashed). Words are case-folded runs of
/// letters and digits, hashed in place without allocating strings.
/// </summary>
public sealed class TextSketch
{
    /// <summary>Words per shingle: long enough that shared shingles mean shared wording, not shared phrases.</summary>
    public const int ShingleWords = 5;

    /// <summary>Winnowing window: the smallest shingle hash of every 4 consecutive shingles is kept.</summary>
    public const int Window = 4;

    /// <summary>Content words are at least this long (or contain a digit: numbers identify a story).</summary>
    public const int MinTermLength = 3;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private TextSketch(uint[] fingerprints, uint[] terms, ushort[] counts, int words)
    {
        Fingerprints = fingerprints;
        Terms = terms;
        Counts = counts;
        Words = words;
    }

    /// <summary>Winnowed shingle fingerprints, sorted, distinct.</summary>
    public uint[] Fingerprints { get; }

    /// <summary>Distinct content-word hashes, sorted; <see cref="Counts"/> holds how often each occurs.</summary>
    public uint[] Terms { get; }

    public ushort[] Counts { get; }

    /// <summary>Words in the text.</summary>
    public int Words { get; }

    public static TextSketch Of(ReadOnlySpan<char> text)
    {
        var shingles = new List<uint>(Math.Max(16, text.Length / 6));
        var counts = new Dictionary<uint, int>();
        Span<uint> recent = stackalloc uint[ShingleWords];
        var words = 0;
        var i = 0;
        while (WordRuns.Next(text, ref i, out var start))
        {
            var hash = FnvOffset;
            var length = i - start;
            var digit = false;
            foreach (var ch in text[start..i])
            {
                var c = char.ToLowerInvariant(ch);
                digit |= char.IsDigit(c);
                hash = (hash ^ c) * FnvPrime;
            }

            if (length >= MinTermLength || digit)
            {
                counts[hash] = counts.GetValueOrDefault(hash) + 1;
            }

            recent[words % ShingleWords] = hash;
            words++;
            if (words >= ShingleWords)
            {
                shingles.Add(Shingle(recent, words));
            }
        }

        var terms = counts.Keys.ToArray();
        Array.Sort(terms);
        var termCounts = new ushort[terms.Length];
        for (var k = 0; k < terms.Length; k++)
        {
            termCounts[k] = (ushort)Math.Min(ushort.MaxValue, counts[terms[k]]);
        }

        return new TextSketch(Winnow(shingles), terms, termCounts, words);
    }

    /// <summary>How many values two sorted arrays share.</summary>
    public static int Shared(ReadOnlySpan<uint> left, ReadOnlySpan<uint> right)
    {
        int i = 0, j = 0, shared = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>Hash of the last <see cref="ShingleWords"/> words, in order (<paramref name="words"/> words seen so far).</summary>
    private static uint Shingle(ReadOnlySpan<uint> recent, int words)
    {
        ulong h = 0x9E3779B97F4A7C15UL;
        for (var k = 0; k < ShingleWords; k++)
        {
            h = BitOperations.RotateLeft(h ^ recent[(words + k) % ShingleWords], 27) * 0xC2B2AE3D27D4EB4FUL;
        }

        h ^= h >> 31;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 29;
        return (uint)(h >> 32);
    }

    /// <summary>Winnowing (Schleimer, Wilkerson and Aiken, 2003): the minimum of every window, distinct and sorted.</summary>
    private static uint[] Winnow(List<uint> shingles)
    {
        var kept = new HashSet<uint>();
        if (shingles.Count <= Window)
        {
            kept.UnionWith(shingles);
        }
        else
        {
            for (var start = 0; start + Window <= shingles.Count; start++)
            {
                var min = uint.MaxValue;
                for (var k = start; k < start + Window; k++)
                {
                    min = Math.Min(min, shingles[k]);
                }

                kept.Add(min);
            }
        }

        var result = kept.ToArray();
        Array.Sort(result);
        return result;
    }
}
