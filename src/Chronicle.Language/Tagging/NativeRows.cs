using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Chronicle.Language.Tagging;

/// <summary>
/// A model's weight rows in native memory aligned to 2 MB and, on Linux, advised onto transparent huge pages.
/// </summary>
/// <remarks>
/// Scoring reads one row per feature at random over tens of megabytes. With 4 KB pages almost every such read also
/// misses the TLB, and a page walk costs more than the read itself (twice over in a virtual machine); with 2 MB pages
/// the whole table needs a handful of TLB entries. Where the advice is refused the memory works the same, only slower.
/// The rows live as long as their model, so they are freed by the finalizer rather than through IDisposable.
/// </remarks>
internal sealed unsafe partial class NativeRows
{
    private const nuint HugePage = 2 * 1024 * 1024;
    private const int MadviseHugePage = 14;

    private readonly nuint _size;
    private void* _memory;

    public NativeRows(nuint bytes)
    {
        Bytes = bytes;
        _size = Math.Max(HugePage, (bytes + HugePage - 1) / HugePage * HugePage);
        _memory = NativeMemory.AlignedAlloc(_size, HugePage);

        // The advice must come before the first write: the first touch of each 2 MB range is what maps a huge page.
        if (OperatingSystem.IsLinux())
        {
            _ = Madvise(_memory, _size, MadviseHugePage);
        }

        NativeMemory.Clear(_memory, _size);
        GC.AddMemoryPressure((long)_size);
    }

    ~NativeRows()
    {
        NativeMemory.AlignedFree(_memory);
        _memory = null;
        GC.RemoveMemoryPressure((long)_size);
    }

    /// <summary>The usable size, as asked for.</summary>
    public nuint Bytes { get; }

    /// <summary>The rows as <typeparamref name="T"/> values, for filling.</summary>
    public Span<T> AsSpan<T>()
        where T : unmanaged => new(_memory, checked((int)(Bytes / (nuint)sizeof(T))));

    /// <summary>The first value, for unchecked reads on the hot path (the caller keeps this object alive).</summary>
    public ref T Start<T>()
        where T : unmanaged => ref Unsafe.AsRef<T>(_memory);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
