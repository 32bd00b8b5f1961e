using BenchmarkDotNet.Running;
using Chronicle.Bench.Cold;
using Chronicle.Bench.Corpus;
using Chronicle.Bench.Throughput;

// Whole-corpus modes are plain programs (BenchmarkDotNet would repeat them for statistics they do not need);
// everything else goes to the micro-benchmarks.
if (args.Length > 0 && args[0] == "throughput")
{
    return ThroughputCommand.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestThroughput.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "consolidate")
{
    return await ConsolidationBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "startup")
{
    return StartupCommand.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "inputs")
{
    return InputsCommand.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "cold")
{
    return await ColdCliCommand.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "profile")
{
    return ProfileCommand.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
