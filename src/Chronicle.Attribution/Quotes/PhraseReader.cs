using Chronicle.Attribution.Text;

namespace Chronicle.Attribution.Quotes;

/// <summary>Reads the speaker phrase next to a reporting verb: backwards for "X said", forwards for "said X" and "according to X".</summary>
internal sealed class PhraseReader(TextIndex index)
{
    /// <summary>Descriptions longer than this are clauses, not speakers.</summary>
    private const int MaxDescriptionWords = 9;

    /// <summary>Appositions longer than this are not appositions ("Bill Brown, the sheriff, said").</summary>
    private const int MaxAppositionWords = 25;

    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "has", "had", "have", "was", "were", "is", "are", "would", "will", "previously", "then", "further", "again",
        "reportedly", "allegedly", "recently", "publicly", "separately", "earlier", "subsequently", "once", "repeatedly", "firmly",
        "simply", "quickly", "initially", "not", "never", "had", "already", "still", "just", "originally", "similarly", "finally",
        "angrily", "openly", "directly", "personally", "privately", "jointly", "officially", "formally", "explicitly", "told",
        "been", "being", "has", "did", "does", "do", "can", "could", "may", "might", "should", "shall", "must", "however",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "one", "another", "this", "that", "these", "those", "some", "two",
        "three", "several", "many", "other",
    };

    private static readonly HashSet<string> Stoppers = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "and", "but", "while", "as", "when", "which", "who", "whom", "where", "after", "before", "because", "if", "since",
        "than", "so", "or", "nor", "in", "on", "at", "to", "by", "during", "into", "about", "under", "over", "with", "without",
        "what", "how", "why", "there", "here", "it", "is", "was", "were", "are", "be", "been", "has", "had", "have", "said", "says",
        "told", "not", "yesterday", "today", "also", "however", "later", "then", "we", "i", "you", "me", "us", "them", "him",
        "could", "would", "should", "can", "will", "may", "might", "must", "did", "does", "do", "if", "whether",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "from", "within", "at", "with", "inside", "close", "near",
    };

    private string Text => index.Text;

    /// <summary>The phrase ending just before word <paramref name="k"/> (a reporting verb), not before word <paramref name="low"/>.</summary>
    public SpeakerPhrase? Backward(int k, int low, bool allowApposition = true)
    {
        var i = k - 1;
        while (i >= low && (index.QuoteOf[i] < 0 && NameLexicon.Contains(Skippable, index.Span(i))))
        {
            i--;
        }

        if (i < low || index.QuoteOf[i] >= 0)
        {
            return null;
        }

        var word = index.Words[i];
        if (word.IsChar(Text, ')'))
        {
            var open = i - 1;
            while (open >= low && !index.Words[open].IsChar(Text, '('))
            {
                open--;
            }

            return open > low ? Backward(open, low, allowApposition) : null;
        }

        if (Pronouns.IsSubject(word.In(Text)))
        {
            return new SpeakerPhrase(SpeakerPhraseKind.Pronoun, word.Start, word.End);
        }

        if (word.IsChar(Text, ','))
        {
            return allowApposition ? Apposition(i, low) : null;
        }

        if (NameParser.IsNameWord(Text, word))
        {
            var runStart = i;
            while (runStart - 1 >= low && index.QuoteOf[runStart - 1] < 0
                && (NameParser.IsNameWord(Text, index.Words[runStart - 1])
                    || (NameLexicon.Contains(NameLexicon.Connectors, index.Span(runStart - 1)) && runStart - 2 >= low && NameParser.IsNameWord(Text, index.Words[runStart - 2]))))
            {
                runStart--;
            }

            var name = NameParser.Parse(Text, index.Words, runStart, i + 1);
            var described = DescriptionAround(runStart, i + 1, low);
            if (described is not null)
            {
                return described;
            }

            // "Officials said", "Police said": capitalised only because they start the sentence.
            return name is null ? Description(i, low) : new SpeakerPhrase(SpeakerPhraseKind.Name, name.NameStart, name.NameEnd, name);
        }

        if (word.IsWord(Text) && char.IsLower(Text[word.Start]))
        {
            return Description(i, low);
        }

        return null;
    }

    /// <summary>The phrase starting at word <paramref name="k"/> (after "said", "according to", "by"), not past <paramref name="high"/>.</summary>
    public SpeakerPhrase? Forward(int k, int high)
    {
        if (k >= high || index.QuoteOf[k] >= 0)
        {
            return null;
        }

        var word = index.Words[k];
        if (Pronouns.IsSubject(word.In(Text)) || Pronouns.IsObject(word.In(Text)))
        {
            return new SpeakerPhrase(SpeakerPhraseKind.Pronoun, word.Start, word.End);
        }

        if (NameParser.IsNameWord(Text, word) && !NameLexicon.Contains(NameLexicon.FunctionWords, word.In(Text)))
        {
            var end = NameParser.RunEnd(Text, index.Words, k, high);
            var name = NameParser.Parse(Text, index.Words, k, end);
            if (name is not null && name.Kind != NameKind.Unknown || name is { WordCount: >= 1 })
            {
                return new SpeakerPhrase(SpeakerPhraseKind.Name, name!.NameStart, name.NameEnd, name);
            }

            return null;
        }

        // "said the ministry", "according to a police statement", "said a spokesman for the Kremlin".
        var i = k;
        var count = 0;
        while (i < high && index.QuoteOf[i] < 0 && count < MaxDescriptionWords)
        {
            var w = index.Words[i];
            if (!w.IsWord(Text) && !IsPossessive(i))
            {
                break;
            }

            if (count > 0 && NameLexicon.Contains(Stoppers, w.In(Text)) && !NameLexicon.Contains(Prepositions, w.In(Text)))
            {
                break;
            }

            i++;
            count++;
        }

        while (i > k && (NameLexicon.Contains(Determiners, index.Span(i - 1)) || NameLexicon.Contains(Prepositions, index.Span(i - 1))))
        {
            i--;
        }

        if (i <= k)
        {
            return null;
        }

        var start = k;
        while (start < i - 1 && NameLexicon.Contains(Determiners, index.Span(start)))
        {
            start++;
        }

        return new SpeakerPhrase(SpeakerPhraseKind.Description, index.Words[start].Start, index.Words[i - 1].End);
    }

    /// <summary>"Bill Brown, the sheriff, said": the name before the apposition, or the name inside it.</summary>
    private SpeakerPhrase? Apposition(int comma, int low)
    {
        var previous = comma - 1;
        while (previous >= low && previous > comma - MaxAppositionWords && !index.Words[previous].IsChar(Text, ',') && !index.IsBoundary(previous))
        {
            previous--;
        }

        if (previous < low || !index.Words[previous].IsChar(Text, ','))
        {
            return null;
        }

        var before = Backward(previous, low, allowApposition: false);
        var inside = Forward(previous + 1, comma);
        // "The Senate Minority Leader, Chuck Schumer, said": the person named in the apposition, not the office.
        if (before is { Kind: SpeakerPhraseKind.Name, Name.Kind: not NameKind.Person } && inside is { Kind: SpeakerPhraseKind.Name, Name.Kind: NameKind.Person })
        {
            return inside;
        }

        if (before is { Kind: SpeakerPhraseKind.Name or SpeakerPhraseKind.Pronoun })
        {
            return before;
        }

        // "Prince Andrew, the younger brother of heir to the throne, Charles, has told": the name that opens the clause,
        // before a description set off by commas, not a name inside that description.
        if (before is { Kind: SpeakerPhraseKind.Description } && OpeningName(previous, low) is { } opening)
        {
            return opening;
        }

        return inside is { Kind: SpeakerPhraseKind.Name } ? inside : before ?? inside;
    }

    /// <summary>The person named at the start of the clause when the comma <paramref name="comma"/> closes a description ("X, the …,").</summary>
    private SpeakerPhrase? OpeningName(int comma, int low)
    {
        var open = comma - 1;
        while (open >= low && comma - open < MaxAppositionWords && !index.Words[open].IsChar(Text, ',') && !index.IsBoundary(open))
        {
            open--;
        }

        if (open <= low || !index.Words[open].IsChar(Text, ',') || !NameLexicon.Contains(Determiners, index.Span(open + 1)))
        {
            return null;
        }

        var name = Backward(open, low, allowApposition: false);
        return name is { Kind: SpeakerPhraseKind.Name, Name.Kind: NameKind.Person } && index.WordAt(name.Name.RunStart) == low ? name : null;
    }

    /// <summary>A name inside a description ("a source within the Interior Ministry", "representatives from Iran").</summary>
    private SpeakerPhrase? DescriptionAround(int runStart, int runEnd, int low)
    {
        var i = runStart - 1;
        if (i >= low && index.IsWord(i, "the"))
        {
            i--;
        }

        if (i < low || !NameLexicon.Contains(Prepositions, index.Span(i)))
        {
            return null;
        }

        var head = i - 1;
        if (head >= low && index.IsWord(i, "of") && NameParser.IsNameWord(Text, index.Words[head]) && index.QuoteOf[head] < 0)
        {
            // "Nikki Holland of the UK's National Crime Agency said": the person, not the organisation.
            return Backward(head + 1, low, allowApposition: false);
        }

        if (head < low || !index.Words[head].IsWord(Text) || !char.IsLower(Text[index.Words[head].Start]) || NameLexicon.Contains(Stoppers, index.Span(head))
            || NameLexicon.Contains(Skippable, index.Span(head)) || CueLexicon.IsCue(index.Span(head)))
        {
            return null;
        }

        var description = Description(head, low);
        return description is null ? null : description with { End = index.Words[runEnd - 1].End };
    }

    /// <summary>Lower-case words back to a determiner: "the head of the police's internal investigators", "officials".</summary>
    private SpeakerPhrase? Description(int last, int low)
    {
        var i = last;
        var count = 0;
        var start = last;
        while (i >= low && index.QuoteOf[i] < 0 && count < MaxDescriptionWords)
        {
            var w = index.Words[i];
            var span = w.In(Text);
            if (i < last && Pronouns.IsSubject(span))
            {
                // "He instead told": an adverb between the pronoun and the verb.
                return new SpeakerPhrase(SpeakerPhraseKind.Pronoun, w.Start, w.End);
            }

            if (NameLexicon.Contains(Determiners, span))
            {
                if (i - 1 >= low && index.IsWord(i - 1, "of"))
                {
                    i -= 2;
                    count += 2;
                    continue;
                }

                break;
            }

            if (!w.IsWord(Text) || NameLexicon.Contains(Stoppers, span) || CueLexicon.IsCue(w.In(Text)))
            {
                break;
            }

            start = i;
            i--;
            count++;
        }

        if (count == 0 || count >= MaxDescriptionWords)
        {
            return null;
        }

        return new SpeakerPhrase(SpeakerPhraseKind.Description, index.Words[start].Start, index.Words[last].End);
    }

    private bool IsPossessive(int i) => index.Words[i].IsChar(Text, '\'') || index.Words[i].IsChar(Text, '\u2019');
}
