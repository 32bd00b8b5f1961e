using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Attribution.Text;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Attribution.Counts;

/// <summary>
/// Counts of people or things affected by events ("400 thousand Syrians … massacred", "at least 20 were killed"):
/// normalised numbers with their GDELT count type, what is counted, and where given the place, date and source.
/// A repeated figure is reported once; vague amounts ("dozens", "thousands") are left out, as the annotation guide does.
/// </summary>
public sealed class CountStage : ILanguageBoundStage
{
    /// <summary>How far after a number its type word may stand ("337 suspected users in 38 countries were arrested").</summary>
    private const int AfterWindow = 12;

    /// <summary>How far before ("Some estimated death tolls, provided anonymously by officials to journalists, exceeded 100").</summary>
    private const int BeforeWindow = 12;

    /// <summary>Most words between two items of a list of figures ("seven health facilities, two worshiping areas").</summary>
    private const int ListGap = 5;

    /// <summary>Most words kept for the counted object ("Armed Forces personnel").</summary>
    private const int MaxObjectWords = 4;

    private static readonly string[][] Qualifiers =
    [
        ["at", "least"], ["more", "than"], ["over"], ["nearly"], ["almost"], ["about"], ["around"], ["some"], ["up", "to"],
        ["approximately"], ["roughly"], ["estimated"], ["as", "many", "as"], ["fewer", "than"], ["less", "than"], ["upwards", "of"],
        ["in", "excess", "of"], ["exceeded"], ["exceeding"], ["close", "to"], ["as", "few", "as"], ["reportedly"], ["perhaps"],
        ["possibly"], ["potentially"], ["maybe"],
    ];

