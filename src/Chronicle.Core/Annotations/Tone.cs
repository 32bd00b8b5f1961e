namespace Chronicle.Annotations;

/// <summary>GDELT's tone measures. Percentages are of <see cref="WordCount"/>.</summary>
public sealed record Tone(
    double Value,
    double Positive,
    double Negative,
    double Polarity,
    double Activity,
    double SelfReference,
    int WordCount)
{
    public static Tone Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);
}
