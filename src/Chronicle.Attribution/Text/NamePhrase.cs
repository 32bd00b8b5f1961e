namespace Chronicle.Attribution.Text;

/// <summary>
/// A capitalised phrase read as a name: the whole run (titles included) and the name proper
/// ("French President François Hollande" → "François Hollande").
/// </summary>
internal sealed record NamePhrase(int RunStart, int RunEnd, int NameStart, int NameEnd, NameKind Kind, Gender Gender, int WordCount)
{
    public string Name(string text) => text[NameStart..NameEnd];
}
