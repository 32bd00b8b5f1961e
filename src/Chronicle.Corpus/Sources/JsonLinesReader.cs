using System.Globalization;
using System.Text.Json;
using Chronicle.Analysis;
using Chronicle.Annotations;

namespace Chronicle.Corpus.Sources;

/// <summary>
/// Reads JSON Lines: one <c>{"url": …, "html": … | "text": …, "date": …}</c> object per line. A malformed line is
/// an error record for that line; the rest of the file is still read.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<RawInput> Read(string path, SourceLimits limits, ByteCounter consumed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(consumed);
        return SourceFile.Read(path, (stream, full) => ReadLines(stream, full, path, limits, consumed, cancellationToken));
    }

    private static IEnumerable<RawInput> ReadLines(FileStream stream, string full, string path, SourceLimits limits, ByteCounter consumed, CancellationToken cancellationToken)
    {
        using (stream)
        {
            using var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            var lines = new BoundedLineReader(text, limits.MaxLineChars);
            var number = 0;
            long reported = 0;
            while (lines.Next() is { } line)
            {
                cancellationToken.ThrowIfCancellationRequested();
                number++;
                consumed.Add(stream.Position - reported);
                reported = stream.Position;
                if (string.IsNullOrWhiteSpace(line.Text) && !line.TooLong)
                {
                    continue;
                }

                var key = full + "#" + number.ToString(CultureInfo.InvariantCulture);
                yield return line.TooLong
                    ? RawInput.Failed(key, $"line {number} is longer than {limits.MaxLineChars} characters")
                    : Parse(line.Text, key, path, number);
            }

            consumed.Add(stream.Length - reported);
        }
    }

    private static RawInput Parse(string line, string key, string path, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return RawInput.Failed(key, $"line {number} is not a JSON object");
            }

            var url = String(root, "url");
            var date = String(root, "date") ?? String(root, "published");
            var html = String(root, "html");
            var text = String(root, "text");
            if (html is null && text is null)
            {
                return RawInput.Failed(key, $"line {number} has neither \"html\" nor \"text\"");
            }

            var source = new DocumentSource(path, url);
            return html is not null
                ? new RawInput(key, InputKind.Html, source) { Content = html, Date = date }
                : new RawInput(key, InputKind.Text, source) { Content = text, Date = date };
        }
        catch (JsonException ex)
        {
            return RawInput.Failed(key, $"line {number} is not valid JSON: {ex.Message}");
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
