using System.Text;

namespace Chronicle.Cli.Tests;

/// <summary>Runs the CLI in process with in-memory streams.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args, string? stdin = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = new CliIo(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)));
        var code = await ChronicleCli.RunAsync(args, io);
        return (code, output.ToString(), error.ToString());
    }
}
