using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Evaluation.News;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Evaluation.Attribution;

/// <summary>The figures of <c>chronicle eval attribution</c>.</summary>
public sealed class AttributionScore
{
    /// <summary>Contents matched one to one (word-token Dice ≥ 0.5), over every attribution.</summary>
    public NewsTally Content { get; } = new();

    /// <summary>The same over direct quotes only (gold content inside quotation marks, predicted <c>direct: true</c>).</summary>
    public NewsTally DirectContent { get; } = new();

    /// <summary>Content word tokens covered (token-level P/R/F1).</summary>
    public NewsTally ContentTokens { get; } = new();

    /// <summary>Cues matched one to one by overlap.</summary>
    public NewsTally Cues { get; } = new();

    /// <summary>Content errors by kind, direct quotes and indirect speech apart (<see cref="ContentErrors"/>).</summary>
    public ContentErrors DirectErrors { get; } = new();

    /// <summary>The same for indirect speech (gold content outside quotation marks, predicted <c>direct: false</c>).</summary>
    public ContentErrors IndirectErrors { get; } = new();

    public int Sources { get; set; }

    public int SourcesCorrect { get; set; }

    public int Documents { get; set; }

    public double SourceAccuracy => Sources == 0 ? 0 : (double)SourcesCorrect / Sources;

    public List<string> Details { get; } = [];
}

/// <summary>
/// Unmatched contents by kind: a gold content no quote touches is missed, one a quote overlaps without reaching Dice 0.5
/// is a boundary error (the same for predicted quotes), and a predicted quote touching no gold content is spurious.
/// </summary>
public sealed class ContentErrors
{
    public int Missed { get; set; }

    public int GoldBoundary { get; set; }

    public int PredictedBoundary { get; set; }

    public int Spurious { get; set; }
}

