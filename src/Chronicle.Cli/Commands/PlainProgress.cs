namespace Chronicle.Cli.Commands;

/// <summary>Progress as plain lines, at most one every five seconds, for logs and pipes (no terminal to redraw).</summary>
internal sealed class PlainProgress<T>(TextWriter writer, Func<T, TimeSpan> elapsed, Func<T, string> line) : IProgress<T>
{
    private TimeSpan _last = TimeSpan.FromSeconds(-10);

    public void Report(T value)
    {
        var now = elapsed(value);
        if (now - _last < TimeSpan.FromSeconds(5))
        {
            return;
        }

        _last = now;
        writer.WriteLine(line(value));
    }
}