    private static readonly HashSet<string> ObjectStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "will", "would", "could", "may", "might", "in", "on", "at",
        "from", "during", "after", "before", "by", "with", "to", "and", "or", "who", "which", "that", "as", "including", "among",
        "for", "into", "while", "when", "since", "but", "of", "more", "others", "other", "each", "all", "also", "reportedly",
        "lost", "remain", "remains", "remained", "went", "came", "became", "left", "got", "took", "said", "say", "says",
    };

    private static readonly HashSet<string> NounTriggers = new(StringComparer.OrdinalIgnoreCase)
    {
        "refugees", "detainees", "hostages", "protesters", "protestors", "demonstrators", "survivors", "bodies", "evacuees",
        "captives", "deaths", "fatalities",
    };

    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "protesters", "protestors", "demonstrators", "refugees", "detainees", "hostages", "evacuees", "captives", "survivors",
    };

    private static readonly HashSet<string> SourceCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "claimed", "claims", "reported", "reports", "estimated", "estimates", "indicated", "confirmed",
        "announced", "stated",
    };

    public string Name => "counts";

    /// <summary>English only: number words and victim nouns are English.</summary>
    public bool Handles(string language) => StageLanguages.IsEnglish(language);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var index = new TextIndex(text, []);
        var reader = new Quotes.PhraseReader(index);
        var found = new List<CasualtyCount>();
        var words = index.Words;
        string? previousType = null;
        var previousLast = -1;
        for (var i = 0; i < words.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!words[i].IsWord(text))
            {
                continue;
            }

            var number = NumberReader.Read(index, i);
            if (number is not { } phrase)
            {
                continue;
            }

            i = phrase.Last;
            if (phrase.Vague || Excluded(index, phrase))
            {
                continue;
            }

            var type = TypeOf(index, phrase) ?? ListItemType(index, phrase, previousType, previousLast);
            if (type is null)
            {
                continue;
            }

            previousType = type;
            previousLast = phrase.Last;

            var counted = ObjectOf(index, phrase);
            if (counted is not null && CountLexicon.IsUnit(Head(counted)))
            {
                continue; // "13 separate terror offences", "four armoured vehicles": a unit after its modifiers
            }

            var qualifier = QualifierWord(index, phrase.First);
            var approximate = phrase.Approximate || qualifier >= 0;
            var span = new TextSpan(words[qualifier >= 0 ? qualifier : phrase.First].Start, words[phrase.Last].End);
            found.Add(new CasualtyCount(type, phrase.Value, approximate, counted, span,
                LocationOf(index, phrase), DateOf(index, phrase), SourceOf(index, reader, phrase.First)));
        }

        return document with { Counts = Select(found) };
    }

    /// <summary>One item per distinct figure.</summary>
    private static ImmutableArray<CasualtyCount> Select(List<CasualtyCount> found)
    {
        var kept = ImmutableArray.CreateBuilder<CasualtyCount>();
        foreach (var count in found)
        {
            var repeat = false;
            foreach (var earlier in kept)
            {
                if (earlier.Type == count.Type && earlier.Number == count.Number && !DistinctGroups(earlier.Object, count.Object))
                {
                    repeat = true;
                    break;
                }
            }

            if (!repeat)
            {
                kept.Add(count);
            }
        }

        return kept.ToImmutable();
    }

    private static string Head(string phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

    /// <summary>"three people died" and "three terrorists were killed" are two figures; "five girls" and "five deaths" one.</summary>
    private static bool DistinctGroups(string? a, string? b) =>
        a is not null && b is not null && !string.Equals(Head(a), Head(b), StringComparison.OrdinalIgnoreCase)
        && CountLexicon.IsGroup(Head(a)) && CountLexicon.IsGroup(Head(b));

    /// <summary>Ages, dates, years, times, money, percentages, durations, distances, weapons, ranges, names with numbers.</summary>
    private static bool Excluded(TextIndex index, NumberPhrase phrase)
    {
        var words = index.Words;
        var text = index.Text;
        var first = words[phrase.First];
        var next = phrase.Last + 1 < words.Count ? phrase.Last + 1 : -1;
        var previous = phrase.First - 1;
        if (next >= 0 && (CountLexicon.IsUnit(index.Span(next)) || CountLexicon.IsMonth(index.Span(next))
            || words[next].IsChar(text, ':') || words[next].IsChar(text, '%')))
        {
            return true;
        }

        if (next >= 0 && (index.IsWord(next, "calls") || index.IsWord(next, "call")) && phrase.First == phrase.Last)
        {
            return true; // "receiving 911 calls"
        }

        if (next >= 0 && index.Span(next).Contains("-year", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var k = phrase.Last + 1; k < words.Count && k <= phrase.Last + AfterWindow && !index.IsBoundary(k) && !words[k].IsChar(text, ','); k++)
        {
            if (CountLexicon.IsRate(index.Span(k), k + 1 < words.Count ? index.Span(k + 1) : default)
                && !(index.IsWord(k, "a") && (index.IsWord(k - 1, "in") || index.IsWord(k - 1, "within") || index.IsWord(k - 1, "over")
                    || index.IsWord(k - 1, "for") || index.IsWord(k - 1, "than"))))
            {
                return true; // "a dozen people are diagnosed annually": a rate, not the count of an event
            }
        }

        for (var k = phrase.First - 1; k >= Math.Max(0, phrase.First - 5) && !index.IsBoundary(k); k--)
        {
            if (index.IsWord(k, "aged") || index.IsWord(k, "age") || index.IsWord(k, "ages"))
            {
                return true; // "all aged fifteen", "ranging in age from eleven to 75"
            }

            if (index.IsWord(k, "population") || index.IsWord(k, "populations") || index.IsWord(k, "inhabitants"))
            {
                return true; // "reducing the world population from an estimated 450 million": a population, not a count
            }
        }

        // "Noel, 31, is charged": a number set off by commas right after a name is an age.
        if (previous >= 1 && next >= 0 && words[previous].IsChar(text, ',') && words[next].IsChar(text, ',')
            && phrase.First == phrase.Last && NameParser.IsNameWord(text, words[previous - 1]))
        {
            return true;
        }

        // "350–375 million", "800-900": a range written with a dash.
        if ((next >= 0 && IsDash(index.Span(next)) && next + 1 < words.Count && NumberReader.Read(index, next + 1) is not null)
            || (previous >= 1 && IsDash(index.Span(previous)) && NumberReader.Read(index, previous - 1) is not null))
        {
            return true;
        }

        if (text[first.Start] == '0' && first.Length > 1)
        {
            return true; // "0040 UTC"
        }

        if (previous >= 0 && (index.IsWord(previous, "was") || index.IsWord(previous, "is")) && phrase.First == phrase.Last
            && (next < 0 || !words[next].IsWord(text) || index.IsWord(next, "and")))
        {
            return true; // "when he was 18 and …": an age
        }

        if (previous >= 0)
        {
            var before = index.Span(previous);
            if (CountLexicon.IsMonth(before) || before is "$" or "€" or "£" or "¥" or "₿" or "US$" or "Rs" or ":" || index.IsWord(previous, "between")
                || (before.Length == 1 && char.IsSymbol(before[0])))
            {
                return true;
            }

            // "Boeing 737", "resolution 2259", "Flight 214": a number inside a name.
            if (char.IsDigit(text[first.Start]) && words[previous].IsWord(text) && char.IsUpper(before[0]) && !IsSentenceStart(index, previous)
                && !NameLexicon.Contains(NameLexicon.FunctionWords, before))
            {
                return true;
            }

            if (index.IsWord(previous, "resolution") || index.IsWord(previous, "no.") || index.IsWord(previous, "number"))
            {
                return true;
            }

            if (index.IsWord(previous, "calling") || index.IsWord(previous, "call") || index.IsWord(previous, "dial") || index.IsWord(previous, "dialling")
                || index.IsWord(previous, "dialing"))
            {
                return true; // "contact police by calling 101": a telephone number
            }
        }

        // Ranges: "36 and 40 people", "two or three", "20 to 30" (but "from fourteen to 31" is a change, both counted).
        if (next >= 0 && next + 1 < words.Count && (index.IsWord(next, "or") || (index.IsWord(next, "to") && !FromBefore(index, phrase.First)))
            && NumberReader.Read(index, next + 1) is not null)
        {
            return true;
        }

        if (previous >= 1 && (index.IsWord(previous, "or") || index.IsWord(previous, "and"))
            && (index.IsWord(phrase.First - 3 >= 0 ? phrase.First - 3 : 0, "between") || (index.IsWord(previous, "or") && NumberReader.Read(index, previous - 1) is not null)))
        {
            return true; // "between 36 and 40", "two or three"
        }

        var isDigits = char.IsDigit(text[first.Start]);
        var hasPeople = next >= 0 && CountLexicon.IsPeople(index.Span(next));
        if (isDigits && phrase.Value is >= 1800 and <= 2100 && first.Length == 4 && !hasPeople)
        {
            return true; // a year
        }

        var word = index.Span(phrase.First);
        // "one" is a pronoun or an article unless it counts people, or is the object of a harm verb ("killed one").
        if (word.Equals("one", StringComparison.OrdinalIgnoreCase) && phrase.First == phrase.Last && !hasPeople
            && (previous < 0 || CountLexicon.TriggerOf(index.Span(previous)) is null))
        {
            return true;
        }

        return false;
    }

    private static bool IsDash(ReadOnlySpan<char> token) => token is "-" or "–" or "—";

    private static bool FromBefore(TextIndex index, int first) =>
        (first >= 1 && index.IsWord(first - 1, "from")) || (first >= 2 && index.IsWord(first - 2, "from"));

    private static bool IsSentenceStart(TextIndex index, int i) =>
        i == 0 || index.IsBoundary(i - 1) || index.Paragraph[i - 1] != index.Paragraph[i]
        || (!index.Words[i - 1].IsWord(index.Text) && index.Span(i - 1) is not "," and not ";");

    /// <summary>The count type from the nearest type word in the clause around the number; harm words said of it win.</summary>
    private static string? TypeOf(TextIndex index, NumberPhrase phrase)
    {
        var words = index.Words;
        string? best = null;
        var bestScore = double.MaxValue;
        string? strong = null;
        var distance = 0;
        var paragraph = index.Paragraph[phrase.First];
        var ownNoun = OwnNounIsThing(index, phrase);
        for (var j = phrase.Last + 1; j < words.Count && distance <= AfterWindow && !index.IsBoundary(j) && index.Paragraph[j] == paragraph; j++)
        {
            if (!words[j].IsWord(index.Text))
            {
                continue;
            }

            if (j > phrase.Last + 1 && NumberReader.Read(index, j) is not null && distance > 0 && best is not null)
            {
                break; // the next number's words belong to it
            }

            var (type, width) = TriggerAt(index, j);
            if (type is not null && ownNoun && NameLexicon.Contains(GroupNouns, index.Span(j)) && j > phrase.Last + 1)
            {
                type = null; // "the five demands of the protesters": the number counts its own noun, not the group named later
            }

            if (type is not null)
            {
                // A noun naming the group ("two dozen protesters") yields to a verb saying what happened to it.
                var score = distance + (NameLexicon.Contains(GroupNouns, index.Span(j)) ? 1.5 : 0);
                if (best is null || score < bestScore)
                {
                    best = type;
                    bestScore = score;
                }

                if (strong is null && j > 0 && IsPredicate(index, j) && !CommaBetween(index, phrase.Last, j))
                {
                    strong = type;
                }

                j += width - 1;
            }

            distance++;
        }

        distance = 0;
        for (var j = phrase.First - 1; j >= 0 && distance <= BeforeWindow && !index.IsBoundary(j) && index.Paragraph[j] == paragraph
            && !IsClosingQuote(index, j); j--)
        {
            if (!words[j].IsWord(index.Text))
            {
                continue;
            }

            var (type, _) = TriggerAt(index, j);
            if (type is not null && HarmNounOf(index, j, phrase.First))
            {
                return type; // "the deaths of at least three children in custody": the noun says what happened to them
            }

            var penalty = CommaBetween(index, j, phrase.First) ? 3 : 0.5;
            if (type is not null && distance + penalty < bestScore)
            {
                best = type;
                bestScore = distance + penalty;
            }

            distance++;
        }

        if (strong is not null)
        {
            return strong; // "35 were rescued", "were all killed": what is said of the counted group
        }

        return best;
    }

    /// <summary>
    /// A breakdown or list ("21 injured in A, 36 in B and seven in C"; "damaged 143 buildings, 40 houses, and ten shops"):
    /// a figure after a comma or "and" that follows a counted figure of the same sentence takes its type.
    /// </summary>
    private static string? ListItemType(TextIndex index, NumberPhrase phrase, string? previousType, int previousLast)
    {
        if (previousType is null || previousLast < 0 || phrase.First - previousLast > ListGap + 1)
        {
            return null;
        }

        var joined = false;
        for (var k = previousLast + 1; k < phrase.First; k++)
        {
            if (index.IsBoundary(k) || index.Paragraph[k] != index.Paragraph[phrase.First])
            {
                return null;
            }

            joined |= index.Words[k].IsChar(index.Text, ',') || index.IsWord(k, "and");
        }

        var before = QualifierWord(index, phrase.First) is var q and >= 0 ? q - 1 : phrase.First - 1;
        return joined && before > previousLast && (index.Words[before].IsChar(index.Text, ',') || index.IsWord(before, "and"))
            ? previousType : null;
    }

    /// <summary>"deaths of", "killing of" right before the number (a qualifier may stand between).</summary>
    private static bool HarmNounOf(TextIndex index, int j, int first)
    {
        if (j + 1 >= first || !index.IsWord(j + 1, "of") || !CountLexicon.IsStrong(CountLexicon.TriggerOf(index.Span(j)) ?? string.Empty))
        {
            return false;
        }

        var qualifier = QualifierWord(index, first);
        return j + 2 == first || (qualifier >= 0 && j + 2 == qualifier);
    }

    /// <summary>A closing quotation mark: what was said inside does not type a number after it.</summary>
    private static bool IsClosingQuote(TextIndex index, int j)
    {
        var word = index.Words[j];
        var c = index.Text[word.Start];
        return word.Length == 1 && (c is '”' || (c is '"' && j > 0 && index.Words[j - 1].End == word.Start));
    }

    /// <summary>"five demands", "separate terror offenses": the noun right after the number names a thing, not people.</summary>
    private static bool OwnNounIsThing(TextIndex index, NumberPhrase phrase)
    {
        var next = phrase.Last + 1;
        if (next >= index.Words.Count || !index.Words[next].IsWord(index.Text))
        {
            return false;
        }

        var word = index.Span(next);
        return char.IsLower(word[0]) && word.Length > 3 && word[^1] == 's' && !CountLexicon.IsGroup(word.ToString())
            && CountLexicon.TriggerOf(word) is null && NumberReader.Read(index, next) is null;
    }

    private static bool CommaBetween(TextIndex index, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (index.Words[k].IsChar(index.Text, ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"were all killed", "have been hospitalized": the type word is said of the counted group.</summary>
    private static bool IsPredicate(TextIndex index, int j)
    {
        var before = index.Span(j - 1);
        return before is "were" or "was" or "been" or "are" or "is" or "be" or "all" or "later" or "also" or "reportedly" or "confirmed";
    }

    private static (string? Type, int Width) TriggerAt(TextIndex index, int j)
    {
        if (j + 1 < index.Words.Count && CountLexicon.PairOf(index.Span(j), index.Span(j + 1)) is { } pair)
        {
            return (pair, 2);
        }

        if (j >= 1 && CountLexicon.PairOf(index.Span(j - 1), index.Span(j)) is not null)
        {
            return (null, 1); // second word of a pair already read ("arrest warrants")
        }

        return (CountLexicon.TriggerOf(index.Span(j)), 1);
    }

    /// <summary>The first word of a qualifier ("at least", "more than") right before word <paramref name="first"/>, or -1.</summary>
    private static int QualifierWord(TextIndex index, int first)
    {
        foreach (var qualifier in Qualifiers)
        {
            var start = first - qualifier.Length;
            if (start < 0)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < qualifier.Length && match; k++)
            {
                match = index.IsWord(start + k, qualifier[k]);
            }

            if (match)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>Who or what is counted: the words right after the number ("political prisoners", "Armed Forces personnel").</summary>
    private static string? ObjectOf(TextIndex index, NumberPhrase phrase)
    {
        var words = index.Words;
        var text = index.Text;
        var j = phrase.Last + 1;
        while (j < words.Count && !words[j].IsWord(text) && !words[j].IsChar(text, ',') && !index.IsBoundary(j))
        {
            j++; // quotation marks around "three terrorists"
        }

        var start = j;
        var count = 0;
        while (j < words.Count && count < MaxObjectWords && words[j].IsWord(text) && !NameLexicon.Contains(ObjectStops, index.Span(j)))
        {
            var trigger = CountLexicon.TriggerOf(index.Span(j)) is not null;
            if (trigger && !NameLexicon.Contains(NounTriggers, index.Span(j)))
            {
                break; // "killed", "dead": the predicate, not the object
            }

            j++;
            count++;
            if (trigger)
            {
                break; // "refugees", "bodies": the object itself
            }
        }

        if (count == 0)
        {
            return null;
        }

        return string.Join(' ', text[words[start].Start..words[j - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Who gives the figure: "according to the UN", or the subject of "officials said" before it in the sentence.</summary>
    private static string? SourceOf(TextIndex index, Quotes.PhraseReader reader, int first)
    {
        var start = first;
        while (start > 0 && !index.IsBoundary(start - 1) && index.Paragraph[start - 1] == index.Paragraph[first])
        {
            start--;
        }

        var end = first;
        while (end < index.Words.Count && !index.IsBoundary(end) && index.Paragraph[end] == index.Paragraph[first])
        {
            end++;
        }

        Quotes.SpeakerPhrase? source = null;
        for (var k = start; k + 1 < end && source is null; k++)
        {
            if (index.IsWord(k, "according") && index.IsWord(k + 1, "to"))
            {
                source = reader.Forward(k + 2, end);
            }
        }

        for (var k = first - 1; k >= start && source is null; k--)
        {
            if (NameLexicon.Contains(SourceCues, index.Span(k)))
            {
                source = reader.Backward(k, start);
            }
        }

        if (source is null || source.Kind == Quotes.SpeakerPhraseKind.Pronoun)
        {
            return null;
        }

        return string.Join(' ', index.Text[source.Start..source.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>"in Iran" after the number, in the same clause.</summary>
    private static string? LocationOf(TextIndex index, NumberPhrase phrase)
    {
        var words = index.Words;
        var text = index.Text;
        for (var j = phrase.Last + 1; j < words.Count && j <= phrase.Last + AfterWindow && !index.IsBoundary(j); j++)
        {
            if ((index.IsWord(j, "in") || index.IsWord(j, "near")) && j + 1 < words.Count && NameParser.IsNameWord(text, words[j + 1])
                && !CountLexicon.IsMonth(index.Span(j + 1)) && !NameLexicon.Contains(NameLexicon.FunctionWords, index.Span(j + 1)))
            {
                var end = NameParser.RunEnd(text, words, j + 1, words.Count);
                return string.Join(' ', text[words[j + 1].Start..words[end - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return null;
    }

    /// <summary>"in 1988", "on Monday", "in August 2018" in the clause of the number.</summary>
    private static string? DateOf(TextIndex index, NumberPhrase phrase)
    {
        var words = index.Words;
        var text = index.Text;
        var from = phrase.First;
        while (from > 0 && !index.IsBoundary(from - 1) && from > phrase.First - BeforeWindow)
        {
            from--;
        }

        for (var j = from; j < words.Count && j <= phrase.Last + AfterWindow && !index.IsBoundary(j); j++)
        {
            if (j >= phrase.First && j <= phrase.Last)
            {
                continue;
            }

            var span = index.Span(j);
            if (span.Length == 4 && int.TryParse(span, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                && year is >= 1900 and <= 2100 && j > 0 && (index.IsWord(j - 1, "in") || index.IsWord(j - 1, "since") || CountLexicon.IsMonth(index.Span(j - 1))))
            {
                var start = CountLexicon.IsMonth(index.Span(j - 1)) ? j - 1 : j;
                return text[words[start].Start..words[j].End];
            }

            if (j > 0 && index.IsWord(j - 1, "on") && span.EndsWith("day", StringComparison.Ordinal) && char.IsUpper(span[0]))
            {
                return span.ToString();
            }
        }

        _ = text;
        return null;
    }
}
