using System.Text;

namespace Chronicle.Storage;

/// <summary>
/// The corpus-wide identity of a name: lower case, letters and digits only, words separated by one space
/// ("Bashar al-Assad" → "bashar al assad"), so whole-word lookups work with a simple pattern in any SQL dialect.
/// </summary>
public static class EntityKey
{
    public static string Normalise(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019')
            {
                // Apostrophes join ("O'Brien" → "obrien") rather than split.
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
