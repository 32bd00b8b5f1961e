using System.CommandLine;
using Chronicle.Evaluation.Syntax;
using Chronicle.Language.Syntax;

namespace Chronicle.Cli.Commands.Eval;

/// <summary>
/// <c>chronicle eval syntax FILE.conllu…</c>: parse a treebank's gold tokens with predicted tags and print UAS/LAS
/// (all words, punctuation included), universal POS and lemma accuracy, and tokens per second on one thread.
/// </summary>
public static class EvalSyntaxCommand
{
    public static Command Create(CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var files = new Argument<string[]>("files")
        {
            Description = "CoNLL-U files (e.g. ../shared/data/syntax/ud-english-ewt/dev.conllu).",
            Arity = ArgumentArity.OneOrMore,
        };
        files.Validators.Add(CliValidation.RejectUnknownOptions);
        var command = new Command("syntax", "Score the tagger, lemmatiser and dependency parser on CoNLL-U files (UAS, LAS, UPOS, lemmas, tokens/s).")
        {
            files,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var exit = ExitCodes.Success;
            if (SyntaxAnnotator.Default is not { } annotator)
            {
                await io.Error.WriteLineAsync("chronicle: this build carries no syntax model.");
                return ExitCodes.SomeInputsFailed;
            }

            foreach (var path in result.GetValue(files) ?? [])
            {
                if (!File.Exists(path))
                {
                    await io.Error.WriteLineAsync($"chronicle: {path}: no such file.");
                    exit = ExitCodes.SomeInputsFailed;
                    continue;
                }

                var problems = new List<string>();
                var sentences = ConlluReader.ReadFile(path, problems.Add);
                foreach (var problem in problems.Take(10))
                {
                    await io.Error.WriteLineAsync($"chronicle: {path}: {problem}");
                }

                if (sentences.Count == 0)
                {
                    await io.Error.WriteLineAsync($"chronicle: {path}: no CoNLL-U sentences found.");
                    exit = ExitCodes.SomeInputsFailed;
                    continue;
                }

                var score = SyntaxEvaluation.Run(annotator, sentences, cancellationToken);
                await io.Out.WriteLineAsync(path);
                SyntaxEvaluation.Write(io.Out, score);
            }

            return exit;
        });
        return command;
    }
}
