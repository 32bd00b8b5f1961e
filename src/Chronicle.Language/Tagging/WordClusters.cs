using System.IO.Compression;
using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Tagging;

/// <summary>
/// Distributional word clusters at three granularities (ids 1-based, 0 for a word without a cluster), keyed by
/// the hash of the lower-case word. Built by <c>tools/train-ner.sh</c> from unlabelled text; read-only and
/// thread-safe.
/// </summary>
internal sealed class WordClusters
{
    private const int Magic = 0x43484B4D; // "CHKM"

    private static readonly Lazy<WordClusters> Shared = new(LoadDefault);

    private readonly HashTable _clusters;

    public WordClusters(Dictionary<ulong, ulong> clusters)
    {
        _clusters = new HashTable(clusters);
    }

    /// <summary>The embedded table, or an empty one when the assembly carries none.</summary>
    public static WordClusters Default => Shared.Value;

    public int Count => _clusters.Count;

    /// <summary>The three cluster ids of a word (by its lower-case hash), 16 bits each, coarsest lowest.</summary>
    public ulong Of(ulong lowerHash) => _clusters.Get(lowerHash);

    public static void Save(Stream stream, ReadOnlySpan<ulong> hashes, ReadOnlySpan<ulong> clusters)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(hashes.Length);
        for (var i = 0; i < hashes.Length; i++)
        {
            writer.Write(hashes[i]);
            writer.Write(clusters[i]);
        }
    }

    public static WordClusters Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("Not a Chronicle word-cluster table.");
        }

        var count = reader.ReadInt32();
        var clusters = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            clusters[reader.ReadUInt64()] = reader.ReadUInt64();
        }

        return new WordClusters(clusters);
    }

    private static WordClusters LoadDefault()
    {
        using var stream = ResourceFiles.TryOpen("clusters.bin.gz");
        return stream is null ? new WordClusters([]) : Load(stream);
    }
}
