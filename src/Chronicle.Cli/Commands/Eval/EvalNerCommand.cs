using System.CommandLine;
using Chronicle.Evaluation.Ner;
using Chronicle.Language.Tagging;

namespace Chronicle.Cli.Commands.Eval;

/// <summary>
/// <c>chronicle eval ner FILE…</c>: tag CoNLL-format files and print entity-level precision, recall and F1 per
/// type and overall (exact span and type, as conlleval), with tokens per second.
/// </summary>
public static class EvalNerCommand
{
    public static Command Create(CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var files = new Argument<string[]>("files")
        {
            Description = "CoNLL-format files (e.g. ../shared/data/ner/conll2003/dev.txt); corpus types are mapped to PER/ORG/LOC/MISC.",
            Arity = ArgumentArity.OneOrMore,
        };
        files.Validators.Add(CliValidation.RejectUnknownOptions);
        var limit = new Option<int?>("--limit") { Description = "Score only the first N documents of each file." };
        var command = new Command("ner", "Score the named-entity recogniser on CoNLL-format files (P/R/F1 per type, tokens/s).")
        {
            files, limit,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var exit = ExitCodes.Success;
            foreach (var path in result.GetValue(files) ?? [])
            {
                if (!File.Exists(path))
                {
                    await io.Error.WriteLineAsync($"chronicle: {path}: no such file.");
                    exit = ExitCodes.SomeInputsFailed;
                    continue;
                }

                IReadOnlyList<ConllDocument> documents;
                using (var reader = new StreamReader(path))
                {
                    documents = ConllReader.Read(reader);
                }

                if (result.GetValue(limit) is { } max && max >= 0)
                {
                    documents = [.. documents.Take(max)];
                }

                if (documents.Count == 0)
                {
                    await io.Error.WriteLineAsync($"chronicle: {path}: no CoNLL sentences found.");
                    exit = ExitCodes.SomeInputsFailed;
                    continue;
                }

                var score = NerEvaluation.Run(EntityRecognizer.Default, documents, cancellationToken);
                await io.Out.WriteLineAsync(path);
                NerReport.Write(io.Out, score);
            }

            return exit;
        });
        return command;
    }
}
