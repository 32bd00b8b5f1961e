using System.Collections.Immutable;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Chronicle.Language.Tagging;

/// <summary>
/// A linear multi-class model over hashed features: <c>2^bits</c> buckets × classes weights. Stored gzipped,
/// quantised to 16 bits, so the file holds numbers only (no training text).
/// </summary>
/// <remarks>
/// A model being trained scores from its dense, live weight array. A loaded model keeps only the buckets that
/// have weights, as cache-line-aligned rows relative to class 0 (whose score is then always 0, which changes
/// no decision and no margin): almost all buckets are empty, so the rows fit in cache instead of scattering
/// each token's lookups over the whole dense table.
/// </remarks>
internal sealed class PerceptronModel
{
    private const int Magic = 0x43485043; // "CHPC"

    private readonly float[]? _dense;

    // Compact form: a rank index over the buckets (per 64 buckets: a bit per used bucket, then the number of used
    // buckets before them), so a used bucket's row number is found with one small, cache-resident read; row 0 is
    // all zeros, for unused buckets. Weights are summed as integers, exactly and in any order, then scaled by
    // _unit. The recogniser's rows are 16 integers relative to class 0 (one cache line; the differences need 17
    // bits); wider models (the tagger's 45 tags) keep their 16-bit weights, half the size. Rows of _width values;
    // both tables live on huge pages (see NativeRows).
    private readonly NativeRows? _rank;
    private readonly NativeRows? _rows;
    private readonly bool _shortWeights;
    private readonly int _width;
    private readonly float _unit;

    public PerceptronModel(ImmutableArray<string> labels, int bits, float[] weights)
    {
        Labels = labels;
        Bits = bits;
        Mask = (1u << bits) - 1;
        _dense = weights;
    }

    private PerceptronModel(ImmutableArray<string> labels, int bits, NativeRows rank, NativeRows rows, bool shortWeights, int width, int used, float unit)
    {
        Labels = labels;
        Bits = bits;
        Mask = (1u << bits) - 1;
        _rank = rank;
        _rows = rows;
        _shortWeights = shortWeights;
        _width = width;
        UsedBuckets = used;
        _unit = unit;
    }

    public ImmutableArray<string> Labels { get; }

    public int Classes => Labels.Length;

    public int Bits { get; }

    public uint Mask { get; }

    /// <summary>Buckets with any non-zero weight (compact models only).</summary>
    public int UsedBuckets { get; }

    /// <summary>Row-major: bucket × classes. Only models built from weights (training) have them.</summary>
    public float[] Weights => _dense ?? throw new InvalidOperationException("A loaded model keeps compact weights only.");

    /// <summary>Whether this is a loaded (compact) model, which scores through integer sums (<see cref="AddTo"/>).</summary>
    public bool IsCompact => _dense is null;

    /// <summary>Integers in one partial sum of a compact model (<see cref="AddTo"/>, <see cref="ToScores"/>).</summary>
    public int SumWidth => _width;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (_dense is null)
        {
            Span<int> sums = stackalloc int[_width];
            AddTo(features, sums);
            ToScores(sums, scores);
            return;
        }

