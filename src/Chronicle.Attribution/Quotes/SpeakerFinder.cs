using Chronicle.Attribution.Text;

namespace Chronicle.Attribution.Quotes;

/// <summary>
/// Finds the speaker of a quotation from the words around it: a reporting verb just before the quote, one right after it
/// ("…," said X / "…," X said), or any reporting verb earlier in the sentence; pronouns are resolved to the nearest
/// person (he/she, by gender) or organisation (it/they) named before.
/// </summary>
internal sealed class SpeakerFinder(TextIndex index, NameRegistry names)
{
    /// <summary>A cue this close before the quote governs it ("said, \"…", "stated that \"…").</summary>
    private const int NearGap = 4;

    /// <summary>After a quote, the cue must come within this many words ("…," Deputy Minister Alexander Chupriyan told).</summary>
    private const int AfterWindow = 10;

    private static readonly HashSet<string> ClauseStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "but", "and", "as", "when", "which", "who", "after", "before", "although", "though", "whereas", "because", "so",
        "if", "or", "where", "since", "with",
    };

    private readonly PhraseReader _reader = new(index);

    private string Text => index.Text;

    public Attribution? Find(QuotedSpan quote)
    {
        var first = index.WordAt(quote.Open);
        var last = index.WordAt(quote.Outer) - 1;
        var paragraph = index.Paragraph[Math.Min(first, index.Words.Count - 1)];

        var low = first - 1;
        while (low >= 0 && index.Paragraph[low] == paragraph && !index.IsBoundary(low))
        {
            low--;
        }

        low++;
        var high = last + 1;
        while (high < index.Words.Count && index.Paragraph[high] == paragraph && index.QuoteOf[high] < 0 && !index.IsBoundary(high))
        {
            high++;
        }

        var before = Cues(low, first);
        if (before.Count > 0 && Gap(before[^1], first) <= NearGap && TryCue(before[^1], low, first, after: false) is { } near)
        {
            return near;
        }

        if (!quote.Continues && AfterApplies(last + 1, high))
        {
            foreach (var cue in Cues(last + 1, high))
            {
                if (cue - (last + 1) > AfterWindow)
                {
                    break;
                }

                if (TryCue(cue, last + 1, high, after: true) is { } found)
                {
                    return found;
                }
            }
        }

        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (TryCue(before[i], low, first, after: false) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The speaker for a cue at word <paramref name="cue"/> within <c>[low, high)</c>.</summary>
    private Attribution? TryCue(int cue, int low, int high, bool after)
    {
        var cueWord = index.Words[cue];
        var cueEnd = cueWord.End;
        SpeakerPhrase? phrase = null;
        if (index.IsWord(cue, "according"))
        {
            cueEnd = index.Words[cue + 1].End;
            phrase = _reader.Forward(cue + 2, Math.Max(high, index.Words.Count));
        }
        else if (cue + 1 < index.Words.Count && index.IsWord(cue + 1, "by") && index.QuoteOf[cue + 1] < 0)
        {
            phrase = _reader.Forward(cue + 2, index.Words.Count);
        }
        else if (after && FirstWordOf(low, cue))
        {
            phrase = _reader.Forward(cue + 1, high);
        }
        else
        {
            phrase = _reader.Backward(cue, low);
        }

        if (phrase is null)
        {
            return null;
        }

        var (id, name, start, end) = Resolve(phrase);
        if (name is null)
        {
            return null;
        }

        var cueText = Text[cueWord.Start..cueEnd];
        return new Attribution(id, name, cueText, cueWord.Start, cueEnd, start, end);
    }

    /// <summary>Entity id, speaker name and speaker span for a phrase; pronouns resolved to their antecedent.</summary>
    public (string? Id, string? Name, int Start, int End) Resolve(SpeakerPhrase phrase)
    {
        switch (phrase.Kind)
        {
            case SpeakerPhraseKind.Pronoun:
                var antecedent = Antecedent(phrase.Start, Text.AsSpan(phrase.Start, phrase.End - phrase.Start));
                return antecedent is null ? (null, null, phrase.Start, phrase.End) : ResolveName(antecedent);
            case SpeakerPhraseKind.Name:
                return ResolveName(phrase.Name!);
            default:
                var entity = names.EntityAt(phrase.Start, phrase.End);
                var description = Collapse(Text[phrase.Start..phrase.End]);
                // A description that is exactly an entity's mention ("the Foreign Ministry") is that entity.
                if (entity is not null && entity.Mentions.Any(m => m.Start <= phrase.Start + 4 && m.End >= phrase.End))
                {
                    return (entity.Id, entity.Name, phrase.Start, phrase.End);
                }

                return (null, description, phrase.Start, phrase.End);
        }
    }

    private (string? Id, string? Name, int Start, int End) ResolveName(NamePhrase name)
    {
        var entity = names.EntityAt(name.NameStart, name.NameEnd);
        if (entity is not null && entity.Type is Annotations.EntityType.Person or Annotations.EntityType.Org or Annotations.EntityType.Loc)
        {
            return (entity.Id, entity.Name, name.NameStart, name.NameEnd);
        }

        var text = Collapse(name.Name(Text));
        return (null, names.Canonical(text, name.Kind == NameKind.Person ? NameKind.Person : NameKind.Unknown), name.NameStart, name.NameEnd);
    }

    /// <summary>The nearest earlier person (he/she, gender-compatible) or organisation (it/they) mentioned outside quotes.</summary>
    private NamePhrase? Antecedent(int position, ReadOnlySpan<char> pronoun)
    {
        var gender = Pronouns.GenderOf(pronoun);
        var personal = gender != Gender.Unknown;
        var phrases = names.Phrases;
        for (var i = phrases.Count - 1; i >= 0; i--)
        {
            var phrase = phrases[i];
            if (phrase.NameStart >= position)
            {
                continue;
            }

            if (personal)
            {
                if (phrase.Kind != NameKind.Person)
                {
                    continue;
                }

                var known = names.GenderOf(names.Canonical(Collapse(phrase.Name(Text)), NameKind.Person));
                if (known == Gender.Unknown || known == gender)
                {
                    return phrase;
                }
            }
            else if (phrase.Kind == NameKind.Organisation)
            {
                return phrase;
            }
        }

        return null;
    }

    private List<int> Cues(int from, int to)
    {
        var cues = new List<int>();
        for (var i = from; i < to; i++)
        {
            if (index.QuoteOf[i] >= 0)
            {
                continue;
            }

            var span = index.Span(i);
            if (CueLexicon.IsCue(span) && char.IsLower(span[0]))
            {
                cues.Add(i);
            }
            else if (index.IsWord(i, "according") && i + 1 < to && index.IsWord(i + 1, "to"))
            {
                cues.Add(i);
            }
        }

        return cues;
    }

    /// <summary>Words between a cue and the quote, not counting punctuation.</summary>
    private int Gap(int cue, int quoteFirst)
    {
        var gap = 0;
        for (var i = cue + 1; i < quoteFirst; i++)
        {
            if (index.Words[i].IsWord(Text))
            {
                gap++;
            }
        }

        return gap;
    }

    /// <summary>After-quote text attributes the quote unless it opens a new clause (", while …").</summary>
    private bool AfterApplies(int from, int to)
    {
        var i = from;
        while (i < to && !index.Words[i].IsWord(Text))
        {
            i++;
        }

        return i < to && !ClauseStarts.Contains(index.Span(i).ToString());
    }

    private bool FirstWordOf(int from, int cue)
    {
        for (var i = from; i < cue; i++)
        {
            if (index.Words[i].IsWord(Text))
            {
                return false;
            }
        }

        return true;
    }

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
