namespace Chronicle.Attribution.Tests;

/// <summary>One example of a spec file: a heading, the input text and the expected lines.</summary>
public sealed record SpecExample(string File, int Line, string Heading, string Input, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{File}:{Line} {Heading}";
}
