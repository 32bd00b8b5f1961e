using Chronicle.Analysis;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary>
/// Loads the shared models of a fast analysis side by side on the thread pool, instead of one after another inside the
/// first document's analysis while the other cores wait on the same lazily built values. The models are the ones
/// every fast analysis uses, so nothing is loaded that the run would not load anyway; the first document simply finds
/// them ready (or waits for the one still loading). Start-up is the larger part of a short run (docs/BENCHMARKS.md,
/// "Cold start").
/// </summary>
internal static class ModelWarmup
{
    public static void Start(AnalyzerOptions options)
    {
        if (options.Mode != AnalysisMode.Fast || Environment.ProcessorCount < 2)
        {
            return;
        }

        Action[] loads =
        [
            () => _ = Chronicle.Language.Tagging.EntityRecognizer.Default,
            () => _ = Chronicle.Language.Geocoding.Geocoder.Default,
            () => _ = Chronicle.Language.Entities.ActorLookup.Default,
            () => _ = Chronicle.Events.Actors.ActorLexicon.Shared,
            () => _ = Chronicle.Events.Tone.ToneLexicon.Shared,
            () => _ = Chronicle.Events.Common.CountryTable.Shared,
        ];
        foreach (var load in loads)
        {
            _ = Task.Run(() =>
            {
                try
                {
                    load();
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException)
                {
                    // Not reported here: the analysis that needs the model meets the same failure and reports it.
                }
            });
        }
    }
}
