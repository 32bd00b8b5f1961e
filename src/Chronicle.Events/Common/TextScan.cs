using System.Collections.Immutable;
using Chronicle.Text;

namespace Chronicle.Events.Common;

/// <summary>
/// Light text scanning shared by this layer's stages: sentence spans (the language layer's when present, a simple
/// splitter otherwise) and words with offsets. Kept local so the layer still works when earlier layers are absent.
/// </summary>
internal static class TextScan
{
    [ThreadStatic]
    private static string? t_wordsText;

    [ThreadStatic]
    private static Dictionary<long, List<WordSpan>>? t_words;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "prof",
        "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "u.s", "u.n", "u.k", "e.g", "i.e", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "mt", "ft",
    };

    /// <summary>The document's sentence spans, or spans found by a punctuation-and-line splitter when none are given.</summary>
    public static ImmutableArray<TextSpan> Sentences(Document document)
    {
        if (!document.Sentences.IsDefaultOrEmpty)
        {
            var builder = ImmutableArray.CreateBuilder<TextSpan>(document.Sentences.Length);
            foreach (var sentence in document.Sentences)
            {
                builder.Add(sentence.Span);
            }

            return builder.MoveToImmutable();
        }

        return SplitSentences(document.Text);
    }

    /// <summary>Splits at line breaks and at sentence-final punctuation followed by space and an upper-case letter or quote.</summary>
    public static ImmutableArray<TextSpan> SplitSentences(string text)
    {
        var result = ImmutableArray.CreateBuilder<TextSpan>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (start < 0)
            {
                if (!char.IsWhiteSpace(c))
                {
                    start = i;
                }

                continue;
            }

            if (c == '\n')
            {
                Add(result, text, start, i);
                start = -1;
                continue;
            }

            if (c is '.' or '!' or '?' && IsSentenceEnd(text, start, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\u201D' or '\'' or '\u2019' or ')')
                {
                    end++;
                }

                Add(result, text, start, end);
                start = -1;
                i = end - 1;
            }
        }

        if (start >= 0)
        {
            Add(result, text, start, text.Length);
        }

        return result.ToImmutable();
    }

    private static bool IsSentenceEnd(string text, int sentenceStart, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '\u201D' or '\'' or '\u2019' or ')')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next < text.Length && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\u201C' or '\'' or '\u2018' or '\n'))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        // "Dr. Haddad", "U.S. troops": a known abbreviation or a single initial does not end the sentence.
        var wordStart = i;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart).TrimStart("\"'(\u201C").ToString().ToLowerInvariant();
        return !(Abbreviations.Contains(word) || (word.Length == 1 && char.IsLetter(word[0])));
    }

    private static void Add(ImmutableArray<TextSpan>.Builder result, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextSpan(start, end));
        }
    }

    /// <summary>
    /// The words (letters, digits, inner apostrophes, hyphens and dots) of <paramref name="span"/>. Several stages ask
    /// for the same sentence's words, so the lists of the text last seen on this thread are kept and handed out again
    /// (callers only read them).
    /// </summary>
    public static List<WordSpan> Words(string text, TextSpan span)
    {
        var cache = CacheFor(text);

        var key = Key(span);
        if (!cache.TryGetValue(key, out var words))
        {
            words = ScanWords(text, span);
            cache[key] = words;
        }

        return words;
    }

    /// <summary>
    /// The words of the whole document text. When the sentences are separated by white space with no word outside them,
    /// scanning the whole text finds exactly the sentences' words in order, so the lists the sentence-level stages
    /// already made are joined instead of scanning the text again.
    /// </summary>
    public static List<WordSpan> DocumentWords(Document document)
    {
        var text = document.Text;
        var whole = new TextSpan(0, text.Length);
        if (CacheFor(text).TryGetValue(Key(whole), out var cached))
        {
            return cached;
        }

        var sentences = Sentences(document);
        if (!SeparatedBySpace(text, sentences))
        {
            return Words(text, whole);
        }

        var parts = new List<WordSpan>[sentences.Length];
        var total = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            parts[i] = Words(text, sentences[i]);
            total += parts[i].Count;
        }

        var words = new List<WordSpan>(total);
        foreach (var part in parts)
        {
            words.AddRange(part);
        }

        CacheFor(text)[Key(whole)] = words;
        return words;
    }

    /// <summary>True when the spans are in order, apart, bounded by white space, with no letter or digit between them.</summary>
    private static bool SeparatedBySpace(string text, ImmutableArray<TextSpan> sentences)
    {
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Start < previousEnd || sentence.End < sentence.Start || sentence.End > text.Length
                || (sentence.Start > 0 && !char.IsWhiteSpace(text[sentence.Start - 1]))
                || (sentence.End < text.Length && !char.IsWhiteSpace(text[sentence.End]))
                || HasLetterOrDigit(text, previousEnd, sentence.Start))
            {
                return false;
            }

            previousEnd = sentence.End;
        }

        return !HasLetterOrDigit(text, previousEnd, text.Length);
    }

    private static bool HasLetterOrDigit(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>This thread's word lists, emptied when a different text comes.</summary>
    private static Dictionary<long, List<WordSpan>> CacheFor(string text)
    {
        var cache = t_words ??= new Dictionary<long, List<WordSpan>>();
        if (!ReferenceEquals(t_wordsText, text))
        {
            cache.Clear();
            t_wordsText = text;
        }

        return cache;
    }

    private static long Key(TextSpan span) => ((long)span.Start << 32) | (uint)span.End;

    /// <summary>The words of a short phrase (a name, a role): scanned afresh, leaving the document's cached lists alone.</summary>
    public static List<WordSpan> PhraseWords(string phrase) => ScanWords(phrase, new TextSpan(0, phrase.Length));

    private static List<WordSpan> ScanWords(string text, TextSpan span)
    {
        var words = new List<WordSpan>();
        var strings = WordStrings.Current;
        var i = span.Start;
        while (i < span.End)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.End && (char.IsLetterOrDigit(text[i])
                || (text[i] is '\'' or '\u2019' or '-' or '.' && i + 1 < span.End && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            // "U.S." keeps its final dot; "Syria's" is split into "Syria" + possessive marker handled by callers.
            if (i < span.End && text[i] == '.' && i - start <= 4 && text.AsSpan(start, i - start).Contains('.'))
            {
                i++;
            }

            var lower = WordStrings.Lower(text.AsSpan(start, i - start), strings);
            // "al-Assadi", "el-Sisi": a lower-case particle before a capitalised name still starts a name.
            var capitalised = char.IsUpper(text[start])
                || (lower.Length > 4 && lower[2] == '-' && char.IsUpper(text[start + 3]))
                || (lower.Length > 4 && lower[1] == '\'' && char.IsUpper(text[start + 2]));
            words.Add(new WordSpan(start, i, lower, capitalised));
        }

        return words;
    }

    /// <summary>True when <paramref name="lower"/> ends with a possessive 's.</summary>
    public static bool IsPossessive(string lower) => lower.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>The word without a possessive 's.</summary>
    public static string StripPossessive(string lower) => IsPossessive(lower) ? WordStrings.Get(lower.AsSpan(0, lower.Length - 2)) : lower;
}
