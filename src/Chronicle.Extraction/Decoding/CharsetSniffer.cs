using System.Text;

namespace Chronicle.Extraction.Decoding;

/// <summary>
/// Finds a declared encoding in the first bytes of a page: <c>&lt;meta charset&gt;</c>,
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> or an XML declaration.
/// </summary>
public static class CharsetSniffer
{
    /// <summary>Browsers look at the first 1024 bytes; real pages put long scripts first, so we look further.</summary>
    private const int PrescanBytes = 8192;

    private static readonly System.Buffers.SearchValues<byte> ValueEnd = System.Buffers.SearchValues.Create(" \t\r\n\"';/>"u8);

    /// <summary>The declared encoding, or null when nothing usable is declared.</summary>
    public static Encoding? FindDeclared(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        if (sample.StartsWith("<?xml"u8))
        {
            var end = sample.IndexOf("?>"u8);
            if (end > 0 && ValueAfter(sample[..end], "encoding"u8) is { } xmlLabel && EncodingLabels.Resolve(xmlLabel) is { } xml)
            {
                return xml;
            }
        }

        var position = 0;
        while (position < sample.Length)
        {
            var meta = IndexOfIgnoreCase(sample[position..], "<meta"u8);
            if (meta < 0)
            {
                return null;
            }

            var start = position + meta + 5;
            var close = sample[start..].IndexOf((byte)'>');
            var tag = close < 0 ? sample[start..] : sample[start..(start + close)];
            if (ValueAfter(tag, "charset"u8) is { } label && EncodingLabels.Resolve(label) is { } declared)
            {
                return declared;
            }

            position = close < 0 ? sample.Length : start + close + 1;
        }

        return null;
    }

    /// <summary>The value after <c>name=</c> (quoted or not) inside a tag, or null.</summary>
    private static string? ValueAfter(ReadOnlySpan<byte> tag, ReadOnlySpan<byte> name)
    {
        var at = IndexOfIgnoreCase(tag, name);
        if (at < 0)
        {
            return null;
        }

        var rest = tag[(at + name.Length)..].TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || rest[0] != (byte)'=')
        {
            return null;
        }

        rest = rest[1..].TrimStart(" \t\r\n\"'"u8);
        var end = rest.IndexOfAny(ValueEnd);
        var value = end < 0 ? rest : rest[..end];
        return value.IsEmpty || value.Length > 40 ? null : Encoding.ASCII.GetString(value);
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var i = 0; i + lowerNeedle.Length <= haystack.Length; i++)
        {
            var matched = true;
            for (var j = 0; j < lowerNeedle.Length; j++)
            {
                var b = haystack[i + j];
                if ((b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b) != lowerNeedle[j])
                {
                    matched = false;
                    break;
                }
            }

            if (matched)
            {
                return i;
            }
        }

        return -1;
    }
}
