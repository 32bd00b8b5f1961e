using System.Diagnostics;
using Chronicle.Diagnostics;
using Chronicle.Pipeline;
using DiagnosticRecord = Chronicle.Diagnostics.Diagnostic;

namespace Chronicle.Analysis;

/// <summary>
/// Runs a pipeline's stages under a per-document deadline. Unlike <see cref="AnalysisPipeline.Run"/>, running out of
/// time is not an error: the layers finished so far are kept and a <see cref="DiagnosticCode.Timeout"/> names the
/// stage that was stopped, so a batch goes on with a partial record instead of stalling.
/// </summary>
internal static class BoundedRun
{
    private const string Stage = "analysis";

    /// <param name="deadline">Cancelled when the document's time is up; stages receive it linked with the caller's token.</param>
    public static Document Run(AnalysisPipeline pipeline, Document document, CancellationToken deadline, CancellationToken cancellationToken)
    {
        var stages = pipeline.Stages;
        var current = StageLanguages.Unsupported(stages, document.Language) is { } unsupported ? document.WithDiagnostic(unsupported) : document;
        for (var i = 0; i < stages.Length; i++)
        {
            var stage = stages[i];
            cancellationToken.ThrowIfCancellationRequested();
            if (StageLanguages.Skips(stage, document.Language))
            {
                continue;
            }

            if (deadline.IsCancellationRequested)
            {
                return current.WithDiagnostic(Skipped(stages, i, "before"));
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                current = stage.Process(current, deadline);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                return current.WithDiagnostic(Skipped(stages, i, "during"));
            }
            catch (Exception ex)
            {
                current = current.WithDiagnostic(new DiagnosticRecord(
                    DiagnosticCode.StageFailed, stage.Name, $"{ex.GetType().Name}: {ex.Message}", DiagnosticSeverity.Error));
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > pipeline.StageTimeLimit)
            {
                current = current.WithDiagnostic(new DiagnosticRecord(
                    DiagnosticCode.Timeout, stage.Name, $"Stage took {elapsed.TotalMilliseconds:F0} ms.", DiagnosticSeverity.Warning));
            }
        }

        return current;
    }

    /// <summary>A timeout record naming the stage reached and the stages left out.</summary>
    public static DiagnosticRecord Skipped(IReadOnlyList<IDocumentStage> stages, int reached, string when)
    {
        var names = new string[stages.Count - reached];
        for (var i = reached; i < stages.Count; i++)
        {
            names[i - reached] = stages[i].Name;
        }

        return new DiagnosticRecord(
            DiagnosticCode.Timeout,
            reached < stages.Count ? stages[reached].Name : Stage,
            $"The document time limit ran out {when} this stage; skipped: {string.Join(", ", names)}.",
            DiagnosticSeverity.Warning);
    }
}
