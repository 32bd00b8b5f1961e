using System.Collections.Frozen;
using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Common;
using Chronicle.Text;

namespace Chronicle.Events.Rhetoric;

/// <summary>
/// Marks rhetorical techniques with their evidence spans and classes each sentence and the document as opinion or
/// reporting. A sentence is opinion when the author's own stance cues (first person, obligation, evaluative or
/// loaded words, calls to action) outweigh attribution cues; words inside quotation marks are someone else's and
/// do not count towards the author's stance. The document is opinion when enough of its sentences are.
/// </summary>
public sealed class RhetoricAnalyzer
{
    public const string Opinion = "opinion";
    public const string Reporting = "reporting";

    private static readonly CueSet Stance = new(RhetoricLexicon.Stance);
    private static readonly CueSet Attribution = new(RhetoricLexicon.Attribution);
    private static readonly CueSet Loaded = new(RhetoricLexicon.Loaded);
    private static readonly CueSet Labels = new(RhetoricLexicon.Labels);
    private static readonly CueSet Fear = new(RhetoricLexicon.Fear);
    private static readonly CueSet Analogy = new(RhetoricLexicon.Analogy);
    private static readonly CueSet CallToAction = new(RhetoricLexicon.CallToAction);

    // One bit per cue set (in this order): which sets a word can start a cue of. Checking the bits first spares each
    // word one look-up per set, where most words start no cue at all.
    private static readonly CueSet[] Sets = [Stance, Attribution, Loaded, Labels, Fear, Analogy, CallToAction];
    private static readonly FrozenDictionary<string, int> FirstWordSets = BuildFirstWordSets();
    private static readonly int[] PrefixSets = BuildPrefixSets();

    public static RhetoricAnalyzer Default { get; } = new();

    /// <summary>Share of opinion sentences from which a document counts as opinion (at least two such sentences).</summary>
    public double OpinionShare { get; init; } = 0.3;

    /// <summary>The rhetoric marks (techniques and opinion sentences) and the document's genre.</summary>
    public (ImmutableArray<RhetoricMark> Marks, string Genre) Analyze(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var quoted = QuotedRanges(text, document.Quotes);
        var marks = ImmutableArray.CreateBuilder<RhetoricMark>();
        var sentences = TextScan.Sentences(document);
        int opinion = 0, counted = 0;
        foreach (var sentence in sentences)
        {
            var words = TextScan.Words(text, sentence);
            if (words.Count < 4)
            {
                continue;
            }

            counted++;
            var allKeys = Keys(words);
            var allSets = SetsOf(allKeys);

            // A sentence no quotation reaches is all the author's own: its word lists serve for both.
            var quotedHere = Overlaps(quoted, sentence);
            var own = quotedHere ? words.FindAll(w => !InQuote(quoted, w.Start)) : words;
            var ownKeys = quotedHere ? Keys(own) : allKeys;
            var ownSets = quotedHere ? SetsOf(ownKeys) : allSets;
            var stance = Count(own, ownKeys, ownSets, 0, null, null);
            var attribution = Count(words, allKeys, allSets, 1, null, null);
            var loaded = Count(own, ownKeys, ownSets, 2, marks, "loaded-language");
            var labels = Count(own, ownKeys, ownSets, 3, marks, "name-calling");
            var fear = Count(own, ownKeys, ownSets, 4, marks, "appeal-to-fear");
            Count(words, allKeys, allSets, 5, marks, "historical-analogy");
            var action = Count(own, ownKeys, ownSets, 6, marks, "call-to-action");
            var questionOrExclamation = text[sentence.End - 1] is '?' or '!' && !InQuote(quoted, sentence.End - 1) ? 1 : 0;
            var score = stance + loaded + labels + fear + (2 * action) + questionOrExclamation - (2 * attribution);
            if (own.Count >= 4 && score >= 2)
            {
                opinion++;
                marks.Add(new RhetoricMark(Opinion, sentence));
            }
        }

        var genre = counted > 0 && (opinion >= 3 || (double)opinion / counted >= OpinionShare) && opinion >= 2 ? Opinion : Reporting;
        return ([.. marks.OrderBy(m => m.Span.Start)], genre);
    }

    private static int Count(List<WordSpan> words, List<string> keys, int[] sets, int set, ImmutableArray<RhetoricMark>.Builder? marks, string? type)
    {
        var cues = Sets[set];
        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if ((sets[i] & (1 << set)) == 0)
            {
                continue;
            }

            var length = cues.MatchLength(keys, i);
            if (length > 0)
            {
                count++;
                marks?.Add(new RhetoricMark(type!, new TextSpan(words[i].Start, words[i + length - 1].End)));
            }
        }

        return count;
    }

    /// <summary>For each key, the bits of the cue sets a cue of which may start there.</summary>
    private static int[] SetsOf(List<string> keys)
    {
        var sets = new int[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            sets[i] = FirstWordSets.GetValueOrDefault(key) | (key.Length > 0 && key[0] < 128 ? PrefixSets[key[0]] : -1);
        }

        return sets;
    }

    private static FrozenDictionary<string, int> BuildFirstWordSets()
    {
        var sets = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < Sets.Length; s++)
        {
            foreach (var word in Sets[s].FirstWords)
            {
                sets[word] = sets.GetValueOrDefault(word) | (1 << s);
            }
        }

        return sets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static int[] BuildPrefixSets()
    {
        var sets = new int[128];
        for (var c = 0; c < sets.Length; c++)
        {
            for (var s = 0; s < Sets.Length; s++)
            {
                if (Sets[s].HasPrefixCues((char)c))
                {
                    sets[c] |= 1 << s;
                }
            }
        }

        return sets;
    }

    /// <summary>The words as cues are written: lower case, possessive endings removed.</summary>
    private static List<string> Keys(List<WordSpan> words)
    {
        var keys = new List<string>(words.Count);
        foreach (var word in words)
        {
            keys.Add(TextScan.StripPossessive(word.Lower));
        }

        return keys;
    }

    private static bool Overlaps(List<TextSpan> quoted, TextSpan sentence)
    {
        foreach (var q in quoted)
        {
            if (q.Start < sentence.End && q.End > sentence.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InQuote(List<TextSpan> quoted, int position)
    {
        foreach (var q in quoted)
        {
            if (q.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Quotation spans: the attribution layer's quotes when present, else text between paired quote marks.</summary>
    private static List<TextSpan> QuotedRanges(string text, ImmutableArray<Quote> quotes)
    {
        var result = new List<TextSpan>();
        if (!quotes.IsDefaultOrEmpty)
        {
            foreach (var q in quotes)
            {
                result.Add(q.Span);
            }

            return result;
        }

        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && text.AsSpan(i).StartsWith("\n\n"))
            {
                open = -1;
            }
            else if (c is '\u201C' || (c == '"' && open < 0))
            {
                open = i + 1;
            }
            else if ((c is '\u201D' || c == '"') && open >= 0)
            {
                result.Add(new TextSpan(open, i));
                open = -1;
            }
        }

        return result;
    }
}
