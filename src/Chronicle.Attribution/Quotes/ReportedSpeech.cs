using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Attribution.Learned;
using Chronicle.Attribution.Text;
using Chronicle.Text;

namespace Chronicle.Attribution.Quotes;

/// <summary>
/// Indirect speech ("X said (that) …", "according to X, …") found by the learned attribution tagger: each cue's content
/// that lies outside quotation marks becomes a quote with <c>Direct = false</c>, its speaker read from the source the
/// tagger labelled (or, failing that, from the words around the cue).
/// </summary>
internal static class ReportedSpeech
{
    /// <summary>A reported clause of one word is not a statement ("he said so").</summary>
    private const int MinWords = 2;

    public static void Add(List<TaggedAttribution> learned, AttributionTokens tokens, TextIndex index, SpeakerFinder finder, ImmutableArray<Quote>.Builder quotes)
    {
        var text = tokens.Text;
        foreach (var found in learned)
        {
            // Mostly quoted content is a direct quote, which the scanner reports with its exact span.
            var (start, end) = Trim(tokens, found.ContentStart, CutAtQuotedSentence(tokens, found));
            start = AfterDateline(tokens, start, end);
            if (end <= start || Quoted(tokens, start, end) * 2 >= end - start || WordCount(tokens, start, end) < MinWords || Overlaps(quotes, tokens, start, end))
            {
                continue;
            }

            var cue = new TextSpan(tokens.Tokens[found.CueStart].Span.Start, tokens.Tokens[found.CueEnd - 1].Span.End);
            var attribution = found.HasSource
                ? finder.FromSource(tokens.Tokens[found.SourceStart].Span.Start, tokens.Tokens[found.SourceEnd - 1].Span.End, cue.Start, cue.End)
                : null;
            if (attribution is null && !found.HasSource)
            {
                var word = index.WordAt(cue.Start);
                var (low, high) = SentenceWords(index, tokens, found.CueStart);
                attribution = word < index.Words.Count ? finder.FromCue(word, low, high) : null;
            }

            if (!Prose.IsProse(text, tokens.Tokens[start].Span.Start))
            {
                continue;
            }

            if (attribution is not null && !Prose.IsProse(text, attribution.SpeakerStart))
            {
                attribution = null;
            }

            var span = new TextSpan(tokens.Tokens[start].Span.Start, tokens.Tokens[end - 1].Span.End);
            quotes.Add(new Quote(
                span,
                text[span.Start..span.End],
                attribution?.SpeakerId,
                attribution?.SpeakerName,
                text[cue.Start..cue.End],
                Direct: false,
                attribution is null ? null : new TextSpan(attribution.SpeakerStart, attribution.SpeakerEnd),
                cue));
        }
    }

    /// <summary>The content without punctuation at its ends (", …", "… .") and without the complementiser that opens it ("that …").</summary>
    private static (int Start, int End) Trim(AttributionTokens tokens, int start, int end)
    {
        while (start < end && (tokens.Tokens[start].Kind is TokenKind.Punctuation or TokenKind.Quote
            || (start + 1 < end && tokens.Tokens[start].Pos == "IN" && tokens.Text.AsSpan(tokens.Tokens[start].Span.Start, tokens.Tokens[start].Span.Length).Equals("that", StringComparison.OrdinalIgnoreCase))))
        {
            start++;
        }

        while (end > start && tokens.Tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Quote)
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>
    /// Content that opens its paragraph with a dateline ("KABUL, March 3 (Wire) - At least 14 …") starts after it: the
    /// place, date and agency before the first dash are the report's heading, not what the source said. A dateline
    /// holds no lower-case word, only capitalised words, numbers and punctuation.
    /// </summary>
    private static int AfterDateline(AttributionTokens tokens, int start, int end)
    {
        if (start > 0 && tokens.Paragraph[start - 1] == tokens.Paragraph[start])
        {
            return start;
        }

        const int MaxDatelineTokens = 12;
        var words = 0;
        for (var i = start; i < end - 1 && i < start + MaxDatelineTokens; i++)
        {
            var token = tokens.Tokens[i];
            var surface = tokens.Text.AsSpan(token.Span.Start, token.Span.Length);
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol && surface is "-" or "–" or "—")
            {
                return words > 0 ? i + 1 : start;
            }

            if (token.Kind is TokenKind.Word)
            {
                if (!char.IsUpper(surface[0]))
                {
                    return start;
                }

                words++;
            }
            else if (token.Kind is not (TokenKind.Number or TokenKind.Punctuation or TokenKind.Symbol))
            {
                return start;
            }
        }

        return start;
    }

    private static int Quoted(AttributionTokens tokens, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += tokens.InQuote[i] ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Where content after its cue runs on into a later sentence that opens with a quotation ("X said the city would
    /// recover. “We will grieve together,” he added."), it ends with the cue's sentence: the quotation is its own.
    /// </summary>
    private static int CutAtQuotedSentence(AttributionTokens tokens, TaggedAttribution found)
    {
        if (found.ContentStart < found.CueEnd || tokens.InQuote[found.CueStart])
        {
            return found.ContentEnd;
        }

        for (var k = found.ContentStart + 1; k < found.ContentEnd; k++)
        {
            if (tokens.Sentence[k] != tokens.Sentence[found.CueStart] && tokens.StartsSentence(k) && tokens.IsMark[k])
            {
                return k;
            }
        }

        return found.ContentEnd;
    }

    private static int WordCount(AttributionTokens tokens, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += tokens.Tokens[i].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        return count;
    }

    /// <summary>True when a direct quote already reported covers part of this content.</summary>
    private static bool Overlaps(ImmutableArray<Quote>.Builder quotes, AttributionTokens tokens, int start, int end)
    {
        var from = tokens.Tokens[start].Span.Start;
        var to = tokens.Tokens[end - 1].Span.End;
        foreach (var quote in quotes)
        {
            if (quote.Direct && quote.Span.Start < to && quote.Span.End > from && quote.Span.Length * 2 > to - from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of the sentence holding token <paramref name="token"/>, as a half-open range of the text index.</summary>
    private static (int Low, int High) SentenceWords(TextIndex index, AttributionTokens tokens, int token)
    {
        var first = token;
        var last = token;
        while (first > 0 && tokens.Sentence[first - 1] == tokens.Sentence[token])
        {
            first--;
        }

        while (last + 1 < tokens.Count && tokens.Sentence[last + 1] == tokens.Sentence[token])
        {
            last++;
        }

        return (index.WordAt(tokens.Tokens[first].Span.Start), index.WordAt(tokens.Tokens[last].Span.End));
    }
}
