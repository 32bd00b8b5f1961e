namespace Chronicle.Web.Assets;

/// <summary>One embedded UI file: its bytes, media type and a validator for conditional requests.</summary>
public sealed record StaticAsset(string Name, ReadOnlyMemory<byte> Content, string ContentType, string ETag);
