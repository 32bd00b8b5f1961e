namespace Chronicle.Cli.Commands;

/// <summary>
/// Progress as plain lines, at most one every five seconds, for logs and pipes (no terminal to redraw). The final
/// report (<paramref name="final"/>) is always written, so the last line carries the run's true totals.
/// </summary>
internal sealed class PlainProgress<T>(TextWriter writer, Func<T, TimeSpan> elapsed, Func<T, string> line, Func<T, bool>? final = null) : IProgress<T>
{
    private readonly Lock _gate = new();
    private TimeSpan _last = TimeSpan.FromSeconds(-10);

    public void Report(T value)
    {
        var now = elapsed(value);
        lock (_gate)
        {
            if (now - _last < TimeSpan.FromSeconds(5) && final?.Invoke(value) != true)
            {
                return;
            }

            _last = now;
            writer.WriteLine(line(value));
        }
    }
}
