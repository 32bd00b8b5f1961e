namespace Chronicle.Diagnostics;

/// <summary>Why a document was judged unusual. Each code has a one-line description in <see cref="DiagnosticCodes"/>.</summary>
public enum DiagnosticCode
{
    EmptyInput,
    BinaryInput,
    InvalidEncoding,
    EncodingGuessed,
    NoMainContent,
    InputTooLarge,
    NestingTooDeep,
    Timeout,
    StageFailed,
    Truncated,
    UnreadableInput,
    UnsupportedLanguage,
}
