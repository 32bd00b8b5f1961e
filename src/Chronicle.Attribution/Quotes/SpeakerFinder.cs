using Chronicle.Attribution.Text;
using Chronicle.Language.Entities;
using Chronicle.Lexicon;

namespace Chronicle.Attribution.Quotes;

/// <summary>
/// Finds the speaker of a quotation from the words around it: a reporting verb just before the quote, one right after it
/// ("…," said X / "…," X said), or any reporting verb earlier in the sentence; pronouns are resolved to the subject of
/// the nearest earlier clause that names a compatible person (he/she, by gender) or organisation (it/they).
/// </summary>
internal sealed class SpeakerFinder(TextIndex index, NameRegistry names)
{
    /// <summary>A cue this close before the quote governs it ("said, \"…", "stated that \"…").</summary>
    private const int NearGap = 4;

    /// <summary>After a quote, the cue must come within this many words ("…," Deputy Minister Alexander Chupriyan told).</summary>
    private const int AfterWindow = 10;

    /// <summary>Pronouns look back this many paragraphs for their antecedent.</summary>
    private const int AntecedentParagraphs = 3;

    private static readonly HashSet<string> ClauseStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "but", "and", "as", "when", "which", "who", "after", "before", "although", "though", "whereas", "because", "so",
        "if", "or", "where", "since", "with",
    };

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "but", "whereas", "although", "though",
    };

    private static readonly HashSet<string> Documents = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "report", "tweet", "post", "letter", "message", "release", "document", "communique", "communiqué", "video",
        "interview", "notice", "announcement", "press", "memo", "note", "email", "e-mail", "filing", "transcript",
    };

    private static readonly HashSet<string> FrontedAdverbials = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "after", "before", "according", "following", "with", "despite", "for", "speaking", "talking",
        "writing", "asked", "later", "earlier", "meanwhile", "separately", "responding", "addressing", "since", "as", "when", "while",
    };

    private readonly PhraseReader _reader = new(index);
    private readonly RoleHolders _roles = new(index, names);
    private readonly List<SpeakerCandidate> _remembered = [];

    private string Text => index.Text;

    /// <summary>Makes an accepted speaker available to later pronouns ("She also said …").</summary>
    public void Remember(Attribution attribution, int position, NameKind kind, Gender gender)
    {
        _remembered.Add(new SpeakerCandidate(position, kind, gender, attribution.SpeakerId, attribution.SpeakerName ?? string.Empty,
            attribution.SpeakerStart, attribution.SpeakerEnd));
    }

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
        // "Erdogan said — as reported by Hurriyet Daily News — "…"": the medium an aside cites is not the speaker when the
        // sentence has a cue of its own.
        if (before.Count > 1 && IsCitation(before[^1]))
        {
            before.RemoveAt(before.Count - 1);
        }

        if (before.Count > 0 && Gap(before[^1], first) <= NearGap && TryCue(before[^1], low, first, after: false) is { } near)
        {
            return near;
        }

        if (!quote.Continues && AfterApplies(quote, last + 1, high))
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

        // "X gave its "…" and said …": a coordinated reporting verb shares the sentence's subject.
        if (!quote.Continues && CoordinatedCue(last + 1, high) is { } coordinated && Subject(low, first) is { } shared)
        {
            return Attribute(shared, coordinated, index.Words[coordinated].End);
        }

        // "Trump, also on Twitter, defended his decision, "…"" and "he appreciated Soleimani's lifepath: "…"".
        if (first - 1 >= low && (index.Words[first - 1].IsChar(Text, ':') || index.Words[first - 1].IsChar(Text, ','))
            && Subject(low, first) is { } subject)
        {
            return Attribute(subject, -1, -1);
        }

        return null;
    }

    /// <summary>The speaker of reported speech governed by the cue at word <paramref name="cue"/> in the sentence <c>[low, high)</c>.</summary>
    public Attribution? FromCue(int cue, int low, int high) => TryCue(cue, low, high, after: false);

    /// <summary>
    /// The speaker named by the source words <c>[start, end)</c> (characters) that the learned tagger found for a cue: a
    /// pronoun is resolved to its antecedent, a name to its canonical form, a description to the entity it names.
    /// </summary>
    public Attribution? FromSource(int start, int end, int cueStart, int cueEnd)
    {
        var first = index.WordAt(start);
        var last = index.WordAt(end);
        if (first >= last)
        {
            return null;
        }

        // "The Senate Minority Leader, Chuck Schumer": a person's name in the phrase wins over an office or organisation.
        SpeakerPhrase? phrase = null, other = null, pronoun = null;
        for (var i = first; i < last && phrase is null; i++)
        {
            var word = index.Words[i];
            if (Pronouns.IsSubject(word.In(Text)) || Pronouns.IsObject(word.In(Text)))
            {
                pronoun ??= new SpeakerPhrase(SpeakerPhraseKind.Pronoun, word.Start, word.End);
            }
            else if (NameParser.IsNameWord(Text, word))
            {
                var runEnd = NameParser.RunEnd(Text, index.Words, i, last);
                // "China's ambassador": a possessive name modifies the speaker's description, as does a place.
                if (NameParser.Parse(Text, index.Words, i, runEnd) is { } name && KindAt(name) is var kind && kind != NameKind.Place
                    && !IsPossessive(runEnd - 1) && names.EntityAt(name.NameStart, name.NameEnd) is not { Type: Chronicle.Annotations.EntityType.Loc })
                {
                    var candidate = new SpeakerPhrase(SpeakerPhraseKind.Name, name.RunStart, name.RunEnd, name);
                    phrase = kind == NameKind.Person || names.EntityAt(name.NameStart, name.NameEnd) is { Type: Chronicle.Annotations.EntityType.Person } ? candidate : null;
                    other ??= candidate;
                }

                i = Math.Max(i, runEnd - 1);
            }
        }

        phrase ??= other ?? pronoun ?? new SpeakerPhrase(SpeakerPhraseKind.Description, index.Words[first].Start, index.Words[last - 1].End);
        return Attribute(phrase, cueStart, cueEnd);
    }

    /// <summary>Word <paramref name="i"/> is a possessive ("China's", "Trump’s").</summary>
    private bool IsPossessive(int i) =>
        index.Span(i) is var w && w.Length > 2 && w[^1] is 's' && w[^2] is '\'' or '\u2019';

    /// <summary>The speaker for a cue at word <paramref name="cue"/> within <c>[low, high)</c>.</summary>
    private Attribution? TryCue(int cue, int low, int high, bool after)
    {
        var cueWord = index.Words[cue];
        var cueEnd = cueWord.End;
        SpeakerPhrase? phrase;
        if (index.IsWord(cue, "according"))
        {
            cueEnd = index.Words[cue + 1].End;
            phrase = _reader.Forward(cue + 2, index.Words.Count);
        }
        else if (cue + 1 < index.Words.Count && index.IsWord(cue + 1, "by") && index.QuoteOf[cue + 1] < 0)
        {
            phrase = _reader.Forward(cue + 2, index.Words.Count);
        }
        else if (after && FirstWordOf(low, cue))
        {
            phrase = _reader.Forward(cue + 1, high);
        }
        else if (IsGerund(cue) && cue - 1 >= low && index.Words[cue - 1].IsChar(Text, ','))
        {
            // "Pompeo posted a message on Twitter blaming Iran for the attacks, saying …": the sentence's subject speaks.
            phrase = Subject(low, cue);
        }
        else
        {
            phrase = _reader.Backward(cue, low);
            // "sent a letter earlier this month stating that …": a participle after a thing or a time modifies it, and
            // the clause's subject speaks; after an agent noun ("protesters chanting") the agent does.
            if (phrase is null || (phrase.Kind == SpeakerPhraseKind.Description
                && (IsObjectOfPreposition(phrase, low) || (IsGerund(cue) && !EndsInAgentNoun(phrase) && !NamesSomeone(phrase)))))
            {
                phrase = Subject(low, cue) ?? phrase;
            }
        }

        if (phrase is { Kind: SpeakerPhraseKind.Description } && DocumentAuthor(phrase, low) is { } author)
        {
            phrase = author;
        }

        return phrase is null ? null : Attribute(phrase, cueWord.Start, cueEnd);
    }

    private Attribution? Attribute(SpeakerPhrase phrase, int cueStart, int cueEnd)
    {
        var (id, name, start, end) = Resolve(phrase);
        if (name is null && (phrase.Kind != SpeakerPhraseKind.Pronoun || cueStart < 0))
        {
            return null;
        }

        var cue = cueStart < 0 ? null : Text[cueStart..cueEnd];
        return new Attribution(id, name, cue, cueStart, cueEnd, start, end) { Phrase = phrase };
    }

    /// <summary>Entity id, speaker name and speaker span for a phrase; pronouns resolved to their antecedent.</summary>
    public (string? Id, string? Name, int Start, int End) Resolve(SpeakerPhrase phrase)
    {
        switch (phrase.Kind)
        {
            case SpeakerPhraseKind.Pronoun:
                var antecedent = Antecedent(phrase.Start, Text.AsSpan(phrase.Start, phrase.End - phrase.Start));
                return antecedent is null ? (null, null, phrase.Start, phrase.End) : (antecedent.Id, antecedent.Name, antecedent.Start, antecedent.End);
            case SpeakerPhraseKind.Name:
                return ResolveName(phrase.Name!);
            default:
                var entity = names.EntityAt(phrase.Start, phrase.End);
                var description = Collapse(Text[phrase.Start..phrase.End]);
                // A description that is exactly an entity's mention ("the Foreign Ministry") is that entity.
                if (entity is not null)
                {
                    return (entity.Id, entity.Name, phrase.Start, phrase.End);
                }

                // "The NWA said" after "The National Weather Agency".
                if (names.Expand(description, phrase.Start) is { } expanded)
                {
                    return (null, expanded, phrase.Start, phrase.End);
                }

                // "the ambassador" where the document names "China's ambassador to Britain Liu Xiaming".
                if (_roles.Find(phrase.Start, phrase.End) is { } holder)
                {
                    var (id, name, _, _) = ResolveName(holder);
                    return (id, name is null ? null : WithoutTitleWord(name, description), phrase.Start, phrase.End);
                }

                return (null, StateDescription(description), phrase.Start, phrase.End);
        }
    }

    /// <summary>
    /// "Russia's foreign ministry" is named as the state's institutions are, "Russian foreign ministry": the possessive
    /// country becomes its adjective, so both forms of one speaker read alike.
    /// </summary>
    private static string StateDescription(string description)
    {
        var possessive = description.IndexOf("'s ", StringComparison.Ordinal);
        if (possessive < 0)
        {
            possessive = description.IndexOf("\u2019s ", StringComparison.Ordinal);
        }

        if (possessive <= 0 || possessive + 3 >= description.Length || !char.IsLower(description[possessive + 3]))
        {
            return description;
        }

        var owner = description[..possessive];
        var article = owner.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? owner[..4] : "";
        return CountryLookup.Default.ByName(owner[article.Length..]) is { Demonyms: [var adjective, ..] }
            ? $"{article}{adjective} {description[(possessive + 3)..]}"
            : description;
    }

    private (string? Id, string? Name, int Start, int End) ResolveName(NamePhrase name)
    {
        var text = Collapse(name.Name(Text));
        var canonical = names.Canonical(text, name.Kind == NameKind.Person ? NameKind.Person : NameKind.Unknown);
        if (name.Kind != NameKind.Person && names.Expand(canonical, name.NameStart) is { } expanded)
        {
            return (names.EntityAt(name.NameStart, name.NameEnd)?.Id, expanded, name.NameStart, name.NameEnd);
        }

        var entity = names.EntityAt(name.NameStart, name.NameEnd);
        if (entity is not null)
        {
            // Entity names may carry titles ("USCG Captain Monica Rochester"): keep the id, and the fuller clean name.
            var clean = NameRegistry.WithoutTitles(entity.Name);
            var longer = clean.Split(' ').Length > canonical.Split(' ').Length
                && canonical.Split(' ').All(t => clean.Contains(t, StringComparison.OrdinalIgnoreCase));
            return (entity.Id, longer ? clean : canonical, name.NameStart, name.NameEnd);
        }

        return (null, canonical, name.NameStart, name.NameEnd);
    }

    /// <summary>
    /// The antecedent of a pronoun: clause by clause backwards from the one before the pronoun's own, the first (subject-most)
    /// compatible person or organisation named there, or an earlier quote's speaker.
    /// </summary>
    private SpeakerCandidate? Antecedent(int position, ReadOnlySpan<char> pronoun, int depth = 0)
    {
        var gender = Pronouns.GenderOf(pronoun);
        var personal = gender != Gender.Unknown;
        var i = index.WordAt(position) - 1;
        var paragraph = i >= 0 ? index.Paragraph[i] : 0;
        while (i >= 0 && !IsClauseBreak(i))
        {
            i--;
        }

        // "When Afghan President Ashraf Ghani announced the exchange, he said": the subject of a fronted subordinate clause.
        if (FrontedSubject(i + 1, index.WordAt(position), personal, gender) is { } fronted)
        {
            return fronted;
        }

        while (i >= 0 && paragraph - index.Paragraph[i] <= AntecedentParagraphs)
        {
            var end = i;
            var start = i - 1;
            while (start >= 0 && !IsClauseBreak(start))
            {
                start--;
            }

            var clauseStart = SkipFrontedAdverbial(start + 1, end);

            // "During the visit, he was photographed with Epstein": the clause's own subject pronoun carries the chain.
            if (personal && depth < 2 && clauseStart < end && index.QuoteOf[clauseStart] < 0
                && Pronouns.IsSubject(index.Span(clauseStart)) && Pronouns.GenderOf(index.Span(clauseStart)) == gender)
            {
                return Antecedent(index.Words[clauseStart].Start, index.Span(clauseStart), depth + 1);
            }

            var from = clauseStart < index.Words.Count ? index.Words[clauseStart].Start : int.MaxValue;
            var to = index.Words[end].End;
            SpeakerCandidate? best = null;
            foreach (var phrase in names.Phrases)
            {
                if (phrase.NameStart >= from && phrase.NameEnd <= to && (best is null || phrase.NameStart < best.Position)
                    && Compatible(phrase.Kind, GenderOfPhrase(phrase), personal, gender))
                {
                    var (id, name, s, e) = ResolveName(phrase);
                    best = new SpeakerCandidate(phrase.NameStart, phrase.Kind, GenderOfPhrase(phrase), id, name ?? string.Empty, s, e);
                }
            }

            foreach (var remembered in _remembered)
            {
                if (remembered.Position >= from && remembered.Position < to && (best is null || remembered.Position < best.Position)
                    && Compatible(remembered.Kind, remembered.Gender, personal, gender))
                {
                    best = remembered;
                }
            }

            if (best is not null)
            {
                return best;
            }

            i = start;
        }

        return null;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "after", "before", "as", "while", "since", "although", "though", "because", "once", "if",
    };

    /// <summary>The person named right after a subordinator that opens the clause <c>[start, limit)</c>.</summary>
    private SpeakerCandidate? FrontedSubject(int start, int limit, bool personal, Gender gender)
    {
        if (!personal || start + 1 >= limit || start < 0 || !NameLexicon.Contains(Subordinators, index.Span(start)))
        {
            return null;
        }

        var from = index.Words[start + 1].Start;
        foreach (var phrase in names.Phrases)
        {
            if (phrase.RunStart >= index.Words[start].Start && phrase.RunStart <= from && phrase.NameStart >= from && phrase.NameEnd <= index.Words[limit - 1].End && Compatible(phrase.Kind, GenderOfPhrase(phrase), personal, gender))
            {
                var (id, name, s, e) = ResolveName(phrase);
                return new SpeakerCandidate(phrase.NameStart, phrase.Kind, GenderOfPhrase(phrase), id, name ?? string.Empty, s, e);
            }
        }

        return null;
    }

    private static bool Compatible(NameKind kind, Gender known, bool personal, Gender wanted) => personal
        ? (kind == NameKind.Person && (known == Gender.Unknown || known == wanted)) || (kind == NameKind.Unknown && known == wanted)
        : kind == NameKind.Organisation;

    private Gender GenderOfPhrase(NamePhrase phrase) =>
        phrase.Kind == NameKind.Person ? names.GenderOf(names.Canonical(Collapse(phrase.Name(Text)), NameKind.Person)) : Gender.Unknown;

    private int SkipFrontedAdverbial(int start, int end)
    {
        if (start <= end && start < index.Words.Count && NameLexicon.Contains(FrontedAdverbials, index.Span(start)))
        {
            for (var i = start; i < end; i++)
            {
                if (index.Words[i].IsChar(Text, ',') && index.QuoteOf[i] < 0)
                {
                    return i + 1;
                }
            }
        }

        return start;
    }

    private bool IsClauseBreak(int i) =>
        index.IsBoundary(i)
        || index.ClosesQuote(i)
        || (index.QuoteOf[i] < 0 && NameLexicon.Contains(ClauseBreaks, index.Span(i)))
        || (i + 1 < index.Words.Count && index.Paragraph[i + 1] != index.Paragraph[i]);

    /// <summary>The subject of the clause <c>[low, limit)</c>: its first name, pronoun or description, after any fronted adverbial.</summary>
    private SpeakerPhrase? Subject(int low, int limit)
    {
        var start = SkipFrontedAdverbial(low, limit);

        for (var i = start; i < limit; i++)
        {
            if (index.QuoteOf[i] >= 0)
            {
                continue;
            }

            var word = index.Words[i];
            var span = word.In(Text);
            if (Pronouns.IsSubject(span))
            {
                return new SpeakerPhrase(SpeakerPhraseKind.Pronoun, word.Start, word.End);
            }

            if (NameParser.IsNameWord(Text, word))
            {
                var end = NameParser.RunEnd(Text, index.Words, i, limit);
                var name = NameParser.Parse(Text, index.Words, i, end);
                if (IsPossessive(end - 1) && PossessedDescription(i, end, limit) is { } possessed)
                {
                    return possessed; // "China's ambassador to Britain accused …"
                }

                if (name is not null)
                {
                    var kind = KindAt(name);
                    if (kind != NameKind.Place && (kind != NameKind.Unknown || NameParser.IsNameLike(Text, index.Words[end - 1])))
                    {
                        // "The then-manager of Barmouth Publicity, David Clay, called": the person the description is set off for.
                        return (i > start && index.IsWord(i - 1, "of") ? AppositiveName(end, limit) : null)
                            ?? new SpeakerPhrase(SpeakerPhraseKind.Name, name.NameStart, name.NameEnd, name with { Kind = kind });
                    }
                }

                i = end - 1;
                continue;
            }

            if (CueLexicon.IsCue(span))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The description a possessive name opens, up to the verb: "China's ambassador to Britain" (at most six words).</summary>
    private SpeakerPhrase? PossessedDescription(int nameStart, int nameEnd, int limit)
    {
        var j = nameEnd;
        while (j < limit && j - nameEnd < 6 && index.QuoteOf[j] < 0 && index.Words[j].IsWord(Text) && !CueLexicon.IsCue(index.Span(j))
            && !NameLexicon.Contains(ClauseStarts, index.Span(j)) && !index.IsWord(j, "that") && !index.IsWord(j, "has") && !index.IsWord(j, "had"))
        {
            j++;
        }

        return j > nameEnd && j < limit && CueLexicon.IsCue(index.Span(j))
            ? new SpeakerPhrase(SpeakerPhraseKind.Description, index.Words[nameStart].Start, index.Words[j - 1].End)
            : null;
    }

    /// <summary>The person named between two commas after word <paramref name="from"/>, before any cue or quote.</summary>
    private SpeakerPhrase? AppositiveName(int from, int limit)
    {
        for (var i = from; i + 1 < limit; i++)
        {
            if (index.QuoteOf[i] >= 0 || CueLexicon.IsCue(index.Span(i)))
            {
                return null;
            }

            if (!index.Words[i].IsChar(Text, ',') || !NameParser.IsNameWord(Text, index.Words[i + 1]))
            {
                continue;
            }

            var end = NameParser.RunEnd(Text, index.Words, i + 1, limit);
            if (end < limit && index.Words[end].IsChar(Text, ',') && NameParser.Parse(Text, index.Words, i + 1, end) is { } name
                && KindAt(name) == NameKind.Person)
            {
                return new SpeakerPhrase(SpeakerPhraseKind.Name, name.NameStart, name.NameEnd, name with { Kind = NameKind.Person });
            }

            return null;
        }

        return null;
    }

    private NameKind KindAt(NamePhrase name)
    {
        foreach (var phrase in names.Phrases)
        {
            if (phrase.NameStart == name.NameStart)
            {
                return phrase.Kind;
            }
        }

        return name.Kind;
    }

    /// <summary>"according to a statement released by Erdogan's office": the author, not the document.</summary>
    private SpeakerPhrase? DocumentAuthor(SpeakerPhrase phrase, int low)
    {
        var words = WordScanner.Scan(Text, phrase.Start, phrase.End);
        if (words.Count == 0 || !words.Any(w => NameLexicon.Contains(Documents, w.In(Text))))
        {
            return null;
        }

        var after = index.WordAt(phrase.End);
        for (var i = after; i < Math.Min(index.Words.Count, after + 3); i++)
        {
            if (index.IsWord(i, "by") || index.IsWord(i, "from") || index.IsWord(i, "of"))
            {
                return _reader.Forward(i + 1, index.Words.Count);
            }
        }

        // "read the statement": whoever "released a statement" earlier, else the organisation named last.
        _ = low;
        var noun = words.Last(w => NameLexicon.Contains(Documents, w.In(Text))).In(Text).ToString();
        for (var i = index.WordAt(phrase.Start) - 1; i >= 0; i--)
        {
            if (index.QuoteOf[i] < 0 && index.IsWord(i, noun))
            {
                var start = i;
                while (start > 0 && !IsClauseBreak(start - 1))
                {
                    start--;
                }

                if (Subject(start, i) is { } issuer)
                {
                    return issuer;
                }

                break;
            }
        }

        for (var i = names.Phrases.Count - 1; i >= 0; i--)
        {
            var candidate = names.Phrases[i];
            if (candidate.NameStart < phrase.Start && candidate.Kind == NameKind.Organisation)
            {
                return new SpeakerPhrase(SpeakerPhraseKind.Name, candidate.NameStart, candidate.NameEnd, candidate);
            }
        }

        return null;
    }

    /// <summary>A description right after a preposition ("speaking to the Atlantic Council think tank called") is not the subject.</summary>
    private bool IsObjectOfPreposition(SpeakerPhrase phrase, int low)
    {
        var first = index.WordAt(phrase.Start) - 1;
        if (first >= low && index.Words[first].IsWord(Text) && char.IsLower(Text[index.Words[first].Start]))
        {
            var word = index.Span(first);
            if (word.Equals("the", StringComparison.Ordinal) || word.Equals("a", StringComparison.Ordinal) || word.Equals("an", StringComparison.Ordinal))
            {
                first--;
            }
        }

        return first >= low && (index.IsWord(first, "to") || index.IsWord(first, "with") || index.IsWord(first, "at") || index.IsWord(first, "on")
            || index.IsWord(first, "in") || index.IsWord(first, "for") || index.IsWord(first, "from"));
    }

    /// <summary>The description's last word is a noun for people or a group ("protesters", "a medic", "officials").</summary>
    private bool EndsInAgentNoun(SpeakerPhrase phrase) =>
        index.WordAt(phrase.End) - 1 is var last && last >= 0 && Lexicons.AgentNouns.Contains(index.Span(last));

    /// <summary>The description holds a name ("a banner from People's Vote"), which it resolves to.</summary>
    private bool NamesSomeone(SpeakerPhrase phrase)
    {
        // The first word is left out: a capital there may only open the sentence.
        for (var i = index.WordAt(phrase.Start) + 1; i < index.Words.Count && index.Words[i].Start < phrase.End; i++)
        {
            if (NameParser.IsNameWord(Text, index.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsGerund(int i) => index.Span(i).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The cue of an aside citing a medium: "as reported by", "as quoted by".</summary>
    private bool IsCitation(int cue) =>
        cue > 0 && cue + 1 < index.Words.Count && index.IsWord(cue - 1, "as") && index.IsWord(cue + 1, "by");

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

    /// <summary>
    /// After-quote text attributes the quote unless it opens a new clause (", while …") or a new sentence (a quote ending
    /// in a full stop followed by a capitalised word).
    /// </summary>
    private bool AfterApplies(QuotedSpan quote, int from, int to)
    {
        var i = from;
        while (i < to && !index.Words[i].IsWord(Text))
        {
            i++;
        }

        if (i >= to || NameLexicon.Contains(ClauseStarts, index.Span(i)))
        {
            return false;
        }

        var last = quote.End - 1;
        while (last > quote.Start && char.IsWhiteSpace(Text[last]))
        {
            last--;
        }

        if (!char.IsUpper(Text[index.Words[i].Start]))
        {
            return true;
        }

        // After "…." a capitalised word starts a new sentence; after "…?" or "…!" it may still be the attribution.
        return Text[last] is not '.' && (Text[last] is not ('!' or '?') || FirstWordIsCue(i, to));
    }

    private bool FirstWordIsCue(int i, int to)
    {
        for (var j = i; j < to && j < i + AfterWindow; j++)
        {
            if (CueLexicon.IsCue(index.Span(j)) && char.IsLower(Text[index.Words[j].Start]))
            {
                return j <= i + 6;
            }

            if (index.Words[j].IsChar(Text, ','))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"… and said" right after the quote: the index of "said".</summary>
    private int? CoordinatedCue(int from, int to)
    {
        var i = from;
        while (i < to && !index.Words[i].IsWord(Text))
        {
            i++;
        }

        if (i + 1 < to && index.IsWord(i, "and") && CueLexicon.IsCue(index.Span(i + 1)))
        {
            return i + 1;
        }

        return null;
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

    /// <summary>"Britain Liu Xiaming" introduced by "ambassador to Britain": the name without the title's last word.</summary>
    private static string WithoutTitleWord(string name, string description)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || name.AsSpan(space + 1).IndexOf(' ') < 0)
        {
            return name;
        }

        var first = name[..space];
        return description.Split(' ').Contains(first, StringComparer.OrdinalIgnoreCase) ? name[(space + 1)..] : name;
    }

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
