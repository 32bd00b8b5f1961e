using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Chronicle.Robustness.Tests.Warc;

/// <summary>Writes WARC records and gzip members for the tests, including hostile ones.</summary>
internal static class WarcBuilder
{
    public static byte[] Article(string title, string sentence) =>
        Encoding.UTF8.GetBytes(
            $"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + $"<p>{sentence} Officials gave the figures on Tuesday after a long night of work at the site.</p>"
            + $"<p>Rescue teams searched the area until dawn, and the regional governor visited the families.</p>"
            + $"<p>\"We will rebuild every house,\" the governor told reporters outside the hospital.</p></article></body></html>");

    public static byte[] Http(byte[] body, string contentType = "text/html; charset=utf-8") =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n"), .. body];

    /// <summary>The header of a response record; <paramref name="declaredLength"/> is what it claims, true or not.</summary>
    public static byte[] ResponseHeader(string id, string uri, long declaredLength) =>
        Encoding.ASCII.GetBytes(
            $"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2016-12-13T10:00:00Z\r\n"
            + $"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
            + $"Content-Length: {declaredLength.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");

    public static byte[] Response(string id, string uri, byte[] httpBlock, long? declaredLength = null) =>
        [.. ResponseHeader(id, uri, declaredLength ?? httpBlock.Length), .. httpBlock, .. "\r\n\r\n"u8];

    public static byte[] Member(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Writes one gzip member holding <paramref name="prefix"/> followed by <paramref name="zeros"/> zero bytes, in
    /// about zeros / 159 bytes: a fixed-Huffman deflate block of length-258 back-references. The trailer's CRC is not
    /// computed (a reader that honours its limits never inflates far enough to check it).
    /// </summary>
    public static void WriteBomb(Stream output, byte[] prefix, long zeros)
    {
        output.Write([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]);
        var bits = new BitWriter(output);
        bits.Write(1, 1); // BFINAL
        bits.Write(1, 2); // BTYPE = fixed Huffman
        foreach (var b in prefix)
        {
            bits.Literal(b);
        }

        bits.Literal(0);
        var matches = (zeros - 1) / 258;
        var left = (zeros - 1) % 258;

        // Matches one by one until the bit position is byte-aligned, then whole 13-byte groups of 8 matches.
        while (matches > 0 && !bits.Aligned)
        {
            bits.Match258();
            matches--;
        }

        if (bits.Aligned && matches >= 8)
        {
            var group = new MemoryStream();
            var groupBits = new BitWriter(group);
            for (var i = 0; i < 8; i++)
            {
                groupBits.Match258();
            }

            var pattern = group.ToArray();
            var chunk = new byte[pattern.Length * 8192];
            for (var i = 0; i < 8192; i++)
            {
                pattern.CopyTo(chunk, i * pattern.Length);
            }

            var groups = matches / 8;
            matches %= 8;
            for (; groups >= 8192; groups -= 8192)
            {
                output.Write(chunk);
            }

            output.Write(chunk, 0, (int)groups * pattern.Length);
        }

        for (; matches > 0; matches--)
        {
            bits.Match258();
        }

        for (; left > 0; left--)
        {
            bits.Literal(0);
        }

        bits.Write(0, 7); // end of block (symbol 256)
        bits.Flush();
        var size = (uint)((prefix.Length + zeros) & 0xFFFFFFFF);
        output.Write([0, 0, 0, 0, (byte)size, (byte)(size >> 8), (byte)(size >> 16), (byte)(size >> 24)]);
    }

    private sealed class BitWriter(Stream output)
    {
        private int _buffer;
        private int _count;

        public bool Aligned => _count == 0;

        /// <summary>Writes <paramref name="length"/> bits of <paramref name="value"/>, least significant first.</summary>
        public void Write(int value, int length)
        {
            for (var i = 0; i < length; i++)
            {
                _buffer |= ((value >> i) & 1) << _count;
                if (++_count == 8)
                {
                    output.WriteByte((byte)_buffer);
                    _buffer = 0;
                    _count = 0;
                }
            }
        }

        /// <summary>A Huffman code: most significant bit first.</summary>
        public void Code(int code, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                Write((code >> i) & 1, 1);
            }
        }

        public void Literal(byte value)
        {
            if (value < 144)
            {
                Code(0x30 + value, 8);
            }
            else
            {
                Code(0x190 + value - 144, 9);
            }
        }

        /// <summary>Length 258 (symbol 285), distance 1 (code 0): repeat the last byte 258 times.</summary>
        public void Match258()
        {
            Code(0xC5, 8);
            Code(0, 5);
        }

        public void Flush()
        {
            if (_count > 0)
            {
                output.WriteByte((byte)_buffer);
                _buffer = 0;
                _count = 0;
            }
        }
    }
}
