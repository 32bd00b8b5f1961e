using System.Diagnostics;
using System.Globalization;
using Chronicle.Language.Syntax;

namespace Chronicle.Evaluation.Syntax;

/// <summary>Scores of the syntax layer on a treebank: attachment (UAS, LAS over all words, punctuation included), tags, lemmas, speed.</summary>
public sealed record SyntaxScore(int Sentences, int Words, double Uas, double Las, double Upos, double Lemma, double TokensPerSecond, double TokensPerCpuSecond = 0);

/// <summary>
/// Parses a CoNLL-U file's gold tokens (sentences grouped into documents of <see cref="SentencesPerDocument"/>) with
/// predicted tags and scores heads, relations (full labels, subtypes included), universal POS and lemmas.
/// </summary>
public static class SyntaxEvaluation
{
    public const int SentencesPerDocument = 32;

    public static SyntaxScore Run(SyntaxAnnotator annotator, IReadOnlyList<ConlluSentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        ArgumentNullException.ThrowIfNull(sentences);
        var documents = sentences.Chunk(SentencesPerDocument).Select(chunk => (Gold: chunk, Layout: ConlluLayout.Document(chunk))).ToList();
        // Scores from one pass; speed from the best of three further passes, in the steady state (compiled code),
        // the best being the one least disturbed by other processes.
        var parsed = documents.Select(d => annotator.Annotate(d.Layout.Text, d.Layout.Tokens, d.Layout.Sentences)).ToList();
        var (bestWall, bestCpu) = (0.0, 0.0);
        for (var round = 0; round < 3; round++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var (_, (text, tokens, spans)) in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _ = annotator.Annotate(text, tokens, spans);
            }

            var wall = watch.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            bestWall = Math.Max(bestWall, wall > 0 ? parsed.Sum(p => p.Length) / wall : 0);
            bestCpu = Math.Max(bestCpu, cpu > 0 ? parsed.Sum(p => p.Length) / cpu : 0);
        }

        int words = 0, attached = 0, labelled = 0, upos = 0, lemmas = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            var t = 0;
            foreach (var sentence in documents[d].Gold)
            {
                var first = t;
                for (var i = 0; i < sentence.Count; i++, t++)
                {
                    var token = parsed[d][t];
                    var head = token.Head < 0 ? -1 : token.Head - first;
                    words++;
                    upos += token.Upos == sentence.Upos[i] ? 1 : 0;
                    lemmas += token.Lemma == sentence.Lemmas[i] ? 1 : 0;
                    if (head == sentence.Heads[i])
                    {
                        attached++;
                        labelled += token.Dep == sentence.Relations[i] ? 1 : 0;
                    }
                }
            }
        }

        double Ratio(int n) => words == 0 ? 0 : (double)n / words;
        return new SyntaxScore(sentences.Count, words, Ratio(attached), Ratio(labelled), Ratio(upos), Ratio(lemmas), bestWall, bestCpu);
    }

    public static void Write(TextWriter output, SyntaxScore score)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(score);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Sentences} sentences, {score.Words} words (gold tokens, predicted tags)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UAS={score.Uas:0.000} LAS={score.Las:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UPOS={score.Upos:0.000} lemma={score.Lemma:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed, one thread, steady state (best of 3 rounds), tag + lemmatise + parse: {score.TokensPerSecond:N0} tokens/s wall, {score.TokensPerCpuSecond:N0} tokens/CPU-s"));
    }
}
