using Chronicle.Annotations;
using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Tagging;

/// <summary>
/// Per-document token facts computed once and shared by the tagger and the recogniser: text hashes, shapes,
/// affixes, flags and gazetteer matches. One instance per thread is reused to keep tagging allocation-free.
/// </summary>
internal sealed class TaggingScratch
{
    [ThreadStatic]
    private static TaggingScratch? _cached;

    private readonly HashSet<ulong> _capitalised = [];
    private readonly HashSet<ulong> _lower = [];

    public int Count;
    public ulong[] Exact = [];
    public ulong[] Lower = [];

    /// <summary>The exact-form hash, except in headlines written in capitals, where it is the title-cased form.</summary>
    public ulong[] Cased = [];
    public ulong[] Shape = [];
    public ulong[] ShortShape = [];
    public ulong[] Prefix2 = [];
    public ulong[] Prefix3 = [];
    public ulong[] Prefix4 = [];
    public ulong[] Suffix2 = [];
    public ulong[] Suffix3 = [];
    public ulong[] Suffix4 = [];
    public TokenFlags[] Flags = [];
    public uint[] Names = [];

    /// <summary>Word-cluster ids per token (see <see cref="WordClusters.Of"/>), 0 when unknown.</summary>
    public ulong[] Cluster = [];

    /// <summary>Per token, how often a first pass labelled the same word elsewhere in the document as each type (4 × 8 bits).</summary>
    public uint[] Aggregate = [];
    public byte[] Pos = [];
    public byte[] Ner = [];
    public int[] SentenceStart = [];
    public int[] SentenceEnd = [];
    public float[] Confidence = [];

    private int[] _partialSums = [];
    private int[] _secondSums = [];

    public static TaggingScratch Rent()
    {
        var scratch = _cached ?? new TaggingScratch();
        _cached = null;
        return scratch;
    }

    public static void Return(TaggingScratch scratch) => _cached = scratch;

    /// <summary>Computes every per-token fact for <paramref name="tokens"/> of <paramref name="text"/>.</summary>
    public void Fill(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, NameIndex? names, WordClusters? clusters = null)
    {
        Ensure(tokens.Length);
        Count = tokens.Length;
        Span<char> shape = stackalloc char[8];
        Span<char> shortShape = stackalloc char[8];
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.Slice(tokens[i].Span.Start, tokens[i].Span.Length);
            var (shapeLength, shortLength, flags) = Describe(word, shape, shortShape, i);
            Cased[i] = Exact[i];
            Shape[i] = FeatureHash.Chars(shape[..shapeLength], lower: false);
            ShortShape[i] = FeatureHash.Chars(shortShape[..shortLength], lower: false);
            Suffix2[i] = Suffix(word, 2, Lower[i]);
            Suffix3[i] = Suffix(word, 3, Lower[i]);
            Suffix4[i] = Suffix(word, 4, Lower[i]);
            Flags[i] = flags;
            Names[i] = 0;
            Cluster[i] = clusters?.Of(Lower[i]) ?? 0;
            Aggregate[i] = 0;
            SentenceStart[i] = i;
            SentenceEnd[i] = i + 1;
            Pos[i] = byte.MaxValue;
            Ner[i] = 0;
        }

        foreach (var sentence in sentences)
        {
            // A sentence layer from elsewhere may not match these tokens: ignore ranges that do not fit.
            if (sentence.FirstToken < 0 || sentence.TokenCount < 0 || sentence.FirstToken + sentence.TokenCount > tokens.Length)
            {
                continue;
            }

            var end = sentence.FirstToken + sentence.TokenCount;
            var letters = 0;
            var capitals = 0;
            for (var i = sentence.FirstToken; i < end; i++)
            {
                SentenceStart[i] = sentence.FirstToken;
                SentenceEnd[i] = end;
                if ((Flags[i] & TokenFlags.Punctuation) == 0)
                {
                    letters++;
                    capitals += (Flags[i] & TokenFlags.AllCapitals) != 0 ? 1 : 0;
                }
            }

            if (sentence.TokenCount > 0)
            {
                Flags[sentence.FirstToken] |= TokenFlags.SentenceInitial;
            }

            if (letters >= 3 && capitals * 10 >= letters * 8)
            {
                for (var i = sentence.FirstToken; i < end; i++)
                {
                    Flags[i] |= TokenFlags.CapitalsSentence;
                    Cased[i] = FeatureHash.TitleCase(text.Slice(tokens[i].Span.Start, tokens[i].Span.Length));
                }
            }

            if (names is not null)
            {
                MatchNames(names, sentence.FirstToken, end, text, tokens);
            }
        }

