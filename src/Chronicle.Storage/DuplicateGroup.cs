namespace Chronicle.Storage;

/// <summary>Near-identical documents; <see cref="Canonical"/> is the earliest stored.</summary>
public sealed record DuplicateGroup(long Id, long Canonical, IReadOnlyList<ClusterMember> Members);
