namespace Chronicle.Analysis.Guards;

/// <summary>One tag found by <see cref="MarkupScanner"/>: <c>[Start, End)</c> in the bytes, with its name's range.</summary>
internal readonly record struct MarkupTag(MarkupTagKind Kind, int Start, int End, int NameStart, int NameLength, bool SelfClosing)
{
    public ReadOnlySpan<byte> Name(ReadOnlySpan<byte> html) => html.Slice(NameStart, NameLength);
}
