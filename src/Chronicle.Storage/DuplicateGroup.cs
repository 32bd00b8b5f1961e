namespace Chronicle.Storage;

/// <summary>A repost group; <see cref="Canonical"/> is its fullest (then earliest) document, whose id names the group.</summary>
public sealed record DuplicateGroup(long Id, long Canonical, IReadOnlyList<ClusterMember> Members);
