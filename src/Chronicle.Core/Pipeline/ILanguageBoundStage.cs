namespace Chronicle.Pipeline;

/// <summary>
/// A stage whose models, rules or lexicons were built from text in some languages only (most were trained on English
/// news). The pipeline, not the stage, decides: on a document in a language the stage does not handle, the stage is
/// not run, its layer stays empty and the document carries one <see cref="Diagnostics.DiagnosticCode.UnsupportedLanguage"/>.
/// </summary>
public interface ILanguageBoundStage : IDocumentStage
{
    /// <summary>True when the stage's resources cover <paramref name="language"/> (an ISO 639-1 code, lower case).</summary>
    bool Handles(string language);
}
