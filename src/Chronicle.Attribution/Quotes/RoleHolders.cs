using Chronicle.Attribution.Text;

namespace Chronicle.Attribution.Quotes;

/// <summary>
/// The named holder of a role that a speaker description refers to: "the secretary-general" is the person the document
/// introduces as "UN Secretary-General António Guterres", "China's ambassador to Britain" the one it calls "China's
/// ambassador to Britain Liu Xiaming", "the group" the one it calls "The group, WeWorkers Coalition,". A description
/// resolves when every one of its words stands right before a name (a title or a description set off by a comma) or in
/// an apposition right after it ("Liu Xiaming, China's ambassador"); indefinite descriptions ("a medic", "one official")
/// and plurals name nobody in particular and stay descriptions.
/// </summary>
internal sealed class RoleHolders(TextIndex index, NameRegistry names)
{
    /// <summary>Extra words a title or apposition may hold beyond the description's own ("of the", "to", a comma).</summary>
    private const int Slack = 3;

    /// <summary>Descriptions longer than this are not titles.</summary>
    private const int MaxWords = 6;

    private string Text => index.Text;

    /// <summary>The name phrase the description <c>[start, end)</c> (characters) refers to, or null.</summary>
    public NamePhrase? Find(int start, int end)
    {
        var first = index.WordAt(start);
        var last = index.WordAt(end);
        if (first >= last || IsIndefinite(first))
        {
            return null;
        }

        Span<int> words = stackalloc int[MaxWords];
        var count = 0;
        for (var i = first; i < last; i++)
        {
            if (!IsContentWord(i))
            {
                continue;
            }

            if (count == MaxWords)
            {
                return null;
            }

            words[count++] = i;
        }

        if (count == 0 || IsPlural(words[count - 1]))
        {
            return null;
        }

        NamePhrase? before = null, after = null;
        foreach (var phrase in names.Phrases)
        {
            if (phrase.Kind == NameKind.Place || (phrase.NameStart < end && phrase.NameEnd > start))
            {
                continue;
            }

            if (!Introduces(phrase, words[..count]))
            {
                continue;
            }

            if (phrase.NameStart < start)
            {
                before = phrase;
            }
            else
            {
                after ??= phrase;
            }
        }

        return before ?? after;
    }

    /// <summary>True when the words of the description stand right before the name or right after it, set off by a comma.</summary>
    private bool Introduces(NamePhrase phrase, ReadOnlySpan<int> words)
    {
        var nameFirst = index.WordAt(phrase.NameStart);
        var nameEnd = index.WordAt(phrase.NameEnd);
        var window = words.Length + Slack;

        var from = nameFirst;
        while (from > 0 && nameFirst - from < window && !index.IsBoundary(from - 1) && index.QuoteOf[from - 1] < 0
            && index.Paragraph[from - 1] == index.Paragraph[nameFirst])
        {
            from--;
        }

        // The description's last word stands right before the name ("ambassador to Britain Liu Xiaming", "The group, WeWorkers").
        var adjacent = nameFirst - 1;
        if (adjacent >= from && index.Words[adjacent].IsChar(Text, ','))
        {
            adjacent--;
        }

        if (adjacent >= from && Same(adjacent, words[^1]) && ContainsAll(from, nameFirst, words))
        {
            return true;
        }

        // The description's last word read as the name's first ("ambassador to Britain Liu Xiaming" → "Britain Liu Xiaming").
        if (nameEnd - nameFirst > 2 && Same(nameFirst, words[^1]) && ContainsAll(from, nameFirst + 1, words))
        {
            return true;
        }

        if (nameEnd >= index.Words.Count || !index.Words[nameEnd].IsChar(Text, ','))
        {
            return false;
        }

        var to = nameEnd + 1;
        while (to < index.Words.Count && to - nameEnd <= window && !index.IsBoundary(to) && index.QuoteOf[to] < 0
            && !index.Words[to].IsChar(Text, ',') && index.Paragraph[to] == index.Paragraph[nameFirst])
        {
            to++;
        }

        return to - 1 > nameEnd && Same(to - 1, words[^1]) && ContainsAll(nameEnd + 1, to, words);
    }

    private bool Same(int i, int j) => index.Span(i).Equals(index.Span(j), StringComparison.OrdinalIgnoreCase);

    private bool ContainsAll(int from, int to, ReadOnlySpan<int> words)
    {
        foreach (var w in words)
        {
            var found = false;
            for (var i = from; i < to && !found; i++)
            {
                found = Same(i, w);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word of two letters or more that is not an article, a possessive or a preposition.</summary>
    private bool IsContentWord(int i)
    {
        var span = index.Span(i);
        return span.Length > 1 && char.IsLetter(span[0]) && !NameLexicon.Contains(NameLexicon.FunctionWords, span)
            && !span.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"a medic", "one official", "another spokesman": somebody, not the holder of the role.</summary>
    private bool IsIndefinite(int first)
    {
        foreach (var i in (ReadOnlySpan<int>)[first - 1, first])
        {
            if (i < 0)
            {
                continue;
            }

            var span = index.Span(i);
            if (NameLexicon.Contains(NameLexicon.IndefiniteDeterminers, span)
                || span.Equals("some", StringComparison.OrdinalIgnoreCase) || char.IsDigit(span[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"officials", "the doctors": a group of people, not one role holder ("the press" and "the boss" are singular).</summary>
    private bool IsPlural(int i)
    {
        var span = index.Span(i);
        return span.Length > 3 && span[^1] is 's' && span[^2] is not ('s' or 'u' or 'i') && char.IsLower(span[0]);
    }
}
