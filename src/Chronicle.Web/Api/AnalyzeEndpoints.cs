using System.Text;
using System.Text.Json;
using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Json;

namespace Chronicle.Web.Api;

/// <summary>
/// <c>POST /api/analyze</c>: analyses one pasted article and answers with the <c>analyze --json</c> contract.
/// The body is capped and the endpoint rate-limited per client: analysis is the one thing here that costs real CPU.
/// </summary>
public static class AnalyzeEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/analyze", AnalyzeAsync).RequireRateLimiting(ChronicleWebApp.AnalyzePolicy);
    }

    private static async Task<IResult> AnalyzeAsync(HttpContext context, ChronicleAnalyzer analyzer, ChronicleWebOptions options, CancellationToken cancellationToken)
    {
        var max = options.MaxAnalyzeBytes;
        if (context.Request.ContentLength > max)
        {
            return TooLarge(max);
        }

        var body = await ReadCappedAsync(context.Request.Body, max, cancellationToken);
        if (body is null)
        {
            return TooLarge(max);
        }

        var mediaType = context.Request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        string text;
        var html = mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase);
        string? url = null;
        if (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            AnalyzeRequest? request;
            try
            {
                request = JsonSerializer.Deserialize<AnalyzeRequest>(body, JsonSerializerOptions.Web);
            }
            catch (JsonException ex)
            {
                return QueryArgs.BadRequest("The body is not valid JSON: " + ex.Message);
            }

            text = request?.Text ?? string.Empty;
            html = string.Equals(request?.Format, "html", StringComparison.OrdinalIgnoreCase);
            url = Uri.TryCreate(request?.Url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? parsed.AbsoluteUri : null;
        }
        else if (mediaType.Length == 0 || html || mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            text = Encoding.UTF8.GetString(body);
        }
        else
        {
            return Results.Problem(
                title: "Unsupported media type",
                detail: "Send application/json {\"text\", \"format\", \"url\"}, text/plain or text/html.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return QueryArgs.BadRequest("There is no text to analyse.");
        }

        var source = new DocumentSource(null, url);
        var document = await Task.Run(
            () => html ? analyzer.AnalyzeHtml(text, url, cancellationToken) : analyzer.AnalyzeText(text, source, cancellationToken),
            cancellationToken);
        var fatal = document.Diagnostics.FirstOrDefault(d => DiagnosticCodes.IsFatal(d.Code));
        if (fatal is not null)
        {
            return Results.Problem(title: "The article could not be analysed", detail: fatal.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        return Results.Text(DocumentJsonWriter.ToJson(document), "application/json; charset=utf-8");
    }

    /// <summary>Reads the body, or returns null as soon as it passes <paramref name="max"/> bytes (chunked bodies have no length to check first).</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own body limit tripped first.
            return null;
        }

        return buffer.ToArray();
    }

    private static IResult TooLarge(int max) => Results.Problem(
        title: "Article too large",
        detail: $"Pasted articles are limited to {max / 1024} KB.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
