using System.Diagnostics;
using System.Text;
using Chronicle.Language.Sentences;
using Chronicle.Language.Tagging;
using Chronicle.Language.Tokenization;

namespace Chronicle.Evaluation.Ner;

/// <summary>Runs the entity recogniser over CoNLL documents and scores it; also times the full tokenise + tag path.</summary>
public static class NerEvaluation
{
    public static NerScore Run(EntityRecognizer recognizer, IReadOnlyList<ConllDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(documents);
        var scorer = new NerScorer();
        var tokens = 0;

        // Warm up once so model loading is not timed.
        if (documents.Count > 0)
        {
            recognizer.TagDocument(documents[0].Sentences);
        }

        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var predictions = new List<string[][]>(documents.Count);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            predictions.Add(recognizer.TagDocument(document.Sentences));
            tokens += document.TokenCount;
        }

        var taggingSeconds = watch.Elapsed.TotalSeconds;
        var taggingCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        for (var d = 0; d < documents.Count; d++)
        {
            for (var s = 0; s < documents[d].Sentences.Count; s++)
            {
                scorer.Add(documents[d].Labels[s], predictions[d][s]);
            }
        }

        var (fullRate, fullCpuRate) = TimeFullPath(recognizer, documents, cancellationToken);
        return new NerScore(
            scorer.Types,
            scorer.Total("all", _ => true),
            scorer.Total("PER/ORG/LOC", t => t is "PER" or "ORG" or "LOC"),
            documents.Count,
            tokens,
            taggingSeconds > 0 ? tokens / taggingSeconds : 0,
            fullRate)
        {
            TaggingTokensPerCpuSecond = taggingCpu > 0 ? tokens / taggingCpu : 0,
            FullTokensPerCpuSecond = fullCpuRate,
        };
    }

    /// <summary>Steady-state tokens per wall-clock and per CPU second for tokeniser + sentence splitter + tagger + recogniser on the documents' detokenised text.</summary>
    private static (double Wall, double Cpu) TimeFullPath(EntityRecognizer recognizer, IReadOnlyList<ConllDocument> documents, CancellationToken cancellationToken)
    {
        var texts = new List<string>(documents.Count);
        foreach (var document in documents)
        {
            var text = new StringBuilder();
            foreach (var sentence in document.Sentences)
            {
                text.AppendJoin(' ', sentence).Append("\n\n");
            }

            texts.Add(text.ToString());
        }

        // One untimed round so that tiered compilation has settled, then the best of three rounds: bulk work
        // runs in the steady state, and the best round is the one least disturbed by other processes.
        var (bestWall, bestCpu) = (0.0, 0.0);
        for (var round = 0; round < 4; round++)
        {
            var tokens = 0L;
            var watch = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var text in texts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var tokenLayer = Tokenizer.Tokenize(text);
                var sentences = SentenceSplitter.Split(text, tokenLayer);
                var (tagged, _) = recognizer.Annotate(text, tokenLayer, sentences);
                tokens += tagged.Length;
            }

            var seconds = watch.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            if (round > 0)
            {
                bestWall = Math.Max(bestWall, seconds > 0 ? tokens / seconds : 0);
                bestCpu = Math.Max(bestCpu, cpuSeconds > 0 ? tokens / cpuSeconds : 0);
            }
        }

        return (bestWall, bestCpu);
    }
}
