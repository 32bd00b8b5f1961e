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
    // all zeros, for unused buckets. The recogniser's rows are 16 floats relative to class 0 (one cache line);
    // wider models (the tagger's 45 tags) keep their 16-bit weights, half the size of floats, summed as integers
    // and scaled by _unit. Rows of _width values from _base.
    private readonly ulong[] _rank = [];
    private readonly float[] _rows = [];
    private readonly short[] _shortRows = [];
    private readonly int _base;
    private readonly int _width;
    private readonly float _unit;

    public PerceptronModel(ImmutableArray<string> labels, int bits, float[] weights)
    {
        Labels = labels;
        Bits = bits;
        Mask = (1u << bits) - 1;
        _dense = weights;
    }

    private PerceptronModel(ImmutableArray<string> labels, int bits, ulong[] rank, float[] rows, short[] shortRows, int start, int width, int used, float unit)
    {
        Labels = labels;
        Bits = bits;
        Mask = (1u << bits) - 1;
        _rank = rank;
        _rows = rows;
        _shortRows = shortRows;
        _base = start;
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

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (_dense is null)
        {
            ScoreCompact(features, scores);
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

    private void ScoreCompact(ReadOnlySpan<uint> features, Span<float> scores)
    {
        ref var rank = ref MemoryMarshal.GetArrayDataReference(_rank);
        ref var rows = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows), _base);
        var mask = Mask;
        if (_shortRows.Length == 0)
        {
            // The recogniser's 17 labels: one cache line per feature, two registers.
            var a = Vector256<float>.Zero;
            var b = Vector256<float>.Zero;
            foreach (var feature in features)
            {
                var offset = Row(ref rank, feature & mask) * 16;
                a += Vector256.LoadUnsafe(ref rows, offset);
                b += Vector256.LoadUnsafe(ref rows, offset + 8);
            }

            Span<float> sums = stackalloc float[16];
            a.CopyTo(sums);
            b.CopyTo(sums[8..]);
            scores[0] = 0;
            sums[..(scores.Length - 1)].CopyTo(scores[1..]);
            return;
        }

        ref var shortRows = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_shortRows), _base);
        Span<int> acc = stackalloc int[_width];
        acc.Clear();
        ref var sum = ref MemoryMarshal.GetReference(acc);
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

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = acc[c] * _unit;
        }
    }

    /// <summary>The row number of a bucket: 0 when unused, else 1 + the number of used buckets before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nuint Row(ref ulong rank, uint bucket)
    {
        var word = (nuint)(bucket >> 6) * 2;
        var bits = Unsafe.Add(ref rank, word);
        var below = bits & ((1UL << (int)(bucket & 63)) - 1);
        var used = (bits >> (int)(bucket & 63)) & 1;
        return (nuint)(used * (Unsafe.Add(ref rank, word + 1) + (ulong)BitOperations.PopCount(below) + 1));
    }

    public void Save(Stream stream)
    {
        var weights = Weights;
        var max = 0f;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var scale = max > 0 ? short.MaxValue / max : 1f;
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
        var rowOf = new int[buckets];
        var rank = new ulong[Math.Max(1, buckets / 64) * 2];
        var used = 0;
        for (var b = 0; b < buckets; b++)
        {
            if (b % 64 == 0)
            {
                rank[(b / 64 * 2) + 1] = (ulong)used;
            }

            if (raw.AsSpan(b * classes, classes).IndexOfAnyExcept((short)0) >= 0)
            {
                rowOf[b] = ++used;
                rank[b / 64 * 2] |= 1UL << (b % 64);
            }
        }

        if (classes - 1 != 16)
        {
            var shortWidth = (classes + 15) / 16 * 16;
            var shortRows = GC.AllocateArray<short>(((used + 1) * shortWidth) + 32, pinned: true);
            var shortStart = AlignedStart(shortRows);
            for (var b = 0; b < buckets; b++)
            {
                if (rowOf[b] != 0)
                {
                    raw.AsSpan(b * classes, classes).CopyTo(shortRows.AsSpan(shortStart + (rowOf[b] * shortWidth)));
                }
            }

            return new PerceptronModel(labels, bits, rank, [], shortRows, shortStart, shortWidth, used, unit);
        }

        // Pinned, so that the first row can be placed on a 64-byte boundary and stay there.
        var width = 16;
        var rows = GC.AllocateArray<float>(((used + 1) * width) + 16, pinned: true);
        var start = AlignedStart(rows);
        for (var b = 0; b < buckets; b++)
        {
            if (rowOf[b] == 0)
            {
                continue;
            }

            var row = raw.AsSpan(b * classes, classes);
            var target = rows.AsSpan(start + (rowOf[b] * width), width);
            for (var c = 1; c < classes; c++)
            {
                target[c - 1] = (row[c] - row[0]) * unit;
            }
        }

        return new PerceptronModel(labels, bits, rank, rows, [], start, width, used, unit);
    }

    private static int AlignedStart<T>(T[] pinned)
        where T : unmanaged
    {
        var handle = GCHandle.Alloc(pinned, GCHandleType.Pinned);
        try
        {
            var misalignment = (int)(handle.AddrOfPinnedObject() % 64);
            return misalignment == 0 ? 0 : (64 - misalignment) / Unsafe.SizeOf<T>();
        }
        finally
        {
            handle.Free();
        }
    }
}
