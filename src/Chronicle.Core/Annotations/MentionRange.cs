using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>
/// One entity mention as a token range: <see cref="Entity"/> is its index in <see cref="Document.Entities"/>
/// (-1 for a raw mention no entity took).
/// </summary>
public readonly record struct MentionRange(TokenRange Tokens, TextSpan Span, EntityType Type, int Entity);
