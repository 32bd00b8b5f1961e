using System.IO.Compression;
using System.Runtime.InteropServices;
using Chronicle.Language.Tagging;

namespace Chronicle.Language.Syntax;

/// <summary>
/// The parser's transition weights: <c>2^bits</c> hashed buckets × the four arc-eager actions. Stored gzipped and
/// quantised to 16 bits (numbers only, no text); loaded, every bucket is one 8-byte row holding its four weights, so
/// a feature costs one read from a table small enough (2^20 buckets: 8 MB) to stay mostly in cache.
/// </summary>
internal sealed class ActionWeights
{
    private const int Magic = 0x43485041; // "CHPA"
    private const int Classes = ParseState.Actions;

    private readonly float[]? _dense;
    private readonly NativeRows? _rank;
    private readonly NativeRows? _rows;
    private readonly float _unit;

    public ActionWeights(int bits, float[] weights)
    {
        Bits = bits;
        Mask = (1u << bits) - 1;
        _dense = weights;
    }

    private ActionWeights(int bits, NativeRows rank, NativeRows rows, float unit, int used)
    {
        Bits = bits;
        Mask = (1u << bits) - 1;
        _rank = rank;
        _rows = rows;
        _unit = unit;
        UsedBuckets = used;
    }

    public int Bits { get; }

    public uint Mask { get; }

    public int UsedBuckets { get; }

    public float[] Weights => _dense ?? throw new InvalidOperationException("A loaded model keeps compact weights only.");

    /// <summary>The four action scores of <paramref name="features"/>.</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (_dense is not null)
        {
            float a = 0, b = 0, c = 0, d = 0;
            foreach (var feature in features)
            {
                var row = (int)(feature & Mask) * Classes;
                a += _dense[row];
                b += _dense[row + 1];
                c += _dense[row + 2];
                d += _dense[row + 3];
            }

            (scores[0], scores[1], scores[2], scores[3]) = (a, b, c, d);
            return;
        }

        Span<int> sums = stackalloc int[Classes];
        sums.Clear();
        AddTo(features, sums);
        ToScores(sums, scores);
    }

    /// <summary>Whether this is a loaded (compact) model, which sums integer weights (<see cref="AddTo"/>).</summary>
    public bool IsCompact => _rows is not null;

    /// <summary>
    /// Adds the four integer action weights of <paramref name="features"/> to <paramref name="sums"/> (compact models
    /// only). Integer sums do not depend on order, so a score may be summed in parts and parts reused.
    /// </summary>
    public void AddTo(ReadOnlySpan<uint> features, Span<int> sums)
    {
        ref var rank = ref _rank!.Start<ulong>();
        ref var rows = ref _rows!.Start<long>();
        int s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var mask = Mask;
        foreach (var feature in features)
        {
            var packed = System.Runtime.CompilerServices.Unsafe.Add(ref rows, PerceptronModel.Row(ref rank, feature & mask));
            s0 += (short)packed;
            s1 += (short)(packed >> 16);
            s2 += (short)(packed >> 32);
            s3 += (short)(packed >> 48);
        }

        GC.KeepAlive(this);
        sums[0] += s0;
        sums[1] += s1;
        sums[2] += s2;
        sums[3] += s3;
    }

    /// <summary>The action scores of integer sums from <see cref="AddTo"/>.</summary>
    public void ToScores(ReadOnlySpan<int> sums, Span<float> scores)
    {
        for (var a = 0; a < Classes; a++)
        {
            scores[a] = sums[a] * _unit;
        }
    }

    public void Save(Stream stream)
    {
        var weights = Weights;
        var scale = PerceptronModel.QuantisationScale(weights);
        var raw = new short[weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            raw[k] = (short)Math.Round(weights[k] * scale);
        }

        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Bits);
        writer.Write(scale);
        writer.Write(MemoryMarshal.AsBytes(raw.AsSpan()));
    }

    public static ActionWeights Load(Stream stream)
    {
        var (bits, scale, raw) = ReadRaw(stream);
        return Compact(bits, raw, 1 / scale);
    }

    /// <summary>The stored bucket count (as bits), quantisation scale and 16-bit weights.</summary>
    internal static (int Bits, float Scale, short[] Raw) ReadRaw(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("Not a Chronicle parser model.");
        }

        var bits = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var raw = new short[(1 << bits) * Classes];
        buffered.ReadExactly(MemoryMarshal.AsBytes(raw.AsSpan()));
        return (bits, scale, raw);
    }

    /// <summary>The compact form of this (dense, training) model, as <see cref="Load"/> would give it.</summary>
    public ActionWeights Compact()
    {
        using var memory = new MemoryStream();
        Save(memory);
        memory.Position = 0;
        return Load(memory);
    }

    /// <summary>The compact form of quantised weights: a rank index over the buckets and one 8-byte row per used bucket (row 0 all zeros).</summary>
    internal static ActionWeights Compact(int bits, short[] raw, float unit)
    {
        var buckets = 1 << bits;
        var rankTable = PerceptronModel.RankIndex(buckets, b => raw.AsSpan(b * Classes, Classes).IndexOfAnyExcept((short)0) >= 0, out var used);
        ref var rank = ref rankTable.Start<ulong>();
        var table = new NativeRows((nuint)((used + 1) * Classes * sizeof(short)));
        var rows = table.AsSpan<short>();
        for (var b = 0; b < buckets; b++)
        {
            var row = (int)PerceptronModel.Row(ref rank, (uint)b);
            if (row != 0)
            {
                raw.AsSpan(b * Classes, Classes).CopyTo(rows[(row * Classes)..]);
            }
        }

        return new ActionWeights(bits, rankTable, table, unit, used);
    }
}
