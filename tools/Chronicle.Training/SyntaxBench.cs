using System.Diagnostics;
using Chronicle.Language.Syntax;
using Chronicle.Language.Tagging;

namespace Chronicle.Training;

/// <summary>Times the syntax layer's parts (tagging, lemmas, parsing) on a treebank's gold tokens, one thread, best of N rounds.</summary>
internal static class SyntaxBench
{
    public static void Run(string shared, int rounds)
    {
        var model = SyntaxModel.Default ?? throw new InvalidOperationException("no embedded syntax model");
        var dev = ConlluReader.ReadFile(Path.Combine(shared, "data", "syntax", "ud-english-ewt", "dev.conllu"));
        var docs = dev.Chunk(32).Select(c => ConlluLayout.Document(c)).ToList();
        var words = docs.Sum(d => d.Tokens.Length);
        var scratch = new TaggingScratch();
        var state = new ParseState();
        var parser = new DependencyParser(model.Actions, model.Relations, model.RootLabel);
        double fill = double.MaxValue, tag = double.MaxValue, lemma = double.MaxValue, parse = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            double f = 0, t = 0, l = 0, p = 0;
            foreach (var (text, tokens, sentences) in docs)
            {
                var watch = Stopwatch.StartNew();
                scratch.Fill(text, tokens.AsSpan(), sentences.AsSpan(), null, WordClusters.Default);
                f += watch.Elapsed.TotalSeconds;
                watch.Restart();
                model.Tagger.Tag<SyntaxTagFeatures>(scratch);
                t += watch.Elapsed.TotalSeconds;
                watch.Restart();
                for (var i = 0; i < tokens.Length; i++)
                {
                    _ = model.Lemmatizer.Lemma(text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length), scratch.Lower[i], model.XposHash[scratch.Pos[i]]);
                }

                l += watch.Elapsed.TotalSeconds;
                watch.Restart();
                foreach (var sentence in sentences)
                {
                    SyntaxAnnotator.Load(state, scratch, sentence.FirstToken, sentence.TokenCount);
                    parser.Parse(state);
                }

                p += watch.Elapsed.TotalSeconds;
            }

            (fill, tag, lemma, parse) = (Math.Min(fill, f), Math.Min(tag, t), Math.Min(lemma, l), Math.Min(parse, p));
        }

        Console.WriteLine($"{words} words; tokens/s per part (best of {rounds}): facts {words / fill:N0}, tagger {words / tag:N0}, lemmas {words / lemma:N0}, parser {words / parse:N0}; all {words / (fill + tag + lemma + parse):N0}");
    }
}
