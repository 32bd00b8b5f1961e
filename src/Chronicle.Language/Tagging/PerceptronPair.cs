using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Chronicle.Language.Tagging;

/// <summary>
/// The recogniser's two passes over one table: for every bucket either model uses, the first pass's row and the
/// second's side by side in one 128-byte block. Both passes score the same text features, so summing them together
/// reads each block once (two adjacent cache lines, fetched together) where two tables cost two scattered reads.
/// </summary>
internal sealed class PerceptronPair
{
    private const int Width = 16;

    private readonly NativeRows _rank;
    private readonly NativeRows _rows;
    private readonly uint _mask;

    public PerceptronPair(PerceptronModel first, PerceptronModel second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!CanPair(first, second))
        {
            throw new ArgumentException("Both passes need compact recogniser-layout models over the same buckets.", nameof(second));
        }

        First = first;
        Second = second;
        _mask = first.Mask;
        var buckets = 1 << first.Bits;
        _rank = PerceptronModel.RankIndex(buckets, b => first.Uses((uint)b) || second.Uses((uint)b), out var used);

        // Block 0 stays all zeros, for buckets neither model uses.
        _rows = new NativeRows((nuint)((used + 1) * 2 * Width * sizeof(int)));
        var rows = _rows.AsSpan<int>();
        ref var rank = ref _rank.Start<ulong>();
        for (var bucket = 0u; bucket < buckets; bucket++)
        {
            var index = (int)PerceptronModel.Row(ref rank, bucket);
            if (index != 0)
            {
                var block = rows.Slice(index * 2 * Width, 2 * Width);
                first.CopyRow(bucket, block[..Width]);
                second.CopyRow(bucket, block[Width..]);
            }
        }
    }

    public PerceptronModel First { get; }

    public PerceptronModel Second { get; }

    /// <summary>Whether two models can share one table: compact recogniser-layout rows over the same buckets.</summary>
    public static bool CanPair(PerceptronModel first, PerceptronModel second) =>
        first.HasRelativeRows && second.HasRelativeRows && first.Bits == second.Bits;

    /// <summary>Adds the weights of <paramref name="features"/> under both passes, into a partial sum for each.</summary>
    public void AddTo(ReadOnlySpan<uint> features, Span<int> firstSums, Span<int> secondSums)
    {
        if (firstSums.Length < Width || secondSums.Length < Width)
        {
            throw new ArgumentException("Each partial sum needs 16 integers.", nameof(firstSums));
        }

        ref var rank = ref _rank.Start<ulong>();
        ref var rows = ref _rows.Start<int>();
        ref var first = ref MemoryMarshal.GetReference(firstSums);
        ref var second = ref MemoryMarshal.GetReference(secondSums);
        var a = Vector256.LoadUnsafe(ref first);
        var b = Vector256.LoadUnsafe(ref first, 8);
        var c = Vector256.LoadUnsafe(ref second);
        var d = Vector256.LoadUnsafe(ref second, 8);
        var mask = _mask;
        foreach (var feature in features)
        {
            var offset = PerceptronModel.Row(ref rank, feature & mask) * (2 * Width);
            a += Vector256.LoadUnsafe(ref rows, offset);
            b += Vector256.LoadUnsafe(ref rows, offset + 8);
            c += Vector256.LoadUnsafe(ref rows, offset + 16);
            d += Vector256.LoadUnsafe(ref rows, offset + 24);
        }

        a.StoreUnsafe(ref first);
        b.StoreUnsafe(ref first, 8);
        c.StoreUnsafe(ref second);
        d.StoreUnsafe(ref second, 8);

        // The native tables are freed with this object: it must outlive the reads above.
        GC.KeepAlive(this);
    }
}
