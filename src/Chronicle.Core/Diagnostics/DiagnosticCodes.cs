namespace Chronicle.Diagnostics;

public static class DiagnosticCodes
{
    public static string Describe(DiagnosticCode code) => code switch
    {
        DiagnosticCode.EmptyInput => "The input holds no text.",
        DiagnosticCode.BinaryInput => "The input looks like binary data, not text or HTML.",
        DiagnosticCode.InvalidEncoding => "Bytes were invalid in the detected encoding and were replaced.",
        DiagnosticCode.EncodingGuessed => "No encoding was declared; it was guessed from the bytes.",
        DiagnosticCode.NoMainContent => "No main article content was found on the page.",
        DiagnosticCode.InputTooLarge => "The input exceeds the configured size limit and was cut.",
        DiagnosticCode.NestingTooDeep => "The markup nests deeper than the configured limit.",
        DiagnosticCode.Timeout => "A stage ran past the per-document time limit.",
        DiagnosticCode.StageFailed => "A stage failed on this document; its layer is empty.",
        DiagnosticCode.Truncated => "The text was truncated to the configured limit.",
        DiagnosticCode.UnreadableInput => "The input could not be read.",
        DiagnosticCode.UnsupportedLanguage => "The text is in a language the English-trained layers do not handle; those layers are empty.",
        _ => code.ToString(),
    };

    /// <summary>Codes that mean the input itself is unusable, so the document counts as failed.</summary>
    public static bool IsFatal(DiagnosticCode code) =>
        code is DiagnosticCode.BinaryInput or DiagnosticCode.UnreadableInput;
}
