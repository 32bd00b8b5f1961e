namespace Chronicle.Evaluation.Ner;

/// <summary>The result of scoring a CoNLL file: per-type and overall entity scores and throughput.</summary>
public sealed record NerScore(
    IReadOnlyList<NerTypeScore> Types,
    NerTypeScore Overall,
    NerTypeScore PerOrgLoc,
    int Documents,
    int Tokens,
    double TaggingTokensPerSecond,
    double FullTokensPerSecond)
{
    /// <summary>Tokens per second of process CPU time: steadier than wall-clock time on a busy machine.</summary>
    public double TaggingTokensPerCpuSecond { get; init; }

    public double FullTokensPerCpuSecond { get; init; }
}
