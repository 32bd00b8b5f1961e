using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>A paragraph of the text; <see cref="IsHeading"/> marks subheadings kept from the page.</summary>
public readonly record struct TextSpanParagraph(TextSpan Span, bool IsHeading = false);
