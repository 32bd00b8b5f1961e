using System.Text;

namespace Chronicle.Fuzz;

/// <summary>
/// Seeded, reproducible mutations of a seed corpus: a fuzzer without coverage feedback, for CI runs that must be
/// bounded and repeatable and must not need AFL. The operators mirror AFL's havoc stage plus markup-aware tokens.
/// </summary>
public sealed class DeterministicMutator
{
    /// <summary>Inputs grow by splicing and duplication; past this they are cut so each run stays fast.</summary>
    public const int MaxLength = 16 * 1024;

    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xEF, 0xF0, 0xFE, 0xFF, (byte)'<', (byte)'>', (byte)'"', (byte)'&', (byte)'\n', (byte)'\r'];

    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "<br/>", "<table><tr><td>",
            "&amp;", "&#x", "&#0;", "&nbsp;", "<meta charset=\"shift_jis\">", "<meta http-equiv=\"content-type\" content=\"text/html; charset=koi8-r\">",
            "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\"", "'", " said ", " told reporters", "According to ",
            "\n\n", "\r\n", "\u2028", "\uFEFF", "\u200B", "Mr.", " U.S. ", "3,000", "killed", "\U0001F600", "\u0301",
        }.Select(Encoding.UTF8.GetBytes),
        [0xEF, 0xBB, 0xBF],
        [0xFF, 0xFE],
        [0xFE, 0xFF],
        [0xC3, 0x28],
        [0xED, 0xA0, 0x80],
    ];

    private readonly Random _random;

    public DeterministicMutator(int seed) => _random = new Random(seed);

    public byte[] Mutate(ReadOnlySpan<byte> input, IReadOnlyList<byte[]> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var data = new List<byte>(input.Length + 64);
        foreach (var b in input)
        {
            data.Add(b);
        }

        var rounds = 1 + _random.Next(4);
        for (var round = 0; round < rounds; round++)
        {
            Apply(data, corpus);
        }

        if (data.Count > MaxLength)
        {
            data.RemoveRange(MaxLength, data.Count - MaxLength);
        }

        return [.. data];
    }

    private void Apply(List<byte> data, IReadOnlyList<byte[]> corpus)
    {
        var position = data.Count == 0 ? 0 : _random.Next(data.Count + 1);
        switch (_random.Next(9))
        {
            case 0 when data.Count > 0:
                var bit = Math.Min(position, data.Count - 1);
                data[bit] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[Math.Min(position, data.Count - 1)] = (byte)_random.Next(256);
                break;
            case 2 when data.Count > 0:
                data[Math.Min(position, data.Count - 1)] = InterestingBytes[_random.Next(InterestingBytes.Length)];
                break;
            case 3 when data.Count > 0:
                var start = Math.Min(position, data.Count - 1);
                data.RemoveRange(start, Math.Min(data.Count - start, 1 + _random.Next(64)));
                break;
            case 4 when data.Count > 0:
                var from = _random.Next(data.Count);
                var length = Math.Min(data.Count - from, 1 + _random.Next(256));
                var chunk = data.GetRange(from, length);
                var times = 1 + _random.Next(8);
                for (var i = 0; i < times; i++)
                {
                    data.InsertRange(position, chunk);
                }

                break;
            case 5 when corpus.Count > 0:
                var other = corpus[_random.Next(corpus.Count)];
                var cut = other.Length == 0 ? 0 : _random.Next(other.Length);
                data.RemoveRange(position, data.Count - position);
                data.AddRange(other.AsSpan(cut).ToArray());
                break;
            case 6 when data.Count > 0:
                data.RemoveRange(position, data.Count - position);
                break;
            case 7:
                // Deep nesting: a markup token repeated many times.
                var opener = Tokens[_random.Next(11)];
                var count = 1 + _random.Next(2000);
                var nested = new byte[opener.Length * count];
                for (var i = 0; i < count; i++)
                {
                    opener.CopyTo(nested, i * opener.Length);
                }

                data.InsertRange(position, nested);
                break;
            default:
                data.InsertRange(position, Tokens[_random.Next(Tokens.Length)]);
                break;
        }
    }
}