        MarkDocumentFacts();
    }

    private void MatchNames(NameIndex names, int start, int end, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var exact = Exact.AsSpan(0, Count);
        if ((Flags[start] & TokenFlags.CapitalsSentence) != 0)
        {
            // Headlines in capitals: look names up in title case ("LONDON" → "London").
            var titled = new ulong[end - start];
            for (var i = start; i < end; i++)
            {
                titled[i - start] = FeatureHash.TitleCase(text.Slice(tokens[i].Span.Start, tokens[i].Span.Length));
            }

            for (var i = 0; i < titled.Length; i++)
            {
                Names[start + i] |= (uint)names.TokenBits(titled[i]) << 16;
                Mark(names.Match(titled, i, titled.Length, out var capsTypes), capsTypes, start + i);
            }

            return;
        }

        for (var i = start; i < end; i++)
        {
            Names[i] |= (uint)names.TokenBits(exact[i]) << 16;
            Mark(names.Match(exact, i, end, out var types), types, i);
        }
    }

    private void Mark(int length, byte types, int i)
    {
        if (length == 0)
        {
            return;
        }

        {
            for (var bit = 0; bit < 4; bit++)
            {
                if ((types & (1 << bit)) == 0)
                {
                    continue;
                }

                // Four position bits per type: B, I, L, U.
                if (length == 1)
                {
                    Names[i] |= 1u << (bit * 4 + 3);
                    continue;
                }

                Names[i] |= 1u << (bit * 4);
                for (var k = i + 1; k < i + length - 1; k++)
                {
                    Names[k] |= 1u << (bit * 4 + 1);
                }

                Names[i + length - 1] |= 1u << (bit * 4 + 2);
            }
        }
    }

    /// <summary>Marks words seen capitalised mid-sentence, or in lower case, elsewhere in the document.</summary>
    private void MarkDocumentFacts()
    {
        if (Count == 0)
        {
            return;
        }

        var capitalised = _capitalised;
        var lower = _lower;
        capitalised.Clear();
        lower.Clear();
        for (var i = 0; i < Count; i++)
        {
            var f = Flags[i];
            if ((f & (TokenFlags.SentenceInitial | TokenFlags.CapitalsSentence | TokenFlags.Punctuation)) != 0)
            {
                continue;
            }

            if ((f & TokenFlags.InitialCapital) != 0)
            {
                capitalised.Add(Lower[i]);
            }
            else if (Exact[i] == Lower[i])
            {
                lower.Add(Lower[i]);
            }
        }

        for (var i = 0; i < Count; i++)
        {
            if (capitalised.Contains(Lower[i]))
            {
                Flags[i] |= TokenFlags.CapitalisedElsewhere;
            }

            if (lower.Contains(Lower[i]))
            {
                Flags[i] |= TokenFlags.LowerElsewhere;
            }
        }
    }

    /// <summary>Sets <see cref="Aggregate"/> from first-pass labels: counts per type of the same word elsewhere.</summary>
    public void ComputeAggregate(ReadOnlySpan<byte> labels, Dictionary<ulong, uint> counts)
    {
        counts.Clear();
        for (var i = 0; i < Count; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type != 0)
            {
                var shift = (type - 1) * 8;
                var packed = counts.GetValueOrDefault(Lower[i]);
                if (((packed >> shift) & 0xFF) < 0xFF)
                {
                    counts[Lower[i]] = packed + (1u << shift);
                }
            }
        }

        for (var i = 0; i < Count; i++)
        {
            var packed = counts.GetValueOrDefault(Lower[i]);
            var type = NerLabels.TypeOf(labels[i]);
            if (type != 0)
            {
                packed -= 1u << ((type - 1) * 8);
            }

            Aggregate[i] = packed;
        }
    }

    /// <summary>The hash of the word's last <paramref name="length"/> characters in lower case (shorter words: the whole word's, marked).</summary>
    private static ulong Suffix(ReadOnlySpan<char> word, int length, ulong lower)
    {
        if (word.Length < length)
        {
            return lower ^ (ulong)length;
        }

        var h = FeatureHash.Empty;
        foreach (var c in word[^length..])
        {
            h = FeatureHash.Step(h, char.ToLowerInvariant(c));
        }

        return h;
    }

    /// <summary>
    /// One pass over a word: its exact and lower-case hashes, its prefix hashes (the lower-case hash part-way
    /// through), its shapes and its flags.
    /// </summary>
    private (int Shape, int Short, TokenFlags Flags) Describe(ReadOnlySpan<char> word, Span<char> shape, Span<char> shortShape, int i)
    {
        var flags = TokenFlags.None;
        var shapeLength = 0;
        var shortLength = 0;
        var upper = 0;
        var letters = 0;
        var digits = 0;
        var exact = FeatureHash.Empty;
        var lower = FeatureHash.Empty;
        ulong prefix2 = 0, prefix3 = 0, prefix4 = 0;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            exact = FeatureHash.Step(exact, c);
            lower = FeatureHash.Step(lower, char.ToLowerInvariant(c));
            switch (k)
            {
                case 1: prefix2 = lower; break;
                case 2: prefix3 = lower; break;
                case 3: prefix4 = lower; break;
            }

            char s;
            if (char.IsUpper(c))
            {
                s = 'X';
                upper++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                s = 'x';
                letters++;
            }
            else if (char.IsDigit(c))
            {
                s = 'd';
                digits++;
            }
            else
            {
                s = c is '-' or '‐' ? '-' : c == '.' ? '.' : c is '\'' or '’' ? '\'' : '#';
                flags |= c is '-' or '‐' ? TokenFlags.HasHyphen : TokenFlags.None;
                flags |= c == '.' ? TokenFlags.HasPeriod : TokenFlags.None;
            }

            if (shapeLength < shape.Length)
            {
                shape[shapeLength++] = s;
            }

            if (shortLength == 0 || shortShape[shortLength - 1] != s)
            {
                if (shortLength < shortShape.Length)
                {
                    shortShape[shortLength++] = s;
                }
            }
        }

        // A word shorter than the prefix stands for itself, marked with the length asked for.
        Exact[i] = exact;
        Lower[i] = lower;
        Prefix2[i] = word.Length >= 2 ? prefix2 : lower ^ 2;
        Prefix3[i] = word.Length >= 3 ? prefix3 : lower ^ 3;
        Prefix4[i] = word.Length >= 4 ? prefix4 : lower ^ 4;

        if (letters > 0 && char.IsUpper(word[0]))
        {
            flags |= TokenFlags.InitialCapital;
        }

        if (letters > 0 && upper == letters)
        {
            flags |= TokenFlags.AllCapitals;
        }

        if (digits > 0)
        {
            flags |= digits == word.Length ? TokenFlags.HasDigit | TokenFlags.AllDigits : TokenFlags.HasDigit;
        }

        if (word.Length == 1)
        {
            flags |= TokenFlags.SingleCharacter;
        }

        if (letters == 0 && digits == 0)
        {
            flags |= TokenFlags.Punctuation;
        }

        return (shapeLength, shortLength, flags);
    }

    /// <summary>Zeroed room for one partial score sum of <paramref name="width"/> integers per token.</summary>
    public Span<int> PartialSums(int width) => Zeroed(ref _partialSums, Count * width);

    /// <summary>Zeroed room for a second partial sum per token, beside <see cref="PartialSums"/> (the recogniser's second pass).</summary>
    public Span<int> SecondPartialSums(int width) => Zeroed(ref _secondSums, Count * width);

    private static Span<int> Zeroed(ref int[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new int[Math.Max(length, buffer.Length * 2)];
        }

        var sums = buffer.AsSpan(0, length);
        sums.Clear();
        return sums;
    }

    private void Ensure(int count)
    {
        if (Exact.Length >= count)
        {
            return;
        }

        var size = Math.Max(count, Math.Max(256, Exact.Length * 2));
        Exact = new ulong[size];
        Lower = new ulong[size];
        Cased = new ulong[size];
        Shape = new ulong[size];
        ShortShape = new ulong[size];
        Prefix2 = new ulong[size];
        Prefix3 = new ulong[size];
        Prefix4 = new ulong[size];
        Suffix2 = new ulong[size];
        Suffix3 = new ulong[size];
        Suffix4 = new ulong[size];
        Flags = new TokenFlags[size];
        Names = new uint[size];
        Cluster = new ulong[size];
        Aggregate = new uint[size];
        Pos = new byte[size];
        Ner = new byte[size];
        SentenceStart = new int[size];
        SentenceEnd = new int[size];
        Confidence = new float[size];
    }
}
