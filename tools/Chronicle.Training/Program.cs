using Chronicle.Training;

// chronicle-train gazetteer|actors|taggers SHARED OUTDIR, or bench SHARED ROUNDS
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Chronicle.Training gazetteer|actors|taggers|clusters|parser SHARED_DIR OUT_DIR [options]");
    return 2;
}

var (task, shared, outDir) = (args[0], args[1], args[2]);
switch (task)
{
    case "gazetteer":
        GazetteerBuilder.Build(shared, outDir);
        break;
    case "actors":
        ActorBuilder.Build(shared, outDir);
        break;
    case "taggers":
        var withCrossNer = args.Contains("--with-crossner");
        var posEpochs = args.Contains("--quick") ? 2 : 6;
        var epochsAt = Array.IndexOf(args, "--epochs");
        var nerEpochs = args.Contains("--quick") ? 2 : epochsAt > 0 && epochsAt + 1 < args.Length ? int.Parse(args[epochsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 12;
        TaggerTrainer.Train(shared, outDir, posEpochs, nerEpochs, withCrossNer);
        break;
    case "parser":
        var tagEpochsAt = Array.IndexOf(args, "--tag-epochs");
        var parseEpochsAt = Array.IndexOf(args, "--epochs");
        ParserTrainer.Train(
            shared,
            outDir,
            tagEpochsAt > 0 ? int.Parse(args[tagEpochsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 5,
            parseEpochsAt > 0 ? int.Parse(args[parseEpochsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 12);
        break;
    case "syntax-bench":
        SyntaxBench.Run(shared, int.TryParse(outDir, out var syntaxRounds) ? syntaxRounds : 5);
        break;
    case "clusters":
        ClusterBuilder.Build(shared, outDir);
        break;
    case "bench":
        TaggerBench.Run(shared, int.TryParse(outDir, out var rounds) ? rounds : 5);
        break;
    default:
        Console.Error.WriteLine($"unknown task {task}");
        return 2;
}

return 0;
