using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>One raw named-entity mention as recognised, before mentions are merged into <see cref="Entity"/> records.</summary>
public readonly record struct EntityMention(TextSpan Span, EntityType Type, float Confidence = 1f);
