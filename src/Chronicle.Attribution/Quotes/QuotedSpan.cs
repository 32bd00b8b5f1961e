namespace Chronicle.Attribution.Quotes;

/// <summary>
/// Words between quotation marks: <c>[Start, End)</c> is the content, <see cref="Open"/> and <see cref="Close"/> the
/// marks. A quote that runs on into the next paragraph has no closing mark here (<see cref="Continues"/>).
/// </summary>
internal readonly record struct QuotedSpan(int Open, int Start, int End, int Close, bool Continues)
{
    /// <summary>The quote with its marks.</summary>
    public int Outer => Continues ? End : Close + 1;
}
