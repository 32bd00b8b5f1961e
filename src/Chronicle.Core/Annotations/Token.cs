using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>A token: its span, its coarse kind and, once tagged, its part of speech (Penn Treebank tag).</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, string? Pos = null);
