namespace Chronicle.Analysis.Guards;

internal enum MarkupTagKind
{
    None,
    Open,
    Close,
    Other,
}
