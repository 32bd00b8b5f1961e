using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Evaluation.Attribution;
using Chronicle.Text;

namespace Chronicle.Evaluation.Tests.Attribution;

/// <summary>Unmatched contents are sorted into missed, overlapped (wrong bounds) and spurious, direct and indirect apart.</summary>
public sealed class ContentErrorTests
{
    [Fact]
    public void Unmatched_contents_are_missed_overlapped_or_spurious()
    {
        const string text = "Lee said the bridge would reopen soon. Kim said \"we will rebuild it all\" and the mayor warned that taxes would rise next year. The sky is blue and the grass is green today.";
        var document = new Document(text, new DocumentSource("t")) { Tokens = Words(text) };
        var bridge = Span(text, "the bridge would reopen soon");
        var rebuild = Span(text, "we will rebuild it all");
        var taxes = Span(text, "taxes would rise next year");
        var gold = new PolnearDocument("t", text,
        [
            new PolnearAttribution(bridge, null, null), // matched
            new PolnearAttribution(rebuild, null, null), // direct, no quote touches it: missed
            new PolnearAttribution(taxes, null, null), // indirect, a quote covers one word of five: overlapped
        ]);
        document = document with
        {
            Quotes =
            [
                new Quote(bridge, "", null, null, null, Direct: false),
                new Quote(Span(text, "year. The sky is blue and the grass is green"), "", null, null, null, Direct: false), // overlapping
                new Quote(Span(text, "green today"), "", null, null, null, Direct: true), // spurious
            ],
        };

        var score = new AttributionScore();
        AttributionEvaluation.Score(document, gold, score, details: true);

        Assert.Equal(1, score.Content.TruePositives);
        Assert.Equal((1, 0, 0, 1), (score.DirectErrors.Missed, score.DirectErrors.GoldBoundary, score.DirectErrors.PredictedBoundary, score.DirectErrors.Spurious));
        Assert.Equal((0, 1, 1, 0), (score.IndirectErrors.Missed, score.IndirectErrors.GoldBoundary, score.IndirectErrors.PredictedBoundary, score.IndirectErrors.Spurious));
        Assert.Contains(score.Details, line => line.Contains("content direct gold missed", StringComparison.Ordinal) && line.Contains("we will rebuild", StringComparison.Ordinal));
    }

    private static TextSpan Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    private static ImmutableArray<Token> Words(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Word));
            }
            else
            {
                i++;
            }
        }

        return tokens.ToImmutable();
    }
}
