using System.Collections.Immutable;
using System.IO.Compression;
using System.Numerics;
using System.Text;

namespace Chronicle.Language.Tagging;

/// <summary>
/// A linear multi-class model over hashed features: <c>2^bits</c> buckets × classes weights. Stored gzipped,
/// quantised to 16 bits, so the file holds numbers only (no training text).
/// </summary>
internal sealed class PerceptronModel
{
    private const int Magic = 0x43485043; // "CHPC"

    public PerceptronModel(ImmutableArray<string> labels, int bits, float[] weights)
    {
        Labels = labels;
        Bits = bits;
        Mask = (1u << bits) - 1;
        Weights = weights;
    }

    public ImmutableArray<string> Labels { get; }

    public int Classes => Labels.Length;

    public int Bits { get; }

    public uint Mask { get; }

    /// <summary>Row-major: bucket × classes.</summary>
    public float[] Weights { get; }

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        var classes = Classes;
        var weights = Weights.AsSpan();
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

    public void Save(Stream stream)
    {
        var max = 0f;
        foreach (var w in Weights)
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
        foreach (var w in Weights)
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
        var weights = new float[(1 << bits) * count];
        var raw = new byte[weights.Length * 2];
        buffered.ReadExactly(raw);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (short)(raw[2 * i] | raw[2 * i + 1] << 8) / scale;
        }

        return new PerceptronModel(labels.MoveToImmutable(), bits, weights);
    }
}
