using System.Threading.RateLimiting;
using Chronicle.Analysis;
using Chronicle.Storage;
using Chronicle.Web.Api;
using Chronicle.Web.Assets;
using Chronicle.Web.Queries;

namespace Chronicle.Web;

/// <summary>
/// The web UI and JSON API as one minimal-API application over a corpus store. The CLI runs it with
/// <see cref="RunAsync"/>; tests call <see cref="Build"/>, start it on a free port and talk to it over HTTP.
/// </summary>
public static class ChronicleWebApp
{
    /// <summary>The rate-limiter policy applied to the analyse endpoint.</summary>
    public const string AnalyzePolicy = "analyze";

    /// <summary>Opens the store and builds the application; the store is disposed with the application.</summary>
    /// <exception cref="ArgumentException">The store location is empty or names an unknown scheme.</exception>
    public static WebApplication Build(ChronicleWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = CorpusStoreFactory.Open(options.StoreLocation);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ChronicleWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Only the analyse endpoint takes a body; nothing else needs more than its cap.
            kestrel.Limits.MaxRequestBodySize = options.MaxAnalyzeBytes + 4096L;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<ICorpusStore>(_ => store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Analyzer ?? ChronicleAnalyzer.Default);
        builder.Services.AddSingleton(new DocumentFacetCache());
        builder.Services.AddSingleton(StaticAssets.Load());
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AnalyzePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.AnalyzePermitsPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(Results.Problem(
                    title: "Too many requests",
                    detail: $"At most {options.AnalyzePermitsPerMinute} articles a minute may be analysed from one address.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext));
            };
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseRateLimiter();

        CorpusEndpoints.Map(app);
        EntityEndpoints.Map(app);
        ClusterEndpoints.Map(app);
        AnalyzeEndpoints.Map(app);
        StaticAssets.Map(app);
        return app;
    }

    /// <summary>Builds the application and serves until <paramref name="cancellationToken"/> is cancelled.</summary>
    public static async Task RunAsync(ChronicleWebOptions options, TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        await using var app = Build(options);
        await app.StartAsync(cancellationToken);
        if (log is not null)
        {
            foreach (var url in app.Urls)
            {
                await log.WriteLineAsync($"Chronicle is serving {url} (press Ctrl+C to stop)");
            }
        }

        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop gracefully below.
        }

        await app.StopAsync(CancellationToken.None);
    }
}
