namespace Chronicle.Annotations;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Quote,
    Symbol,
}
