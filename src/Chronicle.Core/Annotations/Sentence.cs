using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>A sentence span and the half-open range of its tokens in <see cref="Document.Tokens"/>.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount);
