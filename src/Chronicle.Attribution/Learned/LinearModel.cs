using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Chronicle.Attribution.Learned;

/// <summary>
/// A linear multi-class model over hashed features (<c>2^bits</c> buckets × classes). Stored gzipped as the used buckets
/// with 16-bit weights and one scale, so the file holds numbers only. A loaded model scores from those 16-bit weights,
/// one row per feature padded to 4 or 8 classes, so a lookup touches one cache line of a table half the size; each
/// weight is widened and scaled exactly as loading to floats would, and summed per class in the same order, so the
/// scores are the same floats.
/// </summary>
internal sealed class LinearModel
{
    private const int Magic = 0x41545452; // "ATTR"

    public LinearModel(int bits, int classes, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != (1 << bits) * classes)
        {
            throw new ArgumentException("weights do not match bits × classes", nameof(weights));
        }

        Bits = bits;
        Classes = classes;
        Mask = (1u << bits) - 1;
        _weights = weights;
    }

    /// <summary>A loaded model: it keeps only the 16-bit rows, not a float copy of them.</summary>
    private LinearModel(int bits, int classes, short[] rows, int stride, float unit)
    {
        Bits = bits;
        Classes = classes;
        Mask = (1u << bits) - 1;
        _rows = rows;
        _stride = stride;
        _unit = unit;
    }

    /// <summary>The loaded 16-bit weights, <see cref="_stride"/> per row (zeros past <see cref="Classes"/>); null for a model built from floats.</summary>
    private readonly short[]? _rows;
    private readonly int _stride;
    private readonly float _unit;

    /// <summary>The float weights of a model built in memory; null for a loaded one.</summary>
    private readonly float[]? _weights;

    public int Bits { get; }

    public int Classes { get; }

    public uint Mask { get; }

    /// <summary>
    /// The weights as floats, <see cref="Classes"/> per bucket. A loaded model does not keep them (they would double its
    /// memory): this widens its 16-bit rows into a new array, for tools and tests.
    /// </summary>
    public float[] Weights => _weights ?? Widen();

    private float[] Widen()
    {
        var weights = new float[(1 << Bits) * Classes];
        for (var r = 0; r < 1 << Bits; r++)
        {
            for (var c = 0; c < Classes; c++)
            {
                weights[(r * Classes) + c] = _rows![(r * _stride) + c] * _unit;
            }
        }

        return weights;
    }

    /// <summary>Sums the weights of <paramref name="features"/> into <paramref name="scores"/> (one per class).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (_rows is not null)
        {
            ScoreRows(features, scores);
            return;
        }

        scores[..Classes].Clear();
        var weights = _weights.AsSpan();
        foreach (var feature in features)
        {
            var row = weights.Slice((int)(feature & Mask) * Classes, Classes);
            for (var c = 0; c < row.Length; c++)
            {
                scores[c] += row[c];
            }
        }
    }

    private void ScoreRows(ReadOnlySpan<uint> features, Span<float> scores)
    {
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows!);
        var unit = Vector128.Create(_unit);
        var mask = Mask;
        if (_stride == 4)
        {
            var sum = Vector128<float>.Zero;
            foreach (var feature in features)
            {
                var packed = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<short, byte>(ref Unsafe.Add(ref rows, (nint)((feature & mask) * 4))));
                var row = Vector128.WidenLower(Vector128.CreateScalarUnsafe(packed).AsInt16());
                sum += Vector128.ConvertToSingle(row) * unit;
            }

            for (var c = 0; c < Classes; c++)
            {
                scores[c] = sum[c];
            }

            return;
        }

        var low = Vector128<float>.Zero;
        var high = Vector128<float>.Zero;
        foreach (var feature in features)
        {
            var row = Vector128.LoadUnsafe(ref rows, (nuint)((feature & mask) * 8));
            low += Vector128.ConvertToSingle(Vector128.WidenLower(row)) * unit;
            high += Vector128.ConvertToSingle(Vector128.WidenUpper(row)) * unit;
        }

        for (var c = 0; c < Classes; c++)
        {
            scores[c] = c < 4 ? low[c] : high[c - 4];
        }
    }

    /// <summary>The best class, with a bias towards none: ties go to the lowest class.</summary>
    public int Best(ReadOnlySpan<uint> features, Span<float> scores)
    {
        Score(features, scores);
        var best = 0;
        for (var c = 1; c < Classes; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    public void Save(Stream stream)
    {
        var all = Weights;
        var max = 0f;
        foreach (var w in all)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var unit = max > 0 ? max / short.MaxValue : 1f;
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Bits);
        writer.Write(Classes);
        writer.Write(unit);
        var rows = 1 << Bits;
        var used = 0;
        for (var r = 0; r < rows; r++)
        {
            used += Used(all, r, unit) ? 1 : 0;
        }

        writer.Write(used);
        var previous = 0;
        for (var r = 0; r < rows; r++)
        {
            if (!Used(all, r, unit))
            {
                continue;
            }

            writer.Write7BitEncodedInt(r - previous);
            previous = r;
            for (var c = 0; c < Classes; c++)
            {
                writer.Write((short)Math.Round(all[(r * Classes) + c] / unit));
            }
        }
    }

    public static LinearModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("not an attribution model");
        }

        var bits = reader.ReadInt32();
        var classes = reader.ReadInt32();
        var unit = reader.ReadSingle();
        var used = reader.ReadInt32();
        var stride = classes <= 4 ? 4 : classes <= 8 ? 8 : 0;
        var weights = stride == 0 ? new float[(1 << bits) * classes] : null;
        var rows = stride == 0 ? null : new short[(1 << bits) * stride];
        var row = 0;
        for (var k = 0; k < used; k++)
        {
            row += reader.Read7BitEncodedInt();
            for (var c = 0; c < classes; c++)
            {
                var weight = reader.ReadInt16();
                if (rows is not null)
                {
                    rows[(row * stride) + c] = weight;
                }
                else
                {
                    weights![(row * classes) + c] = weight * unit;
                }
            }
        }

        return rows is null ? new LinearModel(bits, classes, weights!) : new LinearModel(bits, classes, rows, stride, unit);
    }

    private bool Used(float[] weights, int row, float unit)
    {
        for (var c = 0; c < Classes; c++)
        {
            if (Math.Abs(weights[(row * Classes) + c]) >= unit * 0.5f)
            {
                return true;
            }
        }

        return false;
    }
}
