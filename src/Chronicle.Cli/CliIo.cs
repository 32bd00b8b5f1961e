namespace Chronicle.Cli;

/// <summary>The streams a command writes to; tests pass in-memory writers.</summary>
public sealed record CliIo(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput)
{
    public bool OutputIsTerminal { get; init; }
}
