namespace Chronicle.Events.Common;

/// <summary>One word of a sentence: its offsets in the document text and its lower-cased form.</summary>
internal readonly record struct WordSpan(int Start, int End, string Lower, bool Capitalised)
{
    public int Length => End - Start;
}
