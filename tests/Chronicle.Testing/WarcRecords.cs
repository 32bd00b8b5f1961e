using System.Text;

namespace Chronicle.Testing;

/// <summary>Builds WARC 1.1 records and the HTTP responses they carry, for tests of the container readers.</summary>
public static class WarcRecords
{
    /// <summary>An HTTP/1.1 response: status line, content type and length, then the body.</summary>
    public static byte[] Http(string status, string contentType, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n");
        return [.. head, .. body];
    }

    /// <summary>One uncompressed record of <paramref name="type"/> holding <paramref name="block"/>.</summary>
    public static byte[] Record(string type, string? uri, string contentType, byte[] block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n")
            .Append("WARC-Date: 2016-12-13T10:00:00Z\r\n");
        if (uri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        }

        header.Append("Content-Type: ").Append(contentType).Append("\r\n")
            .Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }
}
