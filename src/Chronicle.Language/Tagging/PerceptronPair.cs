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
        if (!first.HasRelativeRows || !second.HasRelativeRows || first.Bits != second.Bits)
        {
            throw new ArgumentException("Both passes need compact recogniser-layout models over the same buckets.", nameof(second));
        }

        First = first;
        Second = second;
        _mask = first.Mask;
        var buckets = 1 << first.Bits;
        _rank = new NativeRows((nuint)(Math.Max(1, buckets / 64) * 2 * sizeof(ulong)));
        var rank = _rank.AsSpan<ulong>();
        Span<int> a = stackalloc int[Width];
        Span<int> b = stackalloc int[Width];
        var blocks = new List<int>();
        var used = 0;
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            if (bucket % 64 == 0)
            {
                rank[(bucket / 64 * 2) + 1] = (ulong)used;
            }

            first.CopyRow((uint)bucket, a);
            second.CopyRow((uint)bucket, b);
            if (a.IndexOfAnyExcept(0) >= 0 || b.IndexOfAnyExcept(0) >= 0)
            {
                used++;
                rank[bucket / 64 * 2] |= 1UL << (bucket % 64);
                blocks.Add(bucket);
            }
        }

        // Block 0 stays all zeros, for buckets neither model uses.
        _rows = new NativeRows((nuint)((used + 1) * 2 * Width * sizeof(int)));
        var rows = _rows.AsSpan<int>();
        for (var k = 0; k < blocks.Count; k++)
        {
            var block = rows.Slice((k + 1) * 2 * Width, 2 * Width);
            first.CopyRow((uint)blocks[k], block[..Width]);
            second.CopyRow((uint)blocks[k], block[Width..]);
        }
    }

    public PerceptronModel First { get; }

    public PerceptronModel Second { get; }

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
