namespace Chronicle.Analysis;

public enum AnalysisMode
{
    Fast,
    Accurate,
}
