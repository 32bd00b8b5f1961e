using Chronicle.Training;

// Chronicle.Training TASK SHARED_DIR OUT_DIR: rebuilds one committed artifact from ../shared (docs/DATA.md), or times a model.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Chronicle.Training gazetteer|actors|lexicon|events-resources|taggers|clusters|name-heads|parser|parser-prune|cameo|world-map|attribution SHARED_DIR OUT_DIR [options]");
    Console.Error.WriteLine("       Chronicle.Training bench|syntax-bench SHARED_DIR ROUNDS");
    Console.Error.WriteLine("       Chronicle.Training parse-profile SHARED_DIR RESOURCES_DIR ROUNDS PERCENTILES(comma-separated)");
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
    case "parser":
        var tagEpochsAt = Array.IndexOf(args, "--tag-epochs");
        var parseEpochsAt = Array.IndexOf(args, "--epochs");
        ParserTrainer.Train(
            shared,
            outDir,
            tagEpochsAt > 0 ? int.Parse(args[tagEpochsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 5,
            parseEpochsAt > 0 ? int.Parse(args[parseEpochsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 12);
        break;
    case "cameo":
        CameoVerbBuilder.Build(shared, outDir);
        break;
    case "events-resources":
        EventResourceBuilder.Build(shared, outDir);
        break;
    case "lexicon":
        LexiconBuilder.Build(shared, outDir);
        break;
    case "world-map":
        // SHARED OUT_FILE (src/Chronicle.Web/wwwroot/world.json)
        WorldMapBuilder.Build(shared, outDir);
        break;
    case "syntax-bench":
        SyntaxBench.Run(shared, int.TryParse(outDir, out var syntaxRounds) ? syntaxRounds : 5);
        break;
    case "parser-prune":
        // SHARED OUT_DIR: prunes the written parser weights as "parser" does before saving.
        ParserTrainer.PruneResources(outDir);
        break;
    case "parse-profile":
        ParseProfile.Run(shared, outDir, [.. args[4].Split(",").Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture))], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "clusters":
        ClusterBuilder.Build(shared, outDir);
        break;
    case "name-heads":
        NameHeadBuilder.Build(shared, outDir);
        break;
    case "attribution":
        var attributionEpochs = Array.IndexOf(args, "--epochs") is var at && at > 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 8;
        var attributionLimit = Array.IndexOf(args, "--limit") is var lt && lt > 0 && lt + 1 < args.Length ? int.Parse(args[lt + 1], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
        AttributionTrainer.Train(shared, outDir, attributionEpochs, attributionLimit, args.Contains("--report"));
        break;
    case "bench":
        TaggerBench.Run(shared, int.TryParse(outDir, out var rounds) ? rounds : 5);
        break;
    default:
        Console.Error.WriteLine($"unknown task {task}");
        return 2;
}

return 0;
