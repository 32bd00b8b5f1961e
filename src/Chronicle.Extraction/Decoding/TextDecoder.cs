using System.Text;

namespace Chronicle.Extraction.Decoding;

/// <summary>Bytes to text. Never throws on invalid bytes: they become U+FFFD and are reported.</summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

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

    /// <summary>
    /// Decodes with a BOM if present, else the <paramref name="declared"/> encoding, else UTF-8 when the bytes are
    /// valid UTF-8, else a statistical guess.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? declared = null)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return Lenient(bytes[3..], Encoding.UTF8, EncodingSource.ByteOrderMark);
        }

        if (HasUtf16Bom(bytes))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Lenient(bytes[2..], encoding, EncodingSource.ByteOrderMark);
        }

        var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0;
        if (declared is not null && (declared.CodePage == Encoding.UTF8.CodePage || ascii))
        {
            return Lenient(bytes, declared, EncodingSource.Declared);
        }

        if (TryStrictUtf8(bytes, out var utf8))
        {
            // Valid UTF-8 with multi-byte sequences is almost never a legacy encoding, whatever the page declares.
            return new DecodedText(utf8, Encoding.UTF8, declared is null ? EncodingSource.Default : EncodingSource.Declared, false);
        }

        return declared is not null
            ? Lenient(bytes, declared, EncodingSource.Declared)
            : Lenient(bytes, EncodingGuesser.Guess(bytes), EncodingSource.Guessed);
    }

    /// <summary>Decodes a web page: a BOM first, then the page's own declaration, then a guess.</summary>
    public static DecodedText DecodeHtml(ReadOnlySpan<byte> bytes) =>
        Decode(bytes, HasUtf16Bom(bytes) || bytes.StartsWith(Utf8Bom) ? null : CharsetSniffer.FindDeclared(bytes));

    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = string.Empty;
            return false;
        }

        text = StrictUtf8.GetString(bytes);
        return true;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static DecodedText Lenient(ReadOnlySpan<byte> bytes, Encoding encoding, EncodingSource source)
    {
        var text = encoding.GetString(bytes);
        return new DecodedText(text, encoding, source, text.Contains('\uFFFD', StringComparison.Ordinal));
    }
}
