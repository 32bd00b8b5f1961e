using Chronicle.Training;

// chronicle-train gazetteer|actors|taggers SHARED OUTDIR, or bench SHARED ROUNDS
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Chronicle.Training gazetteer|actors|pos|ner SHARED_DIR OUT_DIR [options]");
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
        var foldsAt = Array.IndexOf(args, "--folds");
        var folds = foldsAt > 0 && foldsAt + 1 < args.Length ? int.Parse(args[foldsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        TaggerTrainer.Train(shared, outDir, posEpochs, nerEpochs, withCrossNer, folds, args.Contains("--cv-second-pass"));
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
