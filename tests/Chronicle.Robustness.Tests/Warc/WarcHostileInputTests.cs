using System.Diagnostics;
using System.IO.Compression;
using Chronicle.Analysis;
using Chronicle.Corpus.Ingest;
using Chronicle.Corpus.Sources;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Robustness.Tests.Warc;

/// <summary>
/// Hostile WARC files: gzip bombs, lying lengths and truncated members. Each bad record becomes one error record
/// within the default size limits, and the good records of the same file are still read and ingested.
/// </summary>
public sealed class WarcHostileInputTests : IDisposable
{
    private const long TwoGiB = 2L << 30;
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-warc-hostile-").FullName;

    [Fact]
    public void The_test_bomb_really_inflates_to_zeros_after_its_header()
    {
        var prefix = WarcBuilder.ResponseHeader("bomb", "https://bomb.example/", TwoGiB);
        using var bomb = new MemoryStream();
        WarcBuilder.WriteBomb(bomb, prefix, TwoGiB);
        Assert.InRange(bomb.Length, 1, 20_000_000);

        bomb.Position = 0;
        using var inflated = new GZipStream(bomb, CompressionMode.Decompress);
        var head = new byte[prefix.Length + (8 << 20)];
        inflated.ReadExactly(head);
        Assert.Equal(prefix, head[..prefix.Length]);
        Assert.True(head.AsSpan(prefix.Length).IndexOfAnyExcept((byte)0) < 0);
    }

    [Fact]
    public void A_gzip_bomb_declaring_its_gigabytes_is_an_error_and_the_records_after_it_are_read()
    {
        var path = Write("bomb.warc.gz", file =>
        {
            file.Write(WarcBuilder.Member(Good(1)));
            WarcBuilder.WriteBomb(file, WarcBuilder.ResponseHeader("bomb", "https://bomb.example/", TwoGiB + 4), TwoGiB);
            file.Write(WarcBuilder.Member(Good(2)));
        });

        var inputs = ReadBounded(path);

        AssertRecords(inputs, ("good-1", null), ("bomb", "skip budget"), ("good-2", null));
    }

