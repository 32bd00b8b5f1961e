using System.IO.Compression;
using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Corpus.Sources;
using NATS.Client.Core;

namespace Chronicle.Distributed;

/// <summary>
/// One input on the wire: metadata in headers, the raw bytes (or text) as the body, gzip-compressed when that pays.
/// An input too large for the server's message limit travels as a reference to its file, which workers read
/// themselves (they then need the same file system); one with no file to refer to travels as a recorded error.
/// </summary>
public static class WorkMessage
{
    public const string KeyHeader = "Chronicle-Key";
    private const string KindHeader = "Chronicle-Kind";
    private const string PathHeader = "Chronicle-Path";
    private const string UrlHeader = "Chronicle-Url";
    private const string CharsetHeader = "Chronicle-Charset";
    private const string DateHeader = "Chronicle-Date";
    private const string ErrorHeader = "Chronicle-Error";
    private const string BodyHeader = "Chronicle-Body";

    /// <summary>Bodies above this are gzip-compressed (HTML shrinks four- to eightfold).</summary>
    private const int CompressAbove = 4096;

    /// <summary>Room left for headers and protocol framing under the server's payload limit.</summary>
    private const int HeaderAllowance = 8192;

    public static (NatsHeaders Headers, byte[] Body) Encode(RawInput input, long maxPayload)
    {
        ArgumentNullException.ThrowIfNull(input);
        var headers = new NatsHeaders
        {
            [KeyHeader] = Escape(input.SourceKey),
            [KindHeader] = input.Kind == InputKind.Html ? "html" : "text",
        };
        Put(headers, PathHeader, input.Source.Path);
        Put(headers, UrlHeader, input.Source.Url);
        Put(headers, CharsetHeader, input.Charset);
        Put(headers, DateHeader, input.Date);
        if (input.Error is not null)
        {
            headers[ErrorHeader] = Escape(input.Error);
            return (headers, []);
        }

        var (raw, body) = input.Content is { } content ? (System.Text.Encoding.UTF8.GetBytes(content), "text") : (input.Bytes ?? [], "bytes");
        var payload = raw;
        if (raw.Length > CompressAbove)
        {
            payload = Gzip(raw);
            body += "+gzip";
        }

        if (payload.Length > maxPayload - HeaderAllowance)
        {
            var file = input.Source.Path is { } p && File.Exists(p) && Path.GetFullPath(p) == input.SourceKey ? Path.GetFullPath(p) : null;
            if (file is null)
            {
                headers[ErrorHeader] = Escape($"input of {raw.Length} bytes is larger than the queue's message limit ({maxPayload} bytes)");
                return (headers, []);
            }

            headers[BodyHeader] = "file";
            return (headers, System.Text.Encoding.UTF8.GetBytes(file));
        }

        headers[BodyHeader] = body;
        return (headers, payload);
    }

    /// <summary>The input a message carries; a message that cannot be decoded becomes a failed input, never an exception.</summary>
    public static RawInput Decode(NatsHeaders? headers, ReadOnlySpan<byte> body, SourceLimits limits, string fallbackKey)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var key = Get(headers, KeyHeader) ?? fallbackKey;
        try
        {
            var kind = Get(headers, KindHeader) == "html" ? InputKind.Html : InputKind.Text;
            var source = new DocumentSource(Get(headers, PathHeader), Get(headers, UrlHeader));
            var input = new RawInput(key, kind, source) { Charset = Get(headers, CharsetHeader), Date = Get(headers, DateHeader) };
            if (Get(headers, ErrorHeader) is { } error)
            {
                return input with { Error = error };
            }

            var bodyKind = Get(headers, BodyHeader) ?? "bytes";
            if (bodyKind == "file")
            {
                var path = System.Text.Encoding.UTF8.GetString(body);
                var read = SourceReader.Read([path], limits).FirstOrDefault();
                return read is null ? RawInput.Failed(key, $"referenced file {path} yielded no input") : read with { SourceKey = key, Date = read.Date ?? input.Date };
            }

            var bytes = bodyKind.EndsWith("+gzip", StringComparison.Ordinal) ? Gunzip(body, limits.MaxDocumentBytes + 1L) : body.ToArray();
            return bodyKind.StartsWith("text", StringComparison.Ordinal)
                ? input with { Content = System.Text.Encoding.UTF8.GetString(bytes) }
                : input with { Bytes = bytes };
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or UnauthorizedAccessException)
        {
            return RawInput.Failed(key, "undecodable queue message: " + ex.Message);
        }
    }

    public static string? SourceKey(NatsHeaders? headers) => Get(headers, KeyHeader);

    private static void Put(NatsHeaders headers, string name, string? value)
    {
        if (value is not null)
        {
            headers[name] = Escape(value);
        }
    }

    private static string? Get(NatsHeaders? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var values) && values.Count > 0 && values[0] is { } value ? Uri.UnescapeDataString(value) : null;

    /// <summary>Header values cannot hold line breaks or arbitrary bytes; percent-encoding keeps any key intact.</summary>
    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static byte[] Gzip(byte[] raw)
    {
        using var output = new MemoryStream(raw.Length / 3 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(raw);
        }

        return output.ToArray();
    }

    /// <summary>Decompresses at most <paramref name="limit"/> bytes, so a crafted message cannot inflate without bound.</summary>
    private static byte[] Gunzip(ReadOnlySpan<byte> body, long limit)
    {
        using var input = new MemoryStream(body.ToArray());
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, (int)Math.Min(read, Math.Max(0, limit - output.Length)));
            if (output.Length >= limit)
            {
                break;
            }
        }

        return output.ToArray();
    }
}
