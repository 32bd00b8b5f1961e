using System.Globalization;
using Chronicle.Fuzz;
using SharpFuzz;

// chronicle-fuzz TARGET                          under afl-fuzz (see tools/fuzz.sh): one input per run, from AFL
// chronicle-fuzz TARGET --replay PATH            run a file, or every file in a folder, once (triage, regressions)
// chronicle-fuzz TARGET --mutate N [--seed S]    N deterministic mutations of the seed corpus, without AFL
// chronicle-fuzz list                            the targets
if (args.Length == 0 || args[0] == "list")
{
    foreach (var known in FuzzTargets.All)
    {
        Console.WriteLine($"{known.Name,-10} {known.Description}");
    }

    return args.Length == 0 ? 2 : 0;
}

var target = FuzzTargets.Find(args[0]);
if (target is null)
{
    Console.Error.WriteLine($"Unknown target '{args[0]}'; run 'chronicle-fuzz list'.");
    return 2;
}

if (args.Length >= 3 && args[1] == "--replay")
{
    var files = Directory.Exists(args[2]) ? Directory.GetFiles(args[2], "*", SearchOption.AllDirectories) : [args[2]];
    var failed = 0;
    foreach (var file in files.Order(StringComparer.Ordinal))
    {
        try
        {
            target.Run(File.ReadAllBytes(file));
        }
        catch (Exception ex)
        {
            failed++;
            Console.Error.WriteLine($"{file}: {ex}");
        }
    }

    Console.WriteLine($"{files.Length - failed} passed, {failed} failed");
    return failed == 0 ? 0 : 1;
}

if (args.Length >= 3 && args[1] == "--mutate" && int.TryParse(args[2], CultureInfo.InvariantCulture, out var iterations))
{
    var seed = args.Length >= 5 && args[3] == "--seed" ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
    var corpus = SeedCorpus.Load(Path.Combine(AppContext.BaseDirectory, "Seeds"), target.Name);
    var failure = FuzzCampaign.Run(target, corpus, iterations, seed);
    if (failure is null)
    {
        Console.WriteLine($"{target.Name}: {iterations} mutations of {corpus.Count} seeds (seed {seed}), no failure");
        return 0;
    }

    var saved = Path.Combine(Path.GetTempPath(), $"chronicle-fuzz-{target.Name}-{seed}.bin");
    File.WriteAllBytes(saved, failure.Input);
    Console.Error.WriteLine($"{target.Name}: failure on mutation {failure.Iteration}, input saved to {saved}:\n{failure.Exception}");
    return 1;
}

// Under AFL: SharpFuzz runs the action once per input and reports exceptions as crashes.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
