using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Attribution.Text;
using Chronicle.Text;

namespace Chronicle.Attribution.Quotes;

/// <summary>Indirect speech: "X said (that) …", "X told reporters that …", "According to X, …" in sentences without quotation marks.</summary>
internal static class ReportedSpeech
{
    /// <summary>Reported clauses shorter than this are not statements ("he said so").</summary>
    private const int MinWords = 3;

    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "stated", "added", "announced", "claimed", "warned", "insisted", "confirmed", "denied", "reported",
        "argued", "explained", "noted", "acknowledged", "admitted", "alleged", "declared", "tweeted", "wrote",
    };

    public static void Add(TextIndex index, SpeakerFinder finder, ImmutableArray<Quote>.Builder quotes)
    {
        var words = index.Words;
        var start = 0;
        while (start < words.Count)
        {
            var end = start;
            var quoted = false;
            while (end < words.Count && index.Paragraph[end] == index.Paragraph[start] && !index.IsBoundary(end))
            {
                quoted |= index.QuoteOf[end] >= 0;
                end++;
            }

            if (!quoted)
            {
                AddSentence(index, finder, quotes, start, end);
            }

            start = end + 1;
        }
    }

    private static void AddSentence(TextIndex index, SpeakerFinder finder, ImmutableArray<Quote>.Builder quotes, int start, int end)
    {
        var text = index.Text;
        var words = index.Words;
        int cue = -1, content = -1;
        if (start + 1 < end && index.IsWord(start, "according") && index.IsWord(start + 1, "to"))
        {
            for (var k = start + 2; k < end; k++)
            {
                if (words[k].IsChar(text, ','))
                {
                    cue = start;
                    content = k + 1;
                    break;
                }
            }
        }
        else
        {
            for (var k = start + 1; k < end && cue < 0; k++)
            {
                if (!NameLexicon.Contains(Cues, index.Span(k)))
                {
                    continue;
                }

                cue = k;
                content = k + 1;
                // "told reporters that …": the reported clause starts after "that".
                for (var t = k + 1; t < end && t <= k + 5; t++)
                {
                    if (index.IsWord(t, "that"))
                    {
                        content = t + 1;
                        break;
                    }
                }

                if (content == k + 1 && content < end && !words[content].IsWord(text))
                {
                    cue = -1; // "said," or "said:" before something that is not a clause
                }
            }
        }

        if (cue < 0 || content >= end)
        {
            return;
        }

        var last = end - 1;
        var count = 0;
        for (var k = content; k <= last; k++)
        {
            if (words[k].IsWord(text))
            {
                count++;
            }
        }

        if (count < MinWords)
        {
            return;
        }

        var attribution = finder.FromCue(cue, start, end);
        if (attribution?.SpeakerName is null)
        {
            return;
        }

        var span = new TextSpan(words[content].Start, words[last].End);
        quotes.Add(new Quote(
            span,
            text[span.Start..span.End],
            attribution.SpeakerId,
            attribution.SpeakerName,
            attribution.Cue,
            Direct: false,
            new TextSpan(attribution.SpeakerStart, attribution.SpeakerEnd),
            attribution.Cue is null ? null : new TextSpan(attribution.CueStart, attribution.CueEnd)));
    }
}
