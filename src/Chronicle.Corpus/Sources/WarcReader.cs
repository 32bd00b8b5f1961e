using System.Globalization;
using System.IO.Compression;
using System.Text;
using Chronicle.Analysis;
using Chronicle.Annotations;

namespace Chronicle.Corpus.Sources;

/// <summary>
/// Reads WARC 1.0/1.1 files, plain or gzip-compressed with one member per record (as Common Crawl News publishes
/// them). Only HTML <c>response</c> records are articles: the HTTP headers inside the record give the status, media
/// type and charset. Records are capped in size and skipping is budgeted. A record that cannot be trusted (garbage
/// where a header should be, a <c>Content-Length</c> that does not end at the record's end, a length beyond the skip
/// budget such as a gzip bomb's, a truncated or corrupt gzip member) becomes one error record, and reading resumes
/// at the next record: the next gzip member that starts with a WARC header not yet read, or in a plain file the next
/// <c>WARC/1.x</c> line. So one bad record costs bounded time and memory and never the rest of the file.
/// </summary>
public static class WarcReader
{
    private const int MaxHeaderBytes = 64 * 1024;

    // The gzip decoder reads its input ahead (8 KiB in .NET); a member that starts where the decoder was cannot start
    // further back than this, so resynchronising looks for the next member from here.
    private const int DecoderReadAhead = 64 * 1024;

    // Records remembered so that resynchronising never yields one twice.
    private const int RememberedRecords = 1024;

