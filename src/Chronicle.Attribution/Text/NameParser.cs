namespace Chronicle.Attribution.Text;

/// <summary>Reads capitalised runs of words as person, organisation or place names, titles stripped.</summary>
internal static class NameParser
{
    /// <summary>Longest run of capitalised words (with connectors such as "of", "bin") starting at <paramref name="first"/>.</summary>
    public static int RunEnd(string text, List<Word> words, int first, int limit)
    {
        var i = first;
        var end = first;
        while (i < limit)
        {
            var word = words[i];
            if (IsNameWord(text, word))
            {
                i++;
                end = i;
                continue;
            }

            if (end > first && i + 1 < limit && word.IsWord(text) && NameLexicon.Contains(NameLexicon.Connectors, word.In(text))
                && words[i + 1].IsWord(text) && words[i + 1].IsCapitalized(text)
                && (!IsOfLike(word.In(text)) || !IsNameLike(text, words[i - 1])))
            {
                i++;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>Parses the run <c>words[first..end)</c>; null when nothing name-like is left.</summary>
    public static NamePhrase? Parse(string text, List<Word> words, int first, int end)
    {
        // Leading function words and sentence starters are not part of names ("On Tuesday", "The", "According").
        while (first < end && NameLexicon.Contains(NameLexicon.FunctionWords, words[first].In(text)))
        {
            first++;
        }

        while (end > first && NameLexicon.Contains(NameLexicon.Connectors, words[end - 1].In(text)))
        {
            end--;
        }

        if (first >= end)
        {
            return null;
        }

        var gender = Gender.Unknown;
        var hasOrganisationHead = false;
        for (var i = first; i < end; i++)
        {
            var word = words[i].In(text);
            if (NameLexicon.Contains(NameLexicon.FemaleTitles, word))
            {
                gender = Gender.Female;
            }
            else if (NameLexicon.Contains(NameLexicon.MaleTitles, word))
            {
                gender = Gender.Male;
            }

            hasOrganisationHead |= NameLexicon.Contains(NameLexicon.OrganisationHeads, word);
        }

        // The name proper is the tail of name-like words, read from the end.
        var tail = end;
        while (tail > first && IsNameLike(text, words[tail - 1]))
        {
            tail--;
        }

        var last = words[end - 1].In(text);
        if (tail == end)
        {
            var kind = NameLexicon.Contains(NameLexicon.PlaceHeads, last) && !hasOrganisationHead ? NameKind.Place
                : hasOrganisationHead || NameLexicon.Contains(NameLexicon.OrganisationHeads, last) ? NameKind.Organisation
                : NameKind.Unknown;
            return new NamePhrase(words[first].Start, words[end - 1].End, words[first].Start, words[end - 1].End, kind, gender, end - first);
        }

        if (tail > first)
        {
            var before = words[tail - 1].In(text);
            var beforeIsTitle = NameLexicon.Contains(NameLexicon.Titles, before) || NameLexicon.IsDemonym(before)
                || NameLexicon.Contains(NameLexicon.Portfolio, before);
            if (!beforeIsTitle && NameLexicon.Contains(NameLexicon.Connectors, before) && HasTitle(text, words, first, tail))
            {
                // "Special Representative for Iran Brian Hook": the person's name is the end of the tail.
                var nameStart = PersonStart(text, words, tail, end);
                return new NamePhrase(words[first].Start, words[end - 1].End, words[nameStart].Start, words[end - 1].End, NameKind.Person,
                    gender == Gender.Unknown ? FirstNames.GenderOf(words[nameStart].In(text)) : gender, end - nameStart);
            }

            if (!beforeIsTitle)
            {
                // "Combined Joint Task Force Operation Inherent Resolve", "University of Oxford": the whole run is one name.
                var kind = NameLexicon.Contains(NameLexicon.PlaceHeads, before) && !hasOrganisationHead ? NameKind.Place : NameKind.Organisation;
                return new NamePhrase(words[first].Start, words[end - 1].End, words[first].Start, words[end - 1].End, kind, gender, end - first);
            }
        }

        var count = end - tail;
        var nameKind = NameKind.Unknown;
        if (IsAllCapsOrDigitName(text, words[tail]))
        {
            nameKind = NameKind.Organisation; // acronyms: "FSB", "IRGC"
        }
        else if (tail > first && NameLexicon.Contains(NameLexicon.Titles, words[tail - 1].In(text)))
        {
            nameKind = NameKind.Person;
        }
        else if (count >= 2 && !NameLexicon.Contains(NameLexicon.PlacePrefixes, words[tail].In(text)))
        {
            nameKind = NameKind.Person;
        }
        else if (count >= 2)
        {
            nameKind = NameKind.Place;
        }

        if (nameKind == NameKind.Person && gender == Gender.Unknown)
        {
            gender = FirstNames.GenderOf(words[tail].In(text));
        }

        return new NamePhrase(words[first].Start, words[end - 1].End, words[tail].Start, words[end - 1].End, nameKind, gender, count);
    }

    public static bool IsNameLike(string text, Word word)
    {
        var span = word.In(text);
        if (!IsNameWord(text, word))
        {
            return false;
        }

        return !NameLexicon.Contains(NameLexicon.Titles, span)
            && !NameLexicon.Contains(NameLexicon.Portfolio, span)
            && !NameLexicon.Contains(NameLexicon.OrganisationHeads, span)
            && !NameLexicon.Contains(NameLexicon.PlaceHeads, span)
            && !NameLexicon.IsDemonym(span);
    }

    /// <summary>"of", "for", "on" join names only after an office or institution ("Ministry of Foreign Affairs"), not after a person.</summary>
    private static bool IsOfLike(ReadOnlySpan<char> word) =>
        word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase)
        || word.Equals("on", StringComparison.OrdinalIgnoreCase);

    private static bool HasTitle(string text, List<Word> words, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (NameLexicon.Contains(NameLexicon.Titles, words[i].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a person's name starts in a tail of name-like words: at a known given name, else the last two words.</summary>
    private static int PersonStart(string text, List<Word> words, int tail, int end)
    {
        for (var i = tail; i < end - 1; i++)
        {
            if (FirstNames.GenderOf(words[i].In(text)) != Gender.Unknown)
            {
                return i;
            }
        }

        return Math.Max(tail, end - 2);
    }

    /// <summary>A capitalised word, or an Arabic-style prefixed surname ("al-Assad", "el-Sisi").</summary>
    public static bool IsNameWord(string text, Word word)
    {
        if (!word.IsWord(text))
        {
            return false;
        }

        var span = word.In(text);
        if (char.IsUpper(span[0]))
        {
            return true;
        }

        var dash = span.IndexOf('-');
        return dash is > 0 and <= 3 && dash + 1 < span.Length && char.IsUpper(span[dash + 1]);
    }

    private static bool IsAllCapsOrDigitName(string text, Word word)
    {
        var span = word.In(text);
        if (span.Length < 2)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in span)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }
}
