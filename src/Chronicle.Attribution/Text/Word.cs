namespace Chronicle.Attribution.Text;

/// <summary>A word or a single punctuation character: a half-open range of the document text.</summary>
internal readonly record struct Word(int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public bool IsWord(string text) => char.IsLetterOrDigit(text[Start]);

    public bool IsCapitalized(string text) => char.IsUpper(text[Start]);

    public bool Is(string text, string value) => In(text).Equals(value, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(string text, char c) => End - Start == 1 && text[Start] == c;
}
