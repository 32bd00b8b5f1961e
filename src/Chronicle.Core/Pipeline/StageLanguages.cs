using Chronicle.Diagnostics;
using DiagnosticRecord = Chronicle.Diagnostics.Diagnostic;

namespace Chronicle.Pipeline;

/// <summary>Which stages run on a document, given its language (see <see cref="ILanguageBoundStage"/>).</summary>
public static class StageLanguages
{
    /// <summary>The code of a language that could not be told (too little text): every stage runs.</summary>
    public const string Undetermined = "und";

    private const string Stage = "language";

    /// <summary>For stages built from English text only.</summary>
    public static bool IsEnglish(string language) => string.Equals(language, "en", StringComparison.Ordinal);

    /// <summary>True when <paramref name="stage"/> must not run on a document in <paramref name="language"/>.</summary>
    public static bool Skips(IDocumentStage stage, string language)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage is ILanguageBoundStage bound
            && !string.IsNullOrEmpty(language)
            && !string.Equals(language, Undetermined, StringComparison.Ordinal)
            && !bound.Handles(language);
    }

    /// <summary>
    /// The diagnostic for a document whose language some stages do not handle, naming the language and the layers
    /// left empty; null when every stage handles it.
    /// </summary>
    public static DiagnosticRecord? Unsupported(IReadOnlyList<IDocumentStage> stages, string language)
    {
        ArgumentNullException.ThrowIfNull(stages);
        List<string>? skipped = null;
        foreach (var stage in stages)
        {
            if (Skips(stage, language))
            {
                (skipped ??= []).Add(stage.Name);
            }
        }

        return skipped is null
            ? null
            : new DiagnosticRecord(
                DiagnosticCode.UnsupportedLanguage,
                Stage,
                $"The text is in language '{language}', which these layers were not built for; they are left empty: {string.Join(", ", skipped)}.",
                DiagnosticSeverity.Info);
    }
}
