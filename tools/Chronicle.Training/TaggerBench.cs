using System.Diagnostics;
using System.Globalization;
using Chronicle.Language.Sentences;
using Chronicle.Language.Tagging;
using Chronicle.Language.Tokenization;

namespace Chronicle.Training;

/// <summary>
/// Steady-state timing of tokenise, sentences, POS and NER on CoNLL dev text, one thread, per stage
/// (after a warm-up round so that tiered compilation has finished).
/// </summary>
internal static class TaggerBench
{
    public static void Run(string shared, int rounds)
    {
        var dev = ConllCorpus.Read(Path.Combine(shared, "data", "ner", "conll2003", "dev.txt"));
        var texts = dev.Select(d => d.Text.Replace("\n", "\n\n", StringComparison.Ordinal)).ToList();
        var recognizer = EntityRecognizer.Default;
        Console.WriteLine($"buckets in use: POS {recognizer.Pos.Model.UsedBuckets:N0}, NER {recognizer.Ner.Model.UsedBuckets:N0} + {recognizer.Ner.Second?.UsedBuckets:N0}");
        for (var round = 0; round <= rounds; round++)
        {
            double tokenize = 0, split = 0, tag = 0;
            long tokens = 0;
            var startCpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var text in texts)
            {
                var t0 = Stopwatch.GetTimestamp();
                var tokenLayer = Tokenizer.Tokenize(text);
                var t1 = Stopwatch.GetTimestamp();
                var sentences = SentenceSplitter.Split(text, tokenLayer);
                var t2 = Stopwatch.GetTimestamp();
                var (tagged, _) = recognizer.Annotate(text, tokenLayer, sentences);
                var t3 = Stopwatch.GetTimestamp();
                tokenize += Stopwatch.GetElapsedTime(t0, t1).TotalSeconds;
                split += Stopwatch.GetElapsedTime(t1, t2).TotalSeconds;
                tag += Stopwatch.GetElapsedTime(t2, t3).TotalSeconds;
                tokens += tagged.Length;
            }

            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - startCpu).TotalSeconds;
            var total = tokenize + split + tag;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{(round == 0 ? "warm-up" : "round " + round)}: {tokens:N0} tokens, {tokens / total:N0} tokens/s wall, {tokens / cpu:N0} tokens/CPU-s; tokenise {tokenize * 1000:0} ms, sentences {split * 1000:0} ms, POS+NER {tag * 1000:0} ms"));
        }
    }
}
