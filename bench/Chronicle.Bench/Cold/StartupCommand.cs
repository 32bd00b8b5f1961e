using System.Diagnostics;
using System.Globalization;
using Chronicle.Analysis;
using Chronicle.Annotations;

namespace Chronicle.Bench.Cold;

/// <summary>
/// <c>startup [PAGE]</c>: where a fresh process's start-up goes, one step at a time on one thread: each shared model
/// loaded on its own (the order the first analysis would load them does not matter for the sum), the analyzer built,
/// then a first and a second page analysed. Prints wall and CPU milliseconds of each step and the managed bytes it
/// allocated. Run it as a fresh process; a second step that finds a model loaded costs nothing.
/// </summary>
internal static class StartupCommand
{
    public static int Run(string[] args)
    {
        var page = args.Length > 0 ? args[0] : BenchPaths.Shared(null) is { } shared
            ? Directory.GetFiles(Path.Combine(shared, "data", "extraction-dev", "html"), "*.html").Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        Console.WriteLine("step                          wall ms    CPU ms   MB allocated");
        Step("runtime to first line", () => { }, Environment.CpuUsage.TotalTime, Process.GetCurrentProcess().StartTime.ToUniversalTime());
        Step("entity recognizer", () => _ = Chronicle.Language.Tagging.EntityRecognizer.Default);
        Step("gazetteer", () => _ = Chronicle.Language.Gazetteers.GazetteerData.Default);
        Step("country lookup", () => _ = Chronicle.Language.Entities.CountryLookup.Default);
        Step("actor lookup", () => _ = Chronicle.Language.Entities.ActorLookup.Default);
        Step("geocoder", () => _ = Chronicle.Language.Geocoding.Geocoder.Default);
        Step("tone lexicon", () => _ = Chronicle.Events.Tone.ToneLexicon.Shared);
        Step("event actor lexicon", () => _ = Chronicle.Events.Actors.ActorLexicon.Shared);
        Step("event country table", () => _ = Chronicle.Events.Common.CountryTable.Shared);
        Step("analyzer (pipeline)", () => _ = ChronicleAnalyzer.Default);
        if (page is not null)
        {
            var bytes = File.ReadAllBytes(page);
            Step("first page", () => ChronicleAnalyzer.Default.Analyze(bytes, InputKind.Html, new DocumentSource(page)));
            Step("same page again", () => ChronicleAnalyzer.Default.Analyze(bytes, InputKind.Html, new DocumentSource(page)));
        }

        Step("language detector (Lingua)", () => Chronicle.Extraction.Language.LanguageGuesser.Detect("Die Regierung hat am Montag angekündigt, dass die Grenze wieder geöffnet wird."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process: {Environment.CpuUsage.TotalTime.TotalMilliseconds:0} CPU ms, {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB allocated, GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        return 0;
    }

    private static void Step(string name, Action action, TimeSpan? cpuFrom = null, DateTime? wallFrom = null)
    {
        var cpu = cpuFrom ?? Environment.CpuUsage.TotalTime;
        var started = wallFrom ?? DateTime.UtcNow;
        var allocated = cpuFrom is null ? GC.GetTotalAllocatedBytes() : 0;
        action();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-28} {(DateTime.UtcNow - started).TotalMilliseconds,8:0} {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds,9:0} {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0,13:0}"));
    }
}
