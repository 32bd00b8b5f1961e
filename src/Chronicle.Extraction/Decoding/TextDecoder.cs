using System.Text;

namespace Chronicle.Extraction.Decoding;

/// <summary>Bytes to text. Never throws on invalid bytes: they become U+FFFD and are reported.</summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>True when the bytes look like binary data (NUL bytes or many control characters near the start).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (HasUtf16Bom(bytes))
        {
            return false;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return sample.Length > 0 && control * 10 > sample.Length;
    }

    /// <summary>Decodes with a BOM if present, else UTF-8 when the bytes are valid UTF-8, else windows-1252.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? declared = null)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            return Lenient(bytes[3..], Encoding.UTF8, EncodingSource.ByteOrderMark);
        }

        if (HasUtf16Bom(bytes))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Lenient(bytes[2..], encoding, EncodingSource.ByteOrderMark);
        }

        if (declared is not null)
        {
            return Lenient(bytes, declared, EncodingSource.Declared);
        }

        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), Encoding.UTF8, EncodingSource.Default, false);
        }
        catch (DecoderFallbackException)
        {
            return Lenient(bytes, Encoding.GetEncoding(1252), EncodingSource.Guessed);
        }
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static DecodedText Lenient(ReadOnlySpan<byte> bytes, Encoding encoding, EncodingSource source)
    {
        var text = encoding.GetString(bytes);
        return new DecodedText(text, encoding, source, text.Contains('\uFFFD', StringComparison.Ordinal));
    }
}
