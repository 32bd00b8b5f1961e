namespace Chronicle.Events.Coding.Cameo;

/// <summary>
/// One PETRARCH verb pattern: the words that must stand before the verb and after it (in order, not necessarily
/// adjacent), and the CAMEO code it gives (null: the pattern marks a use of the verb that is no event).
/// </summary>
public sealed record CameoPattern(string? Code, IReadOnlyList<PatternElement> Before, IReadOnlyList<PatternElement> After)
{
    /// <summary>How many words the pattern asks for: more words, more specific.</summary>
    public int Weight { get; } = Before.Sum(e => e.Weight) + After.Sum(e => e.Weight);

    /// <summary>Reads the compiled form: space-separated elements (<c>aid</c>, <c>food|grain</c>, <c>arms_shipment</c>, <c>to(border)</c>, <c>+</c>, <c>$</c>).</summary>
    public static IReadOnlyList<PatternElement> ParseElements(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var elements = new List<PatternElement>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            elements.Add(ParseElement(part));
        }

        return elements;
    }

    private static PatternElement ParseElement(string part)
    {
        switch (part)
        {
            case "+":
                return PatternElement.TargetSlot;
            case "$":
                return PatternElement.SourceSlot;
        }

        var open = part.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && part.EndsWith(')'))
        {
            var inner = part[(open + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParseElement).ToArray();
            return new PatternElement(PatternElementKind.Preposition, [[part[..open]]], inner);
        }

        var alternatives = part.Split('|').Select(a => a.Split('_', StringSplitOptions.RemoveEmptyEntries)).Where(a => a.Length > 0).ToArray();
        return new PatternElement(PatternElementKind.Words, alternatives, []);
    }

    /// <summary>
    /// Whether <paramref name="elements"/> occur in order among <paramref name="words"/> (lemma or lower-case form of
    /// each token of the region, in text order); <paramref name="target"/> is the position of the first word matched
    /// after a target slot (<c>+</c>), or -1.
    /// </summary>
    public static bool Match(IReadOnlyList<PatternElement> elements, IReadOnlyList<(string Lemma, string Form)> words, out int target)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(words);
        target = -1;
        return MatchFrom(elements, 0, words, 0, ref target) >= 0;
    }

    /// <summary>The position after the last word matched, or -1.</summary>
    private static int MatchFrom(IReadOnlyList<PatternElement> elements, int e, IReadOnlyList<(string Lemma, string Form)> words, int from, ref int target)
    {
        var wantTarget = false;
        for (; e < elements.Count; e++)
        {
            var element = elements[e];
            if (element.Kind == PatternElementKind.Target)
            {
                wantTarget = true;
                continue;
            }

            if (element.Kind == PatternElementKind.Source)
            {
                continue;
            }

            var found = -1;
            for (var at = from; at < words.Count && found < 0; at++)
            {
                if (element.Kind == PatternElementKind.Words)
                {
                    var length = WordsAt(element, words, at);
                    if (length > 0)
                    {
                        found = at + length;
                        if (wantTarget && target < 0)
                        {
                            target = at;
                        }
                    }
                }
                else if (Same(words[at], element.Alternatives[0][0]))
                {
                    // A preposition: its own words follow it; a target slot inside it is the noun it governs.
                    var innerTarget = -1;
                    var end = element.Inner.Count == 0 ? at + 1 : MatchFrom(element.Inner, 0, words, at + 1, ref innerTarget);
                    if (element.Inner.Count > 0 && element.Inner.All(i => i.Kind == PatternElementKind.Target))
                    {
                        innerTarget = at + 1 < words.Count ? at + 1 : -1;
                        end = at + 1;
                    }

                    if (end >= 0)
                    {
                        found = end;
                        if (target < 0)
                        {
                            target = innerTarget >= 0 ? innerTarget : wantTarget ? at + 1 : -1;
                        }
                    }
                }
            }

            if (found < 0)
            {
                return -1;
            }

            from = found;
            wantTarget = false;
        }

        if (wantTarget && target < 0 && from < words.Count)
        {
            target = from; // a trailing slot: the target is the next word ("claim against +")
        }

        return from;
    }

    /// <summary>How many words the element covers at <paramref name="at"/>, or 0.</summary>
    private static int WordsAt(PatternElement element, IReadOnlyList<(string Lemma, string Form)> words, int at)
    {
        foreach (var alternative in element.Alternatives)
        {
            if (at + alternative.Length > words.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < alternative.Length && all; k++)
            {
                all = Same(words[at + k], alternative[k]);
            }

            if (all)
            {
                return alternative.Length;
            }
        }

        return 0;
    }

    private static bool Same((string Lemma, string Form) word, string wanted) =>
        string.Equals(word.Lemma, wanted, StringComparison.Ordinal) || string.Equals(word.Form, wanted, StringComparison.Ordinal);
}

public enum PatternElementKind
{
    Words,
    Preposition,
    Target,
    Source,
}

/// <summary>
/// One element of a pattern: alternative word sequences (a synset's members, a multi-word phrase), a preposition
/// with the words of its phrase, or a source/target slot.
/// </summary>
public sealed record PatternElement(PatternElementKind Kind, string[][] Alternatives, IReadOnlyList<PatternElement> Inner)
{
    public static PatternElement TargetSlot { get; } = new(PatternElementKind.Target, [], []);

    public static PatternElement SourceSlot { get; } = new(PatternElementKind.Source, [], []);

    public int Weight => Kind switch
    {
        PatternElementKind.Words => 1,
        PatternElementKind.Preposition => 1 + Inner.Sum(i => i.Weight),
        _ => 0,
    };
}
