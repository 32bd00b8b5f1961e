using System.CommandLine;
using System.Net;
using Chronicle.Storage;
using Chronicle.Web;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle serve [--db PATH | --store LOCATION] [--urls URLS]</c>: the web UI and JSON API over a corpus.</summary>
public static class ServeCommand
{
    public static Command Create(CliIo io)
    {
        var db = new Option<string?>("--db") { Description = "SQLite corpus file (default chronicle.db in the current directory)." };
        var store = new Option<string?>("--store") { Description = "Corpus store location: a path, sqlite:PATH or postgres://…" };
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';'. Loopback by default: expose the corpus on purpose, not by accident.",
            DefaultValueFactory = _ => ChronicleWebOptions.Default.Urls,
        };
        var perMinute = new Option<int>("--analyze-per-minute")
        {
            Description = "Pasted articles one client may analyse per minute.",
            DefaultValueFactory = _ => ChronicleWebOptions.Default.AnalyzePermitsPerMinute,
        };
        perMinute.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--analyze-per-minute must be at least 1.");
            }
        });
        var command = new Command("serve", "Serve the web UI and JSON API: search, documents with their evidence, entities, map, stories, paste-and-analyse.")
        {
            db, store, urls, perMinute,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(db) is not null && result.GetValue(store) is not null)
            {
                result.AddError("Give either --db or --store, not both.");
            }
        });
        command.SetAction((result, cancellationToken) => RunAsync(
            io,
            new ChronicleWebOptions
            {
                StoreLocation = result.GetValue(store) ?? result.GetValue(db) ?? CorpusStoreFactory.DefaultLocation,
                Urls = result.GetValue(urls) ?? ChronicleWebOptions.Default.Urls,
                AnalyzePermitsPerMinute = result.GetValue(perMinute),
            },
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliIo io, ChronicleWebOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                await io.Error.WriteLineAsync($"chronicle: '{url}' is not an http:// address to listen on.");
                return ExitCodes.Usage;
            }

            if (!uri.IsLoopback && !(IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)))
            {
                await io.Error.WriteLineAsync($"chronicle: warning: {url} is reachable from other machines; anyone who can reach it can read the corpus.");
            }
        }

        try
        {
            await ChronicleWebApp.RunAsync(options, io.Out, cancellationToken);
            return ExitCodes.Success;
        }
        catch (ArgumentException ex)
        {
            await io.Error.WriteLineAsync($"chronicle: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (IOException ex)
        {
            // Typically the port is taken.
            await io.Error.WriteLineAsync($"chronicle: cannot serve: {ex.Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }
}
