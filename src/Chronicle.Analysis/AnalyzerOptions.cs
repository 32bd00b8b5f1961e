using Chronicle.Extraction;
using Chronicle.Pipeline;

namespace Chronicle.Analysis;

/// <summary>How the default pipeline is built, and the per-document limits that keep one hostile input from stalling a batch.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>Fast mode favours throughput for bulk work; accurate mode may use heavier models where they pay off.</summary>
    public AnalysisMode Mode { get; init; } = AnalysisMode.Fast;

    /// <summary>
    /// Also report indirect speech ("X said that …", "according to X, …") as quotes with <c>Direct = false</c>. On by
    /// default; turned off, the quote layer holds only words inside quotation marks.
    /// </summary>
    public bool ReportedSpeech { get; init; } = true;

    /// <summary>
    /// Input size and text length caps, applied before and during extraction. The analyzer reads at most 4 MB of a page:
    /// real article pages are far smaller, and extraction cost grows faster than linearly with page size.
    /// </summary>
    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default with { MaxInputBytes = 4 * 1024 * 1024 };

    /// <summary>A stage running longer than this on one document is reported.</summary>
    public TimeSpan StageTimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Wall-clock budget for one document, extraction included. When it runs out the current stage is cancelled
    /// through its token, the remaining stages are skipped and a <c>Timeout</c> diagnostic says which.
    /// <see cref="Timeout.InfiniteTimeSpan"/> disables it.
    /// </summary>
    public TimeSpan DocumentTimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Markup nesting (estimated from the raw bytes before parsing) beyond which a page is not parsed as a tree but
    /// read as tag-stripped text. Real articles nest a few dozen levels; 100k-deep pages are attacks or generator bugs
    /// and would cost recursion depth in every tree walk.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 1024;

    public static AnalyzerOptions Default { get; } = new();
}