        scores.Clear();
        var classes = Classes;
        var weights = _dense.AsSpan();
        var width = Vector<float>.Count;
        foreach (var feature in features)
        {
            var row = weights.Slice((int)(feature & Mask) * classes, classes);
            var c = 0;
            for (; c + width <= row.Length; c += width)
            {
                (new Vector<float>(scores[c..]) + new Vector<float>(row[c..])).CopyTo(scores[c..]);
            }

            for (; c < row.Length; c++)
            {
                scores[c] += row[c];
            }
        }
    }

    /// <summary>
    /// Adds the quantised weights of <paramref name="features"/> into <paramref name="sums"/> (<see cref="SumWidth"/>
    /// integers) of a compact model. Integer sums do not depend on order, so a sum may be built in parts: the
    /// features fixed by the text for every token at once, then those that depend on earlier decisions.
    /// </summary>
    public void AddTo(ReadOnlySpan<uint> features, Span<int> sums)
    {
        if (sums.Length < _width || _rank is null || _rows is null)
        {
            throw new ArgumentException("Partial sums need a compact model and SumWidth integers.", nameof(sums));
        }

        ref var rank = ref _rank.Start<ulong>();
        ref var sum = ref MemoryMarshal.GetReference(sums);
        var mask = Mask;
        if (!_shortWeights)
        {
            // The recogniser's 17 labels: one cache line per feature, two registers.
            ref var rows = ref _rows.Start<int>();
            var a = Vector256.LoadUnsafe(ref sum);
            var b = Vector256.LoadUnsafe(ref sum, 8);
            foreach (var feature in features)
            {
                var offset = Row(ref rank, feature & mask) * 16;
                a += Vector256.LoadUnsafe(ref rows, offset);
                b += Vector256.LoadUnsafe(ref rows, offset + 8);
            }

            a.StoreUnsafe(ref sum);
            b.StoreUnsafe(ref sum, 8);
        }
        else
        {
            AddShortRows(features, ref rank, ref sum);
        }

        // The native tables are freed with this model: it must outlive the reads above.
        GC.KeepAlive(this);
    }

    private void AddShortRows(ReadOnlySpan<uint> features, ref ulong rank, ref int sum)
    {
        var mask = Mask;
        ref var shortRows = ref _rows!.Start<short>();
        if (_width == 48)
        {
            // The tagger's 45 tags: the whole sum stays in six registers.
            var s0 = Vector256.LoadUnsafe(ref sum);
            var s1 = Vector256.LoadUnsafe(ref sum, 8);
            var s2 = Vector256.LoadUnsafe(ref sum, 16);
            var s3 = Vector256.LoadUnsafe(ref sum, 24);
            var s4 = Vector256.LoadUnsafe(ref sum, 32);
            var s5 = Vector256.LoadUnsafe(ref sum, 40);
            foreach (var feature in features)
            {
                var offset = Row(ref rank, feature & mask) * 48;
                var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref shortRows, offset));
                var (c, d) = Vector256.Widen(Vector256.LoadUnsafe(ref shortRows, offset + 16));
                var (e, f) = Vector256.Widen(Vector256.LoadUnsafe(ref shortRows, offset + 32));
                s0 += a;
                s1 += b;
                s2 += c;
                s3 += d;
                s4 += e;
                s5 += f;
            }

            s0.StoreUnsafe(ref sum);
            s1.StoreUnsafe(ref sum, 8);
            s2.StoreUnsafe(ref sum, 16);
            s3.StoreUnsafe(ref sum, 24);
            s4.StoreUnsafe(ref sum, 32);
            s5.StoreUnsafe(ref sum, 40);
            return;
        }

        foreach (var feature in features)
        {
            var offset = Row(ref rank, feature & mask) * (nuint)_width;
            for (nuint c = 0; c < (nuint)_width; c += 16)
            {
                var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref shortRows, offset + c));
                (Vector256.LoadUnsafe(ref sum, c) + lower).StoreUnsafe(ref sum, c);
                (Vector256.LoadUnsafe(ref sum, c + 8) + upper).StoreUnsafe(ref sum, c + 8);
            }
        }
    }

    /// <summary>Whether this compact model has the recogniser's layout: 16 integers per row, relative to class 0.</summary>
    public bool HasRelativeRows => _rows is not null && !_shortWeights;

    /// <summary>Copies a bucket's row of a compact recogniser-layout model (zeros for an unused bucket).</summary>
    public void CopyRow(uint bucket, Span<int> row)
    {
        if (!HasRelativeRows)
        {
            throw new InvalidOperationException("Only compact recogniser-layout models have rows to copy.");
        }

        var index = Row(ref _rank!.Start<ulong>(), bucket & Mask);
        _rows!.AsSpan<int>().Slice((int)index * _width, _width).CopyTo(row);
    }

    /// <summary>Turns partial sums of a compact model (<see cref="AddTo"/>) into one score per class.</summary>
    public void ToScores(ReadOnlySpan<int> sums, Span<float> scores)
    {
        if (!_shortWeights)
        {
            // Rows are relative to class 0, whose score is therefore 0.
            scores[0] = 0;
            for (var c = 1; c < scores.Length; c++)
            {
                scores[c] = sums[c - 1] * _unit;
            }

            return;
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = sums[c] * _unit;
        }
    }

    /// <summary>The row number of a bucket: 0 when unused, else 1 + the number of used buckets before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static nuint Row(ref ulong rank, uint bucket)
    {
        var word = (nuint)(bucket >> 6) * 2;
        var bits = Unsafe.Add(ref rank, word);
        var below = bits & ((1UL << (int)(bucket & 63)) - 1);
        var used = (bits >> (int)(bucket & 63)) & 1;
        return (nuint)(used * (Unsafe.Add(ref rank, word + 1) + (ulong)BitOperations.PopCount(below) + 1));
    }

    /// <summary>The factor that maps the largest weight magnitude onto <see cref="short.MaxValue"/> (16-bit storage).</summary>
    internal static float QuantisationScale(ReadOnlySpan<float> weights)
    {
        var max = 0f;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        return max > 0 ? short.MaxValue / max : 1f;
    }

    public void Save(Stream stream)
    {
        var weights = Weights;
        var scale = QuantisationScale(weights);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Bits);
        writer.Write(Labels.Length);
        foreach (var label in Labels)
        {
            writer.Write(label);
        }

        writer.Write(scale);
        foreach (var w in weights)
        {
            writer.Write((short)Math.Round(w * scale));
        }
    }

    public static PerceptronModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("Not a Chronicle perceptron model.");
        }

        var bits = reader.ReadInt32();
        var count = reader.ReadInt32();
        var labels = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            labels.Add(string.Intern(reader.ReadString()));
        }

        var scale = reader.ReadSingle();
        var raw = new short[(1 << bits) * count];
        buffered.ReadExactly(MemoryMarshal.AsBytes(raw.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(raw, raw);
        }

        return Compact(labels.MoveToImmutable(), bits, raw, 1 / scale);
    }

    /// <summary>The compact scoring form of this (dense) model.</summary>
    public PerceptronModel Compact()
    {
        var weights = Weights;
        var raw = new short[weights.Length];
        var max = 0f;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var scale = max > 0 ? short.MaxValue / max : 1f;
        for (var k = 0; k < weights.Length; k++)
        {
            raw[k] = (short)Math.Round(weights[k] * scale);
        }

        return Compact(Labels, Bits, raw, 1 / scale);
    }

    private static PerceptronModel Compact(ImmutableArray<string> labels, int bits, short[] raw, float unit)
    {
        var classes = labels.Length;
        var buckets = 1 << bits;
        var rankTable = RankIndex(buckets, b => raw.AsSpan(b * classes, classes).IndexOfAnyExcept((short)0) >= 0, out var used);
        ref var rank = ref rankTable.Start<ulong>();
        if (classes - 1 != 16)
        {
            var shortWidth = (classes + 15) / 16 * 16;
            var shortTable = new NativeRows((nuint)((used + 1) * shortWidth * sizeof(short)));
            var shortRows = shortTable.AsSpan<short>();
            for (var b = 0; b < buckets; b++)
            {
                var row = (int)Row(ref rank, (uint)b);
                if (row != 0)
                {
                    raw.AsSpan(b * classes, classes).CopyTo(shortRows[(row * shortWidth)..]);
                }
            }

            return new PerceptronModel(labels, bits, rankTable, shortTable, shortWeights: true, shortWidth, used, unit);
        }

        // Row 0 stays all zeros, for unused buckets; rows are 64 bytes on a 64-byte boundary (the table is 2 MB aligned).
        const int Width = 16;
        var table = new NativeRows((nuint)((used + 1) * Width * sizeof(int)));
        var rows = table.AsSpan<int>();
        for (var b = 0; b < buckets; b++)
        {
            var index = (int)Row(ref rank, (uint)b);
            if (index == 0)
            {
                continue;
            }

            var row = raw.AsSpan(b * classes, classes);
            var target = rows.Slice(index * Width, Width);
            for (var c = 1; c < classes; c++)
            {
                target[c - 1] = row[c] - row[0];
            }
        }

        return new PerceptronModel(labels, bits, rankTable, table, shortWeights: false, Width, used, unit);
    }

    /// <summary>
    /// The rank index <see cref="Row"/> reads: per 64 buckets, a bit for each bucket <paramref name="isUsed"/> accepts,
    /// then the number of such buckets before them. <paramref name="used"/> is their total, the rows a table needs
    /// besides the zero row.
    /// </summary>
    internal static NativeRows RankIndex(int buckets, Func<int, bool> isUsed, out int used)
    {
        var table = new NativeRows((nuint)(Math.Max(1, buckets / 64) * 2 * sizeof(ulong)));
        var rank = table.AsSpan<ulong>();
        used = 0;
        for (var b = 0; b < buckets; b++)
        {
            if (b % 64 == 0)
            {
                rank[(b / 64 * 2) + 1] = (ulong)used;
            }

            if (isUsed(b))
            {
                used++;
                rank[b / 64 * 2] |= 1UL << (b % 64);
            }
        }

        return table;
    }

    /// <summary>Whether a bucket of this compact model has a row of its own.</summary>
    public bool Uses(uint bucket) => Row(ref _rank!.Start<ulong>(), bucket & Mask) != 0;
}
