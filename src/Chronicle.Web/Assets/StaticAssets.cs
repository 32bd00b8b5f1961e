using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Web.Assets;

/// <summary>
/// The UI's pages, scripts, styles and map data, embedded in the assembly and served from memory, so the UI works
/// offline and cannot pick up a stray file from the working directory.
/// </summary>
public sealed class StaticAssets
{
    private const string Prefix = "wwwroot/";

    private readonly FrozenDictionary<string, StaticAsset> _assets;

    private StaticAssets(FrozenDictionary<string, StaticAsset> assets) => _assets = assets;

    public IEnumerable<StaticAsset> All => _assets.Values;

    public StaticAsset? Find(string name) => _assets.GetValueOrDefault(name);

    public static StaticAssets Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var layout = new PageLayout(Encoding.UTF8.GetString(ReadResource(assembly, Prefix + PageLayout.FileName)));
        var assets = new Dictionary<string, StaticAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var name = resource.StartsWith(Prefix, StringComparison.Ordinal) ? resource[Prefix.Length..] : null;
            if (name is null || name == PageLayout.FileName)
            {
                continue;
            }

            var bytes = ReadResource(assembly, resource);
            if (name.EndsWith(".html", StringComparison.Ordinal))
            {
                bytes = Encoding.UTF8.GetBytes(layout.Compose(name, Encoding.UTF8.GetString(bytes)));
            }

            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
            assets[name] = new StaticAsset(name, bytes, ContentTypeOf(name), etag);
        }

        return new StaticAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static byte[] ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded UI file {resource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/", methods, (HttpContext context, StaticAssets assets) => assets.Serve(context, "index.html")).ExcludeFromDescription();
        app.MapMethods("/{name}", methods, (string name, HttpContext context, StaticAssets assets) => assets.Serve(context, name)).ExcludeFromDescription();
    }

    private IResult Serve(HttpContext context, string name)
    {
        if (Find(name) is not { } asset)
        {
            return Results.Problem(title: "Not found", detail: "No such page.", statusCode: StatusCodes.Status404NotFound);
        }

        var headers = context.Response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
