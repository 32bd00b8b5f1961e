using System.Globalization;
using System.IO.Compression;
using System.Text;
using Chronicle.Analysis;
using Chronicle.Annotations;

namespace Chronicle.Corpus.Sources;

/// <summary>
/// Reads WARC 1.0/1.1 files, plain or gzip-compressed with one member per record (as Common Crawl News publishes
/// them). Only HTML <c>response</c> records are articles: the HTTP headers inside the record give the status, media
/// type and charset. Records are capped in size and skipping is budgeted, so a gzip bomb ends the file with an error
/// record instead of exhausting memory or time.
/// </summary>
public static class WarcReader
{
    private const int MaxHeaderBytes = 64 * 1024;

    public static IEnumerable<RawInput> Read(string path, SourceLimits limits, ByteCounter consumed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(consumed);
        var full = Path.GetFullPath(path);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [RawInput.Failed(full, ex.Message)];
        }

        return ReadRecords(file, full, path, limits, consumed, cancellationToken);
    }

    private static IEnumerable<RawInput> ReadRecords(FileStream file, string full, string path, SourceLimits limits, ByteCounter consumed, CancellationToken cancellationToken)
    {
        var compressed = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || StartsWithGzipMagic(file);
        using (file)
        using (var decompressed = compressed ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file)
        using (var stream = new BufferedStream(decompressed, 1 << 16))
        {
            long reported = 0;
            var ordinal = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ordinal++;
                RawInput? input;
                bool end;
                try
                {
                    (input, end) = NextRecord(stream, full, path, ordinal, limits);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or WarcFormatException)
                {
                    input = RawInput.Failed(full + "#record-" + ordinal.ToString(CultureInfo.InvariantCulture), $"WARC file abandoned: {ex.Message}");
                    end = true;
                }

                consumed.Add(file.Position - reported);
                reported = file.Position;
                if (input is not null)
                {
                    yield return input;
                }

                if (end)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Reads one record; returns the article it holds (or its error), or null for records that are not articles.</summary>
    private static (RawInput? Input, bool End) NextRecord(Stream stream, string full, string path, int ordinal, SourceLimits limits)
    {
        var headers = ReadHeaderBlock(stream, requireVersion: true);
        if (headers is null)
        {
            return (null, true);
        }

        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new WarcFormatException($"record {ordinal} has no valid Content-Length");
        }

        headers.TryGetValue("WARC-Type", out var type);
        headers.TryGetValue("WARC-Record-ID", out var recordId);
        headers.TryGetValue("WARC-Target-URI", out var uri);
        headers.TryGetValue("WARC-Date", out var date);
        headers.TryGetValue("Content-Type", out var contentType);
        var key = full + "#" + (recordId ?? "record-" + ordinal.ToString(CultureInfo.InvariantCulture));

        if (!string.Equals(type, "response", StringComparison.OrdinalIgnoreCase) || length > limits.MaxWarcRecordBytes)
        {
            if (length > limits.MaxSkipBytes)
            {
                throw new WarcFormatException($"record {ordinal} declares {length} bytes, more than the {limits.MaxSkipBytes}-byte skip budget");
            }

            Skip(stream, length);
            return (length > limits.MaxWarcRecordBytes && string.Equals(type, "response", StringComparison.OrdinalIgnoreCase)
                ? RawInput.Failed(key, $"WARC record of {length} bytes exceeds the {limits.MaxWarcRecordBytes}-byte limit")
                : null, false);
        }

        var block = new byte[length];
        stream.ReadExactly(block);
        if (contentType is null || !contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            // A response record without HTTP headers (resource-like): its payload is the page itself.
            return LooksLikeHtml(block) ? (new RawInput(key, InputKind.Html, new DocumentSource(path, uri)) { Bytes = block, Date = date }, false) : (null, false);
        }

        return (HttpPayload(block, key, path, uri, date, limits), false);
    }

    private static RawInput? HttpPayload(byte[] block, string key, string path, string? uri, string? date, SourceLimits limits)
    {
        using var reader = new MemoryStream(block, writable: false);
        var status = ReadLine(reader);
        if (status is null || !status.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
        {
            return RawInput.Failed(key, "WARC response record without an HTTP status line");
        }

        var parts = status.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[1].StartsWith('2'))
        {
            return null;
        }

        var headers = ReadHeaderBlock(reader, requireVersion: false) ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        headers.TryGetValue("Content-Type", out var mediaType);
        if (mediaType is not null && !IsHtml(mediaType))
        {
            return null;
        }

        var payload = block.AsSpan((int)reader.Position).ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            payload = Dechunk(payload);
        }

        if (headers.TryGetValue("Content-Encoding", out var encoding) && encoding.Trim() is { Length: > 0 } coding && !coding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            var decoded = Decode(payload, coding, limits.MaxDocumentBytes);
            if (decoded is null)
            {
                return RawInput.Failed(key, $"HTTP body with Content-Encoding '{coding}' could not be decoded within {limits.MaxDocumentBytes} bytes");
            }

            payload = decoded;
        }

        if (mediaType is null && !LooksLikeHtml(payload))
        {
            return null;
        }

        return new RawInput(key, InputKind.Html, new DocumentSource(path, uri)) { Bytes = payload, Charset = CharsetOf(mediaType), Date = date };
    }

    private static bool IsHtml(string mediaType)
    {
        var type = mediaType.Split(';', 2)[0].Trim();
        return type.Equals("text/html", StringComparison.OrdinalIgnoreCase) || type.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The <c>charset</c> parameter of a media type, unquoted.</summary>
    public static string? CharsetOf(string? mediaType)
    {
        if (mediaType is null)
        {
            return null;
        }

        foreach (var parameter in mediaType.Split(';').Skip(1))
        {
            var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = pair[1].Trim('"', '\'', ' ');
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }

    private static byte[]? Decode(byte[] payload, string coding, int maxBytes)
    {
        try
        {
            using var input = new MemoryStream(payload, writable: false);
            using Stream decoder = coding.ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                "deflate" => new ZLibStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                _ => throw new InvalidDataException("unknown content coding"),
            };
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = decoder.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static byte[] Dechunk(byte[] payload)
    {
        using var input = new MemoryStream(payload, writable: false);
        using var output = new MemoryStream(payload.Length);
        while (ReadLine(input) is { } sizeLine)
        {
            var hex = sizeLine.Split(';', 2)[0].Trim();
            if (!int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return payload;
            }

            if (size == 0 || input.Position + size > input.Length)
            {
                break;
            }

            output.Write(payload, (int)input.Position, size);
            input.Position += size;
            ReadLine(input);
        }

        return output.ToArray();
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)].TrimStart(" \t\r\n\xEF\xBB\xBF"u8);
        return head.Length > 0 && head[0] == (byte)'<';
    }

    private static bool StartsWithGzipMagic(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.Read(magic);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    private static void Skip(Stream stream, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
            {
                throw new WarcFormatException("file ends inside a record");
            }

            length -= read;
        }
    }

    /// <summary>
    /// Reads <c>Name: value</c> lines up to a blank line. With <paramref name="requireVersion"/>, first skips the blank
    /// lines between records and expects a <c>WARC/1.x</c> version line; returns null at a clean end of file.
    /// </summary>
    private static Dictionary<string, string>? ReadHeaderBlock(Stream stream, bool requireVersion)
    {
        var total = 0;
        string? line;
        if (requireVersion)
        {
            do
            {
                line = ReadLine(stream);
                if (line is null)
                {
                    return null;
                }

                total += line.Length + 2;
                if (total > MaxHeaderBytes)
                {
                    throw new WarcFormatException("no WARC record header where one was expected");
                }
            }
            while (line.Length == 0);

            if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            {
                throw new WarcFormatException($"expected a WARC version line, found '{Truncate(line)}'");
            }
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while ((line = ReadLine(stream)) is { Length: > 0 })
        {
            total += line.Length + 2;
            if (total > MaxHeaderBytes)
            {
                throw new WarcFormatException("record header is larger than 64 KiB");
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    /// <summary>One header line (ISO-8859-1, CRLF or LF), capped; null at end of stream.</summary>
    private static string? ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            if (b == '\n')
            {
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line.Length--;
                }

                return line.ToString();
            }

            if (line.Length >= MaxHeaderBytes)
            {
                throw new WarcFormatException("header line longer than 64 KiB");
            }

            line.Append((char)b);
        }
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
