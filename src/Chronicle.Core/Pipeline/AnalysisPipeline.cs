using System.Collections.Immutable;
using System.Diagnostics;
using Chronicle.Diagnostics;
using DiagnosticRecord = Chronicle.Diagnostics.Diagnostic;

namespace Chronicle.Pipeline;

/// <summary>An immutable, ordered list of stages. Build it once with <see cref="PipelineBuilder"/>; share it freely.</summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(ImmutableArray<IDocumentStage> stages, TimeSpan stageTimeLimit)
    {
        Stages = stages;
        StageTimeLimit = stageTimeLimit;
    }

    public ImmutableArray<IDocumentStage> Stages { get; }

    /// <summary>A stage that runs longer than this on one document is reported with <see cref="DiagnosticCode.Timeout"/>.</summary>
    public TimeSpan StageTimeLimit { get; }

    /// <summary>
    /// Runs every stage in order, but for those that do not handle the document's language (see
    /// <see cref="ILanguageBoundStage"/>). A stage that throws leaves its layer empty and adds a
    /// <see cref="DiagnosticCode.StageFailed"/> diagnostic: one bad document never stops a batch.
    /// </summary>
    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var current = StageLanguages.Unsupported(Stages, document.Language) is { } unsupported ? document.WithDiagnostic(unsupported) : document;
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (StageLanguages.Skips(stage, document.Language))
            {
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                current = stage.Process(current, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                current = current.WithDiagnostic(new DiagnosticRecord(
                    DiagnosticCode.StageFailed, stage.Name, $"{ex.GetType().Name}: {ex.Message}", DiagnosticSeverity.Error));
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > StageTimeLimit)
            {
                current = current.WithDiagnostic(new DiagnosticRecord(
                    DiagnosticCode.Timeout, stage.Name, $"Stage took {elapsed.TotalMilliseconds:F0} ms.", DiagnosticSeverity.Warning));
            }
        }

        return current;
    }
}
