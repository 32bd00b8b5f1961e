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

    private readonly HashTable _sequences;

    // Per token hash, in one look-up: the longest name it starts (low byte) and its single-token bits (next byte).
    private readonly HashTable _tokens;

    private NameIndex(Dictionary<ulong, byte> sequences, Dictionary<ulong, byte> firstTokens, Dictionary<ulong, byte> tokenBits)
    {
        _sequences = new HashTable(sequences.Select(p => KeyValuePair.Create(p.Key, (ulong)p.Value)).ToList());
        var tokens = new Dictionary<ulong, ulong>(firstTokens.Count + tokenBits.Count);
        foreach (var (hash, length) in firstTokens)
        {
            tokens[hash] = length;
        }

        foreach (var (hash, bits) in tokenBits)
        {
            tokens[hash] = tokens.GetValueOrDefault(hash) | ((ulong)bits << 8);
        }

        _tokens = new HashTable(tokens);
    }

    public static NameIndex Default => Shared.Value;

    /// <summary>Bits for single-token facts (first or last name of a known person).</summary>
    public byte TokenBits(ulong exactHash) => (byte)(_tokens.Get(exactHash) >> 8);

    /// <summary>
    /// Finds the longest known name starting at <paramref name="start"/> within <c>[start, end)</c>;
    /// returns its token count (0 when none) and its type bits.
    /// </summary>
    public int Match(ReadOnlySpan<ulong> exactHashes, int start, int end, out byte types)
    {
        types = 0;
        var maxLength = (int)(_tokens.Get(exactHashes[start]) & 0xFF);
        if (maxLength == 0)
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
            var found = _sequences.Get(prefix[k]);
            if (found != 0)
            {
                types = (byte)found;
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
