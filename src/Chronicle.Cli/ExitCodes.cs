namespace Chronicle.Cli;

/// <summary>The CLI's exit-code contract.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some inputs failed; each is reported on stderr and the rest were processed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>Bad usage: unknown option, missing argument.</summary>
    public const int Usage = 2;
}
