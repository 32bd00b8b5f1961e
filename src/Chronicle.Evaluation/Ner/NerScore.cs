namespace Chronicle.Evaluation.Ner;

/// <summary>The result of scoring a CoNLL file: per-type and overall entity scores and throughput.</summary>
public sealed record NerScore(
    IReadOnlyList<NerTypeScore> Types,
    NerTypeScore Overall,
    NerTypeScore PerOrgLoc,
    int Documents,
    int Tokens,
    double TaggingTokensPerSecond,
    double FullTokensPerSecond);
