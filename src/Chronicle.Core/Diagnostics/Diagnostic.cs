using Chronicle.Text;

namespace Chronicle.Diagnostics;

/// <summary>Something a stage noticed about the input: reported as data, never thrown.</summary>
public sealed record Diagnostic(
    DiagnosticCode Code,
    string Stage,
    string Message,
    DiagnosticSeverity Severity = DiagnosticSeverity.Warning,
    TextSpan? Span = null);
