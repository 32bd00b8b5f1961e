using System.Collections.Immutable;
using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>A GKG-like theme (e.g. <c>KILL</c>, <c>REFUGEES</c>) with the spans that evoke it.</summary>
public sealed record Theme(string Code, ImmutableArray<TextSpan> Mentions);
