using System.IO.Compression;
using Chronicle.Language.Tagging;

namespace Chronicle.Language.Syntax;

/// <summary>
/// Lemmas from a word and its Penn tag, learned from a treebank: rewrite rules (cut N characters, append a few)
/// chosen by the tag and the longest known word ending, and, for words those rules get wrong (went → go), a rule
/// per word keyed by the hash of the word and tag. Only hashes and rule endings are stored, no word list.
/// </summary>
internal sealed class Lemmatizer
{
    private const int Magic = 0x43484C4D; // "CHLM"
    public const int MaxSuffix = 6;

    private readonly HashTable _words;
    private readonly HashTable _suffixes;

    public Lemmatizer(IReadOnlyList<LemmaRule> rules, Dictionary<ulong, ulong> words, Dictionary<ulong, ulong> suffixes)
    {
        Rules = rules;
        _words = new HashTable(words);
        _suffixes = new HashTable(suffixes);
        WordCount = words.Count;
        SuffixCount = suffixes.Count;
    }

    public IReadOnlyList<LemmaRule> Rules { get; }

    public int WordCount { get; }

    public int SuffixCount { get; }

    /// <summary>The key of a word (its lower-case hash) with a tag (the hash of the tag's text).</summary>
    public static ulong WordKey(ulong lowerHash, ulong tagHash) => FeatureHash.Combine(lowerHash, tagHash);

    /// <summary>The key of a word ending of <paramref name="length"/> characters (0: the tag alone) with a tag.</summary>
    public static ulong SuffixKey(ReadOnlySpan<char> word, int length, ulong tagHash)
    {
        var h = FeatureHash.Empty;
        foreach (var c in word[^length..])
        {
            h = FeatureHash.Step(h, char.ToLowerInvariant(c));
        }

        return FeatureHash.Combine(FeatureHash.Combine(h, (ulong)length), tagHash);
    }

    /// <summary>The rule for a word with a tag (an index into <see cref="Rules"/>).</summary>
    public int RuleFor(ReadOnlySpan<char> word, ulong lowerHash, ulong tagHash)
    {
        var exception = _words.Get(WordKey(lowerHash, tagHash));
        if (exception != 0)
        {
            return (int)exception - 1;
        }

        return SuffixRuleFor(word, tagHash);
    }

    /// <summary>The rule the word endings give, ignoring per-word exceptions.</summary>
    public int SuffixRuleFor(ReadOnlySpan<char> word, ulong tagHash)
    {
        for (var length = Math.Min(MaxSuffix, word.Length); length >= 0; length--)
        {
            var rule = _suffixes.Get(SuffixKey(word, length, tagHash));
            if (rule != 0)
            {
                return (int)rule - 1;
            }
        }

        return 0;
    }

    public string Lemma(ReadOnlySpan<char> word, ulong lowerHash, ulong tagHash) => Rules[RuleFor(word, lowerHash, tagHash)].Apply(word);

    public void Save(Stream stream, Dictionary<ulong, ulong> words, Dictionary<ulong, ulong> suffixes)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Rules.Count);
        foreach (var rule in Rules)
        {
            writer.Write((byte)rule.Cut);
            writer.Write(rule.KeepCase);
            writer.Write(rule.Append);
        }

        foreach (var table in (Dictionary<ulong, ulong>[])[words, suffixes])
        {
            writer.Write(table.Count);
            foreach (var (key, value) in table.OrderBy(e => e.Key))
            {
                writer.Write(key);
                writer.Write((ushort)value);
            }
        }
    }

    public static Lemmatizer Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("Not a Chronicle lemma table.");
        }

        var rules = new LemmaRule[reader.ReadInt32()];
        for (var r = 0; r < rules.Length; r++)
        {
            rules[r] = new LemmaRule(reader.ReadByte(), reader.ReadBoolean(), string.Intern(reader.ReadString()));
        }

        var tables = new Dictionary<ulong, ulong>[2];
        for (var t = 0; t < 2; t++)
        {
            var count = reader.ReadInt32();
            tables[t] = new Dictionary<ulong, ulong>(count);
            for (var i = 0; i < count; i++)
            {
                tables[t][reader.ReadUInt64()] = reader.ReadUInt16();
            }
        }

        return new Lemmatizer(rules, tables[0], tables[1]);
    }
}

/// <summary>A lemma rewrite: cut <see cref="Cut"/> final characters, append <see cref="Append"/>; lower-cased unless <see cref="KeepCase"/>.</summary>
internal readonly record struct LemmaRule(int Cut, bool KeepCase, string Append)
{
    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    public static LemmaRule Between(string form, string lemma)
    {
        var keep = !string.Equals(lemma, lemma.ToLowerInvariant(), StringComparison.Ordinal);
        var source = keep ? form : form.ToLowerInvariant();
        var common = 0;
        while (common < source.Length && common < lemma.Length && source[common] == lemma[common])
        {
            common++;
        }

        return new LemmaRule(Math.Min(source.Length - common, byte.MaxValue), keep, lemma[common..]);
    }

    public string Apply(ReadOnlySpan<char> word)
    {
        if (Cut > word.Length)
        {
            return KeepCase ? word.ToString() : word.ToString().ToLowerInvariant();
        }

        var length = word.Length - Cut + Append.Length;
        return string.Create(length, (Word: word.ToString(), Rule: this), static (span, state) =>
        {
            var (word, rule) = state;
            var kept = word.Length - rule.Cut;
            for (var k = 0; k < kept; k++)
            {
                span[k] = rule.KeepCase ? word[k] : char.ToLowerInvariant(word[k]);
            }

            rule.Append.AsSpan().CopyTo(span[kept..]);
        });
    }
}
