namespace Chronicle.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
