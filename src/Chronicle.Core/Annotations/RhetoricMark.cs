using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>A rhetorical device or a sentence's manner (e.g. <c>loaded-language</c>, <c>opinion</c>) with its evidence.</summary>
public sealed record RhetoricMark(string Type, TextSpan Span);
