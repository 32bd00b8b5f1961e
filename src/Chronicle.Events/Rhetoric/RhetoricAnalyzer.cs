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
            var own = words.Where(w => !InQuote(quoted, w.Start)).ToList();
            var allKeys = Keys(words);
            var ownKeys = Keys(own);
            var stance = Count(own, ownKeys, Stance, null, null);
            var attribution = Count(words, allKeys, Attribution, null, null);
            var loaded = Count(own, ownKeys, Loaded, marks, "loaded-language");
            var labels = Count(own, ownKeys, Labels, marks, "name-calling");
            var fear = Count(own, ownKeys, Fear, marks, "appeal-to-fear");
            Count(words, allKeys, Analogy, marks, "historical-analogy");
            var action = Count(own, ownKeys, CallToAction, marks, "call-to-action");
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

    private static int Count(List<WordSpan> words, List<string> keys, CueSet cues, ImmutableArray<RhetoricMark>.Builder? marks, string? type)
    {
        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var length = cues.MatchLength(keys, i);
            if (length > 0)
            {
                count++;
                marks?.Add(new RhetoricMark(type!, new TextSpan(words[i].Start, words[i + length - 1].End)));
            }
        }

        return count;
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
