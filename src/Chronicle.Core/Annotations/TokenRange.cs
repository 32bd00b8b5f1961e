namespace Chronicle.Annotations;

/// <summary>A half-open range <c>[Start, End)</c> of token indexes in <see cref="Document.Tokens"/>.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int token) => token >= Start && token < End;

    public override string ToString() => $"tokens [{Start}, {End})";
}
