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
        // One untimed round first, so that speed is measured on settled (fully compiled) code.
        foreach (var (_, (text, tokens, spans)) in documents)
        {
            _ = annotator.Annotate(text, tokens, spans);
        }

        int words = 0, attached = 0, labelled = 0, upos = 0, lemmas = 0;
        var elapsed = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        foreach (var (gold, (text, tokens, spans)) in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var parsed = annotator.Annotate(text, tokens, spans);
            elapsed += watch.Elapsed;
            cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var t = 0;
            foreach (var sentence in gold)
            {
                var first = t;
                for (var i = 0; i < sentence.Count; i++, t++)
                {
                    var token = parsed[t];
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
        return new SyntaxScore(sentences.Count, words, Ratio(attached), Ratio(labelled), Ratio(upos), Ratio(lemmas), elapsed.TotalSeconds > 0 ? words / elapsed.TotalSeconds : 0, cpu.TotalSeconds > 0 ? words / cpu.TotalSeconds : 0);
    }

    public static void Write(TextWriter output, SyntaxScore score)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(score);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Sentences} sentences, {score.Words} words (gold tokens, predicted tags)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UAS={score.Uas:0.000} LAS={score.Las:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UPOS={score.Upos:0.000} lemma={score.Lemma:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed, one thread (tag + lemmatise + parse): {score.TokensPerSecond:N0} tokens/s wall, {score.TokensPerCpuSecond:N0} tokens/CPU-s"));
    }
}