/// <summary>
/// Scores Chronicle's quotes (direct and indirect) against PolNeAR attributions. Each text is run through the analysis
/// pipeline as it stands (no extraction step, so the annotation offsets stay valid); a quote matches a gold content when
/// their word tokens overlap with Dice ≥ 0.5; its source is right when the speaker span overlaps the gold source, the
/// speaker name matches it, or the gold source is a pronoun and the speaker was resolved to a name before it.
/// </summary>
public static class AttributionEvaluation
{
    private static readonly HashSet<string> PronounSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "i", "we", "him", "her", "them", "you",
    };

    public static AttributionScore Run(AnalysisPipeline pipeline, IEnumerable<PolnearDocument> documents, bool details = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        var score = new AttributionScore();
        foreach (var gold in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = pipeline.Run(new Document(gold.Text, new DocumentSource(gold.Name)), cancellationToken);
            Score(document, gold, score, details);
            score.Documents++;
        }

        return score;
    }

    public static void Score(Document document, PolnearDocument gold, AttributionScore score, bool details = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(score);
        var words = WordStarts(document);
        var quotes = document.Quotes;
        var goldDirect = gold.Attributions.Select(a => IsQuoted(gold.Text, a.Content)).ToArray();
        var matched = Match(gold.Attributions.Count, quotes.Length, (g, p) => Dice(words, gold.Attributions[g].Content, quotes[p].Span) >= 0.5);
        score.Content.Add(matched.Count, quotes.Length - matched.Count, gold.Attributions.Count - matched.Count);
        var directGold = Enumerable.Range(0, gold.Attributions.Count).Where(g => goldDirect[g]).ToList();
        var directPredicted = Enumerable.Range(0, quotes.Length).Where(p => quotes[p].Direct).ToList();
        var direct = Match(directGold.Count, directPredicted.Count, (g, p) => Dice(words, gold.Attributions[directGold[g]].Content, quotes[directPredicted[p]].Span) >= 0.5);
        score.DirectContent.Add(direct.Count, directPredicted.Count - direct.Count, directGold.Count - direct.Count);
        TokenOverlap(words, gold.Attributions.Select(a => a.Content), quotes.Select(q => q.Span), score.ContentTokens);
        Classify(words, gold, goldDirect, quotes, matched, score, details);

        var goldCues = gold.Attributions.Where(a => a.Cue is not null).Select(a => a.Cue!.Value).Distinct().ToList();
        var predictedCues = quotes.Where(q => q.CueSpan is not null).Select(q => q.CueSpan!.Value).Distinct().ToList();
        var cues = Match(goldCues.Count, predictedCues.Count, (g, p) => goldCues[g].Start < predictedCues[p].End && predictedCues[p].Start < goldCues[g].End);
        score.Cues.Add(cues.Count, predictedCues.Count - cues.Count, goldCues.Count - cues.Count);

        foreach (var (g, p) in matched)
        {
            if (gold.Attributions[g].Source is not { } source)
            {
                continue;
            }

            score.Sources++;
            var quote = quotes[p];
            var sourceText = gold.Text[source.Start..source.End];
            var right = (quote.SpeakerSpan is { } span && span.Start < source.End && source.Start < span.End)
                || (quote.SpeakerName is { } name && NewsNames.NameMatch(sourceText, name))
                || (PronounSources.Contains(sourceText.Trim()) && quote.SpeakerName is not null && quote.SpeakerSpan is { } antecedent && antecedent.End <= source.Start);
            if (right)
            {
                score.SourcesCorrect++;
            }
            else if (details)
            {
                score.Details.Add(string.Create(CultureInfo.InvariantCulture, $"  source: {gold.Name} gold={sourceText} pred={quote.SpeakerName ?? "None"}"));
            }
        }
    }

    private static void Classify(int[] words, PolnearDocument document, bool[] goldDirect, IReadOnlyList<Quote> quotes, List<(int Gold, int Predicted)> matched, AttributionScore score, bool details)
    {
        var gold = document.Attributions;
        var goldMatched = matched.Select(m => m.Gold).ToHashSet();
        var predictedMatched = matched.Select(m => m.Predicted).ToHashSet();
        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldMatched.Contains(g))
            {
                var errors = goldDirect[g] ? score.DirectErrors : score.IndirectErrors;
                var overlapped = quotes.Any(q => Dice(words, gold[g].Content, q.Span) > 0);
                if (overlapped)
                {
                    errors.GoldBoundary++;
                }
                else
                {
                    errors.Missed++;
                }

                if (details)
                {
                    score.Details.Add(Line(document, goldDirect[g] ? "direct" : "indirect", overlapped ? "gold overlapped" : "gold missed", gold[g].Content));
                }
            }
        }

        for (var p = 0; p < quotes.Count; p++)
        {
            if (!predictedMatched.Contains(p))
            {
                var errors = quotes[p].Direct ? score.DirectErrors : score.IndirectErrors;
                var overlapping = gold.Any(a => Dice(words, a.Content, quotes[p].Span) > 0);
                if (overlapping)
                {
                    errors.PredictedBoundary++;
                }
                else
                {
                    errors.Spurious++;
                }

                if (details)
                {
                    score.Details.Add(Line(document, quotes[p].Direct ? "direct" : "indirect", overlapping ? "predicted overlapping" : "spurious", quotes[p].Span));
                }
            }
        }
    }

    private static string Line(PolnearDocument document, string kind, string error, TextSpan span)
    {
        var text = document.Text[span.Start..span.End].ReplaceLineEndings(" ");
        return string.Create(CultureInfo.InvariantCulture, $"  content {kind} {error}: {document.Name} [{span.Start}] {(text.Length > 100 ? text[..100] + "…" : text)}");
    }

    /// <summary>Whether a gold content is a direct quotation: most of its letters lie inside quotation marks.</summary>
    private static bool IsQuoted(string text, TextSpan content)
    {
        var depth = 0;
        int inside = 0, letters = 0;
        for (var i = content.Start; i < content.End; i++)
        {
            var c = text[i];
            if (c is '\u201C' or '\u00AB')
            {
                depth = 1;
            }
            else if (c is '\u201D' or '\u00BB')
            {
                depth = 0;
            }
            else if (c == '"')
            {
                depth = 1 - depth;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                inside += depth;
            }
        }

        // A content opening right after a mark outside its span ("“We will win,” he said" annotated without marks).
        if (inside == 0 && content.Start > 0 && text[content.Start - 1] is '"' or '\u201C')
        {
            return true;
        }

        return letters > 0 && inside * 2 > letters;
    }

    /// <summary>Start offsets of the document's word and number tokens, in order.</summary>
    private static int[] WordStarts(Document document) =>
        document.Tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Span.Start).ToArray();

    private static int CountIn(int[] words, TextSpan span)
    {
        var lo = LowerBound(words, span.Start);
        var hi = LowerBound(words, span.End);
        return hi - lo;
    }

    private static int LowerBound(int[] words, int value)
    {
        var index = Array.BinarySearch(words, value);
        return index >= 0 ? index : ~index;
    }

    private static double Dice(int[] words, TextSpan a, TextSpan b)
    {
        var overlap = Math.Max(a.Start, b.Start) < Math.Min(a.End, b.End) ? CountIn(words, new TextSpan(Math.Max(a.Start, b.Start), Math.Min(a.End, b.End))) : 0;
        var total = CountIn(words, a) + CountIn(words, b);
        return total == 0 ? 0 : 2.0 * overlap / total;
    }

    private static void TokenOverlap(int[] words, IEnumerable<TextSpan> gold, IEnumerable<TextSpan> predicted, NewsTally tally)
    {
        var g = new bool[words.Length];
        var p = new bool[words.Length];
        Mark(words, gold, g);
        Mark(words, predicted, p);
        for (var i = 0; i < words.Length; i++)
        {
            tally.Add(g[i] && p[i] ? 1 : 0, !g[i] && p[i] ? 1 : 0, g[i] && !p[i] ? 1 : 0);
        }
    }

    private static void Mark(int[] words, IEnumerable<TextSpan> spans, bool[] marks)
    {
        foreach (var span in spans)
        {
            for (var i = LowerBound(words, span.Start); i < words.Length && words[i] < span.End; i++)
            {
                marks[i] = true;
            }
        }
    }

    /// <summary>Greedy one-to-one matching in gold order.</summary>
    private static List<(int Gold, int Predicted)> Match(int gold, int predicted, Func<int, int, bool> ok)
    {
        var used = new bool[predicted];
        var pairs = new List<(int, int)>();
        for (var g = 0; g < gold; g++)
        {
            for (var p = 0; p < predicted; p++)
            {
                if (!used[p] && ok(g, p))
                {
                    used[p] = true;
                    pairs.Add((g, p));
                    break;
                }
            }
        }

        return pairs;
    }
}