    public static IEnumerable<RawInput> Read(string path, SourceLimits limits, ByteCounter consumed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(consumed);
        return SourceFile.Read(path, (file, full) => ReadRecords(file, full, path, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), limits, consumed, cancellationToken));
    }

    /// <summary>
    /// Reads the records of a WARC held in a seekable stream (plain, or gzip detected by its magic bytes); the stream is
    /// disposed when the enumeration ends. <paramref name="name"/> prefixes the source keys.
    /// </summary>
    public static IEnumerable<RawInput> Read(Stream stream, string name, SourceLimits limits, ByteCounter? consumed = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(limits);
        if (!stream.CanSeek || !stream.CanRead)
        {
            throw new ArgumentException("The WARC reader needs a readable, seekable stream.", nameof(stream));
        }

        return ReadRecords(stream, name, name, false, limits, consumed ?? new ByteCounter(), cancellationToken);
    }

    private static IEnumerable<RawInput> ReadRecords(Stream file, string full, string path, bool gzipByName, SourceLimits limits, ByteCounter consumed, CancellationToken cancellationToken)
    {
        using var cursor = new Cursor(file, gzipByName || StartsWithGzipMagic(file), full, path, limits);
        long reported = 0;
        var ordinal = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ordinal++;
            var (input, end) = cursor.Next(ordinal);
            var position = SafePosition(file);
            consumed.Add(Math.Max(0, position - reported));
            reported = Math.Max(reported, position);
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

    private static long SafePosition(Stream file)
    {
        try
        {
            return file.Position;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }

    /// <summary>Where the reader stands in one file: the decoding stream, and what it needs to resume after a bad record.</summary>
    private sealed class Cursor : IDisposable
    {
        private readonly Stream _file;
        private readonly bool _compressed;
        private readonly string _full;
        private readonly string _path;
        private readonly SourceLimits _limits;
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly Queue<string> _seenOrder = new();
        private Stream _decoded;
        private Dictionary<string, string>? _resumed;

        // Where reading last resumed after a bad record: the next resume must be further on, so it always progresses.
        private long _lastResume = -1;

        public Cursor(Stream file, bool compressed, string full, string path, SourceLimits limits)
        {
            _file = file;
            _compressed = compressed;
            _full = full;
            _path = path;
            _limits = limits;

            // No buffering above the decoder: reads take exactly the record's bytes, so the decoder's input position
            // stays close to the member being read (see DecoderReadAhead). A plain file is buffered and seekable.
            _decoded = compressed ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : new BufferedStream(file, 1 << 16);
        }

        public void Dispose()
        {
            _decoded.Dispose();
            _file.Dispose();
        }

        /// <summary>Reads one record: the article it holds (or its error), or null for records that are not articles.</summary>
        public (RawInput? Input, bool End) Next(int ordinal)
        {
            var floor = _compressed ? Math.Max(0, _file.Position - DecoderReadAhead) : _decoded.Position;
            var fallbackKey = _full + "#record-" + ordinal.ToString(CultureInfo.InvariantCulture);
            Dictionary<string, string>? headers;
            try
            {
                headers = _resumed ?? ReadHeaderBlock(_decoded, requireVersion: true);
                _resumed = null;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or WarcFormatException)
            {
                return Abandon(fallbackKey, ex.Message, floor, floor + 1);
            }

            if (headers is null)
            {
                return (null, true);
            }

            headers.TryGetValue("WARC-Record-ID", out var recordId);
            Remember(recordId ?? Fingerprint(headers));
            var key = _full + "#" + (recordId ?? "record-" + ordinal.ToString(CultureInfo.InvariantCulture));
            if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return Abandon(key, "no valid Content-Length", floor, floor + 1);
            }

            headers.TryGetValue("WARC-Type", out var type);
            headers.TryGetValue("WARC-Target-URI", out var uri);
            headers.TryGetValue("WARC-Date", out var date);
            headers.TryGetValue("Content-Type", out var contentType);
            var response = string.Equals(type, "response", StringComparison.OrdinalIgnoreCase);
            var blockStart = _compressed ? floor : _decoded.Position;
            try
            {
                if (length > _limits.MaxSkipBytes)
                {
                    // A gzip bomb declares (or is) gigabytes: never inflate it, go to the next record instead.
                    return Abandon(key, $"declares {length} bytes, more than the {_limits.MaxSkipBytes}-byte skip budget", floor, blockStart);
                }

                if (!response || length > _limits.MaxWarcRecordBytes)
                {
                    Skip(_decoded, length);
                    if (!EndsCleanly())
                    {
                        return Abandon(key, "Content-Length does not end at the end of the record", floor, blockStart);
                    }

                    return (response ? RawInput.Failed(key, $"WARC record of {length} bytes exceeds the {_limits.MaxWarcRecordBytes}-byte limit") : null, false);
                }

                var block = new byte[length];
                _decoded.ReadExactly(block);
                if (!EndsCleanly())
                {
                    return Abandon(key, "Content-Length does not end at the end of the record", floor, blockStart);
                }

                if (contentType is null || !contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
                {
                    // A response record without HTTP headers (resource-like): its payload is the page itself.
                    return LooksLikeHtml(block) ? (new RawInput(key, InputKind.Html, new DocumentSource(_path, uri)) { Bytes = block, Date = date }, false) : (null, false);
                }

                return (HttpPayload(block, key, _path, uri, date, _limits), false);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or WarcFormatException)
            {
                return Abandon(key, ex.Message, floor, blockStart);
            }
        }

        /// <summary>
        /// The record at <paramref name="key"/> is not trusted: its error record, and the reader moved to the next record
        /// (or, when there is none, the end of the file).
        /// </summary>
        private (RawInput Input, bool End) Abandon(string key, string reason, long floor, long from)
        {
            var resumed = _compressed ? ResyncMembers(floor) : ResyncLines(from);
            var message = resumed
                ? $"WARC record skipped: {reason}; reading resumed at the next record"
                : $"WARC record skipped: {reason}; no further record in the file";
            return (RawInput.Failed(key, message), !resumed);
        }

        /// <summary>Whether the block is followed by the CRLF pair that ends a record (or by the end of the file).</summary>
        private bool EndsCleanly()
        {
            var next = _decoded.ReadByte();
            if (next < 0)
            {
                return true;
            }

            if (next is '\r' or '\n')
            {
                return true;
            }

            return false;
        }

        /// <summary>Finds, at or after <paramref name="floor"/>, the next gzip member that opens with a WARC header not read yet.</summary>
        private bool ResyncMembers(long floor)
        {
            var buffer = new byte[1 << 16];
            var position = Math.Max(floor, _lastResume + 1);
            while (true)
            {
                _file.Position = position;
                var read = _file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                if (read < 3)
                {
                    return false;
                }

                var span = buffer.AsSpan(0, read);
                var offset = 0;
                while (offset <= read - 3)
                {
                    var hit = span[offset..].IndexOf((byte)0x1F);
                    if (hit < 0)
                    {
                        break;
                    }

                    offset += hit;
                    if (offset > read - 3)
                    {
                        break;
                    }

                    if (span[offset + 1] == 0x8B && span[offset + 2] == 0x08 && TryMember(position + offset))
                    {
                        return true;
                    }

                    offset++;
                }

                // Step on, keeping two bytes of overlap so a magic number split across reads is still seen.
                position += Math.Max(1, read - 2);
            }
        }

        /// <summary>Opens a decoder at <paramref name="start"/> and keeps it when a new WARC record begins there.</summary>
        private bool TryMember(long start)
        {
            _file.Position = start;
            var decoder = new GZipStream(_file, CompressionMode.Decompress, leaveOpen: true);
            try
            {
                var headers = ReadHeaderBlock(decoder, requireVersion: true);
                if (headers is not null && !_seen.Contains(headers.TryGetValue("WARC-Record-ID", out var id) ? id : Fingerprint(headers)))
                {
                    _decoded.Dispose();
                    _decoded = decoder;
                    _resumed = headers;
                    _lastResume = start;
                    return true;
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or WarcFormatException)
            {
                // Not a member start (or not a WARC record): keep looking.
            }

            decoder.Dispose();
            return false;
        }

        /// <summary>In a plain file, moves to the next line that starts with <c>WARC/1.</c> after <paramref name="from"/>.</summary>
        private bool ResyncLines(long from)
        {
            var marker = "\nWARC/1."u8;
            var buffer = new byte[1 << 16];
            var position = from;
            while (true)
            {
                _decoded.Position = position;
                var read = _decoded.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                if (read < marker.Length)
                {
                    return false;
                }

                var hit = buffer.AsSpan(0, read).IndexOf(marker);
                if (hit >= 0)
                {
                    _decoded.Position = position + hit + 1;
                    return true;
                }

                position += read - marker.Length + 1;
            }
        }

        private void Remember(string id)
        {
            if (_seen.Add(id))
            {
                _seenOrder.Enqueue(id);
                if (_seenOrder.Count > RememberedRecords)
                {
                    _seen.Remove(_seenOrder.Dequeue());
                }
            }
        }

        private static string Fingerprint(Dictionary<string, string> headers)
        {
            var text = new StringBuilder();
            foreach (var (name, value) in headers)
            {
                text.Append(name).Append(':').Append(value).Append('\n');
            }

            return text.ToString();
        }
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

    private static bool StartsWithGzipMagic(Stream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var start = file.Position;
        var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = start;
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
