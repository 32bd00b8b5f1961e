using System.IO.Compression;

namespace Chronicle.Attribution.Learned;

/// <summary>
/// A linear multi-class model over hashed features (<c>2^bits</c> buckets × classes). Stored gzipped as the used buckets
/// with 16-bit weights and one scale, so the file holds numbers only.
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
        Weights = weights;
    }

    public int Bits { get; }

    public int Classes { get; }

    public uint Mask { get; }

    public float[] Weights { get; }

    /// <summary>Sums the weights of <paramref name="features"/> into <paramref name="scores"/> (one per class).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        var weights = Weights.AsSpan();
        foreach (var feature in features)
        {
            var row = weights.Slice((int)(feature & Mask) * Classes, Classes);
            for (var c = 0; c < row.Length; c++)
            {
                scores[c] += row[c];
            }
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
        var max = 0f;
        foreach (var w in Weights)
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
            used += Used(r, unit) ? 1 : 0;
        }

        writer.Write(used);
        var previous = 0;
        for (var r = 0; r < rows; r++)
        {
            if (!Used(r, unit))
            {
                continue;
            }

            writer.Write7BitEncodedInt(r - previous);
            previous = r;
            for (var c = 0; c < Classes; c++)
            {
                writer.Write((short)Math.Round(Weights[(r * Classes) + c] / unit));
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
        var weights = new float[(1 << bits) * classes];
        var row = 0;
        for (var k = 0; k < used; k++)
        {
            row += reader.Read7BitEncodedInt();
            for (var c = 0; c < classes; c++)
            {
                weights[(row * classes) + c] = reader.ReadInt16() * unit;
            }
        }

        return new LinearModel(bits, classes, weights);
    }

    private bool Used(int row, float unit)
    {
        for (var c = 0; c < Classes; c++)
        {
            if (Math.Abs(Weights[(row * Classes) + c]) >= unit * 0.5f)
            {
                return true;
            }
        }

        return false;
    }
}
