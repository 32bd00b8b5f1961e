using System.Collections.Frozen;
using Chronicle.Annotations;
using Chronicle.Language.Tagging;
using Chronicle.Language.Tokenization;

namespace Chronicle.Language.Gazetteers;

/// <summary>
/// Token-sequence lookup of known names (places, people, organisations, demonyms) used as NER features.
/// Matching is case-sensitive over token hashes, longest match first.
/// </summary>
internal sealed class NameIndex
{
    public const byte Person = 1;
    public const byte Org = 2;
    public const byte Loc = 4;
    public const byte Demonym = 8;
    public const byte FirstName = 16;
    public const byte LastName = 32;

    // Longer names are rare and add lookups to every token.
    private const int MaxTokens = 6;

    private static readonly Lazy<NameIndex> Shared = new(() => Build(GazetteerData.Default));

    private readonly FrozenDictionary<ulong, byte> _sequences;
    private readonly FrozenDictionary<ulong, byte> _firstTokens;
    private readonly FrozenDictionary<ulong, byte> _tokenBits;

    private NameIndex(Dictionary<ulong, byte> sequences, Dictionary<ulong, byte> firstTokens, Dictionary<ulong, byte> tokenBits)
    {
        _sequences = sequences.ToFrozenDictionary();
        _firstTokens = firstTokens.ToFrozenDictionary();
        _tokenBits = tokenBits.ToFrozenDictionary();
    }

    public static NameIndex Default => Shared.Value;

    /// <summary>Bits for single-token facts (first or last name of a known person).</summary>
    public byte TokenBits(ulong exactHash) => _tokenBits.GetValueOrDefault(exactHash);

    /// <summary>
    /// Finds the longest known name starting at <paramref name="start"/> within <c>[start, end)</c>;
    /// returns its token count (0 when none) and its type bits.
    /// </summary>
    public int Match(ReadOnlySpan<ulong> exactHashes, int start, int end, out byte types)
    {
        types = 0;
        if (!_firstTokens.TryGetValue(exactHashes[start], out var maxLength))
        {
            return 0;
        }

        Span<ulong> prefix = stackalloc ulong[MaxTokens];
        var limit = Math.Min(maxLength, end - start);
        var h = 0UL;
        for (var k = 0; k < limit; k++)
        {
            h = FeatureHash.Combine(h, exactHashes[start + k]);
            prefix[k] = h;
        }

        for (var k = limit - 1; k >= 0; k--)
        {
            if (_sequences.TryGetValue(prefix[k], out types))
            {
                return k + 1;
            }
        }

        return 0;
    }

    private static NameIndex Build(GazetteerData data)
    {
        var sequences = new Dictionary<ulong, byte>();
        var first = new Dictionary<ulong, byte>();
        var tokenBits = new Dictionary<ulong, byte>();
        var tokens = new List<Token>(8);

        void Add(string name, byte type)
        {
            tokens.Clear();
            Tokenizer.Tokenize(name, tokens);
            if (tokens.Count == 0 || tokens.Count > MaxTokens)
            {
                return;
            }

            var h = 0UL;
            ulong firstHash = 0;
            for (var k = 0; k < tokens.Count; k++)
            {
                var hash = FeatureHash.Chars(tokens[k].Span.Slice(name), lower: false);
                firstHash = k == 0 ? hash : firstHash;
                h = FeatureHash.Combine(h, hash);
            }

            sequences[h] = (byte)(sequences.GetValueOrDefault(h) | type);
            first[firstHash] = Math.Max(first.GetValueOrDefault(firstHash), (byte)tokens.Count);
            if (type == Person && tokens.Count >= 2)
            {
                var f = FeatureHash.Chars(tokens[0].Span.Slice(name), lower: false);
                var l = FeatureHash.Chars(tokens[^1].Span.Slice(name), lower: false);
                tokenBits[f] = (byte)(tokenBits.GetValueOrDefault(f) | FirstName);
                tokenBits[l] = (byte)(tokenBits.GetValueOrDefault(l) | LastName);
            }
        }

        foreach (var country in data.Countries)
        {
            Add(country.Name, Loc);
            foreach (var alias in country.Aliases)
            {
                Add(alias, Loc);
            }

            foreach (var demonym in country.Demonyms)
            {
                Add(demonym, Demonym);
            }
        }

        foreach (var place in data.Places)
        {
            Add(place.Name, Loc);
            if (place.Population >= 200_000 || place.Feature is "PPLC" or "ADM1")
            {
                foreach (var alias in place.Aliases)
                {
                    Add(alias, Loc);
                }
            }
        }

        foreach (var actor in data.Actors)
        {
            Add(actor.Name, actor.IsPerson ? Person : Org);
        }

        return new NameIndex(sequences, first, tokenBits);
    }
}
