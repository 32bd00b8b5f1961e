using Chronicle.Events.Common;
using Chronicle.Text;
using ToneRecord = Chronicle.Annotations.Tone;

namespace Chronicle.Events.Tone;

/// <summary>
/// GDELT V1.5 tone: positive and negative word densities (% of words), tone = positive − negative,
/// polarity = positive + negative, activity and self-reference densities, word count. A negator just before a
/// word ("not good") flips its sign, as dictionary tone scorers commonly do.
/// </summary>
public sealed class ToneScorer
{
    public ToneScorer(ToneLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    public static ToneScorer Default { get; } = new(ToneLexicon.Shared);

    public ToneLexicon Lexicon { get; }

    public ToneRecord Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Score(TextScan.Words(text, new TextSpan(0, text.Length)));
    }

    /// <summary>The tone of a document's text, reusing the word lists of its sentences.</summary>
    internal ToneRecord Score(Document document) => Score(TextScan.DocumentWords(document));

    private ToneRecord Score(List<WordSpan> words)
    {
        int positive = 0, negative = 0, activity = 0, self = 0, counted = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = TextScan.StripPossessive(words[i].Lower);
            if (!char.IsLetter(w[0]))
            {
                continue;
            }

            counted++;
            var v = Lexicon.Valence(w);
            if (v != 0 && i > 0 && words[i - 1].Lower is "not" or "no" or "never" or "without" or "n't")
            {
                v = -v;
            }

            if (v > 0)
            {
                positive++;
            }
            else if (v < 0)
            {
                negative++;
            }

            if (ToneLexicon.IsActivity(w))
            {
                activity++;
            }

            if (ToneLexicon.IsSelfReference(w))
            {
                self++;
            }
        }

        if (counted == 0)
        {
            return ToneRecord.Empty;
        }

        var pos = Percent(positive, counted);
        var neg = Percent(negative, counted);
        return new ToneRecord(Math.Round(pos - neg, 4), pos, neg, Math.Round(pos + neg, 4), Percent(activity, counted), Percent(self, counted), counted);
    }

    private static double Percent(int count, int total) => Math.Round(100.0 * count / total, 4);
}
