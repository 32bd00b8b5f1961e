using System.Diagnostics;
using Chronicle.Testing;

namespace Chronicle.Cli.Tests;

/// <summary>
/// The <c>./chronicle</c> wrapper's runtime settings per command: short commands recompile a precompiled method only
/// after 1,000 calls, long ones keep the runtime's default and turn dynamic PGO on, and a value the caller sets wins
/// (the cold bench restores the default that way). The wrapper runs against a stand-in <c>dotnet</c> that prints the
/// settings it was given, with a built CLI already in place so that nothing is published.
/// </summary>
public sealed class WrapperSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-wrapper-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableFact]
    public void Analyze_recompiles_after_1000_calls_without_dynamic_PGO()
    {
        Assert.Equal("threshold=1000 pgo=unset", RunWrapper("analyze"));
    }

    [SkippableFact]
    public void Long_commands_keep_the_default_threshold_and_turn_dynamic_PGO_on()
    {
        Assert.Equal("threshold=unset pgo=1", RunWrapper("ingest"));
        Assert.Equal("threshold=unset pgo=1", RunWrapper("serve"));
    }

    [SkippableFact]
    public void A_threshold_the_caller_sets_is_kept()
    {
        Assert.Equal("threshold=30 pgo=unset", RunWrapper("analyze", ("DOTNET_TC_CallCountThreshold", "30")));
    }

    private string RunWrapper(string command, params (string Name, string Value)[] environment)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("The ./chronicle wrapper is a bash script.");
        }

        var bash = new[] { "/bin/bash", "/usr/bin/bash" }.FirstOrDefault(File.Exists);
        Skip.If(bash is null, "bash is not installed.");

        // A copy of the wrapper beside a CLI that counts as built: no sources to compare against, a stamp present.
        var wrapper = Path.Combine(_folder, "chronicle");
        File.Copy(Path.Combine(RepoPaths.Root, "chronicle"), wrapper, overwrite: true);
        var cli = Directory.CreateDirectory(Path.Combine(_folder, ".build", "cli")).FullName;
        File.WriteAllText(Path.Combine(cli, "chronicle.dll"), string.Empty);
        File.WriteAllText(Path.Combine(cli, ".stamp"), string.Empty);
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        File.WriteAllText(
            Path.Combine(bin, "dotnet"),
            "#!/usr/bin/env bash\necho \"threshold=${DOTNET_TC_CallCountThreshold:-unset} pgo=${DOTNET_TieredPGO:-unset}\"\n");
        File.SetUnixFileMode(Path.Combine(bin, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var start = new ProcessStartInfo(bash!) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(wrapper);
        start.ArgumentList.Add(command);
        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment.Remove("DOTNET_TC_CallCountThreshold");
        start.Environment.Remove("DOTNET_TieredPGO");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"the wrapper failed: {error}");
        return output.Trim();
    }
}
