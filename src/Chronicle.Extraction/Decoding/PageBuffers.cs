using System.Buffers;

namespace Chronicle.Extraction.Decoding;

/// <summary>
/// The buffers pages are decoded and filtered in: a small pool of its own rather than <see cref="ArrayPool{T}.Shared"/>.
/// The shared pool also keeps one array of each size per thread, and an ingest runs analysis on whichever pool
/// threads are free, so page-sized arrays would pile up across every thread that ever read a page.
/// </summary>
internal static class PageBuffers
{
    /// <summary>Pages are capped at 4 MB of bytes, which never decode to more characters than that.</summary>
    public static readonly ArrayPool<char> Pool = ArrayPool<char>.Create(maxArrayLength: 4 * 1024 * 1024, maxArraysPerBucket: 4);
}
