using Chronicle.Extraction;
using Chronicle.Pipeline;

namespace Chronicle.Analysis;

/// <summary>How the default pipeline is built.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>Fast mode favours throughput for bulk work; accurate mode may use heavier models where they pay off.</summary>
    public AnalysisMode Mode { get; init; } = AnalysisMode.Fast;

    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    /// <summary>A stage running longer than this on one document is reported.</summary>
    public TimeSpan StageTimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    public static AnalyzerOptions Default { get; } = new();
}
