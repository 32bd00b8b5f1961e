namespace Chronicle.Pipeline;

public enum AnalysisMode
{
    Fast,
    Accurate,
}
