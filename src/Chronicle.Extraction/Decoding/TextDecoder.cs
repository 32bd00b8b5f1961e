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
        var choice = Choose(bytes, declared);
        var body = bytes[choice.Skip..];
        if (choice.ValidUtf8)
        {
            return new DecodedText(StrictUtf8.GetString(body), choice.Encoding, choice.Source, false);
        }

        var text = choice.Encoding.GetString(body);
        return new DecodedText(text, choice.Encoding, choice.Source, text.Contains('\uFFFD', StringComparison.Ordinal));
    }

    /// <summary>Decodes a web page: a BOM first, then the page's own declaration, then a guess.</summary>
    public static DecodedText DecodeHtml(ReadOnlySpan<byte> bytes) => Decode(bytes, DeclaredInPage(bytes));

    /// <summary>
    /// As <see cref="DecodeHtml"/>, into a buffer rented from <see cref="PageBuffers.Pool"/> that the caller returns:
    /// pages run to hundreds of kilobytes, and a string that size is garbage the moment the page is parsed.
    /// </summary>
    internal static DecodedBuffer DecodeHtmlPooled(ReadOnlySpan<byte> bytes)
    {
        var choice = Choose(bytes, DeclaredInPage(bytes));
        var body = bytes[choice.Skip..];

        // Valid UTF-8 never decodes to more UTF-16 units than it has bytes, which saves a counting pass, and holds
        // U+FFFD only where its bytes spell it, which a byte search finds faster than a search of the text.
        var validUtf8Body = !choice.ValidUtf8 && choice.Encoding.CodePage == Encoding.UTF8.CodePage && System.Text.Unicode.Utf8.IsValid(body);
        var buffer = PageBuffers.Pool.Rent(choice.ValidUtf8 || validUtf8Body ? body.Length : choice.Encoding.GetCharCount(body));
        var length = choice.Encoding.GetChars(body, buffer);
        var invalid = validUtf8Body ? body.IndexOf("\uFFFD"u8) >= 0 : !choice.ValidUtf8 && buffer.AsSpan(0, length).Contains('\uFFFD');
        return new DecodedBuffer(buffer, length, choice.Encoding, choice.Source, invalid);
    }

    private static Encoding? DeclaredInPage(ReadOnlySpan<byte> bytes) =>
        HasUtf16Bom(bytes) || bytes.StartsWith(Utf8Bom) ? null : CharsetSniffer.FindDeclared(bytes);

    /// <summary>The encoding to decode with, how it was chosen, the BOM bytes to skip, and whether the bytes are known valid UTF-8.</summary>
    private static (Encoding Encoding, EncodingSource Source, int Skip, bool ValidUtf8) Choose(ReadOnlySpan<byte> bytes, Encoding? declared)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return (Encoding.UTF8, EncodingSource.ByteOrderMark, 3, false);
        }

        if (HasUtf16Bom(bytes))
        {
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode, EncodingSource.ByteOrderMark, 2, false);
        }

        if (declared is not null && (declared.CodePage == Encoding.UTF8.CodePage || bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0))
        {
            return (declared, EncodingSource.Declared, 0, false);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // Valid UTF-8 with multi-byte sequences is almost never a legacy encoding, whatever the page declares.
            return (Encoding.UTF8, declared is null ? EncodingSource.Default : EncodingSource.Declared, 0, true);
        }

        return declared is not null
            ? (declared, EncodingSource.Declared, 0, false)
            : (EncodingGuesser.Guess(bytes), EncodingSource.Guessed, 0, false);
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
