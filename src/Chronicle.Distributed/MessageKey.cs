using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Distributed;

/// <summary>JetStream message ids for de-duplication: the source key itself when short, else its SHA-256.</summary>
internal static class MessageKey
{
    private const int MaxLength = 512;

    public static string Of(string sourceKey) =>
        sourceKey.Length <= MaxLength && !sourceKey.Any(char.IsControl)
            ? sourceKey
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceKey)));
}
