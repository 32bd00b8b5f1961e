using System.Runtime.CompilerServices;

namespace Chronicle.Language.Tagging;

/// <summary>
/// A read-only map from 64-bit text hashes to 64-bit values: open addressing with linear probing over one array of
/// key–value pairs on huge pages (<see cref="NativeRows"/>). Every token of every document is looked up in several
/// such tables; a general dictionary costs two or three cache misses per look-up, this one usually one.
/// </summary>
internal sealed class HashTable
{
    private const ulong Mix = 0x9E3779B97F4A7C15UL;

    // Slot k holds its key at 2k and its value at 2k + 1; key 0 marks an empty slot, so a real key 0 is kept aside.
    private readonly NativeRows _slots;
    private readonly ulong _mask;
    private readonly int _shift;
    private readonly bool _hasZero;
    private readonly ulong _zeroValue;

    public HashTable(IReadOnlyCollection<KeyValuePair<ulong, ulong>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        // At most half full: probe runs stay short.
        var bits = Math.Max(4, 64 - ulong.LeadingZeroCount((ulong)Math.Max(1, entries.Count * 2) - 1));
        _shift = 64 - (int)bits;
        _mask = (1UL << (int)bits) - 1;
        _slots = new NativeRows((nuint)(2 * sizeof(ulong)) << (int)bits);
        var slots = _slots.AsSpan<ulong>();
        foreach (var (key, value) in entries)
        {
            if (key == 0)
            {
                (_hasZero, _zeroValue) = (true, value);
                Count++;
                continue;
            }

            var k = (key * Mix) >> _shift;
            while (slots[(int)(2 * k)] != 0 && slots[(int)(2 * k)] != key)
            {
                k = (k + 1) & _mask;
            }

            Count += slots[(int)(2 * k)] == 0 ? 1 : 0;
            slots[(int)(2 * k)] = key;
            slots[(int)((2 * k) + 1)] = value;
        }
    }

    public int Count { get; }

    /// <summary>The value stored for <paramref name="key"/>, or 0.</summary>
    public ulong Get(ulong key)
    {
        if (key == 0)
        {
            return _hasZero ? _zeroValue : 0;
        }

        ref var slots = ref _slots.Start<ulong>();
        var k = (nuint)((key * Mix) >> _shift);
        ulong found;
        while ((found = Unsafe.Add(ref slots, 2 * k)) != key)
        {
            if (found == 0)
            {
                GC.KeepAlive(this);
                return 0;
            }

            k = (k + 1) & (nuint)_mask;
        }

        var value = Unsafe.Add(ref slots, (2 * k) + 1);
        GC.KeepAlive(this);
        return value;
    }
}
