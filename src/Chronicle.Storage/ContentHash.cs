using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Storage;

/// <summary>
/// The identity of a text for idempotent ingest: SHA-256 over the text with case folded, whitespace collapsed and
/// punctuation dropped, so the same article re-scraped with different spacing or quote marks hashes the same.
/// </summary>
public static class ContentHash
{
    /// <summary>
    /// The identity of a text as published by one site: the same text re-scraped from the same site hashes the same
    /// (a second ingest adds nothing), while a syndicated copy on another site is kept as its own document.
    /// </summary>
    public static string Of(ReadOnlySpan<char> text, string? site)
    {
        var textHash = Of(text);
        return string.IsNullOrWhiteSpace(site) ? textHash : Of(textHash + " " + site.Trim().ToLowerInvariant());
    }

    public static string Of(ReadOnlySpan<char> text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<char> chunk = stackalloc char[256];
        Span<byte> bytes = stackalloc byte[256 * 3];
        var used = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && used > 0)
                {
                    Append(hash, chunk, bytes, ref used, ' ');
                }

                pendingSpace = false;
                Append(hash, chunk, bytes, ref used, char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                pendingSpace = true;
            }
        }

        Flush(hash, chunk, bytes, ref used);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, Span<char> chunk, Span<byte> bytes, ref int used, char c)
    {
        if (used == chunk.Length)
        {
            Flush(hash, chunk, bytes, ref used);
        }

        chunk[used++] = c;
    }

    private static void Flush(IncrementalHash hash, Span<char> chunk, Span<byte> bytes, ref int used)
    {
        if (used == 0)
        {
            return;
        }

        // A chunk boundary may split a surrogate pair; UTF-8 encoding per chunk would then differ, so keep the high half back.
        var take = used;
        if (char.IsHighSurrogate(chunk[take - 1]))
        {
            take--;
        }

        var written = Encoding.UTF8.GetBytes(chunk[..take], bytes);
        hash.AppendData(bytes[..written]);
        if (take < used)
        {
            chunk[0] = chunk[take];
            used = 1;
        }
        else
        {
            used = 0;
        }
    }
}