    [Fact]
    public void A_gzip_bomb_behind_a_small_content_length_is_an_error_and_the_records_after_it_are_read()
    {
        var path = Write("lying-bomb.warc.gz", file =>
        {
            file.Write(WarcBuilder.Member(Good(1)));
            WarcBuilder.WriteBomb(file, WarcBuilder.ResponseHeader("bomb", "https://bomb.example/", 1000), TwoGiB);
            file.Write(WarcBuilder.Member(Good(2)));
        });

        var inputs = ReadBounded(path);

        AssertRecords(inputs, ("good-1", null), ("bomb", "Content-Length"), ("good-2", null));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_content_length_shorter_or_longer_than_the_record_is_an_error_and_the_next_records_are_read(bool compressed)
    {
        var block = WarcBuilder.Http(WarcBuilder.Article("Short", "Three were hurt."));
        byte[][] records =
        [
            Good(1),
            WarcBuilder.Response("short", "https://short.example/", block, declaredLength: block.Length / 2),
            Good(2),
            WarcBuilder.Response("long", "https://long.example/", block, declaredLength: block.Length + 40),
            Good(3),
        ];
        var path = Write(compressed ? "lengths.warc.gz" : "lengths.warc", file =>
        {
            foreach (var record in records)
            {
                file.Write(compressed ? WarcBuilder.Member(record) : record);
            }
        });

        var inputs = ReadBounded(path);

        AssertRecords(inputs, ("good-1", null), ("short", "Content-Length"), ("good-2", null), ("long", "Content-Length"), ("good-3", null));
    }

    [Fact]
    public void A_truncated_gzip_member_is_an_error_and_the_next_member_is_read_even_at_the_end_of_the_file()
    {
        var cut = WarcBuilder.Member(WarcBuilder.Response("cut", "https://cut.example/", WarcBuilder.Http(WarcBuilder.Article("Cut", "Five were arrested."))));
        var last = WarcBuilder.Member(Good(3));
        var path = Write("truncated.warc.gz", file =>
        {
            file.Write(WarcBuilder.Member(Good(1)));
            file.Write(cut.AsSpan(0, cut.Length * 2 / 3));
            file.Write(WarcBuilder.Member(Good(2)));
            file.Write(last.AsSpan(0, last.Length - 30));
        });

        var inputs = ReadBounded(path);

        Assert.Equal(4, inputs.Count);
        AssertRecords(inputs[..3], ("good-1", null), ("cut", "WARC record skipped"), ("good-2", null));
        Assert.NotNull(inputs[3].Error);
    }

    [Fact]
    public async Task An_ingest_of_a_warc_with_every_hostile_record_stores_the_good_ones_and_one_error_for_each_bad_one()
    {
        var block = WarcBuilder.Http(WarcBuilder.Article("Short", "Three were hurt."));
        var cut = WarcBuilder.Member(WarcBuilder.Response("cut", "https://cut.example/", block));
        var path = Write("hostile.warc.gz", file =>
        {
            file.Write(WarcBuilder.Member(Good(1)));
            WarcBuilder.WriteBomb(file, WarcBuilder.ResponseHeader("bomb", "https://bomb.example/", TwoGiB + 4), TwoGiB);
            file.Write(WarcBuilder.Member(Good(2)));
            WarcBuilder.WriteBomb(file, WarcBuilder.ResponseHeader("lying-bomb", "https://bomb.example/2", 1000), TwoGiB);
            file.Write(WarcBuilder.Member(WarcBuilder.Response("short", "https://short.example/", block, declaredLength: 100)));
            file.Write(cut.AsSpan(0, cut.Length / 2));
            file.Write(WarcBuilder.Member(Good(3)));
        });

        await using var store = CorpusStoreFactory.Open(Path.Combine(_directory, "corpus.db"));
        // Extraction only: what is under test is reading and storing, not the annotation layers.
        var analyzer = new ChronicleAnalyzer(AnalyzerOptions.Default, new PipelineBuilder().Build());
        var ingestor = new CorpusIngestor(store, analyzer, IngestOptions.Default with { Workers = 2, Consolidate = false });
        var clock = Stopwatch.StartNew();
        var summary = await ingestor.RunAsync([path]);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"ingest took {clock.Elapsed}");
        Assert.Equal(3, summary.Totals.Added);
        Assert.Equal(4, summary.Totals.Failed);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static byte[] Good(int n) =>
        WarcBuilder.Response($"good-{n}", $"https://site{n}.example/story", WarcBuilder.Http(WarcBuilder.Article($"Report {n}", $"{n + 10} people were killed in district {n}.")));

    /// <summary>Reads every record with the default limits; a reader that inflated a bomb would allocate gigabytes.</summary>
    private static List<RawInput> ReadBounded(string path)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var inputs = WarcReader.Read(path, SourceLimits.Default, new ByteCounter()).ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 64L << 20, $"reading allocated {allocated} bytes");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"reading took {clock.Elapsed}");
        return inputs;
    }

    private static void AssertRecords(List<RawInput> inputs, params (string Id, string? Error)[] expected)
    {
        Assert.Equal(expected.Length, inputs.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.EndsWith($"#<urn:uuid:{expected[i].Id}>", inputs[i].SourceKey, StringComparison.Ordinal);
            if (expected[i].Error is { } error)
            {
                Assert.Contains(error, inputs[i].Error, StringComparison.Ordinal);
                Assert.Null(inputs[i].Bytes);
            }
            else
            {
                Assert.Null(inputs[i].Error);
                Assert.True(inputs[i].Bytes.AsSpan().IndexOf("people were killed"u8) >= 0, $"record {expected[i].Id} lost its page");
            }
        }
    }

    private string Write(string name, Action<FileStream> write)
    {
        var path = Path.Combine(_directory, name);
        using var file = File.Create(path);
        write(file);
        return path;
    }
}
