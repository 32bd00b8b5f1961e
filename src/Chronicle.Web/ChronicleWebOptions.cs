using Chronicle.Analysis;
using Chronicle.Storage;

namespace Chronicle.Web;

/// <summary>How <c>chronicle serve</c> runs: which store, which address, and the limits on the analyse endpoint.</summary>
public sealed record ChronicleWebOptions
{
    /// <summary>The store location handed to <see cref="CorpusStoreFactory.Open"/> (a path, <c>sqlite:PATH</c>, <c>postgres://…</c>).</summary>
    public string StoreLocation { get; init; } = CorpusStoreFactory.DefaultLocation;

    /// <summary>Addresses to listen on (semicolon-separated). Loopback by default: the corpus may hold unpublished material.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Largest pasted article accepted, in bytes of request body; a long feature is well under 200 KB of text.</summary>
    public int MaxAnalyzeBytes { get; init; } = 512 * 1024;

    /// <summary>Analyse requests allowed per client address per minute; analysis costs CPU the other users share.</summary>
    public int AnalyzePermitsPerMinute { get; init; } = 30;

    /// <summary>The analyser for pasted articles; the shared default when null.</summary>
    public ChronicleAnalyzer? Analyzer { get; init; }

    /// <summary>Documents examined for facets per search; beyond this the facet counts say they are partial.</summary>
    public int FacetWindow { get; init; } = 500;

    public static ChronicleWebOptions Default { get; } = new();
}
