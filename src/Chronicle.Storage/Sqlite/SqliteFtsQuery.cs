using System.Text;

namespace Chronicle.Storage.Sqlite;

/// <summary>
/// Turns what a user typed into a safe FTS5 query: every word becomes a quoted term (so FTS syntax in the input is
/// inert) and all must match; text between double quotes stays a phrase.
/// </summary>
internal static class SqliteFtsQuery
{
    public static string? From(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var terms = new List<string>();
        var inPhrase = false;
        var phrase = new List<string>();
        var word = new StringBuilder();

        void EndWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            (inPhrase ? phrase : terms).Add(word.ToString());
            word.Clear();
        }

        foreach (var c in input)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c is '"' or '\u201C' or '\u201D')
            {
                EndWord();
                if (inPhrase && phrase.Count > 0)
                {
                    terms.Add(string.Join(' ', phrase));
                    phrase.Clear();
                }

                inPhrase = !inPhrase;
            }
            else
            {
                EndWord();
            }
        }

        EndWord();
        terms.AddRange(phrase);
        return terms.Count == 0 ? null : string.Join(' ', terms.Select(t => "\"" + t + "\""));
    }

    /// <summary>The plain words of a query, for highlighting snippets.</summary>
    public static IReadOnlyList<string> Words(string? input)
    {
        var words = new List<string>();
        if (input is null)
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var c in input.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }
}
