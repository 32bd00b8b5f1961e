using System.Text;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Turns what a user typed into a safe <c>to_tsquery</c> input with the same meaning as the SQLite store's search:
/// every word must match, text between double quotes is a phrase, and nothing the user types is read as an operator
/// (only letters and digits reach the query, each quoted as one lexeme).
/// </summary>
internal static class PostgresTextQuery
{
    public static string? From(string? input)
    {
        var terms = Terms(input);
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var term in terms)
        {
            if (query.Length > 0)
            {
                query.Append(" & ");
            }

            if (term.Count == 1)
            {
                query.Append('\'').Append(term[0]).Append('\'');
                continue;
            }

            query.Append('(');
            for (var i = 0; i < term.Count; i++)
            {
                query.Append(i == 0 ? "'" : " <-> '").Append(term[i]).Append('\'');
            }

            query.Append(')');
        }

        return query.ToString();
    }

    /// <summary>The plain words of a query, for highlighting snippets.</summary>
    public static IReadOnlyList<string> Words(string? input) => Terms(input).SelectMany(t => t).ToList();

    /// <summary>Words and phrases (a phrase is a list of several words), lower-cased.</summary>
    private static List<List<string>> Terms(string? input)
    {
        var terms = new List<List<string>>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return terms;
        }

        var inPhrase = false;
        var phrase = new List<string>();
        var word = new StringBuilder();

        void EndWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            if (inPhrase)
            {
                phrase.Add(word.ToString());
            }
            else
            {
                terms.Add([word.ToString()]);
            }

            word.Clear();
        }

        foreach (var c in input)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '"' or '\u201C' or '\u201D')
            {
                EndWord();
                if (inPhrase && phrase.Count > 0)
                {
                    terms.Add(phrase);
                    phrase = [];
                }

                inPhrase = !inPhrase;
            }
            else
            {
                EndWord();
            }
        }

        EndWord();

        // An unclosed quote: its words are plain terms.
        terms.AddRange(phrase.Select(w => new List<string> { w }));
        return terms;
    }
}
